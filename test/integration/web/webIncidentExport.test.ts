// The web build (the browser's web worker extension host) beyond the profile editor: the incident
// view on a folder read through vscode.workspace.fs, its report exported, the profile editor's top
// table exported through the browser's own save dialog, and the analysis time limit stopping a
// Web Worker (it has no heap limit, so the watchdog is what stops a runaway job there).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { Incident } from '../../../src/core/report/incident';
import { markdownText } from '../../../src/core/report/incident';
import { cliJson, closeAllEditors, fixtureUri, inDarkTheme, inWebview, screenshot, waitInWebview, workspaceRoot } from '../harness';
import { PROFILE_FRAME, openProfile } from '../profileEditorDriver';
import { exportThroughSaveDialog } from './saveDialogExport';
import { actWhileLoading, DRAWN_EXPRESSION, DREW_FIRST } from '../slowLoad';

const INCIDENT_FRAME = 'body[data-view="incident"]';
const WORKBENCH = '.monaco-workbench';
const CAPTURES = ['cpu.pb.gz', 'goroutine.pb.gz', 'goroutines-debug1.txt', 'goroutines.txt', 'heap.pb.gz'];
const FOLDER = 'web-incident';

interface TopJson { total: number; rows: { func: string; flat: number; cum: number }[] }

suite('Web extension host: incident view, exports, time limit', function () {
  this.timeout(180000);
  suiteSetup(async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), FOLDER);
    await vscode.workspace.fs.createDirectory(folder);
    for (const name of CAPTURES) await vscode.workspace.fs.copy(fixtureUri(name), vscode.Uri.joinPath(folder, name), { overwrite: true });
  });
  teardown(closeAllEditors);

  test('the incident view reads a folder through workspace.fs and answers as `goprof incident`; its report exports', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), FOLDER);
    const expected = await cliJson<Incident>(['incident', folder.fsPath, '--json']);
    assert.ok(expected.suspects.length > 0);
    await closeAllEditors();
    await vscode.commands.executeCommand('goProfileExplorer.openIncident', folder);
    const answer = await waitInWebview<string[]>(INCIDENT_FRAME, 'the answer', `
      const s = [...document.querySelectorAll('.gpe-answer-sentence')].map(e => e.textContent); return s.length > 0 && s;`, 90000);
    assert.deepStrictEqual(answer, expected.answer);
    assert.match(answer[0], /^18,000 goroutines blocked on chan send .*registry\.\(\*Store\)\.DeleteCollection\.func1 \(store\.go:\d+\)/);
    const files = await inWebview<string[]>({ frame: INCIDENT_FRAME, op: 'eval', script: `return [...document.querySelectorAll('.gpe-file-row .gpe-file-path')].map(e => e.textContent)` });
    assert.deepStrictEqual([...files].sort(), expected.files.map(f => f.path).sort());
    await screenshot('web-incident');
    await inDarkTheme(INCIDENT_FRAME, async () => {
      // The webview turns dark before the workbench around it has repainted.
      await waitInWebview(WORKBENCH, 'the workbench dark', `return document.querySelector('.monaco-workbench').classList.contains('vs-dark')`);
      await new Promise(r => setTimeout(r, 1000));
      await screenshot('web-incident-dark');
    });

    // The report, written by the web build through workspace.fs.
    const target = vscode.Uri.joinPath(workspaceRoot(), 'web-reports', 'incident.html');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.commands.executeCommand('goProfileExplorer.exportIncidentReport', target);
    await waitInWebview(INCIDENT_FRAME, 'export status', `return (document.querySelector('.gpe-export-status')?.textContent ?? '').includes('incident.html')`, 60000);
    const html = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    assert.ok(html.includes('DeleteCollection.func1'), 'the report names the suspect');
    const markdown = fs.readFileSync(target.fsPath.replace(/\.html$/, '.md'), 'utf8');
    assert.ok(markdown.includes(markdownText(expected.answer[0])), 'the Markdown says the same answer');
  });

  test('the top table exports as CSV through the browser\'s save dialog, with the CLI\'s numbers', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await closeAllEditors();
    await openProfile(heap);
    const written = await exportThroughSaveDialog('Top table as CSV', 'heap-top.csv', () => screenshot('web-export-save-dialog'));
    assert.ok(written.path.endsWith('/profiles/heap-top.csv'), written.path);
    const csv = Buffer.from(written.bytes).toString('utf8').trim().split('\r\n');
    assert.strictEqual(csv[0], 'flat (bytes),flat%,sum%,cum (bytes),cum%,function,file,line');
    const top = await cliJson<TopJson>(['top', '--json', heap.fsPath]);
    const rows = csv.slice(1).map(l => l.split(','));
    assert.ok(top.rows.length > 10);
    for (const r of top.rows) {
      const mine = rows.find(c => c[5] === r.func);
      assert.ok(mine, `${r.func} in the CSV`);
      assert.deepStrictEqual([Number(mine[0]), Number(mine[3])], [r.flat, r.cum], r.func);
    }
  });

  test('the analysis time limit stops the Web Worker: a profile of millions of samples with a 1 s limit says so and offers a retry', async () => {
    const limits = vscode.workspace.getConfiguration('goProfileExplorer.limits');
    await limits.update('analysisSeconds', 1, vscode.ConfigurationTarget.Workspace);
    try {
      await closeAllEditors();
      const { uri, shown } = await actWhileLoading(samples => fixtureUri(`profiles/web-time-limit-${samples}.pb`), async uri => {
        await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
        const seen = await waitInWebview<{ message: string; retry: string } | 'drawn'>(PROFILE_FRAME, 'the time limit or the profile drawn', `
          const h = document.querySelector('.gpe-error-box .gpe-error'); const b = document.querySelector('.gpe-error-box .gpe-retry');
          return (h && b && { message: h.textContent, retry: b.textContent }) || (${DRAWN_EXPRESSION} && 'drawn');`, 120000);
        return seen === 'drawn' ? DREW_FIRST : { uri, shown: seen };
      });
      assert.match(shown.message, /^The analysis was stopped after 1 s, the time limit of one analysis \(setting goProfileExplorer\.limits\.analysisSeconds\)\.$/);
      assert.strictEqual(shown.retry, 'Retry with 4 s');
      await screenshot('web-time-limit');
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    } finally {
      await limits.update('analysisSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
