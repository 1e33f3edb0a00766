// The rest of the profile editor's exports in the web build, each through the browser's save
// dialog and read back as the Node lane reads them: the top table as Markdown (its rows the
// table's, cell for cell, and goprof's), the bottom-up tree as SVG and PNG, and a diffed profile
// as .pb.gz carrying its base (goprof reads -diff_base's numbers from the file alone) and its diff
// table as Markdown, signed changes as the editor shows them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { formatTableValue } from '../../../src/shared/tableFormat';
import { closeAllEditors, fixtureUri, inDarkTheme, inWebview, screenshot, waitInWebview } from '../harness';
import { PROFILE_FRAME, evalInProfile, openProfile } from '../profileEditorDriver';
import { type TopJson, assertPng, cliTop } from '../exportChecks';
import { exportThroughSaveDialog } from './saveDialogExport';

/** A Markdown table row's cells, unescaped (the export escapes markup characters with a backslash). */
function markdownCells(line: string): string[] {
  return line.replace(/^\| | \|$/g, '').split(/ (?<!\\)\| /).map(c => c.replace(/\\(.)/g, '$1'));
}

suite('Web extension host: Markdown, bottom-up and diffed profile exports', function () {
  this.timeout(240000);
  suiteTeardown(closeAllEditors);

  test('the top table exports as Markdown: its header, and the rows the table shows, cell for cell', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await closeAllEditors();
    await openProfile(heap);
    const shown = await evalInProfile<string[][]>(`
      return [...document.querySelectorAll('.gpe-top-row')].map(tr => [...tr.children].map(td => td.textContent));`);
    assert.ok(shown.length > 10, `${shown.length} rows shown`);
    const md = await exportThroughSaveDialog('Top table as Markdown', 'heap-top.md');
    assert.ok(md.path.endsWith('/profiles/heap-top.md'), md.path);
    const lines = Buffer.from(md.bytes).toString('utf8').trimEnd().split('\n');
    assert.strictEqual(lines[0], '**heap.pb.gz** · inuse\\_space, total 51.7MiB');
    assert.strictEqual(lines[2], '| flat | flat% | sum% | cum | cum% | function |');
    const rows = lines.slice(4).map(markdownCells);
    // The table renders the rows in view; each is the Markdown's row at the same place.
    assert.deepStrictEqual(rows.slice(0, shown.length), shown);
    // Every function goprof lists, with goprof's flat and cum.
    const top: TopJson = await cliTop(heap.fsPath);
    assert.deepStrictEqual(rows.map(r => r[5]).sort(), top.rows.map(r => r.func).sort());
    for (const r of top.rows) {
      const mine = rows.find(c => c[5] === r.func)!;
      assert.deepStrictEqual([mine[0], mine[3]], [formatTableValue(r.flat, 'bytes'), formatTableValue(r.cum, 'bytes')], r.func);
    }
  });

  test('the bottom-up tree exports as SVG and PNG: the functions where samples end, widest first', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await closeAllEditors();
    await openProfile(heap);
    await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: '.gpe-view-tab[data-view="bottomup"]' });
    await waitInWebview(PROFILE_FRAME, 'bottom-up drawn', `return document.querySelectorAll('.gpe-bottomup-chart g.frame').length > 10`, 60000);
    await screenshot('web-bottom-up');
    await inDarkTheme(PROFILE_FRAME, () => screenshot('web-bottom-up-dark'));
    const top = await cliTop(heap.fsPath);
    const widest = top.rows.filter(r => r.flat > 0).slice(0, 5).map(r => r.func);

    const svg = Buffer.from((await exportThroughSaveDialog('Bottom-up tree as SVG', 'heap-bottomup.svg')).bytes).toString('utf8');
    assert.ok(svg.startsWith('<?xml') && svg.includes('<svg') && svg.trimEnd().endsWith('</svg>'), svg.slice(0, 200));
    assert.ok(svg.includes('heap.pb.gz (bottom-up)'), svg.slice(0, 400));
    // The leaves heaviest by flat are the frames of the first row, each named in the picture.
    const escaped = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
    const named = (func: string) => svg.includes(escaped(func)) || svg.includes(escaped(func.slice(func.lastIndexOf('/') + 1)));
    for (const func of widest) assert.ok(named(func), `${func} is drawn`);
    assertPng((await exportThroughSaveDialog('Bottom-up tree as PNG', 'heap-bottomup.png')).bytes, 400);
  });

  test('a diffed profile exports as .pb.gz with its base (goprof reads go tool pprof -diff_base\'s numbers from it), its table as Markdown with the changes shown', async () => {
    const current = fixtureUri('profiles/heap-current.pb.gz');
    const base = fixtureUri('profiles/heap-base.pb.gz');
    await closeAllEditors();
    await openProfile(current);
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', base);
    await waitInWebview(PROFILE_FRAME, 'diff on', `return document.querySelector('.gpe-base') && document.querySelectorAll('.gpe-flame-pane g.frame').length > 0`, 60000);
    await screenshot('web-diff');
    await inDarkTheme(PROFILE_FRAME, () => screenshot('web-diff-dark'));
    try {
      const pb = await exportThroughSaveDialog('Profile as .pb.gz', 'heap-current-filtered.pb.gz');
      assert.deepStrictEqual([pb.bytes[0], pb.bytes[1]], [0x1f, 0x8b], 'gzip');
      const expected = await cliTop(current.fsPath, '--diff-base', base.fsPath);
      const actual = await cliTop(pb.path);
      assert.strictEqual(actual.total, expected.total, 'percentages stay of the base\'s total');
      const byFunc = (t: TopJson) => t.rows.map(r => `${r.func} ${r.flat} ${r.cum}`).sort();
      assert.deepStrictEqual(byFunc(actual), byFunc(expected));
      assert.ok(expected.rows.some(r => r.flat < 0), 'a loss is in it');

      // Its top table as Markdown: the diff table's columns and rows, signed, as shown.
      const shown = await evalInProfile<string[][]>(`
        return [...document.querySelectorAll('.gpe-top-row')].map(tr => [...tr.children].map(td => td.textContent));`);
      const md = Buffer.from((await exportThroughSaveDialog('Top table as Markdown', 'heap-current-top.md')).bytes).toString('utf8').trimEnd().split('\n');
      assert.strictEqual(md[2], '| flat Δ | flat Δ% | cum Δ | cum Δ% | function |');
      assert.deepStrictEqual(md.slice(4).map(markdownCells), shown);
    } finally {
      await vscode.commands.executeCommand('goProfileExplorer.clearCompare');
    }
  });
});
