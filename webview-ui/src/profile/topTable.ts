// The top table: flat, flat%, sum%, cum, cum% per function, sortable by any column, filtered
// by a substring or /regex/, and virtualized (only the rows in view exist in the DOM) so
// profiles with 100k functions scroll smoothly.
import type { TopTableData } from '../../../src/shared/profileProtocol';
import { formatDelta, formatPercent, formatValue } from './units';
import { searchPattern } from '../common/searchPattern';
import { shortFrameLabel } from './frameColors';

export type TopSortKey = 'flat' | 'cum' | 'name';

export interface TopTableState {
  sortKey: TopSortKey;
  descending: boolean;
  filter: string;
}

const ROW_HEIGHT = 22;

/** A row as a right-click sees it. */
export interface TopRowTarget {
  /** The frame name (e.g. "F file.go:12" at line granularity). */
  name: string;
  functionName: string;
  file: string;
  line: number;
}

interface Column {
  key: string;
  label: string;
  sortKey?: TopSortKey;
  title: string;
  cell(row: number, sum: number): string;
}

export class TopTable {
  private data: TopTableData | undefined;
  private unit = '';
  private total = 0;
  private diff = false;
  private order: number[] = [];
  /** Running sum of flat in the current order (pprof's sum%). */
  private runningFlat: Float64Array = new Float64Array(0);
  private readonly header: HTMLTableRowElement;
  private readonly tables: HTMLTableElement[];
  private readonly viewport: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private readonly body: HTMLTableSectionElement;
  private readonly filterInput: HTMLInputElement;
  private readonly countLabel: HTMLSpanElement;
  private columns: Column[] = [];
  private renderedRange = '';
  private readonly resizeObserver: ResizeObserver;

  /** `onRowMenu`: a right-click on a row, with the row's frame name and plain function name. */
  constructor(host: HTMLElement, private state: TopTableState, private readonly onRowClick: (name: string) => void, private readonly onStateChange: (s: TopTableState) => void,
    private readonly onRowMenu?: (row: TopRowTarget, x: number, y: number) => void) {
    const bar = document.createElement('div');
    bar.className = 'gpe-top-bar';
    this.filterInput = document.createElement('input');
    this.filterInput.type = 'search';
    this.filterInput.className = 'gpe-top-filter';
    this.filterInput.placeholder = 'Filter functions (text or /regex/)';
    this.filterInput.value = state.filter;
    this.filterInput.addEventListener('input', () => { this.state = { ...this.state, filter: this.filterInput.value }; this.onStateChange(this.state); this.rebuild(); });
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
      const tr = (e.target as Element).closest('tr');
      const name = tr?.dataset.row !== undefined && this.data ? this.data.names[Number(tr.dataset.row)] : undefined;
      if (name !== undefined) this.onRowClick(name);
    });
    this.body.addEventListener('contextmenu', e => {
      const tr = (e.target as Element).closest('tr');
      const data = this.data;
      if (!this.onRowMenu || tr?.dataset.row === undefined || !data) return;
      const r = Number(tr.dataset.row);
      e.preventDefault();
      this.onRowMenu(rowTarget(data, r), e.clientX, e.clientY);
    });
    this.resizeObserver = new ResizeObserver(() => this.renderRows());
    this.resizeObserver.observe(this.viewport);
    host.append(bar, headTable, this.viewport);
  }

  dispose(): void {
    this.resizeObserver.disconnect();
  }

  /** The row shown first (the table's sort and filter), with what puts it first ('flat', 'cum', 'name'); undefined when no row is shown. */
  firstRow(): { row: TopRowTarget; sortKey: TopSortKey; descending: boolean } | undefined {
    const data = this.data;
    if (!data || this.order.length === 0) return undefined;
    return { row: rowTarget(data, this.order[0]), sortKey: this.state.sortKey, descending: this.state.descending };
  }

  /** `total`: pprof's 100%. `diff`: the rows are profile − base (pprof -diff_base: % of the base's total). */
  setData(data: TopTableData, unit: string, total: number, diff: boolean): void {
    this.data = data;
    this.unit = unit;
    this.total = total;
    this.diff = diff;
    // A diff's signed percentages of the base's total run to five digits ("+2878.0%").
    for (const t of this.tables) t.classList.toggle('gpe-top-diff', diff);
    const v = (x: number) => formatValue(x, unit);
    const p = (x: number) => formatPercent(x, total);
    const d = (x: number) => formatDelta(x, unit);
    const signedPercent = (x: number) => (x > 0 ? '+' : '') + p(x);
    this.columns = diff ? [
      { key: 'flat', label: 'flat Δ', sortKey: 'flat', title: 'Change since the base where this function was the innermost frame', cell: r => d(data.flat[r]) },
      { key: 'flatp', label: 'flat Δ%', title: "flat change as % of the base's total", cell: r => signedPercent(data.flat[r]) },
      { key: 'cum', label: 'cum Δ', sortKey: 'cum', title: 'Change since the base of the samples with this function anywhere on the stack', cell: r => d(data.cum[r]) },
      { key: 'cump', label: 'cum Δ%', title: "cum change as % of the base's total", cell: r => signedPercent(data.cum[r]) },
      { key: 'name', label: 'function', sortKey: 'name', title: 'Function', cell: r => data.names[r] },
    ] : [
      { key: 'flat', label: 'flat', sortKey: 'flat', title: 'Value where this function was the innermost frame', cell: r => v(data.flat[r]) },
      { key: 'flatp', label: 'flat%', title: 'flat as % of the total', cell: r => p(data.flat[r]) },
      { key: 'sump', label: 'sum%', title: 'Running sum of flat% down the table', cell: (_r, sum) => p(sum) },
      { key: 'cum', label: 'cum', sortKey: 'cum', title: 'Value of samples with this function anywhere on the stack', cell: r => v(data.cum[r]) },
      { key: 'cump', label: 'cum%', title: 'cum as % of the total', cell: r => p(data.cum[r]) },
      { key: 'name', label: 'function', sortKey: 'name', title: 'Function', cell: r => data.names[r] },
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
    this.rebuild();
  }

  private sortBy(key: TopSortKey): void {
    const descending = this.state.sortKey === key ? !this.state.descending : key !== 'name';
    this.state = { ...this.state, sortKey: key, descending };
    this.onStateChange(this.state);
    if (this.data) this.setData(this.data, this.unit, this.total, this.diff);
  }

  private matcher(): (name: string) => boolean {
    const f = this.state.filter.trim();
    if (!f) return () => true;
    const re = /^\/(.+)\/([i]?)$/.exec(f);
    if (re) {
      return searchPattern(re[1], re[2] === 'i');
    }
    const lower = f.toLowerCase();
    return n => n.toLowerCase().includes(lower);
  }

  private rebuild(): void {
    const data = this.data;
    if (!data) return;
    const match = this.matcher();
    const order: number[] = [];
    for (let i = 0; i < data.names.length; i++) if (match(data.names[i])) order.push(i);
    const { sortKey, descending } = this.state;
    const sign = descending ? -1 : 1;
    // The host's order is pprof's (flat desc, cum desc, name): keep it as the tie-break.
    const key = (r: number): number | string => sortKey === 'flat' ? data.flat[r] : sortKey === 'cum' ? data.cum[r]
      : data.names[r];
    if (!(sortKey === 'flat' && descending)) {
      order.sort((a, b) => { const ka = key(a), kb = key(b); return (ka < kb ? -1 : ka > kb ? 1 : 0) * sign || a - b; });
    }
    this.order = order;
    this.runningFlat = new Float64Array(order.length);
    let sum = 0;
    order.forEach((r, i) => { sum += data.flat[r]; this.runningFlat[i] = sum; });
    this.countLabel.textContent = `${order.length.toLocaleString('en-US')} of ${data.names.length.toLocaleString('en-US')} functions`;
    this.spacer.style.height = `${Math.max(0, order.length * ROW_HEIGHT)}px`;
    this.renderedRange = '';
    this.renderRows();
  }

  private renderRows(): void {
    const height = this.viewport.clientHeight || 400;
    const first = Math.max(0, Math.floor(this.viewport.scrollTop / ROW_HEIGHT) - 5);
    const last = Math.min(this.order.length, first + Math.ceil(height / ROW_HEIGHT) + 10);
    const range = `${first}:${last}`;
    if (range === this.renderedRange) return;
    this.renderedRange = range;
    // The table scrolls with the spacer; shift it to where the first rendered row belongs.
    this.body.parentElement!.style.transform = `translateY(${first * ROW_HEIGHT}px)`;
    const rows: HTMLTableRowElement[] = [];
    for (let i = first; i < last; i++) {
      const r = this.order[i];
      const tr = document.createElement('tr');
      tr.dataset.row = String(r);
      tr.className = 'gpe-top-row';
      for (const c of this.columns) {
        const td = document.createElement('td');
        td.className = `gpe-col-${c.key}`;
        if (c.key === 'name') this.fillName(td, r);
        else td.textContent = c.cell(r, this.runningFlat[i]);
        tr.append(td);
      }
      rows.push(tr);
    }
    this.body.replaceChildren(...rows);
  }

  /**
   * The function's name in two parts, its package's directory and the rest ("github.com/x/y/" and
   * "pkg.(*T).M"): a narrow column cuts the directory first, so the function itself stays readable.
   * The title has the whole name and its file.
   */
  private fillName(td: HTMLTableCellElement, r: number): void {
    const data = this.data!;
    const name = data.names[r];
    const leaf = shortFrameLabel(name, data.functionNames?.[r] ?? name);
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
    const file = data.files[r] ? `${data.files[r]}${data.lines[r] ? ':' + data.lines[r] : ''}` : '';
    td.title = file ? `${name}\n${file}` : name;
  }
}

function rowTarget(data: TopTableData, r: number): TopRowTarget {
  return { name: data.names[r], functionName: data.functionNames?.[r] ?? data.names[r], file: data.files[r], line: data.lines[r] };
}
