// Warms the worker's cache for the view the webview is about to ask for. The host runs it right
// after `profile.open`: while the webview starts (0.4–3 s for a large profile on a busy machine)
// the worker applies the sample type and expands the stacks and the top table, so the first
// `profile.view` only has to prune the flame tree. A different query later just misses the cache.
import type { ProfileQuery } from '../../../shared/profileProtocol';
import type { Job } from '../jobTypes';
import { getSession, stacksFor } from '../profile/profileSession';

export interface ProfilePrepareInput {
  documentId: string;
  query: ProfileQuery;
}

export const profilePrepareJob: Job<ProfilePrepareInput, Record<string, never>> = {
  run({ documentId, query }, { store }) {
    stacksFor(getSession(store, documentId), query);
    return {};
  },
};
