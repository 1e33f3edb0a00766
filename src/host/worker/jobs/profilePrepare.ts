// Computes ahead the view the webview is about to ask for. The host runs it right after
// `profile.open`: while the webview starts (0.4–3 s for a large profile on a busy machine) the
// worker applies the sample type, expands the stacks, builds the top table and prunes the flame
// tree for the width the last profile webview had, so the first `profile.view` answers at once.
// A different query or width later just misses the cache.
import type { ProfileQuery } from '../../../core/report';
import type { Job } from '../jobTypes';
import { getSession, queryKey } from '../profile/profileSession';
import { computeView } from './profileView';

export interface ProfilePrepareInput {
  documentId: string;
  query: ProfileQuery;
  /** The flame graph's expected width. */
  widthPx: number;
}

export const profilePrepareJob: Job<ProfilePrepareInput, Record<string, never>> = {
  run({ documentId, query, widthPx }, { store }) {
    const session = getSession(store, documentId);
    const started = Date.now();
    const output = computeView(session, query, widthPx);
    output.computedAheadMs = Date.now() - started;
    session.prepared = { key: queryKey(session, query), widthPx, output };
    return {};
  },
};
