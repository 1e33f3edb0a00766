// Messages of the replica view (see protocol.ts). The host sends the capture's progress per
// replica, then one view model: the core's comparison with its numbers already formatted. The
// webview answers only with small requests naming a replica by index; the host checks them.

export type ReplicaState = 'capturing' | 'captured' | 'failed';

export interface ReplicaProgress {
  readonly name: string;
  readonly state: ReplicaState;
  /** "1.2 s", the error, or what the capture holds. */
  readonly detail: string;
}

/** A replica's value in a row: its column (an index into ReplicaViewModel.columns) and the value formatted. */
export interface ReplicaCell {
  readonly column: number;
  readonly value: string;
}

export interface ReplicaViewRow {
  /** 'goroutines', 'heap', 'allocs' … */
  readonly kind: string;
  readonly name: string;
  /**
   * One formatted value per compared replica (ReplicaViewModel.columns order), when the replicas fit
   * side by side (SIDE_BY_SIDE_COLUMNS at most); else the row crosses as its summary and the whole
   * row on demand (`replicaRow`).
   */
  readonly cells?: readonly string[];
  /** Column of the worst replica; -1 when every replica has the same value. */
  readonly worst: number;
  readonly median: string;
  readonly min: string;
  readonly max: string;
  /** The replicas farthest from the median, farthest first (FARTHEST_REPLICAS at most). */
  readonly farthest: readonly ReplicaCell[];
  /** How many replicas have a value in each of REPLICA_HISTOGRAM_STEPS equal steps from min to max. */
  readonly histogram: readonly number[];
  readonly sentence: string;
}

/** Replicas shown one column each; past this the table shows each row's summary. */
export const SIDE_BY_SIDE_COLUMNS = 24;
/** Steps of a row's histogram, drawn across the column's width. */
export const REPLICA_HISTOGRAM_STEPS = 48;
/** The replicas a summary names. */
export const FARTHEST_REPLICAS = 3;

export interface ReplicaViewModel {
  readonly title: string;
  /** Where the captures were saved, as the user knows it. */
  readonly folder: string;
  /** What every cell is: "goroutines" or "bytes in use (inuse_space, flat)". */
  readonly measure: string;
  /** Every replica, in the order given, with how its capture went. */
  readonly replicas: readonly ReplicaProgress[];
  /** The compared replicas: indices into `replicas`, one column each. */
  readonly columns: readonly number[];
  readonly rows: readonly ReplicaViewRow[];
  /** Rows in the comparison before the view's cut. */
  readonly totalRows: number;
  readonly answer: readonly string[];
  /** The merged profile can be opened; else `mergedReason` says why not. */
  readonly merged: boolean;
  readonly mergedReason?: string;
  readonly elapsedMs: number;
}

/** Host → replica webview. */
export type ReplicaHostMessage =
  | { type: 'progress'; title: string; replicas: readonly ReplicaProgress[] }
  | { type: 'error'; title: string; message: string }
  | { type: 'model'; model: ReplicaViewModel }
  /** Every compared replica's value in row `row` (ReplicaViewModel.columns order), as the view asked. */
  | { type: 'row'; row: number; cells: readonly string[] };

/** Replica webview → host. */
export type ReplicaWebviewMessage =
  | { type: 'ready' }
  | { type: 'openMerged' }
  /** Opens one replica's saved capture in its full view. */
  | { type: 'openCapture'; replica: number }
  /** Every replica's value in row `row` of the model. */
  | { type: 'replicaRow'; row: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The message if it is well-formed and names a replica or row that exists (of the model last sent), else undefined. */
export function parseReplicaWebviewMessage(raw: unknown, bounds: { readonly replicas: number; readonly rows?: number }): ReplicaWebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready': return { type: 'ready' };
    case 'openMerged': return { type: 'openMerged' };
    case 'openCapture': {
      const r = raw.replica;
      return typeof r === 'number' && Number.isInteger(r) && r >= 0 && r < bounds.replicas ? { type: 'openCapture', replica: r } : undefined;
    }
    case 'replicaRow': {
      const r = raw.row;
      return typeof r === 'number' && Number.isInteger(r) && r >= 0 && r < (bounds.rows ?? 0) ? { type: 'replicaRow', row: r } : undefined;
    }
    default: return undefined;
  }
}
