// Decodes a profile's bytes and keeps it in the worker for later queries.
import { summarizeProfile, type ProfileSummary } from '../../../core/report';
import type { ParseOptions } from '../../../core/pprof/parse';
import type { Job, JobContext } from '../jobTypes';
import { decodeProfile, setSession, type ProfileBytesSource } from '../profile/profileSession';
import { gunzipAhead } from '../workerPlatform';

export interface ProfileOpenInput {
  documentId: string;
  fileName: string;
  bytes: ProfileBytesSource;
}

export interface ProfileOpenOutput {
  summary: ProfileSummary;
  /** Every source file the profile names: the only files "open source" may open. */
  sourceFiles: string[];
  /** Where the worker's time went (ms): gunzip done ahead (web), then the synchronous decode. */
  timings: { gunzipAheadMs?: number; decodeMs: number };
}

export const profileOpenJob: Job<ProfileOpenInput, ProfileOpenOutput> = {
  run(input, context) {
    const started = performance.now();
    const ahead = gunzipAhead(input.bytes);
    return ahead ? ahead.then(gunzip => open(input, context, gunzip, performance.now() - started)) : open(input, context);
  },
};

function open({ documentId, fileName, bytes }: ProfileOpenInput, { store }: JobContext, gunzip?: ParseOptions['gunzip'], gunzipAheadMs?: number): ProfileOpenOutput {
  const started = performance.now();
  const current = decodeProfile(fileName, bytes, gunzip);
  const decodeMs = performance.now() - started;
  setSession(store, documentId, { current });
  const sourceFiles = [...new Set(current.profile.functions.map(f => f.filename).filter(f => f !== ''))];
  return { summary: summarizeProfile(fileName, current.profile), sourceFiles, timings: { gunzipAheadMs, decodeMs } };
}
