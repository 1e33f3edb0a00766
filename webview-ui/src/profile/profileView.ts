// The profile editor's webview: asks the host for views of the profile (sample type +
// filters) and shows them as a flame graph (or a callers/callees sandwich) and a top table.
// All profile strings reach the DOM as textContent.
import { unpackHostMessage, type DiffTotals, type ExportFormat, type ExportView, type FlameOrder, type FlameTreeData, type FrameGranularity, type TopWindow, type TopWindowRequest, type ProfileFilter, type ProfileHostMessage, type ProfilePostedMessage, type ProfileQuery, type ProfileSummary, type ProfileWebviewMessage, type SavedViewEntry, type SavedViewState } from '../../../src/shared/protocol';
import { exactFunctionPattern } from '../../../src/shared/profileProtocol';
import { vscodeApi, type VsCodeApi } from '../common/vscodeApi';
import { el } from '../common/dom';
import { asSentence } from '../common/sentence';
import { searchPattern } from '../common/searchPattern';
import { ContextMenu } from './contextMenu';
import { shortFrameLabel } from './frameColors';
import { FilterBar } from './filterBar';
import { PeekEdgeRequests } from './peekEdgeRequests';
import { peekTable } from './peekTable';
import { FlameChart } from './flameChart';
import { buildFlameTree, countNodes, findByPath, graftSubtree, pathOf, type FlameDatum } from './flameModel';
import { TopTable } from './topTable';
import { formatDelta, formatPercent, formatValue } from './units';
import { readViewState, type ProfileViewState } from './viewState';
import { createSubviews } from './subviews';
import { exportButton, serializeSvg, svgToPng } from './exportMenu';
import { labelViewSelect, orderToggle } from './flameOptions';
import { SavedViewsBar } from './savedViewsBar';
import { SampleTypeChoices, sampleTypePicker } from './sampleTypePicker';
import { FLAME_VIEW_ID, ViewSwitcher, type DefaultFunction, type FunctionTarget, type ProfileSubview, type ProfileViewContext } from './viewSwitcher';
// After the d3-flame-graph import above, so our rules win over its stylesheet.
import './profile.css';
import { shownName } from '../common/shownName';
import { visibleText } from '../../../src/shared/visibleText';

export function startProfileView(): void {
  const app = document.getElementById('app') as HTMLElement;
  const view = new ProfileView(app, vscodeApi());
  window.addEventListener('message', (ev: MessageEvent<ProfilePostedMessage>) => view.handle(unpackHostMessage(ev.data)));
  // Wall-clock marks for the benchmark in the integration tests (docs/benchmarks.md): the test
  // compares them with the moment it asked VS Code to open the profile.
  document.body.dataset.gpeScriptStartEpoch = String(Date.now());
  view.post({ type: 'ready' });
}

const GRANULARITY_LABELS: ReadonlyArray<[FrameGranularity, string]> = [
  ['functions', 'Functions'],
  ['filefunctions', 'Functions + file'],
  ['files', 'Files'],
  ['lines', 'Lines'],
];


function button(text: string, cls: string, onClick: () => void, title?: string): HTMLButtonElement {
  const b = el('button', `gpe-button ${cls}`, text);
  b.type = 'button';
  if (title) b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

interface CurrentView {
  query: ProfileQuery;
  unit: string;
  total: number;
  diff?: DiffTotals;
  root: FlameDatum;
}

class ProfileView {
  private state: ProfileViewState;
  private summary: ProfileSummary | undefined;
  /** The summary's sample types and those found since (the rest stay in the worker). */
  private types: SampleTypeChoices | undefined;
  private base: ProfileSummary | undefined;
  private current: CurrentView | undefined;
  private requestCounter = 0;
  private latestQuery = 0;
  /** A view was asked for and has not come: the flame graph and top table still show the query before. */
  private viewPending = false;
  private latestCallers = 0;
  private latestCallersPeek = 0;
  private latestSubtree = 0;
  /** The query the sandwich's peek was asked with: its edges past the first are asked with it. */
  private callersPeekQuery: ProfileQuery | undefined;
  private readonly callersPeekEdges = new PeekEdgeRequests(m => this.post(m), () => ++this.requestCounter);
  private built: {
    meta: HTMLElement; sampleType: HTMLSelectElement; granularity: HTMLSelectElement; search: HTMLInputElement; searchRegex: HTMLInputElement; searchResult: HTMLElement;
    orientation: HTMLButtonElement; compare: HTMLElement; legend: HTMLElement; emptyNote: HTMLElement; filterBar: FilterBar; breadcrumb: HTMLElement; flamePane: HTMLElement;
    flame: FlameChart; callersPane: HTMLElement; callersTitle: HTMLElement; callersChart: FlameChart; calleesChart: FlameChart; callersPeek: HTMLElement;
    top: TopTable; status: HTMLElement; menu: ContextMenu;
    main: HTMLElement; switcher: ViewSwitcher; subviews: ProfileSubview[]; savedViews: SavedViewsBar;
  } | undefined;
  private savedViews: SavedViewEntry[] = [];
  private filterError: string | undefined;
  private pendingFocus: string | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly app: HTMLElement, private readonly api: VsCodeApi) {
    this.state = readViewState(api.getState());
  }

  post(m: ProfileWebviewMessage): void { this.api.postMessage(m); }

  private save(): void { this.api.setState(this.state); }

  handle(m: ProfileHostMessage): void {
    if ((m.type === 'peek' || m.type === 'functionViewError') && m.requestId === this.latestCallersPeek) return this.showCallersPeek(m);
    if (this.callersPeekEdges.receive(m)) return;
    if (this.types?.receive(m)) return;
    switch (m.type) {
      case 'loading':
        this.teardown();
        this.app.replaceChildren(el('h1', 'gpe-title', visibleText(m.fileName)), el('p', 'gpe-loading', `Loading ${visibleText(m.fileName)}${m.byteLength ? ` (${formatValue(m.byteLength, 'bytes')})` : ''}…`));
        return;
      case 'error': return this.showError(m.fileName, m.message, !!m.canRetry, m.retryLabel);
      case 'summary': {
        const summary = m.summary;
        if (!summary) return;
        // The same file again (e.g. its diff base changed): keep the UI, redraw the data.
        const sameFile = this.built !== undefined && this.summary?.fileName === summary.fileName;
        // The same file keeps its picker, and the picker its types (its searches are answered through them).
        const types = sameFile && this.types ? this.types : new SampleTypeChoices(summary.sampleTypes, p => this.post(p), () => ++this.requestCounter);
        const show = () => {
          if (this.types !== types) return;
          this.summary = summary;
          this.base = m.base;
          if (sameFile) this.renderCompare();
          else this.build();
          this.requestView();
        };
        this.types = types;
        // A type remembered by name past the summary's first ones is found first, so the view opens on it.
        if (types.needsLookup(this.state.sampleType)) void types.lookUp(this.state.sampleType).then(show);
        else show();
        return;
      }
      case 'view':
        if (m.requestId !== this.latestQuery) return;
        this.viewPending = false;
        return this.showView(m.query, m.unit, m.total, m.shownTotal, m.diff, m.flame, m.top, m.elapsedMs);
      case 'topRows':
        this.built?.top.receive(m.requestId, m.top, m.message);
        return;
      case 'subtree': return this.graft(m.path, m.flame);
      case 'callers':
        if (m.requestId !== this.latestCallers) return;
        return this.showCallers(m.functionName, m.callers, m.callees);
      case 'queryError': return this.showRequestError(m);
      case 'focusFunction':
        // Before the first view arrives there is nothing to focus: do it when it does.
        if (this.current) this.focusFunction(m.functionName);
        else this.pendingFocus = m.functionName;
        return;
      case 'rasterize':
        svgToPng(m.svg, m.width, m.height).then(
          dataUrl => this.post({ type: 'exportPng', requestId: m.requestId, dataUrl }),
          (e: unknown) => this.post({ type: 'exportPng', requestId: m.requestId, error: e instanceof Error ? e.message : String(e) }));
        return;
      case 'exported':
        if (this.built) this.built.status.textContent = m.message;
        return;
      case 'savedViewRefused':
        if (this.built) this.built.status.textContent = m.message;
        return;
      case 'savedViews':
        this.savedViews = m.views;
        this.built?.savedViews.render(m.views);
        return;
      case 'applySavedView': return this.applySavedView(m.name, m.state);
      default:
        for (const v of this.built?.subviews ?? []) if (v.handle(m)) return;
    }
  }

  /**
   * A request's failure (a filter the analysis refused, a request over the view's bound), shown once
   * where it was asked: the filter row for the filters' latest query, the callers pane (the status line
   * while it is closed), the zoom's status, a tab's own pane. Anything else (a request since replaced, or one no control of this view
   * asked, as a script flooding the host posts) goes to the status line, never to the filter row: it
   * says nothing about the filters typed there.
   */
  private showRequestError(m: Extract<ProfileHostMessage, { type: 'queryError' }>): void {
    const b = this.built;
    if (m.requestId === this.latestQuery) {
      this.filterError = m.message;
      this.renderFilters();
      if (this.viewPending) {
        // No view comes for this query: a view waiting for it asks with it and shows the host's error.
        this.viewPending = false;
        this.activeSubview()?.viewArrived?.(this.query());
      }
      return;
    }
    if (m.requestId === this.latestCallers) {
      // The callers pane opens only with an answer: until then the status line is where the menu's ask shows.
      const text = `Callers and callees of ${shownName(this.state.callersOf ?? '')} not shown: ${m.message}`;
      if (b) (b.callersPane.hidden ? b.status : b.callersTitle).textContent = text;
      return;
    }
    if (m.requestId === this.latestSubtree) {
      if (b) b.status.textContent = `The detail below this frame was not loaded: ${m.message}`;
      return;
    }
    for (const v of b?.subviews ?? []) if (v.handle(m)) return;
    if (b && b.status.textContent !== m.message) b.status.textContent = m.message;
  }

  private showError(fileName: string, message: string, canRetry: boolean, retryLabel?: string): void {
    this.teardown();
    const box = el('div', 'gpe-error-box');
    box.append(
      el('h1', 'gpe-title', visibleText(fileName)),
      el('h2', 'gpe-error', asSentence(canRetry ? message : `This file is not a profile the explorer can read: ${message}`)),
    );
    const actions = el('div', 'gpe-actions');
    if (canRetry) actions.append(button(retryLabel ?? 'Retry', 'gpe-retry', () => this.post({ type: 'retry' })));
    actions.append(button('Reopen as text', 'gpe-reopen', () => this.post({ type: 'reopenAsText' })));
    box.append(actions);
    this.app.replaceChildren(box);
  }

  private query(): ProfileQuery {
    const s = this.summary!;
    const sampleType = this.types?.named(this.state.sampleType)?.index ?? s.defaultSampleType;
    const query: ProfileQuery = { sampleType, granularity: this.state.granularity, filters: this.state.filters };
    if (this.base) query.diff = { ...this.state.diff };
    if (this.state.tagRoot.length > 0) query.tagRoot = this.state.tagRoot;
    if (this.state.tagLeaf.length > 0) query.tagLeaf = this.state.tagLeaf;
    return query;
  }

  private width(): number {
    return Math.max(200, this.built?.flame.width() || this.app.clientWidth || 1000);
  }

  private requestView(): void {
    this.latestQuery = ++this.requestCounter;
    this.viewPending = true;
    this.built?.status.replaceChildren(document.createTextNode('Computing…'));
    const top = this.built?.top.firstWindow() ?? { ...this.state.top, start: 0, count: 100 };
    this.post({ type: 'query', requestId: this.latestQuery, query: this.query(), widthPx: this.width(), top });
    this.activeSubview()?.show(this.query());
  }

  /** Rows of the shown view's top table; none asked while another view is on its way (its answer brings its own). */
  private requestTopRows(window: TopWindowRequest): number | undefined {
    if (!this.current || this.viewPending) return undefined;
    const requestId = ++this.requestCounter;
    this.post({ type: 'topRows', requestId, query: this.current.query, window });
    return requestId;
  }

  private activeSubview(): ProfileSubview | undefined {
    return this.built?.subviews.find(v => v.id === this.state.view);
  }

  /**
   * Shows the flame view or one of the subviews (their panes take the flame view's place);
   * `fetch` false when a view request follows anyway.
   */
  private selectView(id: string, fetch = true): void {
    const b = this.built;
    if (!b) return;
    if (id !== FLAME_VIEW_ID && !b.subviews.some(v => v.id === id)) id = FLAME_VIEW_ID;
    this.state.view = id;
    this.save();
    b.switcher.setActive(id);
    const flame = id === FLAME_VIEW_ID;
    b.main.hidden = !flame;
    b.breadcrumb.hidden = !flame;
    b.orientation.hidden = !flame;
    for (const v of b.subviews) v.pane.hidden = v.id !== id;
    if (fetch && !flame && this.summary) this.activeSubview()?.show(this.query());
    // The toolbar's count of matches is the shown view's.
    if (this.state.search) this.applySearch();
  }

  /** Shows a function in one of the views that show one function (Peek, Source…). */
  private openInView(id: string, target: FunctionTarget): void {
    const view = this.built?.subviews.find(v => v.id === id);
    if (!view?.openFunction) return;
    view.openFunction(target);
    this.selectView(id);
  }

  /** What Peek and Source show until the user picks a function: the flame graph's selection, else the top table's first row. */
  private defaultFunction(): DefaultFunction | 'pending' | undefined {
    const b = this.built;
    if (!b || !this.current || this.viewPending) return 'pending';
    const selected = b.flame.selectedNode;
    if (selected && selected.parent && !selected.prunedRest) {
      return { target: { functionName: selected.functionName, file: selected.file, line: selected.line }, why: 'the function selected in the flame graph' };
    }
    const first = b.top.firstRow();
    if (first === 'pending' || !first) return first;
    const how = first.sortKey === 'name' ? "the top table's first row"
      : `the ${first.descending ? 'heaviest' : 'lightest'} function by ${first.sortKey}${this.current.diff ? ' change' : ''}, the top table's first row`;
    return { target: first.row, why: how };
  }

  /** The menu items that open a function in a subview (Peek, Source…). */
  private functionViewItems(target: FunctionTarget): { label: string; run(): void }[] {
    return (this.built?.subviews ?? []).flatMap(v => (v.menuLabel && v.openFunction ? [{ label: v.menuLabel, run: () => this.openInView(v.id, target) }] : []));
  }

  // ---- layout ----

  /** Drops the current UI and everything it registered outside its own elements. */
  private teardown(): void {
    const b = this.built;
    if (!b) return;
    this.built = undefined;
    for (const chart of [b.flame, b.callersChart, b.calleesChart]) chart.dispose();
    b.top.dispose();
    for (const v of b.subviews) v.dispose();
    b.menu.dispose();
    document.removeEventListener('keydown', this.onDocumentKey);
  }

  private readonly onDocumentKey = (e: KeyboardEvent) => {
    if (e.key === '/' && !(e.target instanceof HTMLInputElement)) { e.preventDefault(); this.built?.search.focus(); }
  };

  private build(): void {
    this.teardown();
    const s = this.summary!;
    const header = el('div', 'gpe-header');
    const meta = el('span', 'gpe-meta');
    header.append(el('h1', 'gpe-title', visibleText(s.fileName)), meta);

    const toolbar = el('div', 'gpe-toolbar gpe-main-toolbar');
    const sampleTypeControls = sampleTypePicker(this.types!, this.query().sampleType, t => {
      this.state.sampleType = t.type;
      this.state.zoomPath = [];
      this.save();
      this.requestView();
    });
    const sampleType = sampleTypeControls[0] as HTMLSelectElement;
    // pprof's -functions / -filefunctions / -lines.
    const granularity = el('select', 'gpe-granularity');
    granularity.setAttribute('aria-label', 'Granularity');
    granularity.title = 'What counts as one frame: a function, a function in one file, or one source line';
    for (const [value, label] of GRANULARITY_LABELS) {
      const o = el('option', undefined, label);
      o.value = value;
      granularity.append(o);
    }
    granularity.value = this.state.granularity;
    granularity.addEventListener('change', () => {
      const chosen = GRANULARITY_LABELS.find(([value]) => value === granularity.value)?.[0];
      if (!chosen) return;
      this.state.granularity = chosen;
      // Frame names change with the granularity: a zoom path or callers view would not match.
      this.state.zoomPath = [];
      this.closeCallers();
      this.save();
      this.requestView();
    });
    const search = el('input', 'gpe-search');
    search.type = 'search';
    search.placeholder = 'Search functions';
    search.setAttribute('aria-label', 'Search functions');
    search.value = this.state.search;
    const searchRegex = el('input', 'gpe-search-regex');
    searchRegex.type = 'checkbox';
    searchRegex.checked = this.state.searchRegex;
    searchRegex.title = 'Regular expression';
    const regexLabel = el('label', 'gpe-check', '.*');
    regexLabel.title = 'Search with a regular expression';
    regexLabel.prepend(searchRegex);
    const searchResult = el('span', 'gpe-search-result');
    const onSearch = () => {
      this.state.search = search.value;
      this.state.searchRegex = searchRegex.checked;
      this.save();
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.applySearch(), 120);
    };
    search.addEventListener('input', onSearch);
    searchRegex.addEventListener('change', onSearch);
    const orientation = button('', 'gpe-orientation', () => {
      this.state.icicle = !this.state.icicle;
      this.save();
      this.renderOrientation();
      this.built?.flame.setIcicle(this.state.icicle);
    }, 'Toggle root at top (icicle) / root at bottom (flame)');
    const compare = el('span', 'gpe-compare');
    // The label and its select wrap as one: a narrow editor put "Sample" at one row's end, its select at the next's start.
    const sampleField = el('span', 'gpe-field');
    sampleField.append(el('span', 'gpe-label', 'Sample'), ...sampleTypeControls);
    // The box and its `.*` wrap as one: a narrow editor left the checkbox alone on a row under the box.
    const searchField = el('span', 'gpe-search-field');
    searchField.append(search, regexLabel);
    toolbar.append(sampleField, granularity, searchField, searchResult);

    const filterHost = el('div');
    const filterBar = new FilterBar(filterHost, f => this.setFilters([...this.state.filters, f]), i => this.setFilters(this.state.filters.filter((_, k) => k !== i)), () => this.undoFilters());
    filterBar.setLabelKeys(s.labelKeys);

    const legend = el('div', 'gpe-diff-legend');
    legend.hidden = true;
    const emptyNote = el('p', 'gpe-empty-profile');
    emptyNote.hidden = true;
    const breadcrumb = el('nav', 'gpe-breadcrumb');
    breadcrumb.setAttribute('aria-label', 'Zoom path');

    const main = el('div', 'gpe-main');
    const flamePane = el('div', 'gpe-flame-pane');
    const callersPane = el('div', 'gpe-callers-pane');
    callersPane.hidden = true;
    const callersHead = el('div', 'gpe-callers-head');
    const callersTitle = el('span', 'gpe-callers-title');
    callersHead.append(callersTitle, button('Close', 'gpe-callers-close', () => this.closeCallers(), 'Back to the flame graph'));
    const callersHost = el('div', 'gpe-callers-part gpe-callers-up');
    const calleesHost = el('div', 'gpe-callers-part gpe-callers-down');
    const callersFlames = el('div', 'gpe-callers-flames');
    callersFlames.append(el('div', 'gpe-callers-caption', 'Callers (who calls it, read upward)'), callersHost, el('div', 'gpe-callers-caption', 'Callees (what it calls)'), calleesHost);
    // pprof's peek of the same function beside the two flame graphs: each caller and callee with its number.
    const callersPeek = el('aside', 'gpe-callers-peek');
    callersPeek.setAttribute('aria-label', 'Callers and callees with their numbers');
    const callersBody = el('div', 'gpe-callers-body');
    callersBody.append(callersFlames, callersPeek);
    callersPane.append(callersHead, callersBody);
    const topPane = el('div', 'gpe-top-pane');
    main.append(flamePane, callersPane, topPane);
    const status = el('div', 'gpe-status');
    status.setAttribute('aria-live', 'polite');

    const menu = new ContextMenu(document.body);
    const context: ProfileViewContext = {
      post: m => this.post(m),
      nextRequestId: () => ++this.requestCounter,
      addFilter: f => this.setFilters([...this.state.filters, f]),
      showCallers: name => { this.selectView(FLAME_VIEW_ID); this.requestCallers(name); },
      openSource: (file, line, functionName) => this.post({ type: 'openSource', file, line, functionName }),
      openInView: (id, target) => this.openInView(id, target),
      defaultFunction: () => this.defaultFunction(),
      functionViewItems: target => this.functionViewItems(target),
      menu,
      setStatus: text => { if (this.built) this.built.status.textContent = text; },
      flameOrder: () => this.state.order,
      searchMatcher: () => this.matcher(),
      showSearchResult: text => { if (this.built && this.state.search) this.built.searchResult.textContent = this.built.searchResult.title = text; },
    };
    const subviews = createSubviews(context);
    const switcher = new ViewSwitcher(el('div'), [
      { id: FLAME_VIEW_ID, label: 'Flame', title: 'Flame graph and top table' },
      ...subviews.map(v => ({ id: v.id, label: v.label, title: v.title })),
    ], FLAME_VIEW_ID, id => this.selectView(id));
    toolbar.prepend(switcher.element);
    const savedViews = new SavedViewsBar({
      save: name => this.post({ type: 'saveView', name, state: this.savedViewState() }),
      apply: name => this.post({ type: 'applySavedView', name }),
      remove: name => this.post({ type: 'deleteSavedView', name }),
    });
    savedViews.render(this.savedViews);
    const viewTools = this.buildViewTools(s.labelKeys, menu, savedViews);
    // Beside the search they wrapped onto a row of their own: the flame graph's orientation goes
    // with its order, comparing with a base with the file's name.
    viewTools.prepend(orientation);
    header.append(compare);
    this.app.replaceChildren(header, toolbar, viewTools, filterHost, legend, emptyNote, breadcrumb, main, ...subviews.map(v => v.pane), status);
    const unit = () => this.current?.unit ?? '';
    const events = {
      onZoom: (n: FlameDatum) => this.onZoom(n),
      onOpenSource: (n: FlameDatum) => this.openSource(n),
      onContextMenu: (n: FlameDatum, x: number, y: number) => this.openMenu(n, x, y),
    };
    const order = this.state.order;
    const flame = new FlameChart(flamePane, { icicle: this.state.icicle, order, unit, events });
    const sideEvents = { ...events, onZoom: () => { /* the sandwich halves zoom locally */ } };
    const callersChart = new FlameChart(callersHost, { icicle: false, order, unit, events: sideEvents });
    const calleesChart = new FlameChart(calleesHost, { icicle: true, order, unit, events: sideEvents });
    const top = new TopTable(topPane, this.state.top, window => this.requestTopRows(window), name => this.focusFunction(name), t => { this.state.top = t; this.save(); },
      (row, x, y) => menu.open(row.name, [{ label: 'Show in flame graph', run: () => this.focusFunction(row.name) }, ...this.functionViewItems(row)], x, y));
    this.built = { meta, sampleType, granularity, search, searchRegex, searchResult, orientation, compare, legend, emptyNote, filterBar, breadcrumb, flamePane, flame, callersPane, callersTitle, callersChart, calleesChart, callersPeek, top, status, menu, main, switcher, subviews, savedViews };
    this.selectView(this.state.view, false);
    this.renderOrientation();
    this.renderCompare();
    this.renderFilters();
    document.addEventListener('keydown', this.onDocumentKey);
  }

  /** The row of label grouping, sibling order, Export and saved views. */
  private buildViewTools(labelKeys: string[], menu: ContextMenu, savedViews: SavedViewsBar): HTMLElement {
    const row = el('div', 'gpe-toolbar gpe-view-tools');
    const labels = labelViewSelect(labelKeys, this.state, ({ tagRoot, tagLeaf }) => {
      this.state.tagRoot = tagRoot;
      this.state.tagLeaf = tagLeaf;
      // Frame names change with label frames: a zoom path or callers view would not match.
      this.state.zoomPath = [];
      this.closeCallers();
      this.save();
      this.requestView();
    });
    const order = orderToggle(() => this.state.order, (o: FlameOrder) => {
      this.state.order = o;
      this.save();
      const b = this.built;
      if (!b) return;
      for (const chart of [b.flame, b.callersChart, b.calleesChart]) chart.setOrder(o);
      if (this.state.view !== FLAME_VIEW_ID && this.summary) this.activeSubview()?.show(this.query());
    });
    const exporter = exportButton(menu, {
      picture: () => this.exportPicture(),
      run: (format, view, svg) => this.requestExport(format, view, svg),
    });
    const viewsField = el('span', 'gpe-field');
    viewsField.append(el('span', 'gpe-label', 'Views'), savedViews.element);
    row.append(labels, order, exporter, viewsField);
    return row;
  }

  /** The picture Export saves from the view shown: the flame graph, the bottom-up tree, or what a view drew. */
  private exportPicture(): { view: ExportView; label: string; svg?: string } | undefined {
    if (this.state.view === FLAME_VIEW_ID) return { view: 'flame', label: 'Flame graph' };
    if (this.state.view === 'bottomup') return { view: 'bottomup', label: 'Bottom-up tree' };
    const sub = this.activeSubview();
    const own = sub?.exportSvg?.();
    if (sub && own !== undefined) return { view: 'drawn', label: sub.label, svg: own };
    const drawn = sub?.pane.querySelector('svg');
    return sub && drawn ? { view: 'drawn', label: sub.label, svg: serializeSvg(drawn) } : undefined;
  }

  private requestExport(format: ExportFormat, view: ExportView, svg?: string): void {
    if (!this.summary || !this.built) return;
    this.built.status.textContent = `Exporting ${format}…`;
    this.post({
      type: 'export', requestId: ++this.requestCounter, format, view, query: this.query(), order: this.state.order, icicle: this.state.icicle,
      zoomPath: view === 'flame' ? this.state.zoomPath : [], widthPx: this.width(), ...(svg !== undefined ? { svg } : {}),
    });
  }

  /** What "Save view" names: everything a view depends on but the base (the host adds that). */
  private savedViewState(): SavedViewState {
    const q = this.query();
    return {
      sampleType: this.types?.at(q.sampleType)?.type ?? '', granularity: this.state.granularity, filters: this.state.filters,
      view: this.state.view, tagRoot: this.state.tagRoot, tagLeaf: this.state.tagLeaf, order: this.state.order, diff: this.state.diff,
    };
  }

  private applySavedView(name: string, v: SavedViewState): void {
    if (!this.summary) return;
    const types = this.types;
    if (types?.needsLookup(v.sampleType)) {
      void types.lookUp(v.sampleType).then(() => { if (this.types === types) this.showSavedView(name, v); });
    } else {
      this.showSavedView(name, v);
    }
  }

  private showSavedView(name: string, v: SavedViewState): void {
    this.state = {
      ...this.state, sampleType: v.sampleType, granularity: v.granularity, filters: v.filters, view: v.view,
      tagRoot: v.tagRoot, tagLeaf: v.tagLeaf, order: v.order, diff: v.diff, zoomPath: [], callersOf: undefined,
      filterHistory: [...this.state.filterHistory, this.state.filters].slice(-50),
    };
    this.save();
    // Every control shows the state it was built from: build them again.
    this.build();
    this.built?.savedViews.render(this.savedViews, name);
    this.requestView();
  }

  private renderOrientation(): void {
    if (this.built) this.built.orientation.textContent = this.state.icicle ? 'Root at top ⇅' : 'Root at bottom ⇅';
  }

  private renderCompare(): void {
    const b = this.built;
    if (!b) return;
    if (this.base) {
      const option = (cls: string, text: string, title: string, key: keyof ProfileViewState['diff']) => {
        const box = el('input', cls);
        box.type = 'checkbox';
        box.checked = this.state.diff[key];
        box.addEventListener('change', () => {
          this.state.diff = { ...this.state.diff, [key]: box.checked };
          this.save();
          this.requestView();
          if (this.state.callersOf) this.requestCallers(this.state.callersOf);
        });
        const label = el('label', 'gpe-diff-option', text);
        label.title = title;
        label.prepend(box);
        return label;
      };
      b.compare.replaceChildren(
        el('span', 'gpe-base', `vs base ${visibleText(this.base.fileName)}`),
        option('gpe-diff-normalize', 'normalize', "Scale this profile so that its total equals the base's before subtracting (pprof -normalize)", 'normalize'),
        option('gpe-diff-subtract', 'subtract base', "Plain subtraction, percentages of the difference itself: the growth of a cumulative profile such as allocs (pprof -base instead of -diff_base)", 'subtractBase'),
        button('Stop comparing', 'gpe-clear-base', () => this.post({ type: 'clearBase' })));
    } else {
      b.compare.replaceChildren(button('Compare with…', 'gpe-compare-with', () => this.post({ type: 'compareWith' }), 'Pick a base profile: the flame graph colours growth (red) and shrink (blue)'));
    }
  }

  /** What the diff colours and widths mean (pprof draws a diff the same way). */
  /**
   * Says why a profile draws nothing: no samples at all (a mutex or block profile whose sampling the
   * program never turned on, the commonest), or samples whose values of this type are all 0.
   */
  private renderEmptyNote(note: HTMLElement, total: number | undefined, sampleType: string): void {
    const s = this.summary;
    note.hidden = !s || total === undefined || total !== 0;
    if (note.hidden || !s) return;
    const contention = this.types?.listed().some(t => t.type === 'contentions' || t.type === 'delay') ?? false;
    note.textContent = s.sampleCount === 0
      ? `This profile has no samples: nothing was recorded while it was taken${contention ? ' (Go records mutex and block profiles only once the program calls runtime.SetMutexProfileFraction or runtime.SetBlockProfileRate)' : ''}.`
      : `Every sample of this profile is 0 in ${sampleType}: another sample type may have values.`;
  }

  private renderLegend(diff: DiffTotals | undefined): void {
    const legend = this.built?.legend;
    if (!legend) return;
    legend.hidden = !diff;
    if (!diff) { legend.replaceChildren(); return; }
    // The flame graph's colours for a node wholly new, wholly gone, unchanged (profile.css).
    const swatch = (cls: string, text: string) => {
      const item = el('span', 'gpe-legend-item');
      item.append(el('span', `gpe-swatch ${cls}`), document.createTextNode(text));
      return item;
    };
    const how = diff.options.subtractBase ? 'this profile − base (pprof -base)' : "this profile − base, % of the base's total (pprof -diff_base)";
    legend.replaceChildren(
      el('span', 'gpe-legend-title', how + (diff.options.normalize ? ', normalized' : '') + ':'),
      swatch('gpe-swatch-grew', 'grew'),
      swatch('gpe-swatch-shrank', 'shrank or vanished'),
      swatch('gpe-swatch-same', 'unchanged'),
      el('span', 'gpe-legend-note', 'deeper = larger change · width = base + now, so losses show as much as gains'),
    );
  }

  private renderFilters(): void {
    this.built?.filterBar.render(this.state.filters, this.state.filterHistory.length > 0, this.filterError);
  }

  private setFilters(filters: ProfileFilter[]): void {
    this.state.filterHistory = [...this.state.filterHistory, this.state.filters].slice(-50);
    this.state.filters = filters;
    this.afterFilterChange();
  }

  private undoFilters(): void {
    const previous = this.state.filterHistory.pop();
    if (!previous) return;
    this.state.filters = previous;
    this.afterFilterChange();
  }

  private afterFilterChange(): void {
    this.filterError = undefined;
    this.save();
    this.renderFilters();
    this.requestView();
    if (this.state.callersOf) this.requestCallers(this.state.callersOf);
  }

  // ---- views ----

  private showView(query: ProfileQuery, unit: string, total: number, shownTotal: number, diff: DiffTotals | undefined, flame: FlameTreeData, top: TopWindow, elapsedMs: number): void {
    const b = this.built;
    if (!b || !this.summary) return;
    if (!document.body.dataset.gpeViewReceivedEpoch) document.body.dataset.gpeViewReceivedEpoch = String(Date.now());
    const root = buildFlameTree(flame);
    this.current = { query, unit, total, diff, root };
    const s = this.summary;
    const typeName = this.types?.at(query.sampleType)?.type ?? '';
    const parts = [s.format, `${s.sampleCount.toLocaleString('en-US')} samples`];
    if (diff) {
      parts.push(`${typeName}: base ${formatValue(diff.baseTotal, unit)} → ${formatValue(diff.profileTotal, unit)}${diff.options.normalize ? ' (normalized)' : ''}`,
        `change ${formatDelta(diff.profileTotal - diff.baseTotal, unit)}`);
      if (query.filters.length > 0) parts.push(`shown change ${formatDelta(shownTotal, unit)}`);
    } else {
      parts.push(`${typeName} total ${formatValue(total, unit)}`);
      if (query.filters.length > 0) parts.push(`shown ${formatValue(shownTotal, unit)} (${formatPercent(shownTotal, total)})`);
    }
    if (s.durationNanos > 0) parts.push(`duration ${formatValue(s.durationNanos, 'nanoseconds')}`);
    b.meta.textContent = parts.join(' · ');
    // The table first: it measures its viewport, which is cheap before the flame graph's frames exist.
    b.top.setView(top, unit, total, !!diff);
    this.renderLegend(diff);
    this.renderEmptyNote(b.emptyNote, diff ? undefined : total, typeName);
    const drawStart = performance.now();
    b.flame.setData(root, total, !!diff);
    // Timings for the benchmark in the integration tests (docs/benchmarks.md).
    document.body.dataset.gpeDrawMs = (performance.now() - drawStart).toFixed(1);
    document.body.dataset.gpeHostMs = String(elapsedMs);
    if (!document.body.dataset.gpeFirstPaintEpoch) requestAnimationFrame(() => setTimeout(() => { document.body.dataset.gpeFirstPaintEpoch = String(Date.now()); }, 0));
    const zoomTarget = findByPath(root, this.state.zoomPath);
    if (zoomTarget && zoomTarget !== root) b.flame.zoomTo(zoomTarget);
    else this.renderBreadcrumb(root);
    this.applySearch();
    b.status.textContent = `${flame.parent.length.toLocaleString('en-US')} frames drawn · computed in ${elapsedMs} ms`;
    if (this.state.callersOf) this.requestCallers(this.state.callersOf);
    if (this.pendingFocus) {
      const name = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focusFunction(name);
    }
    this.activeSubview()?.viewArrived?.(query);
  }

  private onZoom(node: FlameDatum): void {
    // The merged "rest" has no path of its own: its parent holds (and fetches) those callees.
    if (node.prunedRest && node.parent) { this.built?.flame.zoomTo(node.parent); return; }
    this.state.zoomPath = pathOf(node);
    this.save();
    this.renderBreadcrumb(node);
    if (node.hasHiddenDetail && node.parent && this.current) {
      this.latestSubtree = ++this.requestCounter;
      this.post({ type: 'subtree', requestId: this.latestSubtree, query: this.current.query, path: this.state.zoomPath, widthPx: this.width() });
    }
  }

  private graft(path: string[], data: FlameTreeData): void {
    const b = this.built;
    if (!b || !this.current) return;
    const node = findByPath(this.current.root, path);
    if (!node) return;
    graftSubtree(node, buildFlameTree(data));
    b.flame.refresh();
    b.status.textContent = `${countNodes(this.current.root).toLocaleString('en-US')} frames drawn (with detail below ${shownName(node.name)})`;
    if (b.flame.zoomedNode === node) this.renderBreadcrumb(node);
    this.applySearch();
  }

  private renderBreadcrumb(node: FlameDatum): void {
    const b = this.built;
    if (!b) return;
    const chain: FlameDatum[] = [];
    for (let n: FlameDatum | undefined = node; n; n = n.parent) chain.unshift(n);
    const items: HTMLElement[] = [];
    chain.forEach((n, i) => {
      if (i > 0) items.push(el('span', 'gpe-crumb-sep', '›'));
      const last = i === chain.length - 1;
      // Short names keep a deep zoom path readable; the full name is the tooltip.
      const text = shownName(shortFrameLabel(n.name, n.functionName));
      const crumb = last ? el('span', 'gpe-crumb gpe-crumb-current', text) : button(text, 'gpe-crumb', () => b.flame.zoomTo(n));
      crumb.setAttribute('title', shownName(n.name));
      items.push(crumb);
    });
    const reset = button('Reset zoom', 'gpe-reset-zoom', () => b.flame.resetZoom());
    reset.disabled = chain.length <= 1;
    b.breadcrumb.replaceChildren(reset, ...items);
  }

  private matcher(): ((name: string) => boolean) | undefined {
    const term = this.state.search;
    if (!term) return undefined;
    if (this.state.searchRegex) {
      return searchPattern(term);
    }
    return n => n.includes(term);
  }

  private applySearch(): void {
    const b = this.built;
    if (!b || !this.current) return;
    const matcher = this.matcher();
    const searchStart = performance.now();
    const matched = b.flame.search(matcher);
    document.body.dataset.gpeSearchMs = (performance.now() - searchStart).toFixed(1);
    if (!b.callersPane.hidden) { b.callersChart.search(matcher); b.calleesChart.search(matcher); }
    let shownResult: string | undefined;
    for (const v of b.subviews) {
      const result = v.search?.(matcher);
      if (v.id === this.state.view) shownResult = result;
    }
    const { total, unit, diff, root } = this.current;
    if (shownResult !== undefined) b.searchResult.textContent = matcher ? shownResult : '';
    else if (!matcher) b.searchResult.textContent = '';
    // d3 sums the drawn widths, which in a diff are growth plus loss: the net change is summed here.
    else if (diff) b.searchResult.textContent = `matched change ${formatDelta(netOfOutermostMatches(root, matcher), unit)}`;
    else b.searchResult.textContent = `matched ${formatValue(matched, unit)} (${formatPercent(matched, total)})`;
    // Cut short with an ellipsis when the row is narrow: the whole text is the tooltip.
    b.searchResult.title = b.searchResult.textContent;
  }

  private focusFunction(name: string): void {
    const b = this.built;
    if (!b || !this.current) return;
    if (this.state.callersOf) { this.requestCallers(name); return; }
    // The widest frame of that function.
    let best: FlameDatum | undefined;
    const stack = [this.current.root];
    while (stack.length) {
      const n = stack.pop()!;
      // A code lens names the plain function; the top table names the frame.
      if ((n.name === name || n.functionName === name) && (!best || n.value > best.value)) best = n;
      for (const c of n.children) stack.push(c);
    }
    if (!best) { b.status.textContent = `${shownName(name)} is not drawn at this zoom (too narrow)`; return; }
    b.flame.zoomTo(best);
    b.flame.select(best);
    b.flame.focus();
  }

  private openSource(node: FlameDatum): void {
    if (!node.file) { if (this.built) this.built.status.textContent = `No source file recorded for ${shownName(node.name)}`; return; }
    this.post({ type: 'openSource', file: node.file, line: node.line, functionName: node.functionName });
  }

  private openMenu(node: FlameDatum, x: number, y: number): void {
    const b = this.built;
    if (!b || node.prunedRest || !node.parent) return;
    // pprof matches filters against function names (and files), never against "F file.go:12".
    const exact = exactFunctionPattern(node.functionName);
    const add = (kind: ProfileFilter['kind']) => () => this.setFilters([...this.state.filters, { kind, pattern: exact }]);
    b.menu.open(node.name, [
      { label: 'Zoom', run: () => b.flame.zoomTo(node) },
      { label: 'Show callers and callees', run: () => this.requestCallers(node.name) },
      { label: 'Open source', run: () => this.openSource(node) },
      ...this.functionViewItems({ functionName: node.functionName, file: node.file, line: node.line }),
      { label: 'Focus on this function', run: add('focus') },
      { label: 'Ignore this function', run: add('ignore') },
      { label: 'Hide this frame', run: add('hide') },
      { label: 'Show only this frame', run: add('show') },
    ], x, y);
  }

  private requestCallers(name: string): void {
    if (!this.current) return;
    this.state.callersOf = name;
    this.save();
    this.latestCallers = ++this.requestCounter;
    this.post({ type: 'callers', requestId: this.latestCallers, query: this.current.query, functionName: name, widthPx: this.width() });
    this.latestCallersPeek = ++this.requestCounter;
    this.callersPeekQuery = this.current.query;
    this.post({ type: 'peek', requestId: this.latestCallersPeek, query: this.current.query, functionName: name });
  }

  private showCallersPeek(m: Extract<ProfileHostMessage, { type: 'peek' | 'functionViewError' }>): void {
    const b = this.built;
    if (!b) return;
    if (m.type === 'functionViewError') { b.callersPeek.replaceChildren(el('p', 'gpe-error', visibleText(m.message))); return; }
    // Short names in this narrow column (the full name is each link's title).
    this.callersPeekEdges.forget();
    const query = this.callersPeekQuery ?? this.query();
    const tables = m.peek.nodes.map((node, i) => peekTable(node, m.peek.total, m.unit, this.callersPeekEdges.fetcher(query, m.peek.functionName, i), name => this.requestCallers(name), name => `${shownName(name)}: its callers and callees`, name => shownName(shortFrameLabel(name, name))));
    b.callersPeek.replaceChildren(el('div', 'gpe-callers-caption', 'Peek: each caller and callee with its number'), ...tables);
    if (tables.length === 0) b.callersPeek.append(el('p', 'gpe-fn-note', `${shownName(m.peek.functionName)} has no samples in this view.`));
  }

  private showCallers(name: string, callers: FlameTreeData, callees: FlameTreeData): void {
    const b = this.built;
    if (!b || !this.current) return;
    b.flamePane.hidden = true;
    b.callersPane.hidden = false;
    b.callersTitle.textContent = `Callers and callees of ${shownName(name)}`;
    const callersRoot = buildFlameTree(callers);
    b.callersChart.setData(callersRoot, this.current.total, !!this.current.diff);
    b.calleesChart.setData(buildFlameTree(callees), this.current.total, !!this.current.diff);
    this.applySearch();
  }

  private closeCallers(): void {
    const b = this.built;
    if (!b) return;
    this.state.callersOf = undefined;
    this.save();
    b.callersPane.hidden = true;
    b.flamePane.hidden = false;
  }
}

/** The net change of the frames that match, each counted once (a match inside a match is not added again). */
function netOfOutermostMatches(root: FlameDatum, matcher: (name: string) => boolean): number {
  let net = 0;
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== root && !n.prunedRest && matcher(n.name)) { net += n.net; continue; }
    for (const c of n.children) stack.push(c);
  }
  return net;
}
