// The profile editor's Graph view in the real VS Code: the nodes and edges it draws, with their
// numbers, equal what `goprof graph --json` prints for the same file and query (and that
// equals `go tool pprof -dot`: test/unit/report/graph.golden.test.ts); a right-click filters;
// a diff colours losses green; light and dark themes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, cliJson, closeAllEditors, fixtureUri, hasBrowser, inDarkTheme, inWebview, screenshot, waitInWebview } from './harness';
import { PROFILE_FRAME as FRAME, assertGraphLegend, evalInProfile as evalInView, openProfile as openProfileUntil, type GraphDropped } from './profileEditorDriver';

interface CliGraph {
  nodes: { func: string; flat: number; cum: number }[];
  edges: { from: string; to: string; weight: number; inline: boolean; residual: boolean }[];
  dropped: GraphDropped;
}

interface DrawnGraph {
  nodes: { func: string; flat: number; cum: number; fill: string }[];
  edges: string[];
  note: string;
  request: string;
}

function goprofGraph(args: string[]): Promise<CliGraph> {
  return cliJson<CliGraph>(['graph', ...args, '--json']);
}

function openProfile(uri: vscode.Uri): Promise<void> {
  return openProfileUntil(uri, 'views');
}

/** What the Graph view drew once a request later than `after` is drawn. */
function drawnGraph(after = 0): Promise<DrawnGraph> {
  return waitInWebview<DrawnGraph>(FRAME, 'graph drawn', `
    const pane = document.querySelector('.gpe-graph-pane');
    if (!pane || pane.hidden || pane.dataset.gpeGraphState !== 'drawn' || Number(pane.dataset.gpeGraphRequest) <= ${after}) return false;
    const nodes = [...pane.querySelectorAll('g.gpe-graph-node')];
    const name = i => nodes[Number(i)].dataset.func;
    return {
      nodes: nodes.map(g => ({ func: g.dataset.func, flat: Number(g.dataset.flat), cum: Number(g.dataset.cum), fill: g.querySelector('rect').getAttribute('fill') })),
      edges: [...pane.querySelectorAll('g.gpe-graph-edge')].map(g => name(g.dataset.from) + ' -> ' + name(g.dataset.to) + ' ' + g.dataset.weight
        + (g.classList.contains('gpe-graph-inline') ? ' inline' : '') + (g.classList.contains('gpe-graph-residual') ? ' residual' : '')),
      note: pane.querySelector('.gpe-graph-note').textContent,
      request: pane.dataset.gpeGraphRequest,
    };`, 60000);
}

/** The CLI's edges the view draws: pprof also lists edges to a diff's nodes that net to zero, which it does not draw. */
/**
 * Edges drawn between the nodes they join: each path starts at its caller's box and its arrow
 * ends at its callee's (what an edge drawn with another edge's layout would not do).
 */
async function misplacedEdges(): Promise<string[]> {
  return evalInView<string[]>(`
    const pane = document.querySelector('.gpe-graph-pane');
    const nodes = [...pane.querySelectorAll('g.gpe-graph-node')];
    const box = i => nodes[Number(i)].querySelector('rect').getBoundingClientRect();
    const near = (p, r) => p.x >= r.left - 6 && p.x <= r.right + 6 && p.y >= r.top - 6 && p.y <= r.bottom + 6;
    const bad = [];
    for (const g of pane.querySelectorAll('g.gpe-graph-edge')) {
      const path = g.querySelector('path'), tip = g.querySelector('polygon');
      if (!path || !tip) { bad.push(g.dataset.from + '>' + g.dataset.to + ' not drawn'); continue; }
      const m = path.getScreenCTM();
      const start = new DOMPoint(...path.getAttribute('d').slice(1).split(' ')[0].split(',').map(Number)).matrixTransform(m);
      const [tx, ty] = tip.getAttribute('points').split(' ')[0].split(',').map(Number);
      const end = new DOMPoint(tx, ty).matrixTransform(m);
      if (!near(start, box(g.dataset.from)) || !near(end, box(g.dataset.to))) bad.push(nodes[Number(g.dataset.from)].dataset.func + ' -> ' + nodes[Number(g.dataset.to)].dataset.func);
    }
    return bad;`);
}

function cliEdges(g: CliGraph): string[] {
  const drawn = new Set(g.nodes.map(n => n.func));
  return g.edges.filter(e => drawn.has(e.from) && drawn.has(e.to)).map(e => `${e.from} -> ${e.to} ${e.weight}${e.inline ? ' inline' : ''}${e.residual ? ' residual' : ''}`);
}

/**
 * The graph opened legible: the whole graph, or every label at 8 px or more (pprof's own size),
 * the heaviest node (largest cum) wholly in the canvas and clear of the out-of-view bar, and no empty
 * canvas over the first node in view.
 */
async function assertOpensOnHeaviest(): Promise<void> {
  const opening = await evalInView<{ smallestPx: number; inside: boolean; heaviestInView: boolean; spaceAbove: number }>(`
    const canvas = document.querySelector('.gpe-graph-canvas').getBoundingClientRect();
    const nodes = [...document.querySelectorAll('g.gpe-graph-node')];
    const rects = nodes.map(g => g.querySelector('rect').getBoundingClientRect());
    const k = Number(/scale\\(([\\d.e-]+)\\)/.exec(document.querySelector('.gpe-graph-viewport').getAttribute('transform'))[1]);
    const px = [...document.querySelectorAll('g.gpe-graph-node text')].map(t => Number(t.getAttribute('font-size')) * k);
    const inside = r => r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1;
    let heaviest = 0;
    nodes.forEach((g, i) => { if (Math.abs(Number(g.dataset.cum)) > Math.abs(Number(nodes[heaviest].dataset.cum))) heaviest = i; });
    const across = rects.filter(r => r.right > canvas.left && r.left < canvas.right);
    const bar = document.querySelector('.gpe-graph-more');
    const barTop = bar && !bar.hidden ? bar.getBoundingClientRect().top : Infinity;
    return { smallestPx: Math.min(...px), inside: rects.every(inside), heaviestInView: inside(rects[heaviest]) && rects[heaviest].bottom <= barTop,
      spaceAbove: Math.min(...across.map(r => r.top)) - canvas.top };`);
  assert.ok(opening.heaviestInView && (opening.inside || opening.spaceAbove <= 9 && opening.smallestPx >= 7.99), JSON.stringify(opening));
}

async function switchToGraph(): Promise<DrawnGraph> {
  await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="graph"]' });
  return drawnGraph();
}

suite('Graph view', function () {
  this.timeout(180000);
  suiteSetup(async function () {
    if (!hasBrowser()) this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(async () => {
    // Back to the flame graph, so the other suites open on it.
    try { await evalInView(`document.querySelector('.gpe-view-tab[data-view="flame"]')?.click(); return true;`); } catch { /* no editor open */ }
    await closeAllEditors();
  });

  test('the graph of a heap profile: nodes, numbers and edges as goprof graph --json (go tool pprof -dot); light and dark', async () => {
    const file = fixtureUri('profiles/heap.pb.gz');
    await openProfile(file);
    const drawn = await switchToGraph();
    const cli = await goprofGraph([file.fsPath]);
    assert.ok(cli.nodes.length >= 5, `a graph worth drawing: ${cli.nodes.length} nodes`);
    assert.deepStrictEqual(drawn.nodes.map(n => [n.func, n.flat, n.cum]), cli.nodes.map(n => [n.func, n.flat, n.cum]));
    assert.deepStrictEqual([...drawn.edges].sort(), cliEdges(cli).sort());
    assert.match(drawn.note, /^Showing nodes accounting for /);
    const legend = await assertGraphLegend(cli.dropped);
    assert.ok(legend.length > 1, `the heap fixture's graph is cut to its top nodes: ${JSON.stringify(legend)}`);
    assert.deepStrictEqual(await misplacedEdges(), []);
    // The tab stays chosen, the flame graph and its table are out of the way.
    const panes = await evalInView<{ flame: boolean; graph: boolean; selected: string | null }>(`return {
      flame: document.querySelector('.gpe-main').hidden, graph: document.querySelector('.gpe-graph-pane').hidden,
      selected: document.querySelector('.gpe-view-tab[aria-selected="true"]')?.dataset.view ?? null };`);
    assert.deepStrictEqual(panes, { flame: true, graph: false, selected: 'graph' });
    // Opened legible: the whole graph, or every label at 8 px or more (pprof's own size), on the
    // heaviest node, with no empty canvas over the first node in view.
    await assertOpensOnHeaviest();
    await screenshot('graph-view');
    // A click selects the heaviest node and says its numbers; zoom in on it.
    await inWebview({ frame: FRAME, op: 'click', selector: 'g.gpe-graph-node[data-index="0"] rect' });
    const details = await waitInWebview<string>(FRAME, 'node selected', `return document.querySelector('g.gpe-graph-node.gpe-graph-selected') && document.querySelector('.gpe-graph-details').textContent`);
    assert.ok(details.startsWith(cli.nodes[0].func), details);
    const scale = () => evalInView<number>(`return Number(/scale\\(([\\d.]+)\\)/.exec(document.querySelector('.gpe-graph-viewport').getAttribute('transform'))[1])`);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-graph-fit' });
    const fitted = await scale();
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-graph-zoom-in' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-graph-zoom-in' });
    assert.ok(Math.abs(await scale() - fitted * 1.5625) < 1e-6, 'two zoom steps of 1.25');
    // The buttons zoom on the selected node: it stays wholly in the canvas, not cut at its edge.
    const selectedBox = await evalInView<{ node: number[]; canvas: number[] }>(`const r = document.querySelector('g.gpe-graph-node.gpe-graph-selected rect').getBoundingClientRect(), c = document.querySelector('.gpe-graph-canvas').getBoundingClientRect();
      return { node: [r.left, r.top, r.right, r.bottom], canvas: [c.left, c.top, c.right, c.bottom] };`);
    const [nl, nt, nr, nb] = selectedBox.node, [cl, ct, cr, cb] = selectedBox.canvas;
    assert.ok(nl >= cl && nt >= ct && nr <= cr && nb <= cb, `the selected node ${JSON.stringify(selectedBox.node)} inside the canvas ${JSON.stringify(selectedBox.canvas)}`);
    await screenshot('graph-view-selected');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-graph-fit' });
    assert.strictEqual(await scale(), fitted);
    // Escape clears the selection.
    await evalInView(`document.querySelector('g.gpe-graph-node.gpe-graph-selected').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); return true;`);
    assert.strictEqual(await evalInView<number>(`return document.querySelectorAll('g.gpe-graph-node.gpe-graph-selected').length`), 0);
    // The graph on screen takes a theme change at once, keeping the selection and the zoom.
    await inWebview({ frame: FRAME, op: 'click', selector: 'g.gpe-graph-node[data-index="1"] rect' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-graph-zoom-in' });
    const zoomed = await scale();
    const lightFill = drawn.nodes[0].fill;
    await inDarkTheme(FRAME, async () => {
      const darkFill = await waitInWebview<string>(FRAME, 'graph recoloured', `
        const fill = document.querySelector('g.gpe-graph-node[data-index="0"] rect').getAttribute('fill');
        return fill !== ${JSON.stringify(lightFill)} && fill;`);
      assert.ok(darkFill, 'darker node backgrounds in a dark theme');
      assert.strictEqual(await evalInView<string | undefined>(`return document.querySelector('g.gpe-graph-node.gpe-graph-selected')?.dataset.index`), '1', 'the selection is kept');
      assert.strictEqual(await scale(), zoomed, 'the zoom is kept');
      await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-graph-fit' });
      await evalInView(`document.querySelector('g.gpe-graph-node.gpe-graph-selected').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); return true;`);
      // Drawn afresh in the dark theme, the graph is the same graph with the same colours.
      await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-view-tab[data-view="flame"]' });
      const dark = await switchToGraph();
      assert.deepStrictEqual(dark.nodes.map(n => n.func), drawn.nodes.map(n => n.func));
      assert.strictEqual(dark.nodes[0].fill, darkFill);
      await screenshot('graph-view-dark');
    });
  });

  test('a goroutine profile, whose heaviest node (the park every stack ends in) lies ranks down, opens on it; narrow and wide, light and dark', async () => {
    await openProfile(fixtureUri('goroutine.pb.gz'));
    await switchToGraph();
    await assertOpensOnHeaviest();
    await screenshot('graph-view-goroutine');
    await inDarkTheme(FRAME, () => screenshot('graph-view-goroutine-dark'));
    // Opened in an editor beside a source file: a narrow canvas.
    await closeAllEditors();
    await vscode.window.showTextDocument(fixtureUri('go.mod'), { preview: false });
    await vscode.commands.executeCommand('vscode.openWith', fixtureUri('goroutine.pb.gz'), 'goProfileExplorer.profile', vscode.ViewColumn.Beside);
    await waitInWebview(FRAME, 'the profile beside go.mod', `return document.querySelectorAll('.gpe-view-tab').length > 1 && window.innerWidth < 800`, 60000);
    await switchToGraph();
    await assertOpensOnHeaviest();
    await screenshot('graph-view-goroutine-narrow');
  });

  test('right-click a node, "Focus on this function": the chip applies to the graph, as goprof graph --focus', async () => {
    const file = fixtureUri('profiles/allocs.pb.gz');
    await openProfile(file);
    const drawn = await switchToGraph();
    // A node in the middle of the graph: focusing on it keeps its callers and callees.
    const target = drawn.nodes.find(n => n.flat !== n.cum && n.flat !== 0) ?? drawn.nodes[1];
    const index = drawn.nodes.indexOf(target);
    await inWebview({ frame: FRAME, op: 'click', selector: `g.gpe-graph-node[data-index="${index}"] rect`, button: 'right' });
    await waitInWebview(FRAME, 'menu open', `return !document.querySelector('.gpe-menu').hidden`);
    await evalInView(`[...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent === 'Focus on this function').click(); return true;`);
    const focused = await drawnGraph(Number(drawn.request));
    const pattern = `^${target.func.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
    const chips = await evalInView<string[]>(`return [...document.querySelectorAll('.gpe-chip')].map(c => c.textContent)`);
    assert.ok(chips.some(c => c.includes(pattern)), `a focus chip: ${chips.join(', ')}`);
    const cli = await goprofGraph([file.fsPath, '--focus', pattern]);
    assert.deepStrictEqual(focused.nodes.map(n => [n.func, n.flat, n.cum]), cli.nodes.map(n => [n.func, n.flat, n.cum]));
    assert.deepStrictEqual([...focused.edges].sort(), cliEdges(cli).sort());
    assert.ok(focused.nodes.length < drawn.nodes.length || focused.nodes.some((n, i) => n.cum !== drawn.nodes[i]?.cum), 'the focus changed the graph');
  });

  test('compared with a base: the graph of the difference as goprof graph --diff-base, a vanished function green', async () => {
    // scripts/go/diffpair: main.loadCache held ~2 MiB in the base and is gone now.
    const file = fixtureUri('profiles/heap-current.pb.gz'), base = fixtureUri('profiles/heap-base.pb.gz');
    await openProfile(file);
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', base);
    await waitInWebview(FRAME, 'comparing', `return document.querySelector('.gpe-base')?.textContent === 'vs base heap-base.pb.gz'`);
    const drawn = await switchToGraph();
    const cli = await goprofGraph([file.fsPath, '--diff-base', base.fsPath]);
    assert.deepStrictEqual(drawn.nodes.map(n => [n.func, n.flat, n.cum]), cli.nodes.map(n => [n.func, n.flat, n.cum]));
    assert.deepStrictEqual([...drawn.edges].sort(), cliEdges(cli).sort());
    const lost = drawn.nodes.find(n => n.func === 'main.loadCache');
    assert.ok(lost && lost.cum < 0, 'the vanished function is a node with a negative cum');
    const [r, g] = [parseInt(lost.fill.slice(1, 3), 16), parseInt(lost.fill.slice(3, 5), 16)];
    assert.ok(g > r, `a loss is green: ${lost.fill}`);
    assert.deepStrictEqual(await misplacedEdges(), []);
    await screenshot('graph-view-diff');
    await vscode.commands.executeCommand('goProfileExplorer.clearCompare');
  });
});
