// pprof's peek of one function for the Peek view: each caller and callee with its weight.
import type { ProfileQuery } from '../../../core/report';
import { functionPeek, NoMatchError, type FunctionPeek } from '../../../core/report/peek';
import type { Job } from '../jobTypes';
import { getSession, queriedFor } from '../profile/profileSession';

export interface ProfilePeekInput {
  documentId: string;
  query: ProfileQuery;
  functionName: string;
}

export const profilePeekJob: Job<ProfilePeekInput, FunctionPeek> = {
  run({ documentId, query, functionName }, { store }) {
    const q = queriedFor(getSession(store, documentId), query);
    try {
      return functionPeek(q.view, functionName);
    } catch (e) {
      if (e instanceof NoMatchError) throw new Error(`no function ${functionName} in this view of the profile`);
      throw e;
    }
  },
};
