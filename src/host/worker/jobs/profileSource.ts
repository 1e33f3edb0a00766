// The per-line costs of one function for the Source view (pprof's -list at line granularity);
// the host adds the source text it reads from the workspace.
import { QueriedProfile, type ProfileQuery } from '../../../core/report';
import { listingCosts, type ListingCosts } from '../../../core/report/sourceListing';
import type { Job } from '../jobTypes';
import { getSession, profileFor, queriedFor, queryKey, type ProfileSession } from '../profile/profileSession';

export interface ProfileSourceInput {
  documentId: string;
  query: ProfileQuery;
  functionName: string;
}

/** The query's view at line granularity, kept for the next function asked about. */
const linesViews = new WeakMap<ProfileSession, { key: string; q: QueriedProfile }>();

function linesViewFor(session: ProfileSession, query: ProfileQuery): QueriedProfile {
  if (query.granularity === 'lines') return queriedFor(session, query);
  const linesQuery: ProfileQuery = { ...query, granularity: 'lines' };
  const key = queryKey(session, linesQuery);
  const cached = linesViews.get(session);
  if (cached?.key === key) return cached.q;
  linesViews.delete(session);
  const q = new QueriedProfile(profileFor(session, linesQuery), linesQuery);
  linesViews.set(session, { key, q });
  return q;
}

export const profileSourceJob: Job<ProfileSourceInput, ListingCosts> = {
  run({ documentId, query, functionName }, { store }) {
    const q = linesViewFor(getSession(store, documentId), query);
    // A node's name at file or line granularity ("F file.go:12") names its function too.
    const costs = listingCosts(q.view, name => name === functionName || functionName.startsWith(`${name} `));
    if (costs.routines.length === 0 && costs.withoutSource.length === 0) throw new Error(`no function ${functionName} in this view of the profile`);
    return costs;
  },
};
