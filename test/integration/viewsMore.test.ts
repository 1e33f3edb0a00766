// More of the profile editor's views in the real VS Code: pprof's peek beside the callers/callees
// flame graphs (rows as `goprof peek --json`), the search box highlighting graph nodes and
// bottom-up frames, label grouping by two keys (frames named as go tool pprof -tagroot names
// them), and a toolbar that does not wrap needlessly; light and dark screenshots.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, cliJson, closeAllEditors, fixtureUri, hasBrowser, inDarkTheme, inWebview, screenshot, waitInWebview } from './harness';
import { PROFILE_FRAME as FRAME, chooseMenuItem, evalInProfile as evalInView, openProfile } from './profileEditorDriver';

const REPO = path.resolve(__dirname, '../../..');

interface PeekJson {
  nodes: { func: string; flat: number; cum: number; callers: { func: string; weight: number }[]; callees: { func: string; weight: number }[] }[];
}

interface GraphJson { nodes: { func: string; flat: number; cum: number }[] }

interface TopJson { rows: { func: string; flat: number; cum: number }[] }

interface Box { left: number; right: number; top: number; bottom: number }

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function search(text: string): Promise<void> {
  await evalInView(`const s = document.querySelector('.gpe-search'); s.value = ${JSON.stringify(text)}; s.dispatchEvent(new Event('input')); return true;`);
}

async function showTab(view: string): Promise<void> {
  await inWebview({ frame: FRAME, op: 'click', selector: `.gpe-view-tab[data-view="${view}"]` });
}

suite('Views beside the flame graph: peek with callers, search, label keys, toolbar', function () {
  this.timeout(240000);
  suiteSetup(async function () {
    if (!hasBrowser()) this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(async () => {
    try {
      await search('');
      await showTab('flame');
    } catch { /* no editor open */ }
    await closeAllEditors();
  });

  test('callers and callees: pprof\'s peek beside the two flame graphs, each row as goprof peek --json; a name opens its own', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await openProfile(heap);
    // A function with callers and callees, wide enough to be drawn: the graph's heaviest such node.
    const graph = await cliJson<GraphJson>(['graph', heap.fsPath, '--json']);
    const drawn = await evalInView<string[]>(`return [...document.querySelectorAll('.gpe-flame-pane g.frame')].map(g => g.getAttribute('data-name'))`);
    const target = graph.nodes.find(n => n.flat !== 0 && n.cum > n.flat && drawn.includes(n.func))!;
    assert.ok(target, 'a drawn function with callees');
    await inWebview({ frame: FRAME, op: 'click', selector: `.gpe-flame-pane g.frame[data-name=${JSON.stringify(target.func)}] rect`, button: 'right' });
    await chooseMenuItem('Show callers and callees');
    const rows = await waitInWebview<{ role: string; func: string; value: number; flat?: number; cum?: number }[]>(FRAME, 'peek beside the sandwich', `
      const pane = document.querySelector('.gpe-callers-pane');
      if (!pane || pane.hidden || pane.querySelectorAll('.gpe-callers-up g.frame').length === 0) return false;
      const rows = [...pane.querySelectorAll('.gpe-callers-peek tr.gpe-peek-row')];
      return rows.length > 0 && rows.map(r => ({ role: r.dataset.role, func: r.dataset.func, value: Number(r.dataset.value ?? 0), flat: r.dataset.flat && Number(r.dataset.flat), cum: r.dataset.cum && Number(r.dataset.cum) }));`, 60000);
    const cli = await cliJson<PeekJson>(['peek', heap.fsPath, `^${escapeRegex(target.func)}$`, '--json']);
    assert.strictEqual(cli.nodes.length, 1);
    const node = cli.nodes[0];
    assert.deepStrictEqual(rows.filter(r => r.role === 'caller').map(r => [r.func, r.value]), node.callers.map(c => [c.func, c.weight]));
    assert.deepStrictEqual(rows.filter(r => r.role === 'callee').map(r => [r.func, r.value]), node.callees.map(c => [c.func, c.weight]));
    const self = rows.find(r => r.role === 'self')!;
    assert.deepStrictEqual([self.func, self.flat, self.cum], [node.func, node.flat, node.cum]);
    assert.ok(node.callees.length > 0, 'the function has callees to show');
    // Side by side: the peek is to the right of the flame graphs, not below them.
    const placed = await evalInView<{ flames: Box; peek: Box }>(`return {
      flames: document.querySelector('.gpe-callers-flames').getBoundingClientRect().toJSON(),
      peek: document.querySelector('.gpe-callers-peek').getBoundingClientRect().toJSON() };`);
    assert.ok(placed.peek.left >= placed.flames.right - 1 && placed.peek.top < placed.flames.bottom, JSON.stringify(placed));
    await screenshot('profile-editor-callers-peek');
    await inDarkTheme(FRAME, () => screenshot('profile-editor-callers-peek-dark'));

    // A callee's name shows that function's callers, callees and peek.
    const callee = node.callees[0].func;
    await evalInView(`[...document.querySelectorAll('.gpe-callers-peek tr.gpe-peek-callee')].find(r => r.dataset.func === ${JSON.stringify(callee)}).querySelector('.gpe-peek-link').click(); return true;`);
    const next = await waitInWebview<string>(FRAME, 'the callee\'s peek', `
      const self = document.querySelector('.gpe-callers-peek tr.gpe-peek-self');
      return self && self.dataset.func === ${JSON.stringify(callee)} && document.querySelector('.gpe-callers-title').textContent;`);
    assert.strictEqual(next, `Callers and callees of ${callee}`);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-callers-close' });
  });

  test('the search box highlights matching graph nodes and bottom-up frames, and says how much matched', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await openProfile(heap);
    await search('tsdb');
    const flameResult = await waitInWebview<string>(FRAME, 'flame search', `return document.querySelector('.gpe-search-result').textContent || false`);
    await showTab('graph');
    const graph = await waitInWebview<{ func: string; match: boolean; fill: string }[]>(FRAME, 'graph drawn with matches', `
      const pane = document.querySelector('.gpe-graph-pane');
      if (pane.hidden || pane.dataset.gpeGraphState !== 'drawn') return false;
      return [...pane.querySelectorAll('g.gpe-graph-node')].map(g => ({ func: g.dataset.func, match: g.classList.contains('gpe-graph-match'), fill: getComputedStyle(g.querySelector('rect')).fill }));`, 60000);
    const expected = graph.map(n => n.func.includes('tsdb'));
    assert.deepStrictEqual(graph.map(n => n.match), expected);
    const matched = graph.filter(n => n.match);
    assert.ok(matched.length > 0 && matched.length < graph.length, `some nodes match: ${matched.length} of ${graph.length}`);
    assert.ok(matched.every(n => n.fill === 'rgb(224, 92, 224)'), `matches are magenta: ${matched.map(n => n.fill).join(', ')}`);
    assert.ok(graph.filter(n => !n.match).every(n => n.fill !== 'rgb(224, 92, 224)'));
    const graphResult = await evalInView<string>(`return document.querySelector('.gpe-search-result').textContent`);
    assert.strictEqual(graphResult, `${matched.length} of ${graph.length} nodes match`);
    await screenshot('graph-view-search');
    await inDarkTheme(FRAME, async () => {
      // Node colours are chosen when drawing: draw again in the dark theme.
      await showTab('flame');
      await showTab('graph');
      await waitInWebview(FRAME, 'dark graph drawn', `const p = document.querySelector('.gpe-graph-pane'); return p.dataset.gpeGraphState === 'drawn' && p.querySelectorAll('g.gpe-graph-match').length === ${matched.length}`, 60000);
      await screenshot('graph-view-search-dark');
    });
    // Typing again re-marks the drawn graph without fetching it again.
    await search('bufio');
    await waitInWebview(FRAME, 'graph re-marked', `const nodes = [...document.querySelectorAll('g.gpe-graph-node')];
      return nodes.some(g => g.classList.contains('gpe-graph-match')) && nodes.every(g => g.classList.contains('gpe-graph-match') === g.dataset.func.includes('bufio'))`);
    await search('tsdb');

    await showTab('bottomup');
    const bottomUp = await waitInWebview<{ names: string[]; others: string[]; result: string }>(FRAME, 'bottom-up drawn with matches', `
      const frames = [...document.querySelectorAll('.gpe-bottomup-chart g.frame')];
      if (frames.length === 0) return false;
      const fill = g => g.querySelector('rect').getAttribute('fill');
      const names = frames.filter(g => fill(g) === '#e05ce0').map(g => g.getAttribute('data-name'));
      const others = frames.filter(g => fill(g) !== '#e05ce0').map(g => g.getAttribute('data-name'));
      const result = document.querySelector('.gpe-search-result').textContent;
      return names.length > 0 && result.startsWith('matched') && { names, others, result };`, 60000);
    assert.ok(bottomUp.names.every(n => n.includes('tsdb')), bottomUp.names.join(', '));
    assert.ok(bottomUp.others.every(n => !n?.includes('tsdb')), 'every drawn tsdb frame is highlighted');
    // Each sample through a matching function counts once, in either direction of the tree.
    assert.strictEqual(bottomUp.result, flameResult);
    await screenshot('profile-bottom-up-search');
    await inDarkTheme(FRAME, () => screenshot('profile-bottom-up-search-dark'));
  });

  test('two label keys at the root from the UI: frames as go tool pprof -tagroot=foo,function names them, values as goprof top', async () => {
    const uri = fixtureUri('profiles/cpu-two-labels.pprof');
    await vscode.workspace.fs.writeFile(uri, fs.readFileSync(path.join(REPO, 'test/fixtures/corpus/pyro_go_cpu_labels.pprof')));
    await openProfile(uri);
    await evalInView(`const s = document.querySelector('.gpe-label-view'); s.value = 'root:foo'; s.dispatchEvent(new Event('change')); return true;`);
    const more = await waitInWebview<string[]>(FRAME, 'a second key offered', `const m = document.querySelector('.gpe-label-view-more'); return !m.hidden && [...m.options].map(o => o.value)`);
    assert.ok(more.includes('function') && !more.includes('foo'), more.join(', '));
    await evalInView(`const m = document.querySelector('.gpe-label-view-more'); m.value = 'function'; m.dispatchEvent(new Event('change')); return true;`);
    const levels = await waitInWebview<{ first: string[]; second: { name: string; value: number }[] }>(FRAME, 'two levels of label frames', `
      const frames = [...document.querySelectorAll('.gpe-flame-pane g.frame')].filter(g => g.__data__);
      const at = d => frames.filter(g => g.__data__.depth === d && !g.__data__.data.prunedRest);
      const first = at(1).map(g => g.getAttribute('data-name'));
      const second = at(2).map(g => ({ name: g.getAttribute('data-name'), value: g.__data__.data.value }));
      return first.length === 1 && first[0] === 'bar' && second.some(f => f.name === 'slow') && { first, second };`, 60000);
    assert.deepStrictEqual(levels.first, ['bar']);
    // pprof's frames below "bar": each "function" value, and "<unknown>" for the samples without that label.
    const top = await cliJson<TopJson>(['top', uri.fsPath, '--tagroot', 'foo,function', '--json']);
    const cumOf = new Map(top.rows.map(r => [r.func, r.cum]));
    for (const f of levels.second) assert.strictEqual(f.value, cumOf.get(f.name), `${JSON.stringify(f.name)}: its cum in goprof top --tagroot foo,function`);
    assert.deepStrictEqual(levels.second.map(f => f.name).sort(), ['<unknown>', 'fast', 'slow']);
    const select = await evalInView<string>(`const s = document.querySelector('.gpe-label-view'); return s.options[s.selectedIndex].textContent`);
    assert.strictEqual(select, 'Labels foo › function at root');
    await screenshot('profile-label-view-two-keys');
    await evalInView(`const s = document.querySelector('.gpe-label-view'); s.value = ''; s.dispatchEvent(new Event('change')); return true;`);
  });

  test('the toolbar is one row: Compare with… sits beside the file name, the orientation with the order', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    const rows = await evalInView<{ toolbarTops: number[]; compareInHeader: boolean }>(`
      const bar = document.querySelector('.gpe-toolbar:not(.gpe-view-tools)');
      const tops = [...bar.children].filter(c => !c.hidden && c.getBoundingClientRect().height > 0).map(c => Math.round(c.getBoundingClientRect().top));
      return { toolbarTops: tops, compareInHeader: !!document.querySelector('.gpe-header .gpe-compare .gpe-compare-with') };`);
    const oneRow = (tops: number[]) => tops.every(t => Math.abs(t - tops[0]) <= 8);
    assert.ok(oneRow(rows.toolbarTops), `one row: ${rows.toolbarTops.join(', ')}`);
    assert.ok(rows.compareInHeader, 'Compare with… beside the file name');
    await screenshot('profile-editor-toolbar');
  });
});
