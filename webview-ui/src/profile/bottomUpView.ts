// The Bottom-up view: the whole profile inverted (core/report invertedTree). Every function where
// samples end is a root with its flat value, its callers below it, so "who allocates, and through
// which paths" reads top-down. The same filters, diff colours, search highlight and right-click menu as
// the flame graph; click zooms.
import type { FlameTreeData, ProfileHostMessage, ProfileQuery } from '../../../src/shared/protocol';
import { exactFunctionPattern } from '../../../src/shared/profileProtocol';
import { el } from '../common/dom';
import { FlameChart } from './flameChart';
import { buildFlameTree, type FlameDatum } from './flameModel';
import { shortFrameLabel } from './frameColors';
import { formatDelta, formatPercent, formatValue } from './units';
import type { ProfileSubview, ProfileViewContext } from './viewSwitcher';
import { shownName } from '../common/shownName';

export const BOTTOM_UP_VIEW_ID = 'bottomup';


export class BottomUpView implements ProfileSubview {
  readonly id = BOTTOM_UP_VIEW_ID;
  readonly label = 'Bottom-up';
  readonly title = 'The whole profile inverted: every function where samples end, with its flat value, its callers below';
  readonly pane = el('div', 'gpe-bottomup-pane');
  private readonly caption = el('div', 'gpe-bottomup-caption');
  private readonly crumb = el('nav', 'gpe-breadcrumb gpe-bottomup-crumb');
  private readonly chartHost = el('div', 'gpe-bottomup-chart');
  /** Made on first show: a chart (and its tooltip in the body) only for a view that is used. */
  private chartMade: FlameChart | undefined;
  private latest = 0;
  private unit = '';
  private root: FlameDatum | undefined;
  private total = 0;
  private diff = false;

  constructor(private readonly context: ProfileViewContext) {
    this.pane.hidden = true;
    this.pane.append(this.caption, this.crumb, this.chartHost);
  }

  private get chart(): FlameChart {
    const context = this.context;
    this.chartMade ??= new FlameChart(this.chartHost, {
      icicle: true, order: context.flameOrder(), unit: () => this.unit,
      events: {
        onZoom: n => this.renderCrumb(n),
        onOpenSource: n => { if (n.file) context.openSource(n.file, n.line, n.functionName); else context.setStatus(`No source file recorded for ${n.name}`); },
        onContextMenu: (n, x, y) => this.openMenu(n, x, y),
      },
    });
    this.chartMade.search(context.searchMatcher());
    return this.chartMade;
  }

  show(query: ProfileQuery): void {
    this.chart.setOrder(this.context.flameOrder());
    this.latest = this.context.nextRequestId();
    this.context.setStatus('Computing the bottom-up tree…');
    const widthPx = Math.max(200, this.chart.width() || this.pane.clientWidth || 1000);
    this.context.post({ type: 'bottomUp', requestId: this.latest, query, widthPx });
  }

  handle(m: ProfileHostMessage): boolean {
    if (m.type === 'queryError' && m.requestId === this.latest) {
      this.context.setStatus(`The bottom-up tree was not computed: ${m.message}`);
      return true;
    }
    if (m.type !== 'bottomUp') return false;
    if (m.requestId === this.latest) this.draw(m.flame, m.unit, m.total, m.diff);
    return true;
  }

  search(matcher: ((name: string) => boolean) | undefined): string {
    if (!this.chartMade) return '';
    const matched = this.chartMade.search(matcher);
    if (!this.root || this.diff) return matcher ? 'matches highlighted' : '';
    // Outermost matches: each sample through a matching function counted once, as in the flame graph.
    return `matched ${formatValue(matched, this.unit)} (${formatPercent(matched, this.total)})`;
  }

  /** The drawn tree's root (for tests and export), undefined before the first answer. */
  get rootNode(): FlameDatum | undefined { return this.root; }

  private draw(flame: FlameTreeData, unit: string, total: number, diff: boolean): void {
    this.unit = unit;
    this.total = total;
    this.diff = diff;
    this.root = buildFlameTree(flame);
    const roots = this.root.children.filter(c => !c.prunedRest).length;
    // The tree drops roots under half a pixel into one frame: the count is then of those drawn.
    const merged = this.root.children.some(c => c.prunedRest);
    const where = merged
      ? `${roots.toLocaleString('en-US')} widest functions where samples end, the narrower ones merged into one frame`
      : `${roots.toLocaleString('en-US')} function${roots === 1 ? '' : 's'} where samples end`;
    const shown = this.root.net;
    this.caption.textContent = diff
      ? `${where} · change ${formatDelta(shown, unit)} · each with its callers below`
      : `${where} · ${formatValue(shown, unit)} (${formatPercent(shown, total)}) · each with its callers below`;
    this.chart.setData(this.root, total, diff);
    const matcher = this.context.searchMatcher();
    if (matcher) this.context.showSearchResult(this.search(matcher));
    this.renderCrumb(this.root);
    this.context.setStatus(`${flame.parent.length.toLocaleString('en-US')} frames drawn (bottom-up)`);
  }

  private renderCrumb(node: FlameDatum): void {
    const chain: FlameDatum[] = [];
    for (let n: FlameDatum | undefined = node; n?.parent; n = n.parent) chain.unshift(n);
    const reset = el('button', 'gpe-button gpe-reset-zoom', 'Reset zoom');
    reset.type = 'button';
    reset.disabled = chain.length === 0;
    reset.addEventListener('click', () => this.chart.resetZoom());
    const items: HTMLElement[] = [reset];
    chain.forEach((n, i) => {
      if (i > 0) items.push(el('span', 'gpe-crumb-sep', '← called by'));
      const crumb = el('span', 'gpe-crumb', shownName(shortFrameLabel(n.name, n.functionName)));
      crumb.title = shownName(n.name);
      items.push(crumb);
    });
    this.crumb.replaceChildren(...items);
  }

  private openMenu(node: FlameDatum, x: number, y: number): void {
    if (node.prunedRest || !node.parent) return;
    const exact = exactFunctionPattern(node.functionName);
    const add = (kind: 'focus' | 'ignore' | 'hide' | 'show') => () => this.context.addFilter({ kind, pattern: exact });
    this.context.menu.open(node.name, [
      { label: 'Zoom', run: () => this.chart.zoomTo(node) },
      { label: 'Show callers and callees', run: () => this.context.showCallers(node.name) },
      { label: 'Open source', run: () => { if (node.file) this.context.openSource(node.file, node.line, node.functionName); } },
      { label: 'Focus on this function', run: add('focus') },
      { label: 'Ignore this function', run: add('ignore') },
      { label: 'Hide this frame', run: add('hide') },
      { label: 'Show only this frame', run: add('show') },
    ], x, y);
  }

  dispose(): void {
    this.chartMade?.dispose();
  }
}
