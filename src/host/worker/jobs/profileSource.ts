// The per-line costs of one function for the Source view (pprof's -list at line granularity);
// the host adds the source text it reads from the workspace.
import { QueriedProfile, type ProfileQuery } from '../../../core/report';
import { listingCosts, type ListingCosts } from '../../../core/report/sourceListing';
import { crossingName, MAX_CROSSING_NAME_CHARS, parseNameReference } from '../../../shared/nameLimit';
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

/** The listing as it crosses to the host and the Source view: every name cut (nameLimit.ts); a file that long opens nowhere. */
function crossingListing(costs: ListingCosts): ListingCosts {
  const long = (name: string) => name.length > MAX_CROSSING_NAME_CHARS;
  const anyLong = costs.withoutSource.some(long)
    || costs.routines.some(r => long(r.func) || long(r.file) || r.lines.some(l => l.inlined.some(c => long(c.func) || long(c.file))));
  if (!anyLong) return costs;
  return {
    total: costs.total,
    withoutSource: costs.withoutSource.map(crossingName),
    routines: costs.routines.map(r => ({
      ...r, func: crossingName(r.func), file: crossingName(r.file),
      lines: r.lines.map(l => ({ ...l, inlined: l.inlined.map(c => ({ ...c, func: crossingName(c.func), file: crossingName(c.file) })) })),
    })),
  };
}

export const profileSourceJob: Job<ProfileSourceInput, ListingCosts> = {
  run({ documentId, query, functionName }, { store }) {
    const session = getSession(store, documentId);
    const q = linesViewFor(session, query);
    // A name the view cut is made whole: a function's against this view's functions, a frame's
    // of another granularity ("F file.go") against the view it was shown in.
    let whole = q.wholeName(functionName);
    if (whole === functionName && parseNameReference(functionName)) whole = queriedFor(session, query).wholeName(functionName);
    // A node's name at file or line granularity ("F file.go:12") names its function too.
    const costs = listingCosts(q.view, name => name === whole || whole.startsWith(`${name} `));
    if (costs.routines.length === 0 && costs.withoutSource.length === 0) throw new Error(`no function ${crossingName(functionName)} in this view of the profile`);
    return crossingListing(costs);
  },
};
