// The analysis worker under its limits in the real VS Code: a profile that needs more memory
// than goProfileExplorer.limits.memoryMiB, or more time than limits.analysisSeconds, stops with
// the view saying which limit stopped it and offering "Retry with …"; each retry runs with the
// limit four times higher until the profile draws. A slow load gets its Cancel notification only
// after a second, and Cancel stops it. The extension host (where these tests run) keeps answering
// throughout.
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as vscode from 'vscode';
import { describeStalls, probeHostStalls } from './hostStallProbe';
import { hostileProfiles } from '../hostile/hostileProfiles';
import { chooseMenuItem } from './profileEditorDriver';
import { manyFunctions, manySampleTypes } from './craftedProfiles';
import { actWhileLoading, DRAWN_EXPRESSION, DREW_FIRST } from './slowLoad';
import { closeAllEditors, fixtureUri, inDarkTheme, inWebview, lowContrast, screenshot, startStallMeter, waitInWebview } from './harness';

const FRAME = 'body[data-view="profile"]';
const WORKBENCH = '.monaco-workbench';
const STALL_BOUND_MS = 2000;
/**
 * The host only relays a view: the flame graph's frames (pruned to the width) and the top table's
 * rows in view, a few KB, never the 400,000 names (whose copies stalled it 3.1–4.2 s as strings,
 * ~0.7–1.6 s as buffers); a peek, its first callers and then the windows asked for. What stalled it
 * past that was VS Code's port finder (off in the harness), the test's own garbage (collected before
 * the open) and the extension's activation (~90 ms of work on the first open); at load 25 on two
 * cores the longest stall was 324 ms, a core's wait around that activation (docs/benchmarks.md):
 * about twice that, for a CI machine as loaded.
 */
const MANY_NAMES_STALL_BOUND_MS = 700;

async function withLimit(key: 'memoryMiB' | 'analysisSeconds', value: number, fn: () => Promise<void>): Promise<void> {
  const limits = vscode.workspace.getConfiguration('goProfileExplorer.limits');
  await limits.update(key, value, vscode.ConfigurationTarget.Global);
  try { await fn(); } finally { await limits.update(key, undefined, vscode.ConfigurationTarget.Global); }
}

interface Stopped { message: string; retry: string }

/**
 * Collects this host's garbage now. A test that made a profile of 36 MB here left ~100 MB of it,
 * whose collection (a major GC of 0.3 s, waiting for its helper threads on a busy machine) would
 * otherwise come during the open it measures: the test's pause, not the extension's.
 */
function collectTestGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * The extension host's longest stall in each phase of a test: a 10 ms timer in this host, which
 * runs the tests. Stalls over 100 ms are logged with when they ended, from the phase's start.
 */
function phasedStallMeter(first = 'open'): { enter(phase: string): void; stop(): Map<string, number> } {
  let phase = first, last = performance.now(), phaseStarted = last;
  const worst = new Map<string, number>();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - last > 100) console.log(`analysis limits: a stall of ${Math.round(now - last)} ms in ${phase}, ${Math.round(now - phaseStarted)} ms after it began`);
    worst.set(phase, Math.max(worst.get(phase) ?? 0, now - last));
    last = now;
  }, 10);
  return { enter: p => { phase = p; phaseStarted = performance.now(); }, stop: () => { clearInterval(ticker); return worst; } };
}

function assertNoStall(worst: Map<string, number>, boundMs = STALL_BOUND_MS): void {
  const text = [...worst].map(([phase, ms]) => `${phase} ${Math.round(ms)} ms`).join(', ');
  console.log(`analysis limits: longest extension host stall by phase: ${text}`);
  const ours = [...worst].filter(([phase]) => !phase.startsWith('settling')).map(([, ms]) => ms);
  assert.ok(Math.max(...ours) < boundMs, `the extension host stalled: ${text}`);
}

const stoppedExpression = `((m, r) => m && r && { message: m, retry: r })(document.querySelector('.gpe-error')?.textContent, document.querySelector('.gpe-retry')?.textContent)`;
const stoppedScript = `return ${stoppedExpression};`;
// Drawn: the top table's rows and the flame graph's root (its 200,000 callees are each too narrow to draw).
const drawnScript = `return !document.querySelector('.gpe-error') && document.querySelectorAll('.gpe-top-row').length > 0 && document.querySelectorAll('.gpe-flame-pane g.frame').length > 0`;

/**
 * Clicks Retry until the profile draws: every offer names a limit four times the one before, and
 * the view says the same limit each time. Returns the offers seen.
 */
async function retryUntilDrawn(first: Stopped, limitPattern: (label: string) => RegExp): Promise<string[]> {
  const offers = [first.retry];
  for (let attempt = 0; attempt < 4; attempt++) {
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-retry' });
    const next = await waitInWebview<{ drawn: boolean } | { stopped: Stopped }>(FRAME, 'drawn or stopped again', `
      if (${drawnScript.replace(/^return /, '')}) return { drawn: true };
      const m = document.querySelector('.gpe-error')?.textContent, r = document.querySelector('.gpe-retry')?.textContent;
      return m && r && r !== ${JSON.stringify(offers[offers.length - 1])} && { stopped: { message: m, retry: r } };`, 180000);
    if ('drawn' in next) return offers;
    const previous = offers[offers.length - 1].replace(/^Retry with /, '');
    assert.match(next.stopped.message, limitPattern(previous), 'the second stop names the raised limit');
    offers.push(next.stopped.retry);
  }
  assert.fail(`still stopped after ${offers.length} retries: ${offers.join(', ')}`);
}

suite('Analysis limits', function () {
  this.timeout(600000);
  teardown(closeAllEditors);

  test('over the memory limit: the view names the limit and its setting, Retry raises it until the profile draws', async () => {
    const uri = fixtureUri('profiles/many-functions-memory.pb');
    await vscode.workspace.fs.writeFile(uri, await manyFunctions(200_000));
    await withLimit('memoryMiB', 64, async () => {
      const stall = startStallMeter();
      await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
      const stopped = await waitInWebview<Stopped>(FRAME, 'the memory limit error', stoppedScript, 120000);
      assert.strictEqual(stopped.message,
        'The analysis was stopped: it needed more than 64 MiB of memory, the limit of one analysis (setting goProfileExplorer.limits.memoryMiB).');
      assert.strictEqual(stopped.retry, 'Retry with 256 MiB');
      assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error']), [], 'the message below 4.5:1 in the light theme');
      await screenshot('limits-memory-stopped');
      await inDarkTheme(FRAME, async () => {
        assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error']), [], 'the message below 4.5:1 in the dark theme');
        await screenshot('limits-memory-stopped-dark');
      });
      const offers = await retryUntilDrawn(stopped, label => new RegExp(`needed more than ${label} of memory`));
      const stallMs = stall.stop();
      assert.deepStrictEqual(offers, ['Retry with 256 MiB', 'Retry with 1024 MiB'].slice(0, offers.length));
      assert.ok(stallMs < STALL_BOUND_MS, `the extension host stalled ${Math.round(stallMs)} ms`);
      await screenshot('limits-memory-retried');
    });
    await vscode.workspace.fs.delete(uri);
  });

  test('over the time limit: the view names the limit and its setting, Retry raises it until the profile draws', async () => {
    await withLimit('analysisSeconds', 1, async () => {
      let stall = phasedStallMeter();
      const { uri, stopped } = await actWhileLoading(samples => fixtureUri(`profiles/many-samples-time-${samples}.pb`), async uri => {
        stall.stop();
        stall = phasedStallMeter();
        await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
        const seen = await waitInWebview<Stopped | 'drawn'>(FRAME, 'the time limit error or the profile drawn',
          `return ${stoppedExpression} || (${DRAWN_EXPRESSION} && 'drawn');`, 120000);
        return seen === 'drawn' ? DREW_FIRST : { uri, stopped: seen };
      });
      assert.strictEqual(stopped.message,
        'The analysis was stopped after 1 s, the time limit of one analysis (setting goProfileExplorer.limits.analysisSeconds).');
      assert.strictEqual(stopped.retry, 'Retry with 4 s');
      stall.enter('screenshots');
      await screenshot('limits-time-stopped');
      await inDarkTheme(FRAME, () => screenshot('limits-time-stopped-dark'));
      stall.enter('retries');
      const offers = await retryUntilDrawn(stopped, label => new RegExp(`stopped after ${label}, the time limit`));
      stall.enter('drawn');
      await new Promise(r => setTimeout(r, 1000));
      assert.deepStrictEqual(offers, ['Retry with 4 s', 'Retry with 16 s', 'Retry with 64 s'].slice(0, offers.length));
      assertNoStall(stall.stop());
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    });
  });

  test('400,000 distinct functions draw, their top table scrolls to its last row and filters, and the extension host never stalls', async () => {
    const uri = fixtureUri('profiles/many-functions-view.pb');
    await vscode.workspace.fs.writeFile(uri, await manyFunctions(400_000));
    // Writing the file left this host ~100 MB of garbage: a pause to collect it is the test's, not the extension's.
    const stall = phasedStallMeter('settling after the test wrote the file');
    collectTestGarbage();
    await new Promise(r => setTimeout(r, 5000));
    stall.enter('open');
    const openProbe = await probeHostStalls('many-functions-open');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    const count = await waitInWebview<string>(FRAME, 'the top table drawn',
      `return (${drawnScript.replace(/^return /, '')}) && document.querySelector('.gpe-top-count')?.textContent`, 300000);
    assert.strictEqual(count, '400,000 of 400,000 functions');
    console.log(`analysis limits: the open, probed: ${describeStalls(await openProbe.stop())}`);
    stall.enter('drawn');
    const drawnProbe = await probeHostStalls('many-functions-drawn');
    await screenshot('many-functions-drawn');
    await inDarkTheme(FRAME, () => screenshot('many-functions-drawn-dark'));
    console.log(`analysis limits: drawn, probed: ${describeStalls(await drawnProbe.stop())}`);
    // The rows in view come from the worker as the table scrolls: the last ones, once scrolled to.
    stall.enter('scrolled and filtered');
    await inWebview({ frame: FRAME, op: 'eval', script: `const viewport = document.querySelector('.gpe-top-viewport'); viewport.scrollTop = viewport.scrollHeight; return true;` });
    const names = await waitInWebview<string[]>(FRAME, 'the last rows', `
      const viewport = document.querySelector('.gpe-top-viewport');
      const rows = [...document.querySelectorAll('.gpe-top-row')];
      const last = rows[rows.length - 1];
      return !document.querySelector('.gpe-top-pending') && last && last.dataset.row === '399999'
        && Math.abs(last.getBoundingClientRect().bottom - viewport.getBoundingClientRect().bottom) < 30
        && rows.map(r => r.querySelector('td.gpe-col-name').textContent);`, 60000);
    assert.ok(names.length > 0 && names.every(n => /^example\.com\/svc\/pkg\d+\.\(\*Type\d+\)\.Method\d+$/.test(n)), names.join(', '));
    await screenshot('many-functions-scrolled-last');
    await inDarkTheme(FRAME, () => screenshot('many-functions-scrolled-last-dark'));
    // Deep in the middle, sorted by name: the rows there, in order.
    await inWebview({ frame: FRAME, op: 'click', selector: 'th.gpe-col-name' });
    await inWebview({ frame: FRAME, op: 'eval', script: `const viewport = document.querySelector('.gpe-top-viewport'); viewport.scrollTop = 22 * 250_000; return true;` });
    const middle = await waitInWebview<string[]>(FRAME, 'rows sorted by name, 250,000 down', `
      const rows = [...document.querySelectorAll('.gpe-top-row')];
      return !document.querySelector('.gpe-top-pending') && rows.length > 0 && Number(rows[0].dataset.row) > 249000
        && rows.map(r => r.querySelector('td.gpe-col-name').textContent);`, 60000);
    assert.ok(middle.every((n, i) => i === 0 || middle[i - 1] <= n), middle.join(', '));
    await screenshot('many-functions-by-name-deep');
    await inDarkTheme(FRAME, () => screenshot('many-functions-by-name-deep-dark'));
    await inWebview({ frame: FRAME, op: 'click', selector: 'th.gpe-col-flat' });
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-top-filter', text: '(*Type399999).' });
    const filtered = await waitInWebview<string>(FRAME, 'the filtered table', `
      return document.querySelector('.gpe-top-count')?.textContent === '1 of 400,000 functions' && document.querySelector('.gpe-top-row td.gpe-col-name')?.textContent`, 60000);
    assert.strictEqual(filtered, 'example.com/svc/pkg68.(*Type399999).Method399999');
    assertNoStall(stall.stop(), MANY_NAMES_STALL_BOUND_MS);
    await vscode.workspace.fs.delete(uri);
  });

  test('a million sample types: the picker lists the first 100 and the default, a search finds one of the rest and the view shows it, and the extension host never stalls', async () => {
    const uri = fixtureUri('profiles/many-sample-types.pb');
    await vscode.workspace.fs.writeFile(uri, await manySampleTypes(1_000_000));
    const stall = phasedStallMeter('settling after the test wrote the file');
    collectTestGarbage();
    await new Promise(r => setTimeout(r, 5000));
    stall.enter('open');
    const openProbe = await probeHostStalls('many-sample-types-open');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    // pprof's default, the last type, is the one shown first.
    const opened = await waitInWebview<{ meta: string; options: string[]; placeholder: string }>(FRAME, 'the default type drawn', `
      const meta = document.querySelector('.gpe-meta')?.textContent;
      const box = document.querySelector('.gpe-sample-type-search');
      return (${drawnScript.replace(/^return /, '')}) && meta && meta.includes('kind999999') && box
        && { meta, placeholder: box.placeholder, options: [...document.querySelectorAll('.gpe-sample-type option')].map(o => o.value) };`, 300000);
    console.log(`analysis limits: a million sample types, the open, probed: ${describeStalls(await openProbe.stop())}`);
    assert.strictEqual(opened.placeholder, 'Search 1,000,000 sample types');
    assert.deepStrictEqual(opened.options, [...Array.from({ length: 100 }, (_, i) => String(i)), '999999']);
    assert.match(opened.meta, /kind999999 total /);
    stall.enter('search');
    const searchProbe = await probeHostStalls('many-sample-types-search');
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-sample-type-search', text: 'KIND77777' });
    // kind77777 and kind777770…kind777779; the select keeps the shown type first.
    const found = await waitInWebview<{ count: string; options: string[] }>(FRAME, 'the search answered', `
      const count = document.querySelector('.gpe-sample-type-matches')?.textContent;
      return count && count.includes('match') && { count, options: [...document.querySelectorAll('.gpe-sample-type option')].map(o => o.textContent) };`, 120000);
    assert.strictEqual(found.count, '11 of 1,000,000 types match');
    assert.deepStrictEqual(found.options, ['kind999999 (count)', 'kind77777 (count)', ...Array.from({ length: 10 }, (_, i) => `kind77777${i} (count)`)]);
    await screenshot('many-sample-types-search');
    await inDarkTheme(FRAME, () => screenshot('many-sample-types-search-dark'));
    await inWebview({ frame: FRAME, op: 'eval', script: `const s = document.querySelector('.gpe-sample-type'); s.value = '777773'; s.dispatchEvent(new Event('change')); return true;` });
    const picked = await waitInWebview<string>(FRAME, 'kind777773 drawn', `
      const meta = document.querySelector('.gpe-meta')?.textContent;
      return meta && meta.includes('kind777773') && !document.body.textContent.includes('Computing…') && meta;`, 120000);
    console.log(`analysis limits: a million sample types, searched and picked, probed: ${describeStalls(await searchProbe.stop())}`);
    assert.match(picked, /kind777773 total 777,774/);
    assert.strictEqual(await inWebview<string>({ frame: FRAME, op: 'eval', script: `return document.querySelector('.gpe-sample-type').value` }), '777773');
    // Type i totals i + 1: the top table's one function has all of it.
    const flat = await waitInWebview<string>(FRAME, 'the top row', `return document.querySelector('.gpe-top-row td.gpe-col-flat')?.textContent`, 60000);
    assert.strictEqual(flat, '777,774');
    await screenshot('many-sample-types-picked');
    await inDarkTheme(FRAME, () => screenshot('many-sample-types-picked-dark'));
    assertNoStall(stall.stop(), MANY_NAMES_STALL_BOUND_MS);
    await vscode.workspace.fs.delete(uri);
  });

  test('a function of 100,000 callers: its peek comes with its heaviest 20, pages on and draws all 100,000 a window at a time, and the extension host never stalls', async () => {
    const callers = 100_000;
    const uri = fixtureUri('profiles/many-callers.pb');
    await vscode.workspace.fs.writeFile(uri, hostileProfiles['many-callers'](callers / 100_000));
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    await waitInWebview(FRAME, 'the top table drawn', drawnScript, 120000);
    const stall = phasedStallMeter('peek');
    // The top table's second row by flat is main.f (no flat of its own, all of the cum); its menu has Peek.
    const func = await inWebview<string>({ frame: FRAME, op: 'eval', script: `
      const tr = document.querySelectorAll('.gpe-top-row')[1];
      const name = tr.querySelector('.gpe-col-name');
      const box = tr.getBoundingClientRect();
      name.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 5 }));
      return name.textContent;` });
    assert.strictEqual(func, 'main.f');
    await chooseMenuItem('Peek');
    const peekedScript = (hidden: number) => `
      const t = document.querySelector('.gpe-peek-pane:not([hidden]) table.gpe-peek-table');
      const more = t && t.querySelector('tr.gpe-peek-more-caller');
      const rows = t ? [...t.querySelectorAll('tr.gpe-peek-caller')] : [];
      return more && more.dataset.hidden === '${hidden}' && { rows: rows.map(r => Number(r.dataset.value)), text: more.textContent, callees: [...t.querySelectorAll('tr.gpe-peek-callee')].map(r => r.dataset.func) };`;
    const first = await waitInWebview<{ rows: number[]; text: string; callees: string[] }>(FRAME, 'the peek of main.f', peekedScript(callers - 20), 120000);
    assert.strictEqual(first.rows.length, 20);
    assert.deepStrictEqual(first.callees, ['main.g']);
    assert.match(first.text, /^… 99,980 more callers \(.+ of the function, .+\) next 20 · all 99,980$/);
    await screenshot('many-callers-peek');
    await inDarkTheme(FRAME, () => screenshot('many-callers-peek-dark'));
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-peek-pane tr.gpe-peek-more-caller .gpe-peek-more-next' });
    const paged = await waitInWebview<{ rows: number[]; text: string }>(FRAME, 'a second page of callers', peekedScript(callers - 40), 60000);
    assert.strictEqual(paged.rows.length, 40);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-peek-pane tr.gpe-peek-more-caller .gpe-peek-more-all' });
    const all = await waitInWebview<{ count: number; names: number; ordered: boolean }>(FRAME, 'every caller', `
      const t = document.querySelector('.gpe-peek-pane:not([hidden]) table.gpe-peek-table');
      if (!t || t.querySelector('tr.gpe-peek-more-caller')) return undefined;
      const rows = [...t.querySelectorAll('tr.gpe-peek-caller')];
      const values = rows.map(r => Number(r.dataset.value));
      return { count: rows.length, names: new Set(rows.map(r => r.dataset.func)).size, ordered: values.every((v, i) => i === 0 || values[i - 1] >= v) };`, 300000);
    // Every caller once, heaviest first, as pprof's -peek prints them.
    assert.deepStrictEqual(all, { count: callers, names: callers, ordered: true });
    await screenshot('many-callers-peek-all');
    assertNoStall(stall.stop(), MANY_NAMES_STALL_BOUND_MS);
    await vscode.workspace.fs.delete(uri);
  });

  test('a slow load shows Cancel only after a second; Cancel stops it and the editor keeps answering', async () => {
    const name = (samples: number): string => `slow-load-cancel-${samples}.pb`;
    const { samples, seen, openedAt, message, stallMs } = await actWhileLoading(samples => fixtureUri(`profiles/${name(samples)}`), async (uri, samples) => {
      await vscode.commands.executeCommand('notifications.clearAll');
      // With the notification centre open a new notification goes to its list, not to a toast: look in both.
      await vscode.commands.executeCommand('notifications.hideList');
      const stall = startStallMeter();
      const openedAt = Date.now();
      await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
      // One eval in the workbench page: the first moment the notification has its Cancel, pressed at once.
      const seen = await inWebview<{ at: number; text: string } | null>({ frame: WORKBENCH, op: 'eval', timeoutMs: 60000, script: `
        for (let i = 0; i < 3000; i++) {
          const t = [...document.querySelectorAll('.notification-list-item')].find(e => e.textContent.includes(${JSON.stringify(`Loading profile ${name(samples)}`)}));
          const cancel = t && [...t.querySelectorAll('a.monaco-button, .monaco-button')].find(b => b.textContent.trim() === 'Cancel');
          if (cancel) { const seen = { at: Date.now(), text: t.textContent }; cancel.click(); return seen; }
          await new Promise(r => setTimeout(r, 10));
        }
        return null;` });
      const outcome = await waitInWebview<string>(FRAME, 'cancelled or drawn',
        `return (document.querySelector('.gpe-retry') && document.querySelector('.gpe-error')?.textContent) || (${DRAWN_EXPRESSION} && 'drawn')`, 30000);
      const stallMs = stall.stop();
      return outcome === 'drawn' ? DREW_FIRST : { samples, seen, openedAt, message: outcome, stallMs };
    });
    assert.ok(seen, 'a progress notification with Cancel');
    const shownAfterMs = seen.at - openedAt;
    assert.ok(shownAfterMs >= 950, `Cancel shown ${shownAfterMs} ms after the open, before its second`);
    assert.strictEqual(message, `Loading ${name(samples)} was cancelled.`);
    assert.ok(stallMs < STALL_BOUND_MS, `the extension host stalled ${Math.round(stallMs)} ms`);
    await closeAllEditors();
    await vscode.workspace.fs.delete(fixtureUri(`profiles/${name(samples)}`));
  });
});
