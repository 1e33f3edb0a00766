// The top table as the editor shows it: a window of rows, by index, in the order and under the
// filter the webview asks for. The whole table stays where it was computed (the analysis worker);
// only the rows in view cross to the extension host and the webview, so a profile of 400,000
// functions costs them a few hundred rows, not tens of MB of names to copy.
import { compileLinearRegex } from '../linearRegex';
import { crossingName } from '../../shared/nameLimit';
import type { TopTableData, TopTableOrder, TopWindow, TopWindowRequest } from './profileTypes';

/**
 * Which names a filter keeps. A `/regex/` runs in the linear-time engine (a typo such as
 * `(a+)+b` cannot pin the worker); one that does not compile keeps nothing, the box's own cue.
 */
export function topRowMatcher(filter: string): (name: string) => boolean {
  const f = filter.trim();
  if (!f) return () => true;
  const re = /^\/(.+)\/(i?)$/.exec(f);
  if (re) {
    try {
      const compiled = compileLinearRegex(re[1], 'top table filter', { flags: re[2] });
      return name => compiled.test(name);
    } catch {
      return () => false;
    }
  }
  const lower = f.toLowerCase();
  return name => name.toLowerCase().includes(lower);
}

const orderKey = (o: TopTableOrder): string => JSON.stringify([o.sortKey, o.descending, o.filter.trim()]);

/**
 * One view's top table and the last order asked of it: scrolling asks for windows of the same
 * order, which then cost a copy of their rows, not a filter and a sort of the whole table.
 */
export class TopTableWindows {
  private ordered: { key: string; rows: Uint32Array; runningFlat: Float64Array } | undefined;

  constructor(readonly table: TopTableData) {}

  window(request: TopWindowRequest): TopWindow {
    const { rows, runningFlat } = this.orderedBy(request);
    const t = this.table;
    const start = Math.min(request.start, rows.length);
    const picked = rows.subarray(start, Math.min(rows.length, start + request.count));
    const at = Array.from(picked);
    return {
      sortKey: request.sortKey, descending: request.descending, filter: request.filter,
      start, matched: rows.length, rowCount: t.names.length,
      names: at.map(r => crossingName(t.names[r])),
      ...(t.functionNames && { functionNames: at.map(r => crossingName(t.functionNames![r])) }),
      files: at.map(r => crossingName(t.files[r])),
      lines: Uint32Array.from(at, r => t.lines[r]),
      flat: Float64Array.from(at, r => t.flat[r]),
      cum: Float64Array.from(at, r => t.cum[r]),
      runningFlat: runningFlat.slice(start, start + picked.length),
    };
  }

  private orderedBy(order: TopTableOrder): { rows: Uint32Array; runningFlat: Float64Array } {
    const key = orderKey(order);
    if (this.ordered?.key === key) return this.ordered;
    const t = this.table;
    const match = topRowMatcher(order.filter);
    const kept: number[] = [];
    for (let i = 0; i < t.names.length; i++) if (match(t.names[i])) kept.push(i);
    const { sortKey, descending } = order;
    // The table comes in pprof's order (flat desc, cum desc, name): it stays the tie-break.
    if (!(sortKey === 'flat' && descending)) {
      const sign = descending ? -1 : 1;
      const column = sortKey === 'flat' ? t.flat : sortKey === 'cum' ? t.cum : undefined;
      kept.sort(column
        ? (a, b) => (column[a] - column[b]) * sign || a - b
        : (a, b) => { const na = t.names[a], nb = t.names[b]; return (na < nb ? -1 : na > nb ? 1 : 0) * sign || a - b; });
    }
    const rows = Uint32Array.from(kept);
    const runningFlat = new Float64Array(rows.length);
    let sum = 0;
    for (let i = 0; i < rows.length; i++) { sum += t.flat[rows[i]]; runningFlat[i] = sum; }
    this.ordered = { key, rows, runningFlat };
    return this.ordered;
  }
}
