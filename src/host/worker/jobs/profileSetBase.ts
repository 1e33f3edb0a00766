// Diff mode: decodes a base profile (or drops it) for a profile already open in the worker.
import type { ProfileSummary } from '../../../shared/profileProtocol';
import type { Job } from '../jobTypes';
import { decodeProfile, getSession, type ProfileBytesSource } from '../profile/profileSession';
import { summarize } from '../profile/summary';

export interface ProfileSetBaseInput {
  documentId: string;
  /** Without a base: back to the plain profile. */
  base?: { fileName: string; bytes: ProfileBytesSource };
}

export const profileSetBaseJob: Job<ProfileSetBaseInput, { summary?: ProfileSummary }> = {
  run({ documentId, base }, { store }) {
    const session = getSession(store, documentId);
    session.cached = undefined;
    session.cachedKey = undefined;
    if (!base) { session.base = undefined; return {}; }
    const decoded = decodeProfile(base.fileName, base.bytes);
    session.base = decoded;
    return { summary: summarize(base.fileName, decoded.profile) };
  },
};
