// Hostile files in the real VS Code: a profile whose own drop_frames is `(a+)+b` opens and
// draws, a 2 MB gzip bomb shows one clear error with a retry that raises the limit, and the
// extension host (where these tests run) keeps answering meanwhile.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createGzip, gzipSync } from 'zlib';
import { EXTENSION_ID, closeAllEditors, fixtureUri, inDarkTheme, inWebview, lowContrast, screenshot, startStallMeter, waitFor, waitInWebview } from './harness';
import { CUT_TEXT } from './textChecks';
import { hostileProfiles } from '../hostile/hostileProfiles';
import { hostileTexts } from '../hostile/hostileTexts';

const FRAME = 'body[data-view="profile"]';
const GOROUTINE_FRAME = 'body[data-view="goroutines"]';
const MB = 1 << 20;

/** 2 GB of zeros, gzipped as one member: about 2 MB. */
async function gzipBomb(): Promise<Uint8Array> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise(resolve => gzip.on('end', resolve));
  const zeros = Buffer.alloc(MB);
  for (let i = 0; i < 2048; i++) {
    if (!gzip.write(zeros)) await new Promise(r => gzip.once('drain', r));
  }
  gzip.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Bytes that are no profile: a gzip header over a deflate stream cut short, then noise. */
function corruptProfile(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
  for (let i = 10, x = 2463534242; i < bytes.length; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; bytes[i] = x & 0xff; }
  return bytes;
}

/**
 * What a page that stopped says, in a webview: its error text and the buttons it offers, and
 * whether each is wholly inside the window.
 */
const STOPPED_PAGE = `
  const error = document.querySelector('.gpe-error');
  const inWindow = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight; };
  return error && { error: error.textContent, errorInWindow: inWindow(error),
    offers: [...document.querySelectorAll('.gpe-retry, .gpe-reopen')].map(b => b.textContent + (inWindow(b) ? '' : ' (out of view)')) };`;

suite('Hostile inputs', function () {
  this.timeout(180000);
  teardown(closeAllEditors);

  test('a profile whose drop_frames is (a+)+b opens and draws, the editor responsive', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'test/fixtures/hostile/dropframes-redos.pb.gz'));
    const uri = fixtureUri('profiles/dropframes-redos.pb.gz');
    await vscode.workspace.fs.writeFile(uri, bytes);
    const stall = startStallMeter();
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    const drawn = await waitInWebview<string>(FRAME, 'the function drawn',
      `return document.querySelector('.gpe-flame-pane g.frame[data-name^="aaaa"]')?.getAttribute('data-name')`, 60000);
    const stallMs = stall.stop();
    assert.strictEqual(drawn, 'a'.repeat(40) + '!');
    assert.ok(stallMs < 2000, `the extension host stalled ${Math.round(stallMs)} ms`);
  });

  test('function names that are not UTF-8: each its own row, drawn without breaking the view', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'test/fixtures/pprof/producers/handrolled_latin1_names.pb.gz'));
    const uri = fixtureUri('profiles/latin1-names.pb.gz');
    await vscode.workspace.fs.writeFile(uri, bytes);
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    const rows = await waitInWebview<string[]>(FRAME, 'the top table', `
      const names = [...document.querySelectorAll('.gpe-top-row td.gpe-col-name')].map(td => td.textContent);
      return names.length === 5 && names;`, 60000);
    // 0xE9 and 0xE8 alone are two functions (U+FFFD merged them); each such byte is shown as its mark (visibleText.ts).
    assert.deepStrictEqual([...rows].sort(), ['caf\u27e8\\xE8\u27e9.Serve', 'caf\u27e8\\xE9\u27e9.Serve', 'caf\u00e9.Serve', 'main.main', 'pkg.(*T).na\u27e8\\x80\u27e9me'].sort());
    const frames = await waitInWebview<string[]>(FRAME, 'the flame graph', `
      const names = [...document.querySelectorAll('.gpe-flame-pane g.frame')].map(g => g.getAttribute('data-name')).filter(n => n && n.startsWith('caf'));
      return names.length === 3 && names;`, 30000);
    assert.strictEqual(new Set(frames).size, 3);
    await screenshot('latin1-names');
    await inDarkTheme(FRAME, () => screenshot('latin1-names-dark'));
    await vscode.workspace.fs.delete(uri);
  });

  test('a 2 MB gzip bomb shows one clear error and offers a higher limit, the editor responsive', async () => {
    const uri = fixtureUri('profiles/bomb.pb.gz');
    await vscode.workspace.fs.writeFile(uri, await gzipBomb());
    const stall = startStallMeter();
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    const error = await waitInWebview<{ message: string; retry: string }>(FRAME, 'the limit error', `
      const m = document.querySelector('.gpe-error')?.textContent, r = document.querySelector('.gpe-retry')?.textContent;
      return m && r && { message: m, retry: r };`, 90000);
    const stallMs = stall.stop();
    assert.match(error.message, /^Stopped: gzip expands beyond 199 MiB \(limit 100× the 2\.0 MiB file\)\. .*goProfileExplorer\.limits\.maxUnzippedMiB/);
    assert.strictEqual(error.retry, 'Retry with 796 MiB');
    assert.ok(stallMs < 2000, `the extension host stalled ${Math.round(stallMs)} ms`);
    assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error']), [], 'the message below 4.5:1 in the light theme');
    await screenshot('hostile-gzip-bomb');
    await inDarkTheme(FRAME, async () => {
      assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error']), [], 'the message below 4.5:1 in the dark theme');
      await screenshot('hostile-gzip-bomb-dark');
    });
    await vscode.workspace.fs.delete(uri);
  });

  test('a gzip bomb grouped as a dump: the goroutine view says so and its Retry raises the limit again', async () => {
    const uri = fixtureUri('dumps/bomb.txt.gz');
    await vscode.workspace.fs.writeFile(uri, await gzipBomb());
    const view = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void> } | undefined>('goProfileExplorer.groupGoroutines', uri);
    await view?.lastAnalysis;
    const first = await waitInWebview<{ message: string; retry: string }>(GOROUTINE_FRAME, 'the goroutine view\'s limit error',
      `const m = document.querySelector('.gpe-error')?.textContent, r = document.querySelector('.gpe-retry')?.textContent; return m && r && { message: m, retry: r };`, 90000);
    assert.match(first.message, /gzip expands beyond 199 MiB \(limit 100× the 2\.0 MiB file\)/);
    assert.strictEqual(first.retry, 'Retry with 796 MiB');
    await screenshot('hostile-gzip-bomb-goroutines');
    await inWebview({ frame: GOROUTINE_FRAME, op: 'click', selector: '.gpe-retry' });
    // Still a bomb at the raised limit: the next offer is four times higher again.
    const second = await waitInWebview<string>(GOROUTINE_FRAME, 'the raised limit',
      `const m = document.querySelector('.gpe-error')?.textContent; return m && m.includes('796 MiB') && document.querySelector('.gpe-retry')?.textContent;`, 90000);
    assert.strictEqual(second, 'Retry with 3185 MiB');
    await vscode.workspace.fs.delete(uri);
  });

  test('error pages in a narrow editor beside the source: the error one sentence that reads whole, its offers in view; light and dark', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const cases = [
      { name: 'corrupt', file: 'profiles/corrupt.pb.gz', bytes: corruptProfile() },
      { name: 'empty-file', file: 'profiles/empty-file.pprof', bytes: new Uint8Array(0) },
      { name: 'gzip-bomb', file: 'profiles/bomb-narrow.pb.gz', bytes: await gzipBomb() },
    ];
    await vscode.window.showTextDocument(fixtureUri('go.mod'), { preview: false });
    const cuts: string[] = [];
    const pages: Record<string, unknown> = {};
    for (const c of cases) {
      const uri = fixtureUri(c.file);
      await vscode.workspace.fs.writeFile(uri, c.bytes);
      await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile', vscode.ViewColumn.Beside);
      const page = await waitInWebview<{ error: string; errorInWindow: boolean; offers: string[] }>(FRAME, `the ${c.name} page`,
        `if (document.querySelector('.gpe-title')?.textContent !== ${JSON.stringify(c.file.split('/').pop())} || window.innerWidth > 700) return false;` + STOPPED_PAGE, 90000);
      pages[c.name] = page;
      cuts.push(...(await inWebview<string[]>({ frame: FRAME, op: 'eval', script: CUT_TEXT })).map(t => `${c.name}: ${t}`));
      assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error']), [], `${c.name}: the error below 4.5:1 in the light theme`);
      await screenshot(`hostile-narrow-${c.name}`);
      await inDarkTheme(FRAME, async () => {
        assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error']), [], `${c.name}: the error below 4.5:1 in the dark theme`);
        await screenshot(`hostile-narrow-${c.name}-dark`);
      });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
    console.log(`hostile: narrow error pages ${JSON.stringify(pages)}`);
    assert.deepStrictEqual(cuts, []);
    for (const [name, page] of Object.entries(pages) as [string, { error: string; errorInWindow: boolean; offers: string[] }][]) {
      assert.ok(page.errorInWindow, `${name}: the error in view`);
      // A sentence, not a fragment: a capital at its start, a full stop at its end.
      assert.match(page.error, /^[A-Z].*\.$/s, `${name}: ${page.error}`);
      assert.ok(page.offers.length > 0 && page.offers.every(o => !o.endsWith('(out of view)')), `${name}: ${page.offers.join(', ')}`);
    }

    // A profile of no samples (Go's mutex profile with its sampling never turned on) says so.
    const empty = fixtureUri('profiles/mutex-sampling-off.pb.gz');
    await vscode.workspace.fs.writeFile(empty, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'test/fixtures/pprof/empty/mutex-sampling-off.pb.gz')));
    await vscode.commands.executeCommand('vscode.openWith', empty, 'goProfileExplorer.profile', vscode.ViewColumn.Beside);
    const said = await waitInWebview<string>(FRAME, 'the empty profile', `
      const e = document.querySelector('.gpe-empty-profile'); return document.querySelector('.gpe-title')?.textContent === 'mutex-sampling-off.pb.gz' && e && !e.hidden && e.textContent`, 60000);
    assert.match(said, /no samples/);
    assert.deepStrictEqual(await inWebview<string[]>({ frame: FRAME, op: 'eval', script: CUT_TEXT }), []);
    await screenshot('hostile-narrow-no-samples');
    await inDarkTheme(FRAME, () => screenshot('hostile-narrow-no-samples-dark'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(empty);

    // Text with no goroutine in it, grouped as a dump.
    const none = fixtureUri('dumps/no-goroutines.txt');
    await vscode.workspace.fs.writeFile(none, new TextEncoder().encode('2026-12-06T10:00:00Z INFO server started on :8080\n2026-12-06T10:00:01Z INFO ready\n'));
    const view = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void> } | undefined>('goProfileExplorer.groupGoroutines', none);
    await view?.lastAnalysis;
    // The view opens in the active group: the source beside it makes it narrow.
    await vscode.window.showTextDocument(fixtureUri('go.mod'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2 ? true : undefined);
    await new Promise(r => setTimeout(r, 1000));
    const noDump = await waitInWebview<{ error: string; errorInWindow: boolean; offers: string[] }>(GOROUTINE_FRAME, 'the goroutine view of no dump', STOPPED_PAGE, 60000);
    assert.ok(noDump.errorInWindow, noDump.error);
    assert.match(noDump.error, /^[A-Z].*\.$/s, noDump.error);
    // A short note, not one run-on line: what was read, then why it is no dump and what is read, each a paragraph.
    assert.strictEqual(noDump.error, 'Could not group the goroutines: no goroutine dump found in the 2 lines read.');
    const details = await inWebview<string[]>({ frame: GOROUTINE_FRAME, op: 'eval', script: `return [...document.querySelectorAll('.gpe-error-detail')].map(p => p.textContent)` });
    assert.deepStrictEqual(details.map(d => d.slice(0, d.indexOf(':'))), ['Lines 1–2', 'What is read'], details.join('\n'));
    assert.match(details[0], /skipped 2 lines that are not part of a goroutine dump, starting "2026-12-06T10:00:00Z INFO server started on :8080"\.$/);
    assert.deepStrictEqual(await inWebview<string[]>({ frame: GOROUTINE_FRAME, op: 'eval', script: CUT_TEXT }), []);
    await screenshot('hostile-narrow-no-goroutines');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-narrow-no-goroutines-dark'));
    await vscode.workspace.fs.delete(none);
  });
});

const INCIDENT_FRAME = 'body[data-view="incident"]';

suite('Hostile names', function () {
  this.timeout(240000);
  teardown(closeAllEditors);

  test('a dump of 200 groups of 20,000-character states: the view gets a page of them, says how many more and shows them on "Show more"', async () => {
    const dump = fixtureUri('dumps/long-state-groups.txt');
    await vscode.workspace.fs.writeFile(dump, new Uint8Array(hostileTexts['long-state-groups'](0.02)));
    type Panel = { lastAnalysis: Promise<void>; model?: { groups: unknown[]; unsentGroups: number } };
    const view = await vscode.commands.executeCommand<Panel | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    const model = view?.model;
    assert.ok(model && model.groups.length > 0 && model.unsentGroups > 0, `${model?.groups.length} groups sent, ${model?.unsentGroups} not`);
    const posted = JSON.stringify(model).length;
    const rows = `document.querySelectorAll('tr.gpe-group').length`;
    const first = await waitInWebview<{ rows: number; more: string }>(GOROUTINE_FRAME, 'the first page and its "more"', `
      const more = document.querySelector('.gpe-more-count');
      return ${rows} > 0 && more && { rows: ${rows}, more: more.textContent };`, 120000);
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-more-groups')?.scrollIntoView({ block: 'center' }); return true;` });
    await screenshot('hostile-long-state-groups-more');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-long-state-groups-more-dark'));
    // From the click to the next frame after the rows grew: the round trip to the worker and the page laid out.
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `
      const clicked = performance.now();
      const observer = new MutationObserver(() => {
        if (${rows} > ${first.rows}) { observer.disconnect(); requestAnimationFrame(() => { window.gpeMoreMs = performance.now() - clicked; }); }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      document.querySelector('.gpe-more-button').click(); return true;` });
    const second = await waitInWebview<{ rows: number; more: string; ms: number }>(GOROUTINE_FRAME, 'the second page', `
      const more = document.querySelector('.gpe-more-count');
      return ${rows} > ${first.rows} && window.gpeMoreMs !== undefined && { rows: ${rows}, more: more ? more.textContent : '', ms: Math.round(window.gpeMoreMs) };`, 120000);
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-more-groups')?.scrollIntoView({ block: 'center' }); return true;` });
    await screenshot('hostile-long-state-groups-second-page');
    console.log(`hostile: long states ${JSON.stringify({ posted, first, second })}`);
    // 4 MB of states: the first page's model within the budget (1 MB of groups).
    assert.ok(posted < 1_300_000, `the view's model is ${posted} characters`);
    assert.equal(first.rows, model.groups.length);
    assert.match(first.more, new RegExp(`^${model.unsentGroups} more groups, not shown yet`));
    assert.equal(view?.model?.groups.length, second.rows, 'the host holds what the webview shows');
  });

  test('a dump of 3,000 groups, one a stack of 10^5 frames: "Show more" brings the next page, the deep stack shows its first and last frames and the next of its middle on demand', async () => {
    const dump = fixtureUri('dumps/deep-stack-many-groups.txt');
    const deep = Buffer.from(hostileTexts['million-frames'](0.1)).toString('latin1');
    const many = Array.from({ length: 3_000 }, (_, i) => `goroutine ${i + 2} [select]:\nmain.g${i}(0x1)\n\t/src/g.go:${i + 1} +0x1d\ncreated by main.main in goroutine 1\n\t/src/main.go:9 +0x1d\n`).join('\n');
    await vscode.workspace.fs.writeFile(dump, Buffer.from(`${deep}\n${many}`, 'latin1'));
    type Group = { frames: number[]; framesLeftOut?: { at: number; count: number } };
    type Panel = { lastAnalysis: Promise<void>; model?: { groups: Group[]; unsentGroups: number; flame: { total: number }; summary: { total: number } } };
    const view = await vscode.commands.executeCommand<Panel | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    const model = view?.model;
    assert.ok(model && model.unsentGroups > 0, `${model?.groups.length} groups sent, ${model?.unsentGroups} not`);
    // The flame graph covers every group, the ones not sent too.
    assert.equal(model.flame.total, model.summary.total);
    const posted = JSON.stringify(model).length;
    const rows = `document.querySelectorAll('tr.gpe-group').length`;
    const first = await waitInWebview<number>(GOROUTINE_FRAME, 'the first page', `return document.querySelector('.gpe-more-button') && ${rows};`, 120000);
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-more-button').click(); return true;` });
    const second = await waitInWebview<number>(GOROUTINE_FRAME, 'the second page', `return ${rows} > ${first} && ${rows};`, 120000);
    const deepIndex = view!.model!.groups.findIndex(g => g.framesLeftOut !== undefined);
    assert.ok(deepIndex >= 0, 'the deep stack\'s group is sent, its middle left out');
    const leftOut = view!.model!.groups[deepIndex].framesLeftOut!;
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `
      const row = document.querySelector('tr.gpe-group[data-group="${deepIndex}"]'); row.click(); return true;` });
    const gap = await waitInWebview<{ frames: number; text: string }>(GOROUTINE_FRAME, 'the deep stack expanded', `
      const gap = document.querySelector('.gpe-frames-left-out');
      if (!gap) return null;
      gap.scrollIntoView({ block: 'center' });
      return { frames: document.querySelectorAll('.gpe-group-detail .gpe-stack-frame').length, text: gap.textContent };`, 120000);
    await screenshot('hostile-deep-stack-left-out');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-deep-stack-left-out-dark'));
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-more-frames').click(); return true;` });
    const more = await waitInWebview<{ frames: number; text: string; next: number }>(GOROUTINE_FRAME, 'the next frames of the middle', `
      const frames = document.querySelectorAll('.gpe-group-detail .gpe-stack-frame');
      if (frames.length <= ${gap.frames}) return null;
      const gap = document.querySelector('.gpe-frames-left-out');
      gap.scrollIntoView({ block: 'center' });
      return { frames: frames.length, text: gap.textContent, next: gap.nextElementSibling.value };`, 120000);
    await screenshot('hostile-deep-stack-more-frames');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-deep-stack-more-frames-dark'));
    // The flame graph: every goroutine of the dump, the groups not shown too; the deep stack drawn to 1,000 rows.
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('button.gpe-tab[data-tab="flame"]').click(); return true;` });
    const flame = await waitInWebview<{ hint: string; cells: number }>(GOROUTINE_FRAME, 'the flame graph', `
      const hint = document.querySelector('.gpe-flame-details');
      const cells = document.querySelectorAll('.gpe-flame-chart g').length;
      return hint && cells > 0 && { hint: hint.textContent, cells };`, 120000);
    await screenshot('hostile-deep-stack-flame');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-deep-stack-flame-dark'));
    console.log(`hostile: deep stack ${JSON.stringify({ posted, first, second, gap, more, flame })}`);
    assert.match(flame.hint, /Stacks deeper than 1,000 frames are drawn from their outermost frame to that depth/);
    assert.equal(gap.frames, 250);
    assert.match(gap.text, new RegExp(`${leftOut.count.toLocaleString('en-US')} frames between not shown`));
    assert.equal(more.frames, 250 + 10_000);
    // The frame after the gap is numbered as deep as it sits in the stack.
    assert.equal(more.next, 100_000 - 50 + 1);
    assert.equal(view?.model?.groups[deepIndex].frames.length, more.frames, 'the host holds what the webview shows');
    assert.ok(posted < 1_300_000, `the view's model is ${posted} characters`);
  });

  test('a dump of 3,000 towers of one goroutine each: the flame graph\'s grey bar opens into a page of them sized by the chart (3 px a tower), then the next page, and back', async () => {
    const dump = fixtureUri('dumps/narrow-towers.txt');
    const towers = Array.from({ length: 3_000 }, (_, i) => `goroutine ${i + 10} [chan receive]:\nmain.step${i}()\n\t/app/steps.go:${i + 10} +0x1d\nmain.run()\n\t/app/main.go:5 +0x25\ncreated by main.main in goroutine 1\n\t/app/main.go:4 +0x30\n`);
    await vscode.workspace.fs.writeFile(dump, Buffer.from(['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:3 +0x30\n', ...towers].join('\n')));
    const view = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void> } | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    await waitInWebview(GOROUTINE_FRAME, 'the groups', `return document.querySelectorAll('tr.gpe-group').length > 0`, 120000);
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('button.gpe-tab[data-tab="flame"]').click(); return true;` });
    // The grey bar under main.run (goroutine 1's own tower is one at the root, too narrow as well).
    const clickGrey = `
      const greys = [...document.querySelectorAll('.gpe-flame-chart svg g.frame')].filter(g => g.textContent.includes('towers too narrow to draw'));
      const grey = greys.find(g => g.textContent.includes('3,000 goroutines'));
      if (!grey) return null;
      grey.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return greys.length;`;
    const greys = await waitInWebview<number>(GOROUTINE_FRAME, 'the grey bar of 3,000 towers clicked', clickGrey, 120000);
    const opened = `
      const bar = document.querySelector('.gpe-flame-opened');
      return bar && { text: bar.textContent, frames: document.querySelectorAll('.gpe-flame-chart svg g.frame').length,
        next: !!document.querySelector('.gpe-flame-next'), width: Math.round(bar.parentElement.clientWidth) };`;
    type Opened = { text: string; frames: number; next: boolean; width: number };
    const first = await waitInWebview<Opened>(GOROUTINE_FRAME, 'the grey bar opened', opened, 120000);
    // The page the view asked for: as many towers as fit 3 px each in the chart's width when it asked
    // (a scroll bar since may have taken a few pixels).
    const page = Number((/opened: ([\d,]+) towers/.exec(first.text)?.[1] ?? '0').replace(/,/g, ''));
    const fmt = (n: number) => n.toLocaleString('en-US');
    await screenshot('hostile-narrow-towers-opened');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-narrow-towers-opened-dark'));
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-flame-next').click(); return true;` });
    const second = await waitInWebview<Opened>(GOROUTINE_FRAME, 'the next towers', `
      const bar = document.querySelector('.gpe-flame-opened');
      return bar && bar.textContent.includes('${fmt(3_000 - 2 * page)} narrower') && { text: bar.textContent, frames: document.querySelectorAll('.gpe-flame-chart svg g.frame').length,
        next: !!document.querySelector('.gpe-flame-next'), width: 0 };`, 120000);
    await screenshot('hostile-narrow-towers-next');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-narrow-towers-next-dark'));
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-flame-back').click(); return true;` });
    const back = await waitInWebview<number>(GOROUTINE_FRAME, 'the whole graph again', `
      return !document.querySelector('.gpe-flame-opened') && document.querySelectorAll('.gpe-flame-chart svg g.frame').length;`, 120000);
    console.log(`hostile: narrow towers ${JSON.stringify({ greys, first, second, back })}`);
    assert.ok(Math.abs(page - Math.floor(first.width / 3)) <= 10, `${page} towers a page for a chart ${first.width} px wide`);
    const says = (left: number) => `Towers too narrow to draw, opened: ${fmt(page)} towers of ${fmt(page)} groups, ${fmt(page)} goroutines; ${fmt(left)} narrower towers of the bar not drawn here.`;
    assert.ok(first.text.startsWith(says(3_000 - page)), first.text);
    assert.ok(first.next, 'a button for the next towers');
    // The root, main.run and the page's towers, each drawn (3 px each).
    assert.ok(first.frames >= page + 2, `${first.frames} frames drawn`);
    assert.ok(second.text.startsWith(says(3_000 - 2 * page)), second.text);
    assert.ok(second.frames >= page + 2, `${second.frames} frames drawn`);
    assert.ok(back < 10, `${back} frames in the whole graph: the towers drawn together again`);
    await vscode.workspace.fs.delete(dump).then(undefined, () => undefined);
  });

  test('250 stacks without their goroutine header: the stacks outside the groups come 100 at a time with Show more, until all 250', async () => {
    const dump = fixtureUri('dumps/headless-stacks.txt');
    const stacks = Array.from({ length: 250 }, (_, i) => `main.worker${i}(0x1)\n\t/src/worker.go:${i + 1} +0x1d\ncreated by main.main in goroutine 1\n\t/src/main.go:${i + 1} +0x45\n`);
    await vscode.workspace.fs.writeFile(dump, Buffer.from(stacks.join('\n')));
    const view = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void>; model?: { stacks: unknown[] } } | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    const shown = (n: number) => `
      const stacks = document.querySelectorAll('.gpe-stack').length;
      const more = document.querySelector('.gpe-more-stacks');
      if (stacks !== ${n}) return null;
      (more ?? document.querySelectorAll('.gpe-stack')[stacks - 1]).scrollIntoView({ block: 'center' });
      return { stacks, more: more ? more.textContent : '' };`;
    type Shown = { stacks: number; more: string };
    const first = await waitInWebview<Shown>(GOROUTINE_FRAME, 'the first 100 stacks', shown(100), 120000);
    await screenshot('hostile-stacks-outside-first-page');
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-more-stacks-button').click(); return true;` });
    const second = await waitInWebview<Shown>(GOROUTINE_FRAME, 'the next 100 stacks', shown(200), 120000);
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-stacks-outside-second-page-dark'));
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-more-stacks-button').click(); return true;` });
    const last = await waitInWebview<Shown>(GOROUTINE_FRAME, 'every stack', shown(250), 120000);
    // The last stack is the text's last: the page came in order, and revealing it names lines the host holds.
    const lastTitle = await inWebview<string>({ frame: GOROUTINE_FRAME, op: 'eval', script: `
      const items = document.querySelectorAll('.gpe-stack'); return items[items.length - 1].textContent;` });
    console.log(`hostile: stacks outside ${JSON.stringify({ first, second, last })}`);
    assert.match(first.more, /^150 more stacks, not shown yet\. Show more$/);
    assert.match(second.more, /^50 more stacks, not shown yet\. Show more$/);
    assert.equal(last.more, '');
    assert.match(lastTitle, /main\.worker249/);
    assert.equal(view?.model?.stacks.length, 250, 'the host holds what the webview shows');
    await vscode.workspace.fs.delete(dump).then(undefined, () => undefined);
  });

  test('long lists paged both ways: 1,000 stacks outside the groups reached by number, a deep one\'s middle, 200 groups gone since an earlier dump', async () => {
    const dump = fixtureUri('dumps/long-lists.txt');
    // 1,000 headless stacks, the 601st 20,000 frames deep.
    const stacks = Array.from({ length: 1_000 }, (_, i) => i === 600
      ? Array.from({ length: 20_000 }, (_, k) => `main.deep${k}(0x1)\n\t/src/deep.go:${k + 1} +0x1\n`).join('')
      : `main.worker${i}(0x1)\n\t/src/worker.go:${i + 1} +0x1d\n`);
    await vscode.workspace.fs.writeFile(dump, Buffer.from(stacks.join('\n')));
    const view = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void>; model?: { stacks: unknown[]; stacksFrom?: number } } | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    await waitInWebview<number>(GOROUTINE_FRAME, 'the first 100 stacks', `return document.querySelectorAll('.gpe-stack').length === 100 || undefined`, 120000);
    const range = await inWebview<string>({ frame: GOROUTINE_FRAME, op: 'eval', script: `return document.querySelector('.gpe-stack-range').textContent` });
    assert.match(range, /^Stacks 1–100 of 1,000/);
    // Go to stack #600: 100 from it, in place of the first 100; the deep one is the second shown.
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `
      const input = document.querySelector('.gpe-stack-jump-input'); input.value = '600';
      document.querySelector('.gpe-stack-jump-button').click(); return true;` });
    type Shown = { range: string; first: string; before: string; leftOut: string };
    const jumped = await waitInWebview<Shown>(GOROUTINE_FRAME, 'stacks from #600', `
      const range = document.querySelector('.gpe-stack-range')?.textContent ?? '';
      if (!range.startsWith('Stacks 600–')) return undefined;
      const items = document.querySelectorAll('.gpe-stack');
      return { range, first: items[0].querySelector('.gpe-stack-title').textContent, before: document.querySelector('.gpe-stacks-before')?.textContent ?? '',
        leftOut: items[1].querySelector('.gpe-frames-left-out')?.textContent ?? '' };`, 120000);
    assert.match(jumped.range, /^Stacks 600–699 of 1,000/);
    assert.match(jumped.first, /^#600 /);
    assert.match(jumped.before, /^599 stacks before these, not shown\. Show the page before$/);
    assert.match(jumped.leftOut, /^… 19,750 frames between not shown … Show the next 10,000$/);
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelectorAll('.gpe-stack')[1].scrollIntoView({ block: 'start' }); return true;` });
    await screenshot('hostile-stacks-jumped');
    // The deep stack's middle, a page at a time, until whole.
    for (let page = 0; page < 4; page++) {
      const more = await inWebview<boolean>({ frame: GOROUTINE_FRAME, op: 'eval', script: `
        const b = document.querySelectorAll('.gpe-stack')[1].querySelector('button[data-more-stack-frames]'); if (b) b.click(); return !!b;` });
      if (!more) break;
      await waitInWebview<boolean>(GOROUTINE_FRAME, 'the next frames', `return !document.querySelector('button[data-more-stack-frames]:disabled') || undefined`, 120000);
    }
    const deep = await waitInWebview<number>(GOROUTINE_FRAME, 'the deep stack whole', `
      const n = document.querySelectorAll('.gpe-stack')[1].querySelectorAll('.gpe-stack-frame').length; return n === 20000 ? n : undefined;`, 120000);
    assert.equal(deep, 20_000);
    // The page before: #500–599.
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-stacks-before-button').click(); return true;` });
    const before = await waitInWebview<string>(GOROUTINE_FRAME, 'the page before', `
      const r = document.querySelector('.gpe-stack-range')?.textContent ?? ''; return r.startsWith('Stacks 500–') ? r : undefined;`, 120000);
    assert.match(before, /^Stacks 500–599 of 1,000/);
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-stacks-page-before-dark'));
    assert.equal(view?.model?.stacks.length, 100, 'the host holds the run shown');
    assert.equal(view?.model?.stacksFrom, 499);

    await vscode.workspace.fs.delete(dump).then(undefined, () => undefined);
    // One goroutine view at a time: the webview looked in is the new one's.
    await closeAllEditors();

    // Two dumps in one text (goroutine ids repeat): the earlier one's 200 groups are gone from the last.
    const dumps = fixtureUri('dumps/gone-groups.txt');
    const oneDump = (n: number, name: string) => ['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:3 +0x30\n', ...Array.from({ length: n }, (_, i) =>
      Array.from({ length: 1 + (i % 3) }, (_, k) => `goroutine ${10 + 3 * i + k} [chan receive, 5 minutes]:\nmain.${name}${i}()\n\t/app/${name}.go:${10 + i} +0x1d\ncreated by main.main in goroutine 1\n\t/app/main.go:4 +0x30\n`).join('\n'))].join('\n');
    await vscode.workspace.fs.writeFile(dumps, Buffer.from(`${oneDump(200, 'gone')}\n${oneDump(3, 'worker')}`));
    const compared = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void> } | undefined>('goProfileExplorer.groupGoroutines', dumps);
    await compared?.lastAnalysis;
    await waitInWebview<boolean>(GOROUTINE_FRAME, 'the earlier dump named', `return !!document.querySelector('a[data-compare-dump="0"]') || undefined`, 120000);
    await inWebview({ frame: GOROUTINE_FRAME, op: 'click', selector: 'a[data-compare-dump="0"]' });
    type Gone = { title: string; rows: number; first: string; more: string };
    const gone = (n: number) => `
      const box = document.querySelector('.gpe-vanished'); if (!box) return undefined;
      const rows = box.querySelectorAll('tr.gpe-vanished-group');
      if (rows.length !== ${n}) return undefined;
      box.scrollIntoView({ block: 'start' });
      return { title: box.querySelector('h2').textContent, rows: rows.length, first: rows[0].textContent, more: box.querySelector('.gpe-more-vanished')?.textContent ?? '' };`;
    const firstGone = await waitInWebview<Gone>(GOROUTINE_FRAME, 'the first 50 gone groups', gone(50), 120000);
    assert.match(firstGone.title, /^Gone since .*gone-groups\.txt \(dump 1 of 2\) \(200 groups\)$/);
    // Most goroutines first: a group of 3 (every third of the earlier dump's).
    assert.match(firstGone.first, /^3−3chan receivemain\.gone\d+$/);
    assert.match(firstGone.more, /^150 more gone groups, not shown yet\. Show more$/);
    await screenshot('hostile-gone-groups-first');
    await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: `document.querySelector('.gpe-more-vanished-button').click(); return true;` });
    const allGone = await waitInWebview<Gone>(GOROUTINE_FRAME, 'every gone group', gone(200), 120000);
    assert.equal(allGone.more, '');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-gone-groups-all-dark'));
    console.log(`hostile: long lists ${JSON.stringify({ range, jumped, deep, before, firstGone, allGone: allGone.rows })}`);
    await vscode.workspace.fs.delete(dumps).then(undefined, () => undefined);
  });

  test('an incident whose suspect\'s stack is 10^5 frames deep: its middle shown 10,000 frames at a time, to the last; light and dark', async function () {
    this.timeout(900_000);
    const folder = fixtureUri('incident-deep-stack');
    // Three goroutines stuck on a send for 42 minutes under a runaway recursion of 10^5 distinct frames.
    const recursion = Array.from({ length: 100_000 }, (_, i) => `main.recurse${i}(0x1)\n\t/app/recurse.go:${i + 1} +0x20\n`).join('');
    const dump = ['goroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1\n\n',
      ...[10, 11, 12].map(g => `goroutine ${g} [chan send, 42 minutes]:\nmain.stuck(0xc000010000)\n\t/app/stuck.go:12 +0x3d\n${recursion}created by main.main in goroutine 1\n\t/app/main.go:9 +0x5a\n\n`)].join('');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'goroutines.txt'), Buffer.from(dump));
    type Suspect = { frames: unknown[]; framesLeftOut?: { at: number; count: number } };
    type Panel = { lastAnalysis: Promise<void>; model?: { incident: { suspects: Suspect[] }; links: unknown[] } };
    const view = await vscode.commands.executeCommand<Panel | undefined>('goProfileExplorer.openIncident', folder);
    await view?.lastAnalysis;
    assert.deepEqual(view?.model?.incident.suspects[0].framesLeftOut, { at: 200, count: 99_751 });
    const stack = (framesAbove: number) => `
      const details = document.querySelector('article[data-suspect="0"] details.gpe-stack');
      if (!details) return null;
      details.open = true;
      const frames = details.querySelectorAll('li.gpe-stack-frame').length;
      if (frames <= ${framesAbove}) return null;
      const gap = details.querySelector('li.gpe-elided');
      (gap ?? details.querySelector('li.gpe-stack-frame:last-child')).scrollIntoView({ block: 'center' });
      return { frames, gap: gap?.textContent ?? '', next: gap?.nextElementSibling?.value ?? 0, summary: details.querySelector('summary').textContent };`;
    type Shown = { frames: number; gap: string; next: number; summary: string };
    const first = await waitInWebview<Shown>(INCIDENT_FRAME, 'the suspect\'s stack', stack(0), 120000);
    assert.equal(first.frames, 250);
    assert.match(first.gap, /^… 99,751 frames between not shown … Show the next 10,000$/);
    assert.equal(first.summary, 'Stack (100,001 frames)');
    await screenshot('hostile-incident-deep-stack');
    await inWebview({ frame: INCIDENT_FRAME, op: 'eval', script: `document.querySelector('button[data-more-suspect-frames="0"]').click(); return true;` });
    const second = await waitInWebview<Shown>(INCIDENT_FRAME, 'the next 10,000 frames', stack(first.frames), 120000);
    assert.equal(second.frames, 250 + 10_000);
    assert.match(second.gap, /^… 89,751 frames between not shown … Show the next 10,000$/);
    // The frame after the gap is numbered as deep as it sits in the stack.
    assert.equal(second.next, 100_001 - 50 + 1);
    await inDarkTheme(INCIDENT_FRAME, () => screenshot('hostile-incident-deep-stack-more-dark'));
    let shown = second;
    for (let asks = 0; shown.gap !== ''; asks++) {
      assert.ok(asks < 10, 'each ask brings the next page');
      await inWebview({ frame: INCIDENT_FRAME, op: 'eval', script: `document.querySelector('button[data-more-suspect-frames="0"]').click(); return true;` });
      shown = await waitInWebview<Shown>(INCIDENT_FRAME, 'the next page', stack(shown.frames), 120000);
    }
    assert.equal(shown.frames, 100_001);
    await screenshot('hostile-incident-deep-stack-whole');
    const held = view?.model?.incident.suspects[0];
    assert.equal(held?.frames.length, 100_001, 'the host holds what the webview shows');
    assert.equal(held?.framesLeftOut, undefined);
    console.log(`hostile: incident deep stack ${JSON.stringify({ first, second, whole: shown.frames, links: view?.model?.links.length })}`);
    await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
  });

  test('a dump naming 1 MB states, files and labels: the goroutine view gets each cut, shows its start, and its join finds the group', async () => {
    // Two goroutines (7 MB of text): one in a 1 MB state, one waiting on a channel; each with a 1 MB file, label and creator.
    const dump = fixtureUri('dumps/huge-fields.txt');
    await vscode.workspace.fs.writeFile(dump, new Uint8Array(hostileTexts['huge-fields'](0.01)));
    type Panel = { lastAnalysis: Promise<void>; model?: { groups: { state: string; frames: number[] }[]; frames: { func: string }[] }; showGroup(func: string, state: string): void };
    const view = await vscode.commands.executeCommand<Panel | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    const model = view?.model;
    assert.ok(model && model.groups.length === 2, 'two groups');
    const posted = JSON.stringify(model).length;
    const page = await waitInWebview<{ states: string[]; files: string[]; longest: number; overflow: number }>(GOROUTINE_FRAME, 'the 1 MB fields drawn', `
      const states = [...document.querySelectorAll('.gpe-state')].map(e => e.textContent);
      const files = [...document.querySelectorAll('.gpe-source-link')].map(e => e.textContent);
      const leaves = [...document.querySelectorAll('body *')].filter(e => e.childElementCount === 0);
      const table = document.querySelector('.gpe-groups');
      return states.length >= 2 && { states, files, longest: Math.max(...leaves.map(e => (e.textContent || '').length)),
        overflow: table.scrollWidth - document.documentElement.clientWidth };`, 120000);
    console.log(`hostile: huge fields ${JSON.stringify({ posted, longest: page.longest, states: page.states.map(s => s.slice(0, 12) + '…' + s.slice(-40)) })}`);
    await screenshot('hostile-huge-fields-goroutines');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-huge-fields-goroutines-dark'));
    // 7 MB of names cross as ~0.3 MB: each text at most 20,000 characters, the page lays out at most ~2,000 of each
    // (a label, key=value, two).
    assert.ok(posted < 400_000, `the view's model is ${posted} characters`);
    assert.ok(page.longest <= 4200, `a text of ${page.longest} characters laid out`);
    // The long file names wrap: the table keeps within the page (its top frame column ran off the right edge).
    assert.ok(page.overflow <= 0, `the groups table runs ${page.overflow} px past the page`);
    assert.ok(page.states.some(s => s.startsWith('s00000000sss') && /… \([\d,]+ more characters\)/.test(s)), JSON.stringify(page.states.map(s => s.slice(-60))));
    // The incident's join (its suspect's function and state) shows that one group.
    const long = model.groups.find(g => g.state.startsWith('s00000000'))!;
    view!.showGroup(model.frames[long.frames[0]].func, long.state);
    const shown = await waitInWebview<number>(GOROUTINE_FRAME, 'the joined group alone', `
      const rows = document.querySelectorAll('tr.gpe-group');
      return rows.length === 1 && rows.length;`, 60000);
    assert.equal(shown, 1);
    await vscode.workspace.fs.delete(dump);
  });

  test('a function name of 96 MB in a 100 KB file: drawn cut in every view, the editor and its webview responsive', async () => {
    const uri = fixtureUri('profiles/huge-function-name.pb.gz');
    await vscode.workspace.fs.writeFile(uri, gzipSync(hostileProfiles['huge-function-name'](1), { level: 9 }));
    const stall = startStallMeter();
    const started = Date.now();
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    // The flame graph's frame and the top table's row of the long name, and the longest text each shows.
    const drawn = await waitInWebview<{ frameLabel: number; frameName: number; row: number; page: number }>(FRAME, 'the long name drawn', `
      const frame = [...document.querySelectorAll('.gpe-flame-pane g.frame')].find(g => (g.getAttribute('data-name') ?? '').startsWith('main.xxx'));
      const row = [...document.querySelectorAll('.gpe-top-row td.gpe-col-name')].find(td => td.textContent.startsWith('main.xxx'));
      return frame && row && { frameLabel: frame.textContent.length, frameName: frame.getAttribute('data-name').length, row: row.textContent.length, page: document.body.textContent.length };`, 180000);
    const drawnMs = Date.now() - started;
    // The webview answers at once once drawn (a page laying out 96 MB of text does not).
    const asked = Date.now();
    await inWebview({ frame: FRAME, op: 'eval', script: 'return 1' });
    const answerMs = Date.now() - asked;
    const stallMs = stall.stop();
    console.log(`hostile: huge function name ${JSON.stringify({ drawnMs, answerMs, stallMs: Math.round(stallMs), ...drawn })}`);
    await screenshot('hostile-huge-function-name');
    await inDarkTheme(FRAME, () => screenshot('hostile-huge-function-name-dark'));
    assert.ok(drawn.frameLabel <= 2100 && drawn.row <= 2100, `the name shown whole: ${JSON.stringify(drawn)}`);
    assert.ok(drawn.page < 1_000_000, `the page holds ${drawn.page} characters of text`);
    assert.ok(answerMs < 5000, `the webview answered after ${answerMs} ms`);
    assert.ok(stallMs < 2000, `the extension host stalled ${Math.round(stallMs)} ms`);
    await vscode.workspace.fs.delete(uri);
  });
  test('names with hidden characters (a zero-width space, a right-to-left override, an isolate, a byte order mark): marked in the flame graph, the top table and the goroutine view, never applied', async () => {
    const hidden = '/[\\u0000-\\u0008\\u000b-\\u001f\\u0085\\u200b\\u202e\\u2066\\u2069\\ufeff]/';
    const uri = fixtureUri('profiles/look-alike-names.pb.gz');
    await vscode.workspace.fs.writeFile(uri, gzipSync(hostileProfiles['look-alike-names'](1)));
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    const profile = await waitInWebview<{ rows: string[]; labels: string[]; hiddenInPage: boolean }>(FRAME, 'the look-alike names drawn', `
      const rows = [...document.querySelectorAll('.gpe-top-row td.gpe-col-name')].map(td => td.textContent);
      const labels = [...document.querySelectorAll('.gpe-flame-pane g.frame')].map(g => g.textContent);
      return rows.length >= 6 && labels.length >= 6 && { rows, labels, hiddenInPage: ${hidden}.test(document.body.textContent) };`, 120000);
    await screenshot('hostile-hidden-characters-flame');
    await inDarkTheme(FRAME, () => screenshot('hostile-hidden-characters-flame-dark'));
    for (const name of ['main.Han⟨U+200B⟩dle', 'main.⟨U+202E⟩eldnaH', 'main.Handle⟨U+FEFF⟩', 'main.Hand⟨U+0085⟩le', 'main.Handle']) {
      assert.ok(profile.rows.includes(name), `${name} in ${JSON.stringify(profile.rows)}`);
    }
    assert.ok(!profile.hiddenInPage, 'a hidden character applied on the page');
    await vscode.workspace.fs.delete(uri);

    const dump = fixtureUri('dumps/look-alike.txt');
    await vscode.workspace.fs.writeFile(dump, new Uint8Array(hostileTexts['look-alike-dump'](1)));
    const view = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void> } | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    const groups = await waitInWebview<{ funcs: string[]; states: string[]; hiddenInPage: boolean }>(GOROUTINE_FRAME, 'the look-alike goroutines grouped', `
      const funcs = [...document.querySelectorAll('.gpe-func')].map(e => e.textContent);
      const states = [...document.querySelectorAll('.gpe-state')].map(e => e.textContent);
      return states.length >= 3 && { funcs, states, hiddenInPage: ${hidden}.test(document.body.textContent) };`, 120000);
    await screenshot('hostile-hidden-characters-goroutines');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-hidden-characters-goroutines-dark'));
    assert.ok(groups.funcs.some(f => f.includes('Han⟨U+200B⟩dle')) && groups.funcs.some(f => f.includes('⟨U+202E⟩eldnaH')), JSON.stringify(groups.funcs));
    assert.ok(groups.states.some(s => s.startsWith('chan⟨U+202E⟩ receive')), JSON.stringify(groups.states));
    assert.ok(!groups.hiddenInPage, 'a hidden character applied on the page');
    await vscode.workspace.fs.delete(dump);
  });
  test('a dump whose bytes are not UTF-8 (a Latin-1 path and name, a binary panic value): each byte marked ⟨\\xE9⟩ in the goroutine view, two bytes apart two groups', async () => {
    // core/byteEscapes.ts: each byte kept as its escape when the dump is read, shown as a mark.
    const latin1 = (text: string) => Uint8Array.from(text, c => c.charCodeAt(0));
    const text = [
      'panic: bad frame \xff\xfe', '',
      ...[1, 2, 3].flatMap(id => {
        const byte = id === 3 ? '\xe8' : '\xe9';
        // Built under a folder whose name is Latin-1: the tail, src/leaky/main.go, is the workspace's.
        return [`goroutine ${id} [chan receive]:`, `main.caf${byte}()`, `\t/home/jos${byte}/src/leaky/main.go:10 +0x1d`, 'created by main.main', `\t/home/jos${byte}/src/leaky/main.go:5 +0x2`, ''];
      }),
    ].join('\n');
    const dump = fixtureUri('dumps/latin1-bytes.txt');
    await vscode.workspace.fs.writeFile(dump, latin1(text));
    const view = await vscode.commands.executeCommand<{ lastAnalysis: Promise<void> } | undefined>('goProfileExplorer.groupGoroutines', dump);
    await view?.lastAnalysis;
    const shown = await waitInWebview<{ funcs: string[]; links: string[]; page: string }>(GOROUTINE_FRAME, 'the Latin-1 goroutines grouped', `
      const funcs = [...document.querySelectorAll('.gpe-func')].map(e => e.textContent);
      const links = [...document.querySelectorAll('.gpe-source-link')].map(e => e.title);
      return funcs.length >= 2 && { funcs, links, page: document.body.textContent };`, 120000);
    await screenshot('hostile-latin1-bytes-goroutines');
    await inDarkTheme(GOROUTINE_FRAME, () => screenshot('hostile-latin1-bytes-goroutines-dark'));
    assert.ok(shown.funcs.some(f => f.includes('main.caf⟨\\xE9⟩')) && shown.funcs.some(f => f.includes('main.caf⟨\\xE8⟩')), JSON.stringify(shown.funcs));
    assert.ok(shown.links.some(l => l.includes('jos⟨\\xE9⟩/src/leaky/main.go:10')), JSON.stringify(shown.links));
    assert.ok(!shown.page.includes('\ufffd'), 'no byte shown as U+FFFD');
    // The link opens the workspace's file by the path's tail.
    await inWebview({ frame: GOROUTINE_FRAME, op: 'click', selector: '.gpe-top a.gpe-source-link' });
    const source = await waitFor('the source editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('/src/leaky/main.go') ? e : undefined;
    });
    assert.strictEqual(source.selection.active.line, 9);
    await vscode.workspace.fs.delete(dump);
  });
});
