// The top table: flat, flat%, sum%, cum, cum% per function, sortable by any column, filtered
// by a substring or /regex/, and virtualized: only the rows in view exist in the DOM, and only
// they (with a margin) come from the worker, which keeps the whole table and sorts and filters
// it (core/report topWindow.ts). A profile of 400,000 functions sends a few hundred rows a scroll.
import { PROTOCOL_LIMITS, type TopSortKey, type TopTableOrder, type TopWindow, type TopWindowRequest } from '../../../src/shared/profileProtocol';
import { formatDelta, formatPercent, formatValue } from './units';
import { shortFrameLabel } from './frameColors';
import { shownName } from '../common/shownName';

export type { TopSortKey } from '../../../src/shared/profileProtocol';
export type TopTableState = TopTableOrder;

const ROW_HEIGHT = 22;
/** Rows asked for above and below those in view: a scroll of a screen or two shows rows already here. */
const MARGIN_ROWS = 80;
/** Rows kept from earlier windows; past this the ones far from view are dropped. */
const MAX_KEPT_ROWS = 5000;
/** A filter is sent once typing pauses: each keystroke would filter the whole table again. */
const FILTER_DELAY_MS = 120;

/** A row as a right-click sees it. */
export interface TopRowTarget {
  /** The frame name (e.g. "F file.go:12" at line granularity). */
  name: string;
  functionName: string;
  file: string;
  line: number;
}

interface Row extends TopRowTarget {
  flat: number;
  cum: number;
  /** pprof's sum%: flat summed down the table to this row. */
  runningFlat: number;
}

interface Column {
  key: string;
  label: string;
  sortKey?: TopSortKey;
  title: string;
  cell(row: Row): string;
}

/** Asks for a window of the shown view's table; the answer comes to `receive` with the request's id (undefined: nothing to ask of yet). */
export type RequestTopRows = (window: TopWindowRequest) => number | undefined;

const sameOrder = (a: TopTableOrder, b: TopTableOrder): boolean =>
  a.sortKey === b.sortKey && a.descending === b.descending && a.filter.trim() === b.filter.trim();

function rowsOf(w: TopWindow): Row[] {
  return w.names.map((name, i) => ({
    name, functionName: w.functionNames?.[i] ?? name, file: w.files[i], line: w.lines[i],
    flat: w.flat[i], cum: w.cum[i], runningFlat: w.runningFlat[i],
  }));
}

export class TopTable {
  private unit = '';
  private total = 0;
  private diff = false;
  /** A view arrived: there is a table to ask rows of. */
  private hasView = false;
  /** The order the kept rows are in (the state's, once its first window came). */
  private shownOrder: TopTableOrder | undefined;
  /** Rows by their place in `shownOrder`. */
  private rows = new Map<number, Row>();
  private matched = 0;
  /** One request at a time: the answer renders, and asks for what is still missing then. */
  private inFlight: number | undefined;
  private filterTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly header: HTMLTableRowElement;
  private readonly tables: HTMLTableElement[];
  private readonly viewport: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly body: HTMLTableSectionElement;
  private readonly filterInput: HTMLInputElement;
  private readonly countLabel: HTMLSpanElement;
  private columns: Column[] = [];
  private renderedKey = '';
  private readonly resizeObserver: ResizeObserver;

  /** `onRowMenu`: a right-click on a row, with the row's frame name and plain function name. */
  constructor(host: HTMLElement, private state: TopTableState, private readonly requestRows: RequestTopRows, private readonly onRowClick: (name: string) => void,
    private readonly onStateChange: (s: TopTableState) => void, private readonly onRowMenu?: (row: TopRowTarget, x: number, y: number) => void) {
    const bar = document.createElement('div');
    bar.className = 'gpe-top-bar';
    this.filterInput = document.createElement('input');
    this.filterInput.type = 'search';
    this.filterInput.className = 'gpe-top-filter';
    this.filterInput.placeholder = 'Filter functions (text or /regex/)';
    this.filterInput.value = state.filter;
    this.filterInput.addEventListener('input', () => {
      this.state = { ...this.state, filter: this.filterInput.value };
      this.onStateChange(this.state);
      clearTimeout(this.filterTimer);
      this.filterTimer = setTimeout(() => this.renderRows(), FILTER_DELAY_MS);
    });
    this.countLabel = document.createElement('span');
    this.countLabel.className = 'gpe-top-count';
    bar.append(this.filterInput, this.countLabel);

    this.viewport = document.createElement('div');
    this.viewport.className = 'gpe-top-viewport';
    const table = document.createElement('table');
    table.className = 'gpe-top-table';
    // The header lives in its own table above the scrolling one; fixed column widths keep them aligned.
    const headTable = document.createElement('table');
    headTable.className = 'gpe-top-table gpe-top-head';
    const thead = document.createElement('thead');
    this.header = document.createElement('tr');
    thead.append(this.header);
    headTable.append(thead);
    this.body = document.createElement('tbody');
    table.append(this.body);
    this.tables = [headTable, table];
    this.spacer = document.createElement('div');
    this.spacer.className = 'gpe-top-spacer';
    this.viewport.append(table, this.spacer);
    this.viewport.addEventListener('scroll', () => this.renderRows());
    this.body.addEventListener('click', e => {
      const row = this.rowOf(e.target);
      if (row) this.onRowClick(row.name);
    });
    this.body.addEventListener('contextmenu', e => {
      const row = this.rowOf(e.target);
      if (!this.onRowMenu || !row) return;
      e.preventDefault();
      this.onRowMenu({ name: row.name, functionName: row.functionName, file: row.file, line: row.line }, e.clientX, e.clientY);
    });
    this.resizeObserver = new ResizeObserver(() => this.renderRows());
    this.resizeObserver.observe(this.viewport);
    host.append(bar, headTable, this.viewport);
  }

  dispose(): void {
    this.resizeObserver.disconnect();
    clearTimeout(this.filterTimer);
  }

  private rowOf(target: EventTarget | null): Row | undefined {
    const tr = (target as Element | null)?.closest('tr');
    return tr?.dataset.row !== undefined ? this.rows.get(Number(tr.dataset.row)) : undefined;
  }

  /**
   * The row shown first (the table's sort and filter), with what puts it first ('flat', 'cum', 'name');
   * 'pending' while its rows are on their way, undefined when no row is shown.
   */
  firstRow(): { row: TopRowTarget; sortKey: TopSortKey; descending: boolean } | 'pending' | undefined {
    const order = this.shownOrder;
    if (!this.hasView || !order) return 'pending';
    // The rows shown, in the order they are shown in (a new order's rows may be on their way).
    const row = this.rows.get(0);
    if (!row) return this.matched > 0 ? 'pending' : undefined;
    return { row: { name: row.name, functionName: row.functionName, file: row.file, line: row.line }, sortKey: order.sortKey, descending: order.descending };
  }

  /** The rows a view's query asks for with it: the first ones in the table's order, as many as fit and a margin. */
  firstWindow(): TopWindowRequest {
    return { ...this.order(), start: 0, count: Math.min(PROTOCOL_LIMITS.maxTopWindowRows, this.rowsInView() + MARGIN_ROWS) };
  }

  private order(): TopTableOrder {
    return { sortKey: this.state.sortKey, descending: this.state.descending, filter: this.state.filter };
  }

  private rowsInView(): number {
    return Math.ceil((this.viewport.clientHeight || 400) / ROW_HEIGHT) + 1;
  }

  /**
   * A new view: its first window, and what its values mean. `total`: pprof's 100%. `diff`: the
   * rows are profile − base (pprof -diff_base: % of the base's total).
   */
  setView(first: TopWindow, unit: string, total: number, diff: boolean): void {
    this.unit = unit;
    this.total = total;
    this.diff = diff;
    this.hasView = true;
    // An answer to a request about the view before is of no use now.
    this.inFlight = undefined;
    this.shownOrder = undefined;
    this.rows.clear();
    this.renderColumns();
    this.keep(first);
  }

  /** The answer to a request of `requestRows`: its window, or why there is none. */
  receive(requestId: number, window: TopWindow | undefined, message?: string): void {
    if (requestId !== this.inFlight) return;
    this.inFlight = undefined;
    if (window) this.keep(window);
    else this.countLabel.textContent = message ?? 'The rows could not be read';
  }

  private keep(w: TopWindow): void {
    if (!this.shownOrder || !sameOrder(this.shownOrder, w)) {
      this.shownOrder = { sortKey: w.sortKey, descending: w.descending, filter: w.filter };
      this.rows.clear();
    }
    if (this.rows.size > MAX_KEPT_ROWS) {
      // The first row stays: Peek and Source open on it when no function is picked.
      const first = this.rows.get(0);
      this.rows.clear();
      if (first) this.rows.set(0, first);
    }
    rowsOf(w).forEach((row, i) => this.rows.set(w.start + i, row));
    this.matched = w.matched;
    this.countLabel.textContent = `${w.matched.toLocaleString('en-US')} of ${w.rowCount.toLocaleString('en-US')} functions`;
    this.spacer.style.height = `${w.matched * ROW_HEIGHT}px`;
    this.renderedKey = '';
    this.renderRows();
  }

  private renderColumns(): void {
    // A diff's signed percentages of the base's total run to five digits ("+2878.0%").
    for (const t of this.tables) t.classList.toggle('gpe-top-diff', this.diff);
    const { unit, total } = this;
    const v = (x: number) => formatValue(x, unit);
    const p = (x: number) => formatPercent(x, total);
    const d = (x: number) => formatDelta(x, unit);
    const signedPercent = (x: number) => (x > 0 ? '+' : '') + p(x);
    this.columns = this.diff ? [
      { key: 'flat', label: 'flat Δ', sortKey: 'flat', title: 'Change since the base where this function was the innermost frame', cell: r => d(r.flat) },
      { key: 'flatp', label: 'flat Δ%', title: "flat change as % of the base's total", cell: r => signedPercent(r.flat) },
      { key: 'cum', label: 'cum Δ', sortKey: 'cum', title: 'Change since the base of the samples with this function anywhere on the stack', cell: r => d(r.cum) },
      { key: 'cump', label: 'cum Δ%', title: "cum change as % of the base's total", cell: r => signedPercent(r.cum) },
      { key: 'name', label: 'function', sortKey: 'name', title: 'Function', cell: r => r.name },
    ] : [
      { key: 'flat', label: 'flat', sortKey: 'flat', title: 'Value where this function was the innermost frame', cell: r => v(r.flat) },
      { key: 'flatp', label: 'flat%', title: 'flat as % of the total', cell: r => p(r.flat) },
      { key: 'sump', label: 'sum%', title: 'Running sum of flat% down the table', cell: r => p(r.runningFlat) },
      { key: 'cum', label: 'cum', sortKey: 'cum', title: 'Value of samples with this function anywhere on the stack', cell: r => v(r.cum) },
      { key: 'cump', label: 'cum%', title: 'cum as % of the total', cell: r => p(r.cum) },
      { key: 'name', label: 'function', sortKey: 'name', title: 'Function', cell: r => r.name },
    ];
    this.header.replaceChildren(...this.columns.map(c => {
      const th = document.createElement('th');
      th.className = `gpe-col-${c.key}`;
      th.textContent = c.label + (c.sortKey && c.sortKey === this.state.sortKey ? (this.state.descending ? ' ▼' : ' ▲') : '');
      th.title = c.title;
      if (c.sortKey) {
        th.classList.add('gpe-sortable');
        th.tabIndex = 0;
        const sortBy = () => this.sortBy(c.sortKey!);
        th.addEventListener('click', sortBy);
        th.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(); } });
      }
      return th;
    }));
  }

  private sortBy(key: TopSortKey): void {
    const descending = this.state.sortKey === key ? !this.state.descending : key !== 'name';
    this.state = { ...this.state, sortKey: key, descending };
    this.onStateChange(this.state);
    // The header keeps its focus across the change (keyboard sorting); the rows follow when they come.
    const focused = this.header.contains(document.activeElement);
    this.renderColumns();
    if (focused) this.header.querySelector<HTMLElement>(`th.gpe-col-${key}`)?.focus();
    this.renderRows();
  }

  /** The rows in view, those not here yet as empty rows; asks for the window around them when some are missing or the order changed. */
  private renderRows(): void {
    if (!this.hasView) return;
    const height = this.viewport.clientHeight || 400;
    const inOrder = this.shownOrder !== undefined && sameOrder(this.shownOrder, this.state);
    const first = Math.max(0, Math.floor(this.viewport.scrollTop / ROW_HEIGHT) - 5);
    const last = Math.min(this.matched, first + Math.ceil(height / ROW_HEIGHT) + 10);
    let missing = !inOrder;
    for (let i = first; i < last && !missing; i++) missing = !this.rows.has(i);
    if (missing) this.ask(first, last);
    const key = `${first}:${last}:${this.rows.size}:${missing}`;
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    // The table scrolls with the spacer; shift it to where the first rendered row belongs.
    this.body.parentElement!.style.transform = `translateY(${first * ROW_HEIGHT}px)`;
    const rows: HTMLTableRowElement[] = [];
    for (let i = first; i < last; i++) {
      const row = this.rows.get(i);
      const tr = document.createElement('tr');
      if (!row) {
        // Its place kept until it comes (an ordinary profile's rows come within a frame or two).
        tr.className = 'gpe-top-pending';
        for (const c of this.columns) tr.append(Object.assign(document.createElement('td'), { className: `gpe-col-${c.key}` }));
        rows.push(tr);
        continue;
      }
      tr.dataset.row = String(i);
      tr.className = 'gpe-top-row';
      for (const c of this.columns) {
        const td = document.createElement('td');
        td.className = `gpe-col-${c.key}`;
        if (c.key === 'name') fillName(td, row);
        else td.textContent = c.cell(row);
        tr.append(td);
      }
      rows.push(tr);
    }
    this.body.replaceChildren(...rows);
  }

  private ask(first: number, last: number): void {
    if (this.inFlight !== undefined) return;
    const start = Math.max(0, first - MARGIN_ROWS);
    const count = Math.min(PROTOCOL_LIMITS.maxTopWindowRows, Math.max(last, first + this.rowsInView()) - start + MARGIN_ROWS);
    this.inFlight = this.requestRows({ ...this.order(), start, count });
  }
}

/**
 * The function's name in two parts, its package's directory and the rest ("github.com/x/y/" and
 * "pkg.(*T).M"): a narrow column cuts the directory first, so the function itself stays readable.
 * The title has the whole name and its file.
 */
function fillName(td: HTMLTableCellElement, row: Row): void {
  const name = shownName(row.name);
  const leaf = shortFrameLabel(name, row.functionName);
  const dir = name.endsWith(leaf) ? name.slice(0, name.length - leaf.length) : '';
  const box = document.createElement('span');
  box.className = 'gpe-name';
  if (dir) {
    const d = document.createElement('span');
    d.className = 'gpe-name-dir';
    d.textContent = dir;
    box.append(d);
  }
  const l = document.createElement('span');
  l.className = 'gpe-name-leaf';
  l.textContent = dir ? leaf : name;
  box.append(l);
  td.append(box);
  const file = row.file ? `${row.file}${row.line ? ':' + row.line : ''}` : '';
  td.title = file ? `${name}\n${shownName(file)}` : name;
}
