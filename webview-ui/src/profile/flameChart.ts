// A d3-flame-graph chart over a FlameDatum tree, with what the library lacks: our colours,
// a text-only tooltip, Ctrl/Cmd+click and right-click on frames, keyboard navigation, marks for
// inlined and merged frames, and zoom by path (the tree is rebuilt when detail arrives).
import { select } from 'd3-selection';
import flamegraph, { type FlameGraph, type FlameNode, type FlameTooltip } from 'd3-flame-graph';
import type { FlameDatum } from './flameModel';
import { diffColor, frameColor, shortFrameLabel } from './frameColors';
import { currentThemeKind } from './themeKind';
import { FrameTooltip } from './frameTooltip';
import { shownName } from '../common/shownName';

export interface FlameChartEvents {
  /** After a zoom by click or keyboard (undefined: back to the root). */
  onZoom(node: FlameDatum): void;
  onOpenSource(node: FlameDatum): void;
  onContextMenu(node: FlameDatum, x: number, y: number): void;
}

export interface FlameChartOptions {
  /** Root at the top (icicle) or at the bottom (flame). */
  icicle: boolean;
  /** Siblings by name (pprof's order, the default) or heaviest first (left-heavy). */
  order?: 'alphabetical' | 'heaviest';
  unit: () => string;
  events: FlameChartEvents;
}

type Node = FlameNode<FlameDatum>;

/** d3-flame-graph hides the label of frames narrower than this (its own constant). */
const LABEL_MIN_WIDTH_PX = 35;

export class FlameChart {
  private chart: FlameGraph<FlameDatum> | undefined;
  private root: FlameDatum | undefined;
  private total = 0;
  private diff = false;
  private selected: FlameDatum | undefined;
  private zoomed: FlameDatum | undefined;
  private readonly tooltip: FrameTooltip;
  private readonly chartElement: HTMLElement;
  private readonly resizeObserver: ResizeObserver;
  private lastWidth = 0;
  private matcher: ((name: string) => boolean) | undefined;
  /**
   * The drawing of the whole tree, set aside while zoomed. d3-flame-graph redraws every frame
   * on each zoom (the zoomed-out tree of a large profile takes over 100 ms), so zooming out to
   * the root puts this element back instead, unless something redrawn meanwhile would make it
   * stale (search, orientation, width, theme, grafted detail).
   */
  private rootDrawing: SVGSVGElement | undefined;
  private theme = currentThemeKind();
  /** VS Code swaps the body's theme class when the user changes theme: recolour then. */
  private readonly themeObserver = new MutationObserver(() => {
    const theme = currentThemeKind();
    if (theme === this.theme) return;
    this.theme = theme;
    if (this.chart && this.root) { this.rootDrawing = undefined; this.chart.update(); this.decorate(); }
  });

  constructor(private readonly host: HTMLElement, private options: FlameChartOptions) {
    this.chartElement = document.createElement('div');
    this.chartElement.className = 'gpe-flame-chart';
    this.chartElement.tabIndex = 0;
    this.chartElement.setAttribute('role', 'tree');
    this.chartElement.setAttribute('aria-label', 'Flame graph: arrow keys move, Enter zooms, Escape zooms out, O opens source');
    host.append(this.chartElement);
    this.tooltip = new FrameTooltip(host.ownerDocument.body);
    // Capture phase: Ctrl/Cmd+click must not also zoom (d3 zooms on every click on a frame).
    this.chartElement.addEventListener('click', e => {
      if (!(e.ctrlKey || e.metaKey)) { this.beforeClickZoom(e); return; }
      const d = this.datumAt(e.target);
      e.stopPropagation();
      e.preventDefault();
      if (d) this.options.events.onOpenSource(d);
    }, true);
    this.chartElement.addEventListener('contextmenu', e => {
      const d = this.datumAt(e.target);
      if (!d) return;
      e.preventDefault();
      this.select(d);
      this.options.events.onContextMenu(d, e.clientX, e.clientY);
    });
    this.chartElement.addEventListener('mousemove', e => this.tooltip.move(e.clientX, e.clientY));
    this.chartElement.addEventListener('mouseleave', () => this.tooltip.hide());
    this.chartElement.addEventListener('keydown', e => this.onKey(e));
    this.resizeObserver = new ResizeObserver(() => {
      const w = this.width();
      if (this.chart && this.root && w > 0 && Math.abs(w - this.lastWidth) > 1) { this.lastWidth = w; this.rootDrawing = undefined; this.chart.width(w).update(); this.decorate(); }
    });
    this.resizeObserver.observe(host);
    this.themeObserver.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  }

  get element(): HTMLElement { return this.chartElement; }
  get zoomedNode(): FlameDatum | undefined { return this.zoomed; }
  get rootNode(): FlameDatum | undefined { return this.root; }

  width(): number {
    return Math.max(0, Math.floor(this.host.clientWidth));
  }

  /** Draws a new tree; keeps zoom and search if the same path exists in it. */
  setData(root: FlameDatum, total: number, diff: boolean): void {
    this.root = root;
    this.total = total;
    this.diff = diff;
    this.selected = undefined;
    this.zoomed = undefined;
    this.rootDrawing = undefined;
    this.tooltip.hide();
    if (this.chart) this.chart.destroy();
    this.chartElement.replaceChildren();
    this.lastWidth = this.width() || 800;
    this.chart = this.makeChart(this.lastWidth);
    select(this.chartElement as HTMLElement).datum(root as FlameDatum).call(this.chart as never);
    if (this.matcher) this.chart.search('match');
    this.decorate();
  }

  /** The tree changed in place (detail grafted): redraw without losing zoom. */
  refresh(): void {
    if (!this.chart || !this.root) return;
    this.rootDrawing = undefined;
    this.chart.update(this.root);
    if (this.zoomed) this.zoomTo(this.zoomed, false);
    if (this.matcher) this.chart.search('match');
    this.decorate();
  }

  setOrder(order: 'alphabetical' | 'heaviest'): void {
    if ((this.options.order ?? 'alphabetical') === order) return;
    this.options = { ...this.options, order };
    this.rootDrawing = undefined;
    if (this.chart && this.root) { this.chart.sort(this.comparator()); this.chart.update(); if (this.zoomed) this.zoomTo(this.zoomed, false); this.decorate(); }
  }

  private comparator(): (a: Node, b: Node) => number {
    const byName = (a: Node, b: Node) => (a.data.name < b.data.name ? -1 : a.data.name > b.data.name ? 1 : 0);
    if (this.options.order === 'heaviest') return (a, b) => Math.abs(b.data.value) - Math.abs(a.data.value) || byName(a, b);
    return byName;
  }

  setIcicle(icicle: boolean): void {
    this.options = { ...this.options, icicle };
    this.rootDrawing = undefined;
    if (this.chart) { this.chart.inverted(icicle).update(); this.decorate(); }
  }

  zoomTo(node: FlameDatum, notify = true): void {
    const h = this.hierarchyNodeOf(node);
    if (!h || !this.chart) return;
    const fromRoot = this.zoomed === undefined || this.zoomed === this.root;
    this.zoomed = node;
    if (node === this.root && this.restoreRootDrawing(h)) {
      this.markSelected();
    } else {
      if (fromRoot && node !== this.root) this.setRootDrawingAside();
      this.chart.zoomTo(h);
      this.decorate();
    }
    if (notify) this.options.events.onZoom(node);
  }

  /** A plain click on a frame zooms (in d3-flame-graph's own handler, which runs after this one). */
  private beforeClickZoom(e: MouseEvent): void {
    const d = this.datumAt(e.target);
    if (!d || !this.root) return;
    if (d === this.root) {
      if (!this.rootDrawing) return;
      // Back to the root: put its drawing back instead of letting d3 redraw every frame.
      e.stopPropagation();
      this.selected = d;
      this.zoomTo(d);
      return;
    }
    if (this.zoomed === undefined || this.zoomed === this.root) this.setRootDrawingAside();
  }

  /** Before zooming in from the root: keep its drawing, and let d3 draw the zoom in a fresh svg. */
  private setRootDrawingAside(): void {
    const drawing = this.chartElement.querySelector(':scope > svg');
    if (!(drawing instanceof SVGSVGElement)) return;
    const fresh = drawing.cloneNode(false) as SVGSVGElement;
    drawing.replaceWith(fresh);
    this.rootDrawing = drawing;
  }

  /** Zooming out to the root: the drawing set aside still shows it, if nothing changed since. */
  private restoreRootDrawing(root: Node): boolean {
    const drawing = this.rootDrawing;
    const current = this.chartElement.querySelector(':scope > svg');
    this.rootDrawing = undefined;
    if (!drawing || !current) return false;
    // What d3-flame-graph's zoom to the root would do to the data, without redrawing.
    // (Unzoomed, d3 gives every node its datum's total; search sums those values before redrawing.)
    root.each(d => {
      const flags = d.data as { hide?: boolean; fade?: boolean };
      flags.hide = false;
      flags.fade = false;
      (d as { value?: number }).value = d.data.value;
    });
    current.replaceWith(drawing);
    this.tooltip.hide();
    return true;
  }

  resetZoom(): void {
    if (this.root) this.zoomTo(this.root);
  }

  /** Highlights frames whose name matches; returns the matched total (outermost matches only). */
  search(matcher: ((name: string) => boolean) | undefined): number {
    const hadMatcher = this.matcher !== undefined;
    this.matcher = matcher;
    if (!this.chart) return 0;
    // Nothing highlighted before or after: d3's clear() would redraw every frame for nothing.
    if (!matcher && !hadMatcher) return 0;
    this.rootDrawing = undefined;
    let matched = 0;
    this.chart.setSearchHandler((_r, sum) => { matched = sum; });
    if (matcher) this.chart.search('match');
    else this.chart.clear();
    this.decorate();
    return matched;
  }

  select(node: FlameDatum | undefined): void {
    this.selected = node;
    this.markSelected();
    if (node) {
      const g = this.gOf(node);
      const rect = g?.getBoundingClientRect();
      if (rect) this.tooltip.show(node, this.total, this.options.unit(), this.diff, rect.left + Math.min(rect.width / 2, 40), rect.bottom);
      g?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else this.tooltip.hide();
  }

  get selectedNode(): FlameDatum | undefined { return this.selected; }

  focus(): void { this.chartElement.focus(); }

  dispose(): void {
    this.resizeObserver.disconnect();
    this.themeObserver.disconnect();
    this.tooltip.dispose();
    this.chart?.destroy();
    this.chartElement.remove();
  }

  private makeChart(width: number): FlameGraph<FlameDatum> {
    // Search matches in magenta: no package colour (warm or cool) comes near it.
    const highlight = () => (this.theme === 'light' ? '#e05ce0' : '#b000b0');
    const tip: FlameTooltip<FlameDatum> = Object.assign(() => { /* our tooltip lives outside the svg */ }, {
      show: (event: MouseEvent, d: Node) => this.tooltip.show(d.data, this.total, this.options.unit(), this.diff, event.clientX, event.clientY),
      hide: () => this.tooltip.hide(),
    });
    return flamegraph<FlameDatum>()
      .width(width)
      .cellHeight(18)
      .inverted(this.options.icicle)
      .sort(this.comparator())
      .transitionDuration(0)
      .minFrameSize(0.5)
      .resetHeightOnZoom(true)
      .selfValue(false)
      .tooltip(tip)
      .getName((d: Node) => shownName(shortFrameLabel(d.data.name, d.data.functionName)))
      .setDetailsHandler(() => { /* details are in our tooltip */ })
      .setSearchMatch((d: Node) => !!this.matcher && this.matcher(d.data.name))
      .setColorMapper((d: Node) => {
        if (d.highlight) return highlight();
        if (this.diff) return diffColor(d.data.net, d.data.value, this.theme);
        return frameColor(d.data.functionName, this.theme);
      })
      .onClick((d: Node) => {
        this.zoomed = d.data;
        this.selected = d.data;
        this.decorate();
        this.options.events.onZoom(d.data);
      });
  }

  private hierarchyNodeOf(datum: FlameDatum): Node | undefined {
    const root = select(this.chartElement).datum() as unknown as Node | undefined;
    if (!root || typeof (root as { descendants?: unknown }).descendants !== 'function') return undefined;
    // Walk down the datum's ancestry instead of scanning every node.
    const chain: FlameDatum[] = [];
    for (let d: FlameDatum | undefined = datum; d; d = d.parent) chain.push(d);
    chain.reverse();
    if (chain[0] !== root.data) return undefined;
    let h: Node | undefined = root;
    for (let i = 1; i < chain.length && h; i++) h = (h.children as Node[] | undefined)?.find(c => c.data === chain[i]);
    return h;
  }

  private gOf(datum: FlameDatum): SVGGElement | undefined {
    return select(this.chartElement).selectAll<SVGGElement, Node>('g.frame').filter(d => d.data === datum).node() ?? undefined;
  }

  private datumAt(target: EventTarget | null): FlameDatum | undefined {
    const g = (target as Element | null)?.closest?.('g.frame') as (SVGGElement & { __data__?: Node }) | null;
    return g?.__data__?.data;
  }

  /** Moves the selection mark without touching every frame. */
  private markSelected(): void {
    const selected = this.selected;
    for (const g of this.chartElement.querySelectorAll('g.gpe-selected')) g.classList.remove('gpe-selected');
    if (selected) this.gOf(selected)?.classList.add('gpe-selected');
  }

  /** Classes d3-flame-graph does not know about (it rewrites `class` on every update). */
  private decorate(): void {
    const selected = this.selected;
    for (const g of this.chartElement.querySelectorAll<SVGGElement & { __data__?: Node }>('g.frame')) {
      const d = g.__data__?.data;
      if (!d) continue;
      const list = g.classList;
      list.toggle('gpe-inlined', d.inlined);
      list.toggle('gpe-rest', d.prunedRest);
      // Zooming into these asks the host for the callees that were too narrow to send.
      list.toggle('gpe-more', d.hasHiddenDetail);
      list.toggle('gpe-selected', d === selected);
      // d3 keeps a label box in every frame; hidden ones (no label fits) are never laid out.
      list.toggle('gpe-unlabelled', Number(g.getAttribute('width')) < LABEL_MIN_WIDTH_PX);
      g.setAttribute('data-name', d.name);
    }
  }

  private onKey(e: KeyboardEvent): void {
    const root = this.root;
    if (!root) return;
    const cur = this.selected ?? this.zoomed ?? root;
    const visible = (n: FlameDatum) => !(n as { hide?: boolean }).hide;
    const siblings = cur.parent ? cur.parent.children.filter(visible) : [cur];
    const sorted = [...siblings].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const at = sorted.indexOf(cur);
    const towardLeaves = this.options.icicle ? 'ArrowDown' : 'ArrowUp';
    const towardRoot = this.options.icicle ? 'ArrowUp' : 'ArrowDown';
    let next: FlameDatum | undefined;
    switch (e.key) {
      case towardLeaves: next = [...cur.children].filter(visible).sort((a, b) => b.value - a.value)[0]; break;
      case towardRoot: next = cur.parent; break;
      case 'ArrowLeft': next = sorted[at - 1]; break;
      case 'ArrowRight': next = sorted[at + 1]; break;
      case 'Home': next = root; break;
      case 'Enter': case ' ': this.zoomTo(cur); e.preventDefault(); return;
      case 'Escape': this.zoomTo(this.zoomed?.parent ?? root); e.preventDefault(); return;
      case 'o': case 'O': this.options.events.onOpenSource(cur); e.preventDefault(); return;
      case 'ContextMenu': {
        const r = this.gOf(cur)?.getBoundingClientRect();
        this.options.events.onContextMenu(cur, r?.left ?? 0, r?.bottom ?? 0);
        e.preventDefault();
        return;
      }
      default: return;
    }
    e.preventDefault();
    if (next) this.select(next);
  }
}
