// The incident view in a real VS Code: opened from the palette, from the explorer's menu on a
// folder and from the offer, on the kube-apiserver sample (the test workspace is that sample
// with the fixtures laid over it). What the DOM shows is checked against `goprof incident --json`
// (the same core), and the sample's known facts: 18,000 senders blocked in DeleteCollection.func1,
// holding most of the heap. The exported report is opened in the browser on its own.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { markdownText, type Incident } from '../../src/core/report/incident';
import { copySampleCaptures, incidentFixture } from './incidentFixtures';
import { DARK_THEME, cliJson, closeAllEditors, hasBrowser, inWebview, lowContrast, openInBrowser, screenshot, waitFor, waitInWebview, withColorTheme, workspaceRoot } from './harness';

const FRAME = 'body[data-view="incident"]';
const WORKBENCH = '.monaco-workbench';
const OPEN = 'goProfileExplorer.openIncident';
const EXPORT = 'goProfileExplorer.exportIncidentReport';
const STORE_GO = /\/(vendor|staging\/src)\/k8s\.io\/apiserver\/pkg\/registry\/generic\/registry\/store\.go$/;
/** The sample's captures. The workspace root also holds the suites' fixtures (other profiles and
 * dumps), so the incident is read from a folder of its own with these, as a user keeps one. */
const CAPTURES = ['cpu.pb.gz', 'goroutine.pb.gz', 'goroutines-debug1.txt', 'goroutines.txt', 'heap.pb.gz'];
const FOLDER = 'kube-apiserver-incident';

function incidentFolder(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), FOLDER);
}

function incidentJson(folder: vscode.Uri): Promise<Incident> {
  return cliJson<Incident>(['incident', folder.fsPath, '--json']);
}

/** "553 MiB" → bytes (the view rounds to three digits). */
function parseBytes(text: string): number {
  const m = /^([\d.]+) (B|KiB|MiB|GiB)$/.exec(text.trim());
  assert.ok(m, `a size: ${text}`);
  return Number(m[1]) * 1024 ** ['B', 'KiB', 'MiB', 'GiB'].indexOf(m[2]);
}


async function firstSentence(): Promise<string> {
  return waitInWebview<string>(FRAME, 'the answer', `return document.querySelector('.gpe-answer-first')?.textContent`, 60000);
}

suite('Incident view', () => {
  suiteSetup(async () => {
    await copySampleCaptures(incidentFolder(), CAPTURES);
  });
  teardown(closeAllEditors);

  test('from the palette: the answer first with its numbers, the join, and a name that opens store.go at the blocking send', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const expected = await incidentJson(incidentFolder());
    assert.ok(expected.suspects.length > 0, 'the sample has a suspect');
    // The heap profile is in front; the palette, as a user types it; the folder picker offers the profile's folder first.
    await vscode.commands.executeCommand('vscode.openWith', vscode.Uri.joinPath(incidentFolder(), 'heap.pb.gz'), 'goProfileExplorer.profile');
    // F1 as a user presses it; while the profile's webview loads it may take the key, so the
    // workbench is clicked first and F1 pressed again until the palette shows.
    const paletteOpen = `const w = document.querySelector('.quick-input-widget'); return !!w && getComputedStyle(w).display !== 'none' && w.getBoundingClientRect().height > 0`;
    for (let attempt = 0; ; attempt++) {
      await inWebview({ frame: WORKBENCH, op: 'click', selector: '.part.statusbar' });
      await inWebview({ frame: WORKBENCH, op: 'press', key: 'F1' });
      const open = await waitInWebview(WORKBENCH, 'the palette open', paletteOpen, 3000).catch(() => false);
      if (open) break;
      if (attempt === 4) throw new Error('F1 did not open the command palette');
    }
    await inWebview({ frame: WORKBENCH, op: 'type', selector: '.quick-input-widget input', text: '>Go Profile: Open incident' });
    await waitInWebview(WORKBENCH, 'the command in the palette', `
      return [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some(r => r.textContent.includes('Open incident'))`);
    await inWebview({ frame: WORKBENCH, op: 'press', selector: '.quick-input-widget input', key: 'Enter' });
    await waitInWebview(WORKBENCH, 'the folder picker', `
      const row = document.querySelector('.quick-input-list .monaco-list-row');
      return row && row.textContent.includes('${FOLDER}') && row.textContent.includes('folder of the file in front')`);
    await inWebview({ frame: WORKBENCH, op: 'press', selector: '.quick-input-widget input', key: 'Enter' });

    const sentence = await firstSentence();
    assert.strictEqual(sentence, expected.answer[0]);
    assert.match(sentence, /^18,000 goroutines blocked on chan send .*registry\.\(\*Store\)\.DeleteCollection\.func1 \(store\.go:\d+\)/);
    const all = await inWebview<string[]>({ frame: FRAME, op: 'eval', script: `return [...document.querySelectorAll('.gpe-answer-sentence')].map(e => e.textContent)` });
    assert.deepStrictEqual(all, expected.answer);

    // The join of the first suspect: the heap its stacks hold, as the core computed it.
    const top = expected.suspects[0];
    assert.ok(top.heap, 'the leak joins the heap profile');
    const join = await inWebview<{ value: string; fraction: string; stack: string }>({ frame: FRAME, op: 'eval', script: `
      const card = document.querySelector('.gpe-suspect-card[data-suspect="0"]');
      const row = card.querySelector('tr.gpe-join-row[data-sample-type="${top.heap.sampleType}"]');
      return { value: row.querySelector('.gpe-join-value').textContent, fraction: row.querySelector('.gpe-join-fraction').textContent,
        stack: card.querySelector('.gpe-join-stack .gpe-join-value').textContent };` });
    const shown = parseBytes(join.value);
    assert.ok(Math.abs(shown - top.heap.value) / top.heap.value < 0.01, `heap joined: shown ${join.value}, core ${top.heap.value}`);
    assert.strictEqual(join.fraction, `${Math.round(top.heap.fraction * 100)}%`);
    assert.ok(top.heap.fraction > 0.8, `the leak holds most of the heap (${top.heap.fraction})`);
    assert.ok(Math.abs(parseBytes(join.stack) - top.stackBytes) / top.stackBytes < 0.01, `stack bytes: ${join.stack} vs ${top.stackBytes}`);
    await screenshot('incident-view-light');

    // The first linked name of the answer is the blocking function: its link lands on the send.
    const linkText = await inWebview<string>({ frame: FRAME, op: 'eval', script: `return document.querySelector('.gpe-answer-first a.gpe-func-link').textContent` });
    assert.strictEqual(linkText, 'registry.(*Store).DeleteCollection.func1');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-answer-first a.gpe-func-link' });
    const editor = await waitFor('store.go', () => {
      const e = vscode.window.activeTextEditor;
      return STORE_GO.test(e?.document.uri.path ?? '') ? e : undefined;
    });
    assert.strictEqual(editor.selection.active.line, top.line - 1);
    assert.match(editor.document.lineAt(top.line - 1).text, /toProcess <- /, 'the line is the blocking send');
    await screenshot('incident-view-source');
  });

  test('from the explorer menu on a folder of captures; light and dark', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    const folder = incidentFolder();
    const expected = await incidentJson(folder);
    await closeAllEditors();
    await vscode.commands.executeCommand('revealInExplorer', folder);
    const row = `.explorer-folders-view .monaco-list-row[aria-label^="${FOLDER}"]`;
    await waitInWebview(WORKBENCH, 'the folder in the explorer', `return !!document.querySelector('${row}')`);
    await inWebview({ frame: WORKBENCH, op: 'click', selector: row, button: 'right' });
    await inWebview({ frame: WORKBENCH, op: 'click', selector: '.monaco-menu .action-item:has-text("Open incident")' });
    assert.strictEqual(await firstSentence(), expected.answer[0]);
    const title = await inWebview<string>({ frame: FRAME, op: 'eval', script: `return document.querySelector('.gpe-title').textContent` });
    assert.strictEqual(title, `Incident: ${FOLDER}`);
    const files = await inWebview<string[]>({ frame: FRAME, op: 'eval', script: `return [...document.querySelectorAll('.gpe-file-row .gpe-file-path')].map(e => e.textContent)` });
    assert.deepStrictEqual([...files].sort(), expected.files.map(f => f.path).sort());
    await screenshot('incident-explorer-light');
    await withColorTheme(DARK_THEME, async () => {
      await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`);
      await screenshot('incident-explorer-dark');
    });
    // The suspect's "Open in goroutine view" groups the dump, filtered to the suspect's group (function and state).
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-suspect-card[data-suspect="0"] button.gpe-open-file' });
    const filter = await waitInWebview<string>('body[data-view="goroutines"]', 'goroutine view filtered', `
      const f = document.querySelector('.gpe-filter'); return f && f.value.startsWith('func:') ? f.value : undefined`, 60000)
      .catch(async e => { await screenshot('incident-open-goroutines-failed'); throw e; });
    assert.strictEqual(filter, `func:${expected.suspects[0].func} ${expected.suspects[0].state.split(' ').map(w => `state:${w}`).join(' ')}`);
  });

  test('Export incident report: HTML and Markdown beside each other; the HTML opens in the browser, self-contained', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    const expected = await incidentJson(incidentFolder());
    await closeAllEditors();
    await vscode.commands.executeCommand(OPEN, incidentFolder());
    await firstSentence();
    const target = vscode.Uri.joinPath(workspaceRoot(), 'reports', 'kube-apiserver-incident.html');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    const written = await vscode.commands.executeCommand<{ html: vscode.Uri; markdown: vscode.Uri } | undefined>(EXPORT, target);
    assert.ok(written, 'the export wrote files');
    assert.strictEqual(written.html.fsPath, target.fsPath);
    const status = await waitInWebview<string>(FRAME, 'export status', `return document.querySelector('.gpe-export-status')?.textContent`);
    assert.match(status, /kube-apiserver-incident\.html/);
    const markdown = fs.readFileSync(written.markdown.fsPath, 'utf8');
    assert.ok(markdown.includes(markdownText(expected.answer[0])), 'the Markdown says the same answer');

    const script = `return { text: document.body.innerText, csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
      svgs: document.querySelectorAll('svg').length, scripts: document.querySelectorAll('script[src], link[rel=stylesheet][href]').length }`;
    const light = await openInBrowser<{ text: string; csp: string; svgs: number; scripts: number }>(target.fsPath, script, { shot: 'incident-report-light' });
    assert.ok(light.value.text.includes(expected.answer[0]), 'the report shows the answer');
    assert.match(light.value.csp, /default-src 'none'/);
    assert.deepStrictEqual(light.requests, [], 'the report loads nothing');
    assert.strictEqual(light.cspViolations, 0);
    assert.strictEqual(light.value.scripts, 0, 'no external script or style');
    assert.ok(light.value.svgs > 0, 'flame graphs and charts are inline SVG');
    const dark = await openInBrowser<boolean>(target.fsPath, 'return true', { shot: 'incident-report-dark', colorScheme: 'dark' });
    assert.deepStrictEqual(dark.requests, []);
  });

  test('the offer: a profile and a dump of one folder open at once propose the incident', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(120000);
    const config = vscode.workspace.getConfiguration('goProfileExplorer.incident');
    // The runner's user settings turn the offer off for the other suites: put that back after.
    const before = config.inspect<boolean>('offerWhenOpen')?.globalValue;
    await config.update('offerWhenOpen', true, vscode.ConfigurationTarget.Global);
    try {
      await closeAllEditors();
      await vscode.commands.executeCommand('vscode.openWith', vscode.Uri.joinPath(incidentFolder(), 'heap.pb.gz'), 'goProfileExplorer.profile');
      await vscode.commands.executeCommand('goProfileExplorer.groupGoroutines', vscode.Uri.joinPath(incidentFolder(), 'goroutines.txt'));
      const clicked = await inWebview<string>({ frame: WORKBENCH, op: 'eval', timeoutMs: 30000, script: `
        for (let i = 0; i < 1200; i++) {
          const t = [...document.querySelectorAll('.notification-toast')].find(e => e.textContent.includes('Read them together as one incident'));
          const open = t && [...t.querySelectorAll('.monaco-button')].find(b => b.textContent.trim() === 'Open incident');
          if (open) { const text = t.textContent; open.click(); return text; }
          await new Promise(r => setTimeout(r, 25));
        }
        return '';` });
      assert.match(clicked, /A profile and a goroutine dump of one process from .* are open/);
      assert.match(await firstSentence(), /^18,000 goroutines blocked on chan send/);
    } finally {
      await config.update('offerWhenOpen', before, vscode.ConfigurationTarget.Global);
    }
  });

  test('several captures: one small chart per group and heap function, the ones that grow in every capture flagged', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(120000);
    const folder = await incidentFixture('growing-leak');
    const expected = await incidentJson(folder);
    await closeAllEditors();
    await vscode.commands.executeCommand(OPEN, folder);
    assert.strictEqual(await firstSentence(), expected.answer[0]);
    const cards = await waitInWebview<{ leak: boolean; values: string; points: number }[]>(FRAME, 'over-time charts', `
      const cards = [...document.querySelectorAll('.gpe-spark-card')];
      return cards.length ? cards.map(c => ({ leak: c.classList.contains('gpe-leak'), values: c.querySelector('.gpe-spark-values').textContent,
        points: c.querySelectorAll('circle.gpe-spark-dot').length })) : undefined`);
    assert.strictEqual(cards.length, expected.overTime.length);
    assert.strictEqual(cards.filter(c => c.leak).length, expected.overTime.filter(s => s.leak).length);
    assert.ok(cards.every(c => c.points === 3), 'three captures, three points each');
    // Leaks first; the dispatchers' group grows 100 → 200 → 300.
    assert.ok(cards[0].leak);
    assert.ok(cards.some(c => c.leak && c.values === '100 → 300 goroutines'), cards.map(c => c.values).join(', '));
    await inWebview({ frame: FRAME, op: 'eval', script: `document.querySelector('.gpe-over-time').scrollIntoView(); return true` });
    // The leak badges' white text reads at 4.5:1 on their red in both themes.
    assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-leak-badge', '.gpe-spark-values']), [], 'text below 4.5:1 in the light theme');
    await screenshot('incident-over-time-light');
    await withColorTheme(DARK_THEME, async () => {
      await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`);
      assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-leak-badge', '.gpe-spark-values']), [], 'text below 4.5:1 in the dark theme');
      await screenshot('incident-over-time-dark');
    });
  });

  test('a dump and a heap profile of different processes: not joined, and the view says why', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(120000);
    const folder = await incidentFixture('different-processes');
    const expected = await incidentJson(folder);
    assert.ok(expected.suspects[0].notJoined, 'the core refuses the join');
    await closeAllEditors();
    await vscode.commands.executeCommand(OPEN, folder);
    assert.strictEqual(await firstSentence(), expected.answer[0]);
    const said = await waitInWebview<string>(FRAME, 'nothing joins', `return document.querySelector('.gpe-suspect-card .gpe-nothing-joins')?.textContent`);
    assert.strictEqual(said, `Nothing joins the in-use heap: ${expected.suspects[0].notJoined}.`);
    const heapRows = await inWebview<number>({ frame: FRAME, op: 'eval', script: `return document.querySelectorAll('.gpe-suspect-card tr.gpe-join-row[data-sample-type="inuse_space"]').length` });
    assert.strictEqual(heapRows, 0, 'no in-use heap row for a join that was refused');
    await screenshot('incident-not-joined');
  });

  test('"Open heap profile" on a suspect opens the profile editor focused on the joined function', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(120000);
    const expected = await incidentJson(incidentFolder());
    const joined = expected.suspects[0].heap?.functions[0];
    assert.ok(joined, 'the leak joins the heap');
    await closeAllEditors();
    await vscode.commands.executeCommand(OPEN, incidentFolder());
    await firstSentence();
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-suspect-card[data-suspect="0"] button.gpe-open-file:has-text("Open heap profile")' });
    await waitFor('the profile editor', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputCustom && input.uri.path.endsWith(`/${FOLDER}/heap.pb.gz`);
    }, 30000);
    const method = joined.slice(joined.lastIndexOf('.') + 1);
    const crumb = await waitInWebview<string>('body[data-view="profile"]', 'the focused frame', `
      const t = document.querySelector('.gpe-breadcrumb')?.textContent; return t && t.includes(${JSON.stringify(method)}) ? t : undefined`, 60000);
    assert.ok(crumb.includes(method), crumb);
    await screenshot('incident-open-heap-profile');
  });
});
