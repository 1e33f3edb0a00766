// The comparison as it crosses from the analysis worker: each row's values one number per compared
// replica in a typed array (in `compared` order), not an object keyed by replica name. 500 rows of
// 10^4 replicas are 5×10^6 values: 40 MB moved, where the keyed objects were copied property by property.
import type { ReplicaComparison, ReplicaRow } from './replicaComparison';

export interface PackedReplicaRow extends Omit<ReplicaRow, 'values' | 'worst'> {
  /** Per compared replica, in `compared` order; 0 where a replica has none. */
  readonly values: Float64Array;
  /** The worst replica's index in `compared`. */
  readonly worst: number;
}

export interface PackedReplicaComparison extends Omit<ReplicaComparison, 'rows'> {
  readonly rows: readonly PackedReplicaRow[];
}

export function packComparison(c: ReplicaComparison): PackedReplicaComparison {
  const column = new Map(c.compared.map((name, i) => [name, i]));
  const rows = c.rows.map((r): PackedReplicaRow => {
    const values = new Float64Array(c.compared.length);
    c.compared.forEach((name, i) => { values[i] = r.values[name] ?? 0; });
    const { values: _, worst, ...rest } = r;
    return { ...rest, values, worst: column.get(worst) ?? -1 };
  });
  return { ...c, rows };
}

/** The buffers to move rather than copy. */
export function packedBuffers(c: PackedReplicaComparison): ArrayBuffer[] {
  return c.rows.map(r => r.values.buffer as ArrayBuffer);
}
