// The sandwich view of one function: who calls it (callers tree, the function at its root)
// and what it calls (callees tree), over the samples that pass through it.
import type { FlameTreeData, ProfileQuery } from '../../../shared/profileProtocol';
import type { Job } from '../jobTypes';
import { buildStackSet, calleesOf, callersOf } from '../profile/stackSet';
import { pruneToFlameData } from '../profile/flameData';
import { getSession, stacksFor } from '../profile/profileSession';
import { flameBuffers } from '../profile/transfer';

export interface ProfileCallersInput {
  documentId: string;
  query: ProfileQuery;
  functionName: string;
  widthPx: number;
}

export const profileCallersJob: Job<ProfileCallersInput, { callers: FlameTreeData; callees: FlameTreeData }> = {
  run({ documentId, query, functionName, widthPx }, { store, transfer }) {
    const { current } = stacksFor(getSession(store, documentId), query);
    const name = current.frames.names.indexOf(functionName);
    if (name < 0) throw new Error(`no function ${functionName} in this view of the profile`);
    const build = (transform: typeof calleesOf) => {
      const stacks = buildStackSet(current.view, current.frames, transform(current.frames, name));
      // Every stack starts with the function itself: start there, so it is the drawn root.
      return pruneToFlameData(stacks, current.frames, { path: [functionName], widthPx });
    };
    const callers = build(callersOf);
    const callees = build(calleesOf);
    transfer(...flameBuffers(callers), ...flameBuffers(callees));
    return { callers, callees };
  },
};
