// Diff mode: decodes a base profile (or drops it) for a profile already open in the worker.
import { summarizeProfile, type ProfileSummary } from '../../../core/report';
import type { Job } from '../jobTypes';
import { decodeProfile, getSession, type ProfileBytesSource } from '../profile/profileSession';

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
    session.diffed = undefined;
    session.prepared = undefined;
    if (!base) { session.base = undefined; return {}; }
    const decoded = decodeProfile(base.fileName, base.bytes);
    // pprof subtracts only profiles of the same sample types (one heap profile from another).
    const typesOf = (p: typeof decoded.profile) => p.sampleTypes.map(t => `${t.type}/${t.unit}`).join(', ');
    if (typesOf(decoded.profile) !== typesOf(session.current.profile)) {
      throw new Error(`${base.fileName} has sample types [${typesOf(decoded.profile)}], this profile [${typesOf(session.current.profile)}]: compare profiles of the same kind`);
    }
    session.base = decoded;
    return { summary: summarizeProfile(base.fileName, decoded.profile) };
  },
};
