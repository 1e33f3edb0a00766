// The rows of the top table the webview shows: a window of the last view's table, sorted and
// filtered as asked (core/report topWindow). The table itself never leaves the worker.
import { topRows, TopTableWindows, type ProfileQuery, type TopWindow, type TopWindowRequest } from '../../../core/report';
import type { Job } from '../jobTypes';
import { getSession, queriedFor, queryKey, type ProfileSession } from '../profile/profileSession';

export interface ProfileTopRowsInput {
  documentId: string;
  /** The view's query: a window of another view's table would show rows it does not have. */
  query: ProfileQuery;
  window: TopWindowRequest;
}

export const profileTopRowsJob: Job<ProfileTopRowsInput, TopWindow> = {
  run({ documentId, query, window }, { store }) {
    return topTableOf(getSession(store, documentId), query).window(window);
  },
};

/** The query's top table as the session keeps it, computed again only when another query came between. */
function topTableOf(session: ProfileSession, query: ProfileQuery): TopTableWindows {
  const q = queriedFor(session, query);
  const key = queryKey(session, query);
  if (session.top?.key !== key) session.top = { key, windows: new TopTableWindows(topRows(q)) };
  return session.top.windows;
}
