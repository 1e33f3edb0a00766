// The top table of a queried profile in columns, as the editor shows it and `goprof top --json`
// prints it.
import { rowNamesOf, type QueriedProfile } from './profileQuery';
import type { TopTableData } from './profileTypes';

/**
 * pprof's -top rows (|flat| desc, |cum| desc, name). Like `go tool pprof -top`, functions that
 * only appear in samples worth 0 here are left out (in a diff: whose flat and cum net to 0).
 */
export function topRows(q: QueriedProfile): TopTableData {
  const rows = q.top.rows.filter(r => r.flat !== 0 || r.cum !== 0);
  return {
    names: rowNamesOf(q, rows),
    functionNames: q.functionNames ? rows.map(r => r.func) : undefined,
    files: rows.map(r => r.file),
    lines: Uint32Array.from(rows, r => r.line),
    flat: Float64Array.from(rows, r => r.flat),
    cum: Float64Array.from(rows, r => r.cum),
  };
}
