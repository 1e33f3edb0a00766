// Bottom-up view, flame order, label views, Export and saved views in the real profile editor:
// numbers read from the webview's DOM against `goprof top` (itself checked against go tool pprof),
// exported files read back (the .pb.gz through the CLI), a saved view restored.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, fixtureUri, hasBrowser, inDarkTheme, inWebview, screenshot, waitFor, waitInWebview } from './harness';
import { PROFILE_FRAME as FRAME, chooseMenuItem, evalInProfile as evalInView, openProfile } from './profileEditorDriver';
import { type TopJson, assertFocusedFlameSvg, assertFocusedProfileExport, assertGraphSvg, assertPng, cliTop, exactFunctionPattern } from './exportChecks';

const repoRoot = path.resolve(__dirname, '../../..');

/** The frames right under the root of a chart: name and the value d3 draws (its datum's). */
const ROOT_CHILDREN = (pane: string) => `
  return [...document.querySelectorAll('${pane} g.frame')].filter(g => g.__data__ && g.__data__.depth === 1)
    .map(g => ({ name: g.getAttribute('data-name'), value: g.__data__.data.value, net: g.__data__.data.net, rest: g.__data__.data.prunedRest, x: Number(g.getAttribute('x') ?? g.__data__.x0) }));`;

interface DrawnFrame { name: string; value: number; net: number; rest: boolean; x: number }

async function exportTo(menuItem: string, target: vscode.Uri): Promise<Uint8Array> {
  const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { setNextExportTarget(uri: vscode.Uri | undefined): void };
  try { fs.unlinkSync(target.fsPath); } catch { /* none yet */ }
  api.setNextExportTarget(target);
  await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-export' });
  await chooseMenuItem(menuItem);
  await waitInWebview(FRAME, `export ${menuItem} done`, `return (document.querySelector('.gpe-status')?.textContent ?? '').startsWith('Exported ${path.basename(target.fsPath)}')`, 60000);
  return fs.readFileSync(target.fsPath);
}

suite('Profile editor: bottom-up, order, label views, export, saved views', function () {
  this.timeout(240000);
  suiteSetup(async function () {
    if (!hasBrowser()) this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(closeAllEditors);

  test('the bottom-up view puts every function where samples end at the top, with its flat (as goprof top / go tool pprof)', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await openProfile(heap);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="bottomup"]' });
    await waitInWebview(FRAME, 'bottom-up drawn', `return document.querySelectorAll('.gpe-bottomup-chart g.frame').length > 10`, 60000);
    const roots = await evalInView<DrawnFrame[]>(ROOT_CHILDREN('.gpe-bottomup-chart'));
    const top = await cliTop(heap.fsPath);
    const flat = new Map(top.rows.filter(r => r.flat !== 0).map(r => [r.func, r.flat]));
    const drawn = roots.filter(r => !r.rest);
    assert.ok(drawn.length > 10, `leaf functions drawn: ${drawn.length}`);
    for (const r of drawn) assert.strictEqual(r.value, flat.get(r.name), `${r.name}: its flat`);
    // The widest roots are the top rows by flat.
    const widest = drawn.slice().sort((a, b) => b.value - a.value).slice(0, 5).map(r => r.name);
    assert.deepStrictEqual(widest, top.rows.slice(0, 5).map(r => r.func));
    const caption = await evalInView<string>(`return document.querySelector('.gpe-bottomup-caption').textContent`);
    // With roots too narrow to draw merged into one frame, the count is of those drawn and says so.
    const merged = roots.some(r => r.rest);
    const where = merged ? `${drawn.length} widest functions where samples end, the narrower ones merged into one frame` : `${drawn.length} functions where samples end`;
    assert.ok(caption.startsWith(`${where} · 51.7MiB (100`), caption);
    // Its callers are below it: every child of a root is a caller, and fits in it.
    const child = await evalInView<{ parent: string; child: string; fits: boolean }>(`
      const g = [...document.querySelectorAll('.gpe-bottomup-chart g.frame')].find(g => g.__data__?.depth === 2);
      return { parent: g.__data__.parent.data.name, child: g.__data__.data.name, fits: g.__data__.data.value <= g.__data__.parent.data.value };`);
    assert.ok(child.fits, JSON.stringify(child));
    await screenshot('profile-bottom-up');
    await inDarkTheme(FRAME, () => screenshot('profile-bottom-up-dark'));

    // Filters apply to it as to the flame graph (a right-click on a root: Focus).
    const focusName = widest[0];
    await inWebview({ frame: FRAME, op: 'click', selector: `.gpe-bottomup-chart g.frame[data-name=${JSON.stringify(focusName)}] rect`, button: 'right' });
    await chooseMenuItem('Focus on this function');
    await waitInWebview(FRAME, 'focused bottom-up', `return document.querySelectorAll('.gpe-chip').length === 1 && document.querySelector('.gpe-bottomup-caption').textContent.startsWith('1 function where samples end')`, 60000);
    const focused = await evalInView<DrawnFrame[]>(ROOT_CHILDREN('.gpe-bottomup-chart'));
    assert.deepStrictEqual(focused.map(r => [r.name, r.value]), [[focusName, flat.get(focusName)]]);
  });

  test('the flame order toggles between alphabetical and heaviest first, and is remembered', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    const inOrder = async () => (await evalInView<DrawnFrame[]>(ROOT_CHILDREN('.gpe-flame-pane'))).sort((a, b) => a.x - b.x);
    // The siblings under the frame with the most callees drawn.
    const secondLevel = `const gs = [...document.querySelectorAll('.gpe-flame-pane g.frame')];
      const parent = gs.map(g => g.__data__).filter(d => d && d.children).sort((a, b) => b.children.length - a.children.length)[0];
      return gs.filter(g => g.__data__?.parent === parent)
        .map(g => ({ name: g.getAttribute('data-name'), value: g.__data__.data.value, x: g.__data__.x0 })).sort((a, b) => a.x - b.x);`;
    assert.ok((await inOrder()).length >= 1);
    const before = await evalInView<{ name: string; value: number }[]>(secondLevel);
    const names = before.map(f => f.name);
    assert.deepStrictEqual(names, names.slice().sort(), 'alphabetical by default (pprof)');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-order' });
    const after = await waitInWebview<{ name: string; value: number }[]>(FRAME, 'heaviest first', `
      const l = (() => { ${secondLevel} })(); return l.length > 1 && l[0].value >= l[l.length - 1].value && l;`);
    for (let i = 1; i < after.length; i++) assert.ok(after[i - 1].value >= after[i].value, `${after[i - 1].name} ≥ ${after[i].name}`);
    // Hidden behind another tab and shown again, the editor keeps the order (webview state).
    await vscode.window.showTextDocument(fixtureUri('README.md'), { preview: false });
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    assert.strictEqual(await evalInView<string>(`return document.querySelector('.gpe-order').textContent`), 'Order: heaviest first');
    const redrawn = await evalInView<{ name: string; value: number }[]>(secondLevel);
    for (let i = 1; i < redrawn.length; i++) assert.ok(redrawn[i - 1].value >= redrawn[i].value, 'still heaviest first');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-order' });
  });

  test('label views: a label\'s values as frames at the root (tagroot) or below the leaves (tagleaf); files granularity', async () => {
    const uri = fixtureUri('profiles/cpu-labels.pb.gz');
    await vscode.workspace.fs.writeFile(uri, fs.readFileSync(path.join(repoRoot, 'test/fixtures/pprof/generated/cpu.pb.gz')));
    await openProfile(uri);
    const options = await evalInView<string[]>(`return [...document.querySelector('.gpe-label-view').options].map(o => o.value)`);
    assert.deepStrictEqual(options, ['', 'root:worker', 'leaf:worker']);
    await evalInView(`const s = document.querySelector('.gpe-label-view'); s.value = 'root:worker'; s.dispatchEvent(new Event('change')); return true;`);
    const roots = await waitInWebview<DrawnFrame[]>(FRAME, 'label frames at the root', `
      const r = (() => { ${ROOT_CHILDREN('.gpe-flame-pane')} })(); return r.some(f => f.name === 'hasher') && r;`);
    const top = await cliTop(uri.fsPath, '--tagfocus', 'worker=hasher');
    assert.strictEqual(roots.find(r => r.name === 'hasher')!.value, top.rows.reduce((s, r) => s + r.flat, 0), 'the frame hasher (as pprof -tagroot names it) is the hasher samples');
    await screenshot('profile-label-view');
    await evalInView(`const s = document.querySelector('.gpe-label-view'); s.value = 'leaf:worker'; s.dispatchEvent(new Event('change')); return true;`);
    // -tagleaf: the label value is the innermost frame, so it heads the top table by flat as in pprof's golden.
    const rows = await waitInWebview<string[]>(FRAME, 'label frames at the leaves', `
      const r = [...document.querySelectorAll('.gpe-top-row')].map(tr => tr.lastElementChild.textContent); return r.includes('hasher') && r;`);
    assert.deepStrictEqual(rows.slice(0, 2).sort(), ['hasher', 'recurser']);
    await evalInView(`const s = document.querySelector('.gpe-label-view'); s.value = ''; s.dispatchEvent(new Event('change'));
      const g = document.querySelector('.gpe-granularity'); g.value = 'files'; g.dispatchEvent(new Event('change')); return true;`);
    const files = await waitInWebview<string[]>(FRAME, 'files granularity', `
      const r = [...document.querySelectorAll('.gpe-top-row')].map(tr => tr.lastElementChild.textContent); return r.some(n => n.endsWith('main.go')) && r;`);
    assert.ok(files.every(n => n.endsWith('.go')), files.join(', '));
    await evalInView(`const g = document.querySelector('.gpe-granularity'); g.value = 'functions'; g.dispatchEvent(new Event('change')); return true;`);
  });

  test('export writes the flame graph as SVG and PNG, the table as CSV and Markdown, and a filtered .pb.gz the CLI reads with the same rows', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await openProfile(heap);
    const target = (name: string) => fixtureUri(`exports/${name}`);
    await vscode.workspace.fs.createDirectory(fixtureUri('exports'));
    const focus = 'github.com/prometheus/prometheus/tsdb.newMemSeries';
    await inWebview({ frame: FRAME, op: 'click', selector: `.gpe-flame-pane g.frame[data-name=${JSON.stringify(focus)}] rect`, button: 'right' });
    await chooseMenuItem('Focus on this function');
    await waitInWebview(FRAME, 'focused', `return document.querySelector('.gpe-meta').textContent.includes('shown')`, 60000);

    const pb = await exportTo('Profile as .pb.gz', target('focused.pb.gz'));
    await assertFocusedProfileExport(pb, heap.fsPath, focus, target('focused.pb.gz').fsPath);
    const expected = await cliTop(heap.fsPath, '--focus', exactFunctionPattern(focus));

    assertFocusedFlameSvg(Buffer.from(await exportTo('Flame graph as SVG', target('flame.svg'))).toString('utf8'), focus);
    assertPng(await exportTo('Flame graph as PNG', target('flame.png')), 400);
    const csv = Buffer.from(await exportTo('Top table as CSV', target('top.csv'))).toString('utf8').trim().split('\r\n');
    assert.strictEqual(csv[0], 'flat (bytes),flat%,sum%,cum (bytes),cum%,function,file,line');
    const csvRows = csv.slice(1).map(l => l.split(','));
    for (const r of expected.rows) {
      const mine = csvRows.find(c => c[5] === r.func);
      assert.ok(mine, `${r.func} in the CSV`);
      assert.deepStrictEqual([Number(mine[0]), Number(mine[3])], [r.flat, r.cum]);
    }
    const md = Buffer.from(await exportTo('Top table as Markdown', target('top.md'))).toString('utf8');
    assert.ok(md.startsWith('**heap.pb.gz** · inuse\\_space, total 51.7MiB'), md.slice(0, 100));
    assert.ok(md.includes('| tsdb.newMemSeries |') || md.includes('github.com/prometheus/prometheus/tsdb.newMemSeries |'), md);

    // The bottom-up view exports its own picture.
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="bottomup"]' });
    await waitInWebview(FRAME, 'bottom-up drawn', `return document.querySelectorAll('.gpe-bottomup-chart g.frame').length > 1`, 60000);
    const bottomUp = Buffer.from(await exportTo('Bottom-up tree as SVG', target('bottomup.svg'))).toString('utf8');
    assert.ok(bottomUp.includes('heap.pb.gz (bottom-up)'), bottomUp.slice(0, 400));
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-export' });
    await waitInWebview(FRAME, 'menu open', `const m = document.querySelector('.gpe-menu'); return m && !m.hidden`);
    await screenshot('profile-export-menu');
    await inWebview({ frame: FRAME, op: 'press', key: 'Escape', selector: '.gpe-menu' });

    // The Graph view exports the picture it drew: all of it, with its paint inline.
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="graph"]' });
    await waitInWebview(FRAME, 'graph drawn', `return document.querySelectorAll('.gpe-graph-node').length > 0`, 90000);
    const graphNodes = await evalInView<number>(`return document.querySelectorAll('.gpe-graph-node').length`);
    assertGraphSvg(Buffer.from(await exportTo('Graph as SVG', target('graph.svg'))).toString('utf8'), graphNodes, 'newMemSeries');
    assertPng(await exportTo('Graph as PNG', target('graph.png')));
  });

  test('a diffed profile exports with its base samples: go tool pprof -diff_base numbers from the file alone', async () => {
    const current = fixtureUri('profiles/heap-current.pb.gz');
    await openProfile(current);
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', fixtureUri('profiles/heap-base.pb.gz'));
    await waitInWebview(FRAME, 'diff on', `return document.querySelector('.gpe-base')`, 60000);
    await vscode.workspace.fs.createDirectory(fixtureUri('exports'));
    await exportTo('Profile as .pb.gz', fixtureUri('exports/diff.pb.gz'));
    const expected = await cliTop(current.fsPath, '--diff-base', fixtureUri('profiles/heap-base.pb.gz').fsPath);
    const actual = await cliTop(fixtureUri('exports/diff.pb.gz').fsPath);
    assert.strictEqual(actual.total, expected.total, 'percentages stay of the base\'s total');
    const byFunc = (t: TopJson) => t.rows.map(r => `${r.func} ${r.flat} ${r.cum}`).sort();
    assert.deepStrictEqual(byFunc(actual), byFunc(expected));
    assert.ok(expected.rows.some(r => r.flat < 0), 'a loss is in it');
    await vscode.commands.executeCommand('goProfileExplorer.clearCompare');
  });

  test('a saved view restores sample type, filters, view, order and base, and serves every profile of the kind', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await openProfile(heap);
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', fixtureUri('profiles/heap-base.pb.gz'));
    await waitInWebview(FRAME, 'diff on', `return document.querySelector('.gpe-base')`, 60000);
    await evalInView(`const s = document.querySelector('.gpe-sample-type'); s.value = '1'; s.dispatchEvent(new Event('change'));
      const k = document.querySelector('.gpe-filter-kind'); k.value = 'focus'; k.dispatchEvent(new Event('change')); return true;`);
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-filter-pattern', text: 'tsdb' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-filter-add' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="bottomup"]' });
    await waitInWebview(FRAME, 'bottom-up drawn', `return document.querySelectorAll('.gpe-bottomup-chart g.frame').length > 1`, 60000);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-saved-view-save' });
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-saved-view-name', text: 'tsdb growth' });
    await inWebview({ frame: FRAME, op: 'press', selector: '.gpe-saved-view-name', key: 'Enter' });
    await waitInWebview(FRAME, 'listed', `return [...document.querySelector('.gpe-saved-view-list').options].some(o => o.value === 'tsdb growth' && o.textContent === 'tsdb growth (vs heap-base.pb.gz)')`);
    await screenshot('profile-saved-views');

    // Back to a plain view: no base, no filter, the flame graph, inuse_space.
    await vscode.commands.executeCommand('goProfileExplorer.clearCompare');
    await waitInWebview(FRAME, 'diff off', `return !document.querySelector('.gpe-base')`, 60000);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-chip-remove' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="flame"]' });
    await evalInView(`const s = document.querySelector('.gpe-sample-type'); s.value = '3'; s.dispatchEvent(new Event('change')); return true;`);
    await waitInWebview(FRAME, 'plain view', `return document.querySelectorAll('.gpe-chip').length === 0 && document.querySelector('.gpe-sample-type').value === '3'`);

    await evalInView(`const s = document.querySelector('.gpe-saved-view-list'); s.value = 'tsdb growth'; s.dispatchEvent(new Event('change')); return true;`);
    const restored = await waitInWebview<{ chips: string[]; sampleType: string; tab: string | null; base: string }>(FRAME, 'restored', `
      const base = document.querySelector('.gpe-base')?.textContent;
      const tab = document.querySelector('.gpe-view-tab[aria-selected="true"]')?.getAttribute('data-view');
      const ok = base && tab === 'bottomup' && document.querySelectorAll('.gpe-bottomup-chart g.frame').length > 1;
      return ok && { chips: [...document.querySelectorAll('.gpe-chip > span')].map(e => e.textContent), sampleType: document.querySelector('.gpe-sample-type').selectedOptions[0].textContent, tab, base };`, 60000);
    assert.deepStrictEqual(restored.chips, ['focus: tsdb']);
    assert.strictEqual(restored.sampleType, 'alloc_space (bytes)');
    assert.strictEqual(restored.base, 'vs base heap-base.pb.gz');

    // Another heap profile lists it too (same sample types); a CPU profile does not.
    await closeAllEditors();
    await openProfile(fixtureUri('profiles/heap-current.pb.gz'));
    const listed = await evalInView<string[]>(`return [...document.querySelector('.gpe-saved-view-list').options].map(o => o.value).filter(Boolean)`);
    assert.ok(listed.includes('tsdb growth'), listed.join(', '));
    await evalInView(`const s = document.querySelector('.gpe-saved-view-list'); s.value = 'tsdb growth'; s.dispatchEvent(new Event('change')); return true;`);
    await waitInWebview(FRAME, 'delete enabled', `return !document.querySelector('.gpe-saved-view-delete').disabled`);
    await waitFor('base restored on another profile', async () => (await evalInView<string | null>(`return document.querySelector('.gpe-base')?.textContent ?? null`)) === 'vs base heap-base.pb.gz' || undefined, 60000);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-saved-view-delete' });
    await waitInWebview(FRAME, 'deleted', `return ![...document.querySelector('.gpe-saved-view-list').options].some(o => o.value === 'tsdb growth')`);
    await vscode.commands.executeCommand('goProfileExplorer.clearCompare');
  });
});
