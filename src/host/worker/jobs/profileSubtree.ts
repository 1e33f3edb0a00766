// More detail on zoom: the part of the call tree below one path, pruned for the full width.
import type { FlameTreeData, ProfileQuery } from '../../../shared/profileProtocol';
import type { Job } from '../jobTypes';
import { baseTotalsFor } from '../profile/baseMatch';
import { pruneToFlameData, samplesUnder } from '../profile/flameData';
import { getSession, stacksFor } from '../profile/profileSession';
import { flameBuffers } from '../profile/transfer';

export interface ProfileSubtreeInput {
  documentId: string;
  query: ProfileQuery;
  /** Function names from the root's child down to the frame zoomed into. */
  path: string[];
  widthPx: number;
}

export const profileSubtreeJob: Job<ProfileSubtreeInput, { flame: FlameTreeData | undefined }> = {
  run({ documentId, query, path, widthPx }, { store, transfer }) {
    const session = getSession(store, documentId);
    const { current, base } = stacksFor(session, query);
    if (path.length === 0 || samplesUnder(current.stacks, current.frames, path).length === 0) return { flame: undefined };
    const flame = pruneToFlameData(current.stacks, current.frames, { path, widthPx });
    if (base) flame.baseTotal = baseTotalsFor(flame, path, base.stacks, base.frames);
    transfer(...flameBuffers(flame));
    return { flame };
  },
};
