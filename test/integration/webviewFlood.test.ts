// A profile editor's webview that floods the host through its own poster (what acquireVsCodeApi()
// returns posts to VS Code's frame around the document; the test posts there, as that poster
// does): 10^4 queries at once, 1,000 exports and 1,000 "Compare with…". Each request is answered
// once (a view, or one error for a request past the 256 that may wait), one export runs (the rest
// told another is running), the file picker opens once, and the extension host (where this test
// runs) keeps answering: the stall meter's longest gap, and a query after the flood drawn.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, fixtureUri, hasBrowser, inDarkTheme, inWebview, screenshot, waitFor, waitInWebview, workspaceRoot } from './harness';
import { describeStalls, probeHostStalls } from './hostStallProbe';
import { PROFILE_FRAME, openProfile } from './profileEditorDriver';

const WORKBENCH = '.monaco-workbench';
const GOROUTINE_FRAME = 'body[data-view="goroutines"]';
const QUERIES = 10_000;
const EXPORTS = 1_000;
const COMPARES = 1_000;
const QUERY_IDS = 1e9, EXPORT_IDS = 2e9, AFTER_ID = 3e9;
const PICKER_OPEN = `const w = document.querySelector('.quick-input-widget'); return !!w && getComputedStyle(w).display !== 'none' && w.getBoundingClientRect().height > 0`;

/** Posts as the webview's acquireVsCodeApi().postMessage does, from VS Code's frame around it. */
function postFromWebview(script: string, frame = PROFILE_FRAME): Promise<unknown> {
  return inWebview({ frame, hostFrame: true, op: 'eval', script: `
    if (typeof window.__vscode_post_message__ !== 'function') throw new Error('not the webview host frame');
    const post = message => window.__vscode_post_message__('onmessage', { message });
    ${script}
    return true;` });
}

interface FloodAnswers {
  /** Answers per request id (each must be 1). */
  most: number;
  views: number;
  queryErrors: string[];
  exported: { ok: boolean; message: string }[];
  afterView: boolean;
}

suite('Webview flood', function () {
  this.timeout(600_000);
  teardown(closeAllEditors);

  test('a profile webview posting 10^4 queries, 1,000 exports and 1,000 "Compare with…" at once: each answered once, one export, one file picker, the host responsive; light and dark', async function () {
    if (!hasBrowser()) this.skip();
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    const target = vscode.Uri.joinPath(workspaceRoot(), 'flood-export.svg');
    await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { setNextExportTarget(uri: vscode.Uri | undefined): void };
    api.setNextExportTarget(target);
    // The webview's document counts what comes back for the flood's ids (its own requests count from 1).
    await inWebview({ frame: PROFILE_FRAME, op: 'eval', script: `
      const f = window.__flood = { seen: new Map(), views: 0, queryErrors: [], exported: [], afterView: false };
      window.addEventListener('message', e => {
        const m = e.data;
        if (!m || typeof m.requestId !== 'number' || m.requestId < ${QUERY_IDS}) return;
        f.seen.set(m.requestId, (f.seen.get(m.requestId) ?? 0) + 1);
        if (m.requestId === ${AFTER_ID}) f.afterView = m.type === 'view' && m.flame && true;
        else if (m.type === 'view') f.views++;
        else if (m.type === 'queryError') f.queryErrors.push(m.message);
        else if (m.type === 'exported') f.exported.push({ ok: m.ok, message: m.message });
      });
      return true;` });
    const query = { sampleType: 0, granularity: 'functions', filters: [] };
    const top = { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 };
    const probe = await probeHostStalls('webview-flood');
    const started = Date.now();
    // Queries first: the analysis is busy with them while the exports arrive.
    await postFromWebview(`
      const query = ${JSON.stringify(query)}, top = ${JSON.stringify(top)};
      for (let i = 0; i < ${QUERIES}; i++) post({ type: 'query', requestId: ${QUERY_IDS} + i, query, widthPx: 800, top });
      for (let i = 0; i < ${EXPORTS}; i++) post({ type: 'export', requestId: ${EXPORT_IDS} + i, format: 'svg', view: 'flame', query, order: 'alphabetical', icicle: false, zoomPath: [], widthPx: 800 });
      for (let i = 0; i < ${COMPARES}; i++) post({ type: 'compareWith' });`);
    const answered = `const f = window.__flood; return f.views + f.queryErrors.length === ${QUERIES} && f.exported.length === ${EXPORTS};`;
    await waitInWebview(PROFILE_FRAME, 'every flooded request answered', answered, 300_000);
    const floodMs = Date.now() - started;
    // The view still answers: one more query, after the flood, is drawn.
    await postFromWebview(`post({ type: 'query', requestId: ${AFTER_ID}, query: ${JSON.stringify(query)}, widthPx: 800, top: ${JSON.stringify(top)} });`);
    await waitInWebview(PROFILE_FRAME, 'a query after the flood answered', 'return window.__flood.afterView', 60_000);
    const stalls = await probe.stop();
    const answers = await inWebview<FloodAnswers>({ frame: PROFILE_FRAME, op: 'eval', script: `
      const f = window.__flood;
      return { most: Math.max(...f.seen.values()), views: f.views, queryErrors: f.queryErrors, exported: f.exported, afterView: f.afterView };` });
    console.log(`webview flood: ${answers.views} views, ${answers.queryErrors.length} refused, ${answers.exported.filter(e => e.ok).length} export(s) written, all answered in ${floodMs} ms; ${describeStalls(stalls)}`);
    assert.strictEqual(answers.most, 1, 'each request answered once');
    assert.ok(answers.views >= 1, 'some queries ran');
    assert.deepStrictEqual([...new Set(answers.queryErrors)], answers.queryErrors.length > 0 ? ['256 requests of this view are already waiting for the analysis; this one was not run.'] : []);
    const written = answers.exported.filter(e => e.ok);
    assert.deepStrictEqual(written.map(e => e.message), ['Exported flood-export.svg']);
    assert.deepStrictEqual([...new Set(answers.exported.filter(e => !e.ok).map(e => e.message))], ['Another export of this view is still running; this one was not started.']);
    assert.ok((await vscode.workspace.fs.stat(target)).size > 0, 'the export written');
    // The refused queries were no filter typed in the view: their error is not the filter row's; the
    // status line holds one message (the last answer's), not one per refusal.
    const rows = await inWebview<{ filterErrors: number; status: string[] }>({ frame: PROFILE_FRAME, op: 'eval', script: `
      return { filterErrors: document.querySelectorAll('.gpe-filter-error').length,
        status: [...document.querySelectorAll('.gpe-status')].map(e => e.textContent) };` });
    assert.strictEqual(rows.filterErrors, 0, 'no refusal shown in the filter row');
    assert.strictEqual(rows.status.length, 1);
    assert.ok(['256 requests of this view are already waiting for the analysis; this one was not run.', 'Exported flood-export.svg',
      'Another export of this view is still running; this one was not started.'].includes(rows.status[0] ?? '') || / frames drawn /.test(rows.status[0] ?? ''), `status: ${rows.status[0]}`);
    // One file picker: closed once, no other opens.
    await waitInWebview(WORKBENCH, 'the file picker of Compare with…', PICKER_OPEN, 60_000);
    await screenshot('webview-flood-light');
    await inWebview({ frame: WORKBENCH, op: 'press', selector: '.quick-input-widget input', key: 'Escape' });
    await waitFor('the file picker closed', async () => !(await inWebview<boolean>({ frame: WORKBENCH, op: 'eval', script: PICKER_OPEN })) || undefined, 20_000);
    await new Promise(r => setTimeout(r, 3000));
    assert.strictEqual(await inWebview<boolean>({ frame: WORKBENCH, op: 'eval', script: PICKER_OPEN }), false, 'no second file picker after the first closed');
    // Under load 8–25 on two cores a gap is mostly waiting for a CPU: the bound is on the host's own work in one stretch.
    assert.ok((stalls.longestWorkMs ?? stalls.longestGapMs) < 2000, `the extension host worked ${stalls.longestWorkMs} ms without a break (${describeStalls(stalls)})`);
    await inDarkTheme(PROFILE_FRAME, () => screenshot('webview-flood-dark'));
    await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
  });

  test('a goroutine view posting 10^4 "open this frame" and 10^4 "show this group": a few editors opened, not 10^4', async function () {
    if (!hasBrowser()) this.skip();
    // Frames in the workspace's own sources (src/leaky), so each open is a real editor.
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'src', 'leaky').fsPath;
    const parts = [`goroutine 1 [sleep, 3 minutes]:\nexample.com/leaky.Main()\n\t${dir}/main.go:10 +0x8c\n`];
    for (let i = 0; i < 40; i++) parts.push(`goroutine ${100 + i} [chan send, ${i} minutes]:\nexample.com/leaky.(*Dispatcher).send${i}(0x0?)\n\t${dir}/worker.go:${1 + (i % 13)} +0x2c\ncreated by example.com/leaky.Start in goroutine 1\n\t${dir}/main.go:${1 + (i % 9)} +0x45\n`);
    const dump = vscode.Uri.joinPath(workspaceRoot(), 'dumps', 'flood-frames.txt');
    await vscode.workspace.fs.writeFile(dump, new TextEncoder().encode(parts.join('\n')));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(dump));
    await vscode.commands.executeCommand('goProfileExplorer.groupGoroutines');
    await waitInWebview(GOROUTINE_FRAME, 'groups shown', `return document.querySelectorAll('tr.gpe-group').length > 10`, 60_000);
    const opened: string[] = [];
    const watch = vscode.window.onDidChangeActiveTextEditor(e => { if (e) opened.push(`${e.document.uri.path.slice(e.document.uri.path.lastIndexOf('/') + 1)}:${e.selection.active.line + 1}`); });
    try {
      await postFromWebview(`for (let i = 0; i < 10000; i++) post({ type: 'openFrame', frame: i % 40 });`, GOROUTINE_FRAME);
      await postFromWebview(`for (let i = 0; i < 10000; i++) post({ type: 'revealGroup', group: i % 40 });`, GOROUTINE_FRAME);
      // Quiet for 3 s: the opens asked are done.
      let seen = -1;
      await waitFor('the opens done', async () => {
        if (opened.length === seen && opened.length > 0) return true;
        seen = opened.length;
        await new Promise(r => setTimeout(r, 3000));
        return undefined;
      }, 120_000);
    } finally {
      watch.dispose();
    }
    console.log(`goroutine flood: ${opened.length} active editor changes: ${opened.join(', ')}`);
    // Each burst opens its first and its last (a change of the active editor each, at most two more for the dump's own tab).
    assert.ok(opened.length >= 2 && opened.length <= 6, `${opened.length} editors opened: ${opened.join(', ')}`);
    await vscode.workspace.fs.delete(dump).then(undefined, () => undefined);
  });
});
