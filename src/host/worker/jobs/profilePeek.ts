// pprof's peek of one function for the Peek view: each caller and callee with its weight. The
// whole peek stays in the worker; the view gets each node's first edges, then asks for more
// (profilePeekEdges.ts).
import { PeekWindows, type PeekHead, type ProfileQuery } from '../../../core/report';
import { functionPeek, NoMatchError } from '../../../core/report/peek';
import type { Job } from '../jobTypes';
import { getSession, queriedFor, queryKey, type ProfileSession } from '../profile/profileSession';

export interface ProfilePeekInput {
  documentId: string;
  query: ProfileQuery;
  functionName: string;
}

export const profilePeekJob: Job<ProfilePeekInput, PeekHead> = {
  run({ documentId, query, functionName }, { store }) {
    return peekOf(getSession(store, documentId), query, functionName).head();
  },
};

/** The function's peek as the session keeps it, computed again only when another peek or query came between. */
export function peekOf(session: ProfileSession, query: ProfileQuery, functionName: string): PeekWindows {
  const key = queryKey(session, query);
  if (session.peek?.key === key && session.peek.functionName === functionName) return session.peek.windows;
  const q = queriedFor(session, query);
  try {
    session.peek = { key, functionName, windows: new PeekWindows(functionPeek(q.view, q.wholeName(functionName))) };
  } catch (e) {
    if (e instanceof NoMatchError) throw new Error(`no function ${functionName} in this view of the profile`);
    throw e;
  }
  return session.peek.windows;
}
