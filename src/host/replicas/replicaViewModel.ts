// The replica view's model: the core's comparison with its values formatted for the table (the
// webview imports nothing from core), and each replica's capture said in a few words. Made on
// the capture thread (captureWorker.ts), which holds the comparison; the host gets only this. A row
// crosses with one value per replica only when the replicas fit side by side; past that, its summary
// (min, median, max, the farthest replicas, a histogram), whatever the number of replicas, and the
// whole row when the view asks (`replicaRowCells`).
import { formatCount, formatValue } from '../../core/format';
import { standsOut } from '../../core/report/replicas/standsOut';
import type { PackedReplicaComparison, PackedReplicaRow } from '../../core/report/replicas/packedComparison';
import {
  FARTHEST_REPLICAS, REPLICA_HISTOGRAM_STEPS, SIDE_BY_SIDE_COLUMNS, type ReplicaCell, type ReplicaProgress, type ReplicaViewModel, type ReplicaViewRow,
} from '../../shared/replicaProtocol';

/** Rows the view shows: the most distant ones (the JSON of `goprof capture` has them all). */
export const VIEW_ROWS = 200;

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function formatOf(unit: string): (v: number) => string {
  return unit === 'goroutines' ? formatCount : v => formatValue(v, unit);
}

/** Every compared replica's value in `row`, formatted (ReplicaViewModel.columns order). */
export function replicaRowCells(row: PackedReplicaRow): string[] {
  const format = formatOf(row.unit);
  return Array.from(row.values, format);
}

/** The FARTHEST_REPLICAS columns farthest from the median, farthest first (the first column among equals). */
function farthestColumns(values: Float64Array, median: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const d = Math.abs(values[i] - median);
    if (out.length === FARTHEST_REPLICAS && d <= Math.abs(values[out[out.length - 1]] - median)) continue;
    let at = out.length;
    while (at > 0 && d > Math.abs(values[out[at - 1]] - median)) at--;
    out.splice(at, 0, i);
    if (out.length > FARTHEST_REPLICAS) out.pop();
  }
  return out;
}

function histogram(values: Float64Array, min: number, max: number): number[] {
  const counts = new Array<number>(REPLICA_HISTOGRAM_STEPS).fill(0);
  const span = max - min;
  for (const v of values) counts[span > 0 ? Math.min(REPLICA_HISTOGRAM_STEPS - 1, Math.floor(((v - min) / span) * REPLICA_HISTOGRAM_STEPS)) : 0]++;
  return counts;
}

function viewRow(r: PackedReplicaRow, sideBySide: boolean): ReplicaViewRow {
  const format = formatOf(r.unit);
  let min = Infinity, max = -Infinity;
  for (const v of r.values) { if (v < min) min = v; if (v > max) max = v; }
  if (r.values.length === 0) min = max = 0;
  const farthest: ReplicaCell[] = farthestColumns(r.values, r.median).filter(i => r.values[i] !== r.median).map(i => ({ column: i, value: format(r.values[i]) }));
  return {
    kind: r.kind, name: r.name, sentence: r.sentence, median: format(r.median), min: format(min), max: format(max),
    ...(sideBySide ? { cells: replicaRowCells(r) } : {}),
    worst: standsOut(r) ? r.worst : -1,
    farthest, histogram: histogram(r.values, min, max),
  };
}

export function buildReplicaViewModel(c: PackedReplicaComparison, o: { title: string; folder: string; merged: { path: string } | { error: string }; elapsedMs: number }): ReplicaViewModel {
  const replicas: ReplicaProgress[] = c.replicas.map(r => ({
    name: r.name,
    state: r.error !== undefined ? 'failed' : 'captured',
    detail: [r.error ?? r.detail ?? '', r.elapsedMs !== undefined ? seconds(r.elapsedMs) : ''].filter(Boolean).join(' · '),
  }));
  const comparedIndex = new Map(c.compared.map((name, i) => [name, i]));
  // `compared` keeps the input order, so column j is compared[j]: the packed rows' order.
  const columns = c.replicas.map((r, i) => (comparedIndex.has(r.name) ? i : -1)).filter(i => i >= 0);
  const sideBySide = columns.length <= SIDE_BY_SIDE_COLUMNS;
  const rows = c.rows.slice(0, VIEW_ROWS).map(r => viewRow(r, sideBySide));
  return {
    title: o.title, folder: o.folder, measure: c.quantity,
    replicas, columns, rows, totalRows: c.totalRows, answer: [...c.answer],
    merged: 'path' in o.merged, ...('error' in o.merged ? { mergedReason: o.merged.error } : {}), elapsedMs: o.elapsedMs,
  };
}
