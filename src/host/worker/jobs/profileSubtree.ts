// More detail on zoom: the part of the call tree below one path, pruned for the full width.
import { flameSubtree, type ProfileQuery } from '../../../core/report';
import type { Job } from '../jobTypes';
import { getSession, queriedFor } from '../profile/profileSession';
import { flameBuffers } from '../profile/transfer';
import { packFlameTree, type PackedFlameTree } from '../../../shared/packedViews';

export interface ProfileSubtreeInput {
  documentId: string;
  query: ProfileQuery;
  /** Frame names from the root's child down to the frame zoomed into. */
  path: string[];
  widthPx: number;
}

export const profileSubtreeJob: Job<ProfileSubtreeInput, { flame: PackedFlameTree | undefined }> = {
  run({ documentId, query, path, widthPx }, { store, transfer }) {
    if (path.length === 0) return { flame: undefined };
    const flame = flameSubtree(queriedFor(getSession(store, documentId), query), path, { widthPx });
    if (!flame) return { flame: undefined };
    const packed = packFlameTree(flame);
    transfer(...flameBuffers(packed));
    return { flame: packed };
  },
};
