// Decodes a profile's bytes and keeps it in the worker for later queries.
import { summarizeProfile, type ProfileSummary } from '../../../core/report';
import type { Job } from '../jobTypes';
import { decodeProfile, setSession, type ProfileBytesSource } from '../profile/profileSession';

export interface ProfileOpenInput {
  documentId: string;
  fileName: string;
  bytes: ProfileBytesSource;
}

export interface ProfileOpenOutput {
  summary: ProfileSummary;
  /** Every source file the profile names: the only files "open source" may open. */
  sourceFiles: string[];
}

export const profileOpenJob: Job<ProfileOpenInput, ProfileOpenOutput> = {
  run({ documentId, fileName, bytes }, { store }) {
    const current = decodeProfile(fileName, bytes);
    setSession(store, documentId, { current });
    const sourceFiles = [...new Set(current.profile.functions.map(f => f.filename).filter(f => f !== ''))];
    return { summary: summarizeProfile(fileName, current.profile), sourceFiles };
  },
};
