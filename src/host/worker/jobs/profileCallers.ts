// The sandwich view of one function: who calls it (callers tree, the function at its root)
// and what it calls (callees tree), over the samples that pass through it.
import { calleesTree, callersTree, type ProfileQuery } from '../../../core/report';
import type { Job } from '../jobTypes';
import { getSession, queriedFor } from '../profile/profileSession';
import { flameBuffers } from '../profile/transfer';
import { packFlameTree, type PackedFlameTree } from '../../../shared/packedViews';

export interface ProfileCallersInput {
  documentId: string;
  query: ProfileQuery;
  functionName: string;
  widthPx: number;
}

export const profileCallersJob: Job<ProfileCallersInput, { callers: PackedFlameTree; callees: PackedFlameTree }> = {
  run({ documentId, query, functionName, widthPx }, { store, transfer }) {
    const q = queriedFor(getSession(store, documentId), query);
    const callers = callersTree(q, functionName, { widthPx });
    const callees = calleesTree(q, functionName, { widthPx });
    if (!callers || !callees) throw new Error(`no function ${functionName} in this view of the profile`);
    const packed = { callers: packFlameTree(callers), callees: packFlameTree(callees) };
    transfer(...flameBuffers(packed.callers), ...flameBuffers(packed.callees));
    return packed;
  },
};
