// The comparison's rows the replica views show, kept on the capture thread with every replica's
// value (typed arrays, 8 bytes a value) so that a view's row crosses whole only when asked: the
// view model carries each row's summary whatever the number of replicas. A few views' rows are
// kept at most; an older view's row then answers that its rows were let go.
import type { PackedReplicaRow } from '../../core/report/replicas/packedComparison';
import { replicaRowCells } from './replicaViewModel';

/** Views whose rows are kept at once (the latest comparisons). */
export const MAX_HELD_VIEWS = 4;

export class HeldReplicaRows {
  private readonly byView = new Map<string, readonly PackedReplicaRow[]>();

  hold(viewId: string, rows: readonly PackedReplicaRow[]): void {
    this.byView.delete(viewId);
    this.byView.set(viewId, rows);
    for (const oldest of this.byView.keys()) {
      if (this.byView.size <= MAX_HELD_VIEWS) break;
      this.byView.delete(oldest);
    }
  }

  /** Every compared replica's value in row `row` of view `viewId`, formatted. */
  cells(viewId: string, row: number): string[] {
    const rows = this.byView.get(viewId);
    if (!rows) throw new Error('The comparison\'s rows are no longer held: capture again to see every replica\'s value');
    const r = rows[row];
    if (!r) throw new Error(`Row ${row} is not in the comparison`);
    return replicaRowCells(r);
  }

  release(viewId: string): void {
    this.byView.delete(viewId);
  }
}
