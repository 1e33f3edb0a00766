// The replica view's model: the core's comparison with its values formatted for the table (the
// webview imports nothing from core), and each replica's capture said in a few words. Made on
// the capture thread (captureWorker.ts), which holds the comparison; the host gets only this.
import { formatCount, formatValue } from '../../core/format';
import { standsOut } from '../../core/report/replicas/standsOut';
import type { ReplicaComparison } from '../../core/report/replicas';
import type { ReplicaProgress, ReplicaViewModel } from '../../shared/replicaProtocol';

/** Rows the view shows: the most distant ones (the JSON of `goprof capture` has them all). */
export const VIEW_ROWS = 200;

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function buildReplicaViewModel(c: ReplicaComparison, o: { title: string; folder: string; merged: { path: string } | { error: string }; elapsedMs: number }): ReplicaViewModel {
  const replicas: ReplicaProgress[] = c.replicas.map(r => ({
    name: r.name,
    state: r.error !== undefined ? 'failed' : 'captured',
    detail: [r.error ?? r.detail ?? '', r.elapsedMs !== undefined ? seconds(r.elapsedMs) : ''].filter(Boolean).join(' · '),
  }));
  const columns = c.replicas.map((r, i) => (c.compared.includes(r.name) ? i : -1)).filter(i => i >= 0);
  const format = (v: number, unit: string) => (unit === 'goroutines' ? formatCount(v) : formatValue(v, unit));
  const rows = c.rows.slice(0, VIEW_ROWS).map(r => ({
    kind: r.kind, name: r.name, sentence: r.sentence, median: format(r.median, r.unit),
    cells: columns.map(i => format(r.values[c.replicas[i].name] ?? 0, r.unit)),
    worst: standsOut(r) ? columns.findIndex(i => c.replicas[i].name === r.worst) : -1,
  }));
  return {
    title: o.title, folder: o.folder, measure: c.quantity,
    replicas, columns, rows, totalRows: c.totalRows, answer: [...c.answer],
    merged: 'path' in o.merged, ...('error' in o.merged ? { mergedReason: o.merged.error } : {}), elapsedMs: o.elapsedMs,
  };
}
