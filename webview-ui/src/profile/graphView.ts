// The Graph view: pprof's call graph (what `go tool pprof -http` opens on), computed by the
// worker with pprof's trimming, laid out by Graphviz in WebAssembly (graphLayout.ts) and drawn
// here as SVG built element by element (profile strings only as textContent). Nodes are sized
// by flat and coloured by cum as pprof draws them (green to red by the share of the total, so a
// diff's losses are green and its growth red), edges are as thick as their weight, inlined
// calls say so, residual edges (through dropped nodes) are dotted. Wheel zooms, dragging pans,
// a click selects a node (Escape clears), a double click opens its source, the right button
// opens the filter menu; nodes matching the search box are magenta as in the flame graph.
// Fit shows the whole graph however small its labels get; a graph too big for that to be readable
// opens where its smallest labels read at 8 px (pprof's own size: its SVG as a browser opens it),
// on its heaviest node with its callers and callees, and a bar on the canvas says how much is out of view.
import type { GraphViewData, ProfileHostMessage, ProfileQuery } from '../../../src/shared/protocol';
import { exactFunctionPattern } from '../../../src/shared/profileProtocol';
import { el } from '../common/dom';
import { serializeSvg } from './exportMenu';
import { currentThemeKind } from './themeKind';
import { shareColor } from './graphColors';
import { layoutGraph, nameLines, percentOf, preloadGraphviz, type GraphLayout } from './graphLayout';
import { openingPan, type Focus } from './graphOpening';
import { formatValue } from './units';
import type { ProfileSubview, ProfileViewContext } from './viewSwitcher';
import { shownName } from '../common/shownName';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, cls?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (cls) e.setAttribute('class', cls);
  return e;
}

/**
 * The size on screen of the smallest node label a graph opens at (pprof's labels are 8 to 24
 * points; a node without flat has 8, 2.8 px at the whole of an 80-node graph); Fit goes below it.
 */
const LEGIBLE_LABEL_PX = 8;
/** Space kept between the graph and the canvas's edges when it fits. */
const FIT_MARGIN = 16;

/** pprof keeps 80 nodes; these are the steps of "show more". */
const NODE_COUNTS = [80, 160, 320, 640, 1000];


function smallestFontSize(layout: GraphLayout): number {
  let smallest = Infinity;
  for (const n of layout.nodes) smallest = Math.min(smallest, n.fontSize);
  return Number.isFinite(smallest) && smallest > 0 ? smallest : 8;
}

function isDarkTheme(): boolean {
  return document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
}

export class GraphView implements ProfileSubview {
  readonly id = 'graph';
  readonly label = 'Graph';
  readonly title = "Call graph as pprof draws it (go tool pprof -http's default view)";
  readonly pane: HTMLElement;
  private readonly note: HTMLElement;
  private readonly details: HTMLElement;
  private readonly canvas: HTMLElement;
  /** Says that nodes are out of view, and fits the graph when clicked. */
  private readonly outOfView: HTMLButtonElement;
  private readonly nodeCountSelect: HTMLSelectElement;
  private nodeCount = NODE_COUNTS[0];
  private query: ProfileQuery | undefined;
  private latestRequest = 0;
  private data: GraphViewData | undefined;
  private svgRoot: SVGSVGElement | undefined;
  private viewport: SVGGElement | undefined;
  private layout: GraphLayout | undefined;
  private nodeElements: SVGGElement[] = [];
  private edgeElements: SVGGElement[] = [];
  private selected: number | undefined;
  private k = 1;
  private tx = 0;
  private ty = 0;
  private drag: { x: number; y: number; tx: number; ty: number; pointer: number } | undefined;
  /** The click that ends a drag must not clear the selection. */
  private dragged = false;
  private disposed = false;
  private readonly preload: ReturnType<typeof setTimeout>;
  private theme = currentThemeKind();
  /** VS Code swaps the body's theme class when the user changes theme: the colours are drawn in, so draw again. */
  private readonly themeObserver = new MutationObserver(() => {
    const theme = currentThemeKind();
    if (theme === this.theme) return;
    this.theme = theme;
    this.redrawInPlace();
  });

  constructor(private readonly context: ProfileViewContext) {
    this.pane = el('div', 'gpe-subview gpe-graph-pane');
    this.pane.hidden = true;
    const bar = el('div', 'gpe-graph-bar');
    this.nodeCountSelect = el('select', 'gpe-graph-nodecount');
    this.nodeCountSelect.setAttribute('aria-label', 'Nodes shown');
    this.nodeCountSelect.title = "At most this many nodes (pprof's -nodecount; pprof shows 80)";
    for (const n of NODE_COUNTS) {
      const o = el('option', undefined, `${n} nodes${n === NODE_COUNTS[0] ? " (pprof's default)" : ''}`);
      o.value = String(n);
      this.nodeCountSelect.append(o);
    }
    this.nodeCountSelect.addEventListener('change', () => {
      this.nodeCount = Number(this.nodeCountSelect.value) || NODE_COUNTS[0];
      if (this.query) this.show(this.query);
    });
    const zoomButton = (text: string, cls: string, title: string, run: () => void) => {
      const b = el('button', `gpe-button ${cls}`, text);
      b.type = 'button';
      b.title = title;
      b.addEventListener('click', run);
      return b;
    };
    this.note = el('div', 'gpe-graph-note');
    bar.append(el('span', 'gpe-label', 'Show'), this.nodeCountSelect,
      zoomButton('Fit', 'gpe-graph-fit', 'Fit the graph to the pane', () => this.fit()),
      zoomButton('+', 'gpe-graph-zoom-in', 'Zoom in (or the mouse wheel)', () => this.zoomOnSelection(1.25)),
      zoomButton('−', 'gpe-graph-zoom-out', 'Zoom out (or the mouse wheel)', () => this.zoomOnSelection(0.8)));
    this.details = el('div', 'gpe-graph-details');
    this.canvas = el('div', 'gpe-graph-canvas');
    this.canvas.tabIndex = -1;
    this.canvas.addEventListener('wheel', this.onWheel, { passive: false });
    this.canvas.addEventListener('pointerdown', this.onPointerDown);
    this.canvas.addEventListener('pointermove', this.onPointerMove);
    this.canvas.addEventListener('pointerup', this.onPointerUp);
    this.canvas.addEventListener('pointercancel', this.onPointerUp);
    this.pane.addEventListener('keydown', e => { if (e.key === 'Escape' && this.selected !== undefined) { e.preventDefault(); this.select(undefined); } });
    this.outOfView = zoomButton('', 'gpe-graph-more', 'Zoom out until the whole graph is in view', () => this.fit());
    this.outOfView.hidden = true;
    this.pane.append(bar, this.note, this.details, this.canvas);
    // Compiling Graphviz takes a moment (1–4 s on a busy machine): do it while the user looks at
    // the flame graph, so that switching to the graph only lays it out.
    this.preload = setTimeout(() => void preloadGraphviz(), 2000);
    this.themeObserver.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  }

  show(query: ProfileQuery): void {
    this.query = query;
    this.latestRequest = this.context.nextRequestId();
    this.note.textContent = 'Computing the graph…';
    this.pane.dataset.gpeGraphState = 'computing';
    this.context.post({ type: 'graph', requestId: this.latestRequest, query, nodeCount: this.nodeCount });
  }

  handle(m: ProfileHostMessage): boolean {
    if (m.type === 'queryError' && m.requestId === this.latestRequest) {
      this.note.textContent = m.message;
      this.pane.dataset.gpeGraphState = 'error';
      return true;
    }
    if (m.type !== 'graph') return false;
    if (m.requestId === this.latestRequest) void this.draw(m.requestId, m.graph, m.elapsedMs);
    return true;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.preload);
    this.themeObserver.disconnect();
    this.canvas.removeEventListener('wheel', this.onWheel);
    this.pane.remove();
  }

  private async draw(requestId: number, data: GraphViewData, elapsedMs: number): Promise<void> {
    const layoutStart = performance.now();
    let layout: GraphLayout;
    try {
      layout = await layoutGraph(data);
    } catch (e) {
      this.note.textContent = `Graphviz could not lay out the graph: ${e instanceof Error ? e.message : String(e)}`;
      this.pane.dataset.gpeGraphState = 'error';
      return;
    }
    if (this.disposed || requestId !== this.latestRequest) return;
    const layoutMs = performance.now() - layoutStart;
    const previous = this.selected !== undefined ? this.data?.nodes[this.selected]?.func : undefined;
    this.data = data;
    this.layout = layout;
    this.render(data, layout);
    this.renderNote(data);
    this.openingView();
    const matcher = this.context.searchMatcher();
    const matched = this.search(matcher);
    if (matcher) this.context.showSearchResult(matched);
    const again = previous !== undefined ? data.nodes.findIndex(n => n.func === previous) : -1;
    this.select(again >= 0 ? again : undefined);
    this.context.setStatus(`${data.nodes.length} nodes, ${data.edges.length} edges · computed in ${elapsedMs} ms, laid out in ${layoutMs.toFixed(0)} ms`);
    // For the integration tests and the benchmark (docs/benchmarks.md).
    this.pane.dataset.gpeGraphState = 'drawn';
    this.pane.dataset.gpeGraphRequest = String(requestId);
    document.body.dataset.gpeGraphShownEpoch = String(Date.now());
    document.body.dataset.gpeGraphLayoutMs = layoutMs.toFixed(1);
  }

  /** The same graph drawn again (new colours), keeping the zoom, the selection and the search marks. */
  private redrawInPlace(): void {
    if (!this.data || !this.layout) return;
    const selected = this.selected;
    this.render(this.data, this.layout);
    this.apply();
    this.search(this.context.searchMatcher());
    this.select(selected);
  }

  /**
   * pprof's -dot legend, one line each as pprof draws it. Its "out of T" counts the nodes left
   * once those under the cutoff are dropped, so next to "Dropped N nodes" it reads as if the two
   * disagreed: the last line says which nodes T counts, and how many the profile has.
   */
  private renderNote(data: GraphViewData): void {
    const d = data.dropped;
    const f = (v: number) => formatValue(v, data.unit);
    const lines = [`Showing nodes accounting for ${f(d.shownFlat)}, ${percentOf(d.shownFlat, data.total)} of ${f(data.total)} total`];
    if (data.total !== 0) {
      if (d.nodes > 0) lines.push(`Dropped ${d.nodes} node${d.nodes > 1 ? 's' : ''} (cum <= ${f(d.nodeCutoff)})`);
      if (d.edges > 0) lines.push(`Dropped ${d.edges} edge${d.edges > 1 ? 's' : ''} (freq <= ${f(d.edgeCutoff)})`);
      if (d.shownNodes > 0 && d.shownNodes < d.totalNodes) {
        const which = d.nodes > 0 ? ` (the nodes over the cum cutoff; ${d.totalNodes + d.nodes} in the profile)` : '';
        lines.push(`Showing top ${d.shownNodes} nodes out of ${d.totalNodes}${which}`);
      }
    }
    this.note.replaceChildren(...lines.map(line => el('span', 'gpe-graph-legend-line', line)));
    this.note.title = 'pprof\'s legend: nodes under 0.5% of the total and edges under 0.1% are dropped, then the heaviest nodes shown; dotted edges pass through dropped nodes';
  }

  private render(data: GraphViewData, layout: GraphLayout): void {
    const dark = isDarkTheme();
    const root = svg('svg', { width: '100%', height: '100%', role: 'img', 'aria-label': 'Call graph' }, 'gpe-graph-svg');
    const defs = svg('defs');
    const viewport = svg('g', {}, 'gpe-graph-viewport');
    const edgeLayer = svg('g', {}, 'gpe-graph-edges');
    const nodeLayer = svg('g', {}, 'gpe-graph-nodes');
    viewport.append(edgeLayer, nodeLayer);
    root.append(defs, viewport);
    const total = Math.abs(data.total) || 1;
    this.edgeElements = data.edges.map((e, i) => {
      const path = layout.edges[i];
      const g = svg('g', {}, `gpe-graph-edge${e.inline ? ' gpe-graph-inline' : ''}${e.residual ? ' gpe-graph-residual' : ''}`);
      g.dataset.from = String(e.from);
      g.dataset.to = String(e.to);
      g.dataset.weight = String(e.weight);
      const colour = shareColor(e.weight / total, false, dark);
      if (path.points.length > 0) {
        let d = `M${path.points[0].x},${path.points[0].y}`;
        for (let p = 1; p + 2 < path.points.length; p += 3) {
          const [a, b, c] = path.points.slice(p, p + 3);
          d += ` C${a.x},${a.y} ${b.x},${b.y} ${c.x},${c.y}`;
        }
        const line = svg('path', { d, stroke: colour, 'stroke-width': path.penWidth, fill: 'none' });
        if (e.residual) line.setAttribute('stroke-dasharray', '2 3');
        else if (e.inline) line.setAttribute('stroke-dasharray', '7 3');
        g.append(line);
        const end = path.points[path.points.length - 1];
        if (path.tip) {
          const dx = path.tip.x - end.x, dy = path.tip.y - end.y, len = Math.hypot(dx, dy) || 1;
          const w = 3 + path.penWidth;
          const nx = -dy / len * w, ny = dx / len * w;
          g.append(svg('polygon', { points: `${path.tip.x},${path.tip.y} ${end.x + nx},${end.y + ny} ${end.x - nx},${end.y - ny}`, fill: colour }));
        }
      }
      if (path.label) {
        const t = svg('text', { x: path.label.x, y: path.label.y, 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, 'gpe-graph-edge-label');
        t.textContent = path.labelText;
        g.append(t);
      }
      const from = shownName(data.nodes[e.from].func), to = shownName(data.nodes[e.to].func);
      const title = svg('title');
      title.textContent = `${from} ${e.residual ? '…' : '→'} ${to}: ${formatValue(e.weight, data.unit)}${e.inline ? ' (inlined)' : ''}${e.residual ? ' (through dropped nodes)' : ''}`;
      g.append(title);
      edgeLayer.append(g);
      return g;
    });
    this.nodeElements = data.nodes.map((n, i) => {
      const box = layout.nodes[i];
      const g = svg('g', { transform: `translate(${box.x},${box.y})`, tabindex: 0, role: 'button' }, 'gpe-graph-node');
      g.dataset.index = String(i);
      g.dataset.func = n.func;
      g.dataset.flat = String(n.flat);
      g.dataset.cum = String(n.cum);
      g.setAttribute('aria-label', `${shownName(n.func)}: flat ${formatValue(n.flat, data.unit)}, cum ${formatValue(n.cum, data.unit)}`);
      g.append(svg('rect', {
        x: -box.width / 2, y: -box.height / 2, width: box.width, height: box.height, rx: 2,
        fill: shareColor(n.cum / total, true, dark), stroke: shareColor(n.cum / total, false, dark),
      }));
      const text = svg('text', { 'text-anchor': 'middle', 'font-size': box.fontSize }, 'gpe-graph-node-label');
      const lineHeight = box.fontSize * 1.2;
      const top = -((box.lines.length - 1) * lineHeight) / 2;
      const nameCount = nameLines(n).length;
      box.lines.forEach((line, k) => {
        const span = svg('tspan', { x: 0, y: top + k * lineHeight, 'dominant-baseline': 'middle' }, k >= nameCount ? 'gpe-graph-node-value' : undefined);
        span.textContent = line;
        text.append(span);
      });
      const title = svg('title');
      title.textContent = `${shownName(n.func)}\nflat ${formatValue(n.flat, data.unit)} (${percentOf(n.flat, data.total)}) · cum ${formatValue(n.cum, data.unit)} (${percentOf(n.cum, data.total)})\nClick to select, double-click for the source, right-click for filters`;
      g.append(text, title);
      g.addEventListener('click', e => { e.stopPropagation(); this.select(i); });
      g.addEventListener('dblclick', e => { e.stopPropagation(); this.openSource(i); });
      g.addEventListener('contextmenu', e => { e.preventDefault(); e.stopPropagation(); this.select(i); this.openMenu(i, e.clientX, e.clientY); });
      g.addEventListener('keydown', e => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.select(i); }
        else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
          e.preventDefault();
          const r = g.getBoundingClientRect();
          this.openMenu(i, r.left + r.width / 2, r.top + r.height / 2);
        }
      });
      nodeLayer.append(g);
      return g;
    });
    root.addEventListener('click', () => {
      if (this.dragged) { this.dragged = false; return; }
      this.select(undefined);
    });
    this.svgRoot = root;
    this.viewport = viewport;
    this.canvas.replaceChildren(root, this.outOfView);
    if (data.nodes.length === 0) this.canvas.append(el('p', 'gpe-graph-empty', 'Nothing to draw: no sample is left by these filters.'));
  }

  /** Marks the nodes whose name matches the search box (the flame graph's magenta). */
  search(matcher: ((name: string) => boolean) | undefined): string {
    const data = this.data;
    let count = 0;
    this.nodeElements.forEach((g, i) => {
      const on = matcher !== undefined && data !== undefined && matcher(data.nodes[i].func);
      g.classList.toggle('gpe-graph-match', on);
      if (on) count++;
    });
    return `${count} of ${this.nodeElements.length} node${this.nodeElements.length === 1 ? '' : 's'} match`;
  }

  /** Selects a node: it and its edges stand out, the rest fades; its numbers show above. */
  private select(index: number | undefined): void {
    this.selected = index;
    const data = this.data;
    this.svgRoot?.classList.toggle('gpe-graph-has-selection', index !== undefined);
    this.nodeElements.forEach((g, i) => g.classList.toggle('gpe-graph-selected', i === index));
    const near = new Set<number>();
    this.edgeElements.forEach(g => {
      const on = index !== undefined && (Number(g.dataset.from) === index || Number(g.dataset.to) === index);
      g.classList.toggle('gpe-graph-edge-near', on);
      if (on) { near.add(Number(g.dataset.from)); near.add(Number(g.dataset.to)); }
    });
    this.nodeElements.forEach((g, i) => g.classList.toggle('gpe-graph-node-near', near.has(i) && i !== index));
    if (index === undefined || !data) { this.details.textContent = ''; return; }
    const n = data.nodes[index];
    const callers = data.edges.filter(e => e.to === index).length, callees = data.edges.filter(e => e.from === index).length;
    this.details.replaceChildren(
      el('span', 'gpe-graph-details-name', shownName(n.func)),
      document.createTextNode(` flat ${formatValue(n.flat, data.unit)} (${percentOf(n.flat, data.total)}) · cum ${formatValue(n.cum, data.unit)} (${percentOf(n.cum, data.total)}) · ${callers} caller${callers === 1 ? '' : 's'}, ${callees} callee${callees === 1 ? '' : 's'} shown`),
    );
  }

  private openSource(index: number): void {
    const n = this.data?.nodes[index];
    if (!n) return;
    if (!n.file) { this.context.setStatus(`No source file recorded for ${shownName(n.func)}`); return; }
    this.context.openSource(n.file, n.line, n.functionName);
  }

  /** The flame graph's filter menu, for this node's function. */
  private openMenu(index: number, x: number, y: number): void {
    const n = this.data?.nodes[index];
    if (!n) return;
    // pprof matches filters against function names (and files), never against "F file.go:12".
    const exact = exactFunctionPattern(n.functionName || n.func);
    const add = (kind: 'focus' | 'ignore' | 'hide' | 'show') => () => this.context.addFilter({ kind, pattern: exact });
    this.context.menu.open(n.func, [
      { label: 'Show callers and callees', run: () => this.context.showCallers(n.func) },
      { label: 'Open source', run: () => this.openSource(index) },
      ...this.context.functionViewItems({ functionName: n.functionName || n.func, file: n.file || undefined, line: n.line || undefined }),
      { label: 'Focus on this function', run: add('focus') },
      { label: 'Ignore this function', run: add('ignore') },
      { label: 'Hide this frame', run: add('hide') },
      { label: 'Show only this frame', run: add('show') },
    ], x, y);
  }

  /** The whole graph at its laid-out size, whatever the pan, zoom and selection shown. */
  exportSvg(): string | undefined {
    const root = this.svgRoot, layout = this.layout;
    if (!root || !layout) return undefined;
    const margin = 8;
    const saved = { width: root.getAttribute('width'), height: root.getAttribute('height'), transform: this.viewport?.getAttribute('transform') ?? '' };
    const selected = root.classList.contains('gpe-graph-has-selection');
    root.classList.remove('gpe-graph-has-selection');
    const width = Math.ceil(layout.width + 2 * margin), height = Math.ceil(layout.height + 2 * margin);
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(height));
    // With a viewBox the file scales to any size it is shown at (a browser tab, a document).
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.viewport?.setAttribute('transform', `translate(${margin},${margin})`);
    try {
      return serializeSvg(root);
    } finally {
      root.removeAttribute('viewBox');
      root.setAttribute('width', saved.width ?? '100%');
      root.setAttribute('height', saved.height ?? '100%');
      this.viewport?.setAttribute('transform', saved.transform);
      root.classList.toggle('gpe-graph-has-selection', selected);
    }
  }

  // ---- pan and zoom ----

  private apply(): void {
    this.viewport?.setAttribute('transform', `translate(${this.tx},${this.ty}) scale(${this.k})`);
    this.showOutOfView();
  }

  private canvasSize(): { w: number; h: number } {
    return { w: this.canvas.clientWidth || 800, h: this.canvas.clientHeight || 600 };
  }

  /** The zoom at which the whole graph is in the canvas (never above 1.5: small graphs stay their size). */
  private fitScale(layout: GraphLayout): number {
    const { w, h } = this.canvasSize();
    return Math.max(1e-3, Math.min((w - FIT_MARGIN) / Math.max(layout.width, 1), (h - FIT_MARGIN) / Math.max(layout.height, 1), 1.5));
  }

  /** The whole graph, centred, however small its labels get. */
  private fit(): void {
    const layout = this.layout;
    if (!layout) return;
    this.k = this.fitScale(layout);
    this.centre(layout);
  }

  /**
   * The whole graph when its labels are legible so; else the zoom at which the smallest label reads
   * at LEGIBLE_LABEL_PX, panned onto the heaviest node and its callers and callees (graphOpening.ts),
   * the out-of-view bar saying it goes on.
   */
  private openingView(): void {
    const layout = this.layout;
    if (!layout) return;
    const fitted = this.fitScale(layout);
    const legible = Math.min(1.5, LEGIBLE_LABEL_PX / smallestFontSize(layout));
    if (fitted >= legible) { this.fit(); return; }
    this.k = legible;
    const { w, h } = this.canvasSize();
    ({ tx: this.tx, ty: this.ty } = openingPan(layout, this.heaviestNode(), this.k, w, h, FIT_MARGIN, this.outOfViewBarRoom()));
    this.apply();
  }

  /** The strip at the canvas's bottom that the out-of-view bar covers when it shows (its height with the text's font). */
  private outOfViewBarRoom(): number {
    const bar = this.outOfView, hidden = bar.hidden, text = bar.textContent;
    bar.hidden = false;
    if (!text) bar.textContent = '▼';
    const room = this.canvas.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    bar.hidden = hidden;
    bar.textContent = text;
    return Math.max(0, room) + FIT_MARGIN / 2;
  }

  /** The node of the largest cum (its magnitude, for a diff) and its callers. */
  private heaviestNode(): Focus | undefined {
    const data = this.data, boxes = this.layout?.nodes;
    if (!data || !boxes || data.nodes.length !== boxes.length) return undefined;
    let best = -1;
    data.nodes.forEach((n, i) => { if (best < 0 || Math.abs(n.cum) > Math.abs(data.nodes[best].cum)) best = i; });
    return best >= 0 ? { node: best, callers: data.edges.filter(e => e.to === best && e.from !== best).map(e => e.from) } : undefined;
  }

  private centre(layout: GraphLayout): void {
    const { w, h } = this.canvasSize();
    this.tx = (w - layout.width * this.k) / 2;
    this.ty = Math.max(FIT_MARGIN / 2, (h - layout.height * this.k) / 2);
    this.apply();
  }

  /** Counts the nodes not wholly in the canvas and says where they are; hidden when all are in. */
  private showOutOfView(): void {
    const layout = this.layout;
    if (!layout || this.nodeElements.length === 0) { this.outOfView.hidden = true; return; }
    const { w, h } = this.canvasSize();
    let out = 0, above = false, below = false, sides = false;
    for (const n of layout.nodes) {
      const left = this.tx + (n.x - n.width / 2) * this.k, right = this.tx + (n.x + n.width / 2) * this.k;
      const top = this.ty + (n.y - n.height / 2) * this.k, bottom = this.ty + (n.y + n.height / 2) * this.k;
      const isAbove = top < 0, isBelow = bottom > h, isBeside = left < 0 || right > w;
      if (!isAbove && !isBelow && !isBeside) continue;
      out++;
      above ||= isAbove;
      below ||= isBelow;
      sides ||= isBeside;
    }
    this.outOfView.hidden = out === 0;
    this.outOfView.dataset.outOfView = String(out);
    if (out === 0) return;
    const where = [below && 'below', above && 'above', sides && 'to the sides'].filter(Boolean).join(', ');
    const total = layout.nodes.length;
    this.outOfView.textContent = `${below ? '▼ ' : ''}${out} of ${total} node${total === 1 ? '' : 's'} out of view${where ? ` (${where})` : ''} · Fit to see the whole graph`;
    // The bar is cut with an ellipsis in a narrow pane: its tooltip says it whole.
    this.outOfView.title = this.outOfView.textContent;
  }

  private zoomBy(factor: number, cx = this.canvas.clientWidth / 2, cy = this.canvas.clientHeight / 2): void {
    // Down to the whole graph however large it is, and some way beyond.
    const smallest = Math.min(0.02, this.layout ? this.fitScale(this.layout) / 2 : 0.02);
    const k = Math.max(smallest, Math.min(8, this.k * factor));
    this.tx = cx - (cx - this.tx) * (k / this.k);
    this.ty = cy - (cy - this.ty) * (k / this.k);
    this.k = k;
    this.apply();
  }

  /**
   * The zoom buttons: about the selected node, nudged wholly into the canvas when it fits (zoomed
   * about the canvas's centre, the node a user clicked near an edge ran out of view); without a
   * selection, about the centre.
   */
  private zoomOnSelection(factor: number): void {
    const n = this.selected !== undefined ? this.layout?.nodes[this.selected] : undefined;
    if (!n) { this.zoomBy(factor); return; }
    this.zoomBy(factor, this.tx + n.x * this.k, this.ty + n.y * this.k);
    const { w, h } = this.canvasSize();
    const nudge = (start: number, size: number, room: number): number =>
      size + FIT_MARGIN > room ? 0 : start < FIT_MARGIN / 2 ? FIT_MARGIN / 2 - start : start + size > room - FIT_MARGIN / 2 ? room - FIT_MARGIN / 2 - (start + size) : 0;
    this.tx += nudge(this.tx + (n.x - n.width / 2) * this.k, n.width * this.k, w);
    this.ty += nudge(this.ty + (n.y - n.height / 2) * this.k, n.height * this.k, h);
    this.apply();
  }

  private readonly onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const r = this.canvas.getBoundingClientRect();
    this.zoomBy(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.button !== 0 || (e.target as Element).closest?.('.gpe-graph-node, .gpe-graph-more')) return;
    this.drag = { x: e.clientX, y: e.clientY, tx: this.tx, ty: this.ty, pointer: e.pointerId };
    this.dragged = false;
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    if (!this.canvas.hasPointerCapture(e.pointerId) && Math.hypot(e.clientX - d.x, e.clientY - d.y) > 3) {
      this.canvas.setPointerCapture(e.pointerId);
      this.dragged = true;
    }
    this.tx = d.tx + e.clientX - d.x;
    this.ty = d.ty + e.clientY - d.y;
    this.apply();
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    if (this.drag && e.pointerId === this.drag.pointer && this.canvas.hasPointerCapture(e.pointerId)) this.canvas.releasePointerCapture(e.pointerId);
    this.drag = undefined;
  };
}
