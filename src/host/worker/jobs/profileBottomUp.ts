// The whole profile bottom-up (core/report invertedTree): each leaf function under the root with
// its flat, its callers below.
import { invertedTree, type ProfileQuery } from '../../../core/report';
import type { Job } from '../jobTypes';
import { getSession, queriedFor } from '../profile/profileSession';
import { flameBuffers } from '../profile/transfer';
import { packFlameTree, type PackedFlameTree } from '../../../shared/packedViews';

export interface ProfileBottomUpInput {
  documentId: string;
  query: ProfileQuery;
  widthPx: number;
}

export interface ProfileBottomUpOutput {
  unit: string;
  /** pprof's 100% (with -diff_base: the base's total). */
  total: number;
  flame: PackedFlameTree;
}

export const profileBottomUpJob: Job<ProfileBottomUpInput, ProfileBottomUpOutput> = {
  run({ documentId, query, widthPx }, { store, transfer }) {
    const session = getSession(store, documentId);
    const q = queriedFor(session, query);
    const flame = invertedTree(q, { widthPx });
    const packed = packFlameTree(flame);
    transfer(...flameBuffers(packed));
    return { unit: session.types.pickerName(q.view.sampleType.unit), total: q.top.total, flame: packed };
  },
};
