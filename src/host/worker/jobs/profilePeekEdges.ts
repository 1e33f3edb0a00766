// More callers or callees of a peek's node, as the view pages through them or draws them all: a
// window of the peek the session keeps (core/report peekWindow).
import type { PeekEdgeRequest, PeekEdgeWindow, ProfileQuery } from '../../../core/report';
import type { Job } from '../jobTypes';
import { getSession } from '../profile/profileSession';
import { peekOf } from './profilePeek';

export interface ProfilePeekEdgesInput {
  documentId: string;
  /** The peek's query and function: a window of another peek would show edges it does not have. */
  query: ProfileQuery;
  functionName: string;
  edges: PeekEdgeRequest;
}

export const profilePeekEdgesJob: Job<ProfilePeekEdgesInput, PeekEdgeWindow> = {
  run({ documentId, query, functionName, edges }, { store }) {
    return peekOf(getSession(store, documentId), query, functionName).window(edges);
  },
};
