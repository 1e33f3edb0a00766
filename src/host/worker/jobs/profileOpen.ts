// Decodes a profile's bytes and keeps it in the worker for later queries.
import { sampleTypeWindowsOf, summarizeProfile, type ProfileSummary } from '../../../core/report';
import type { ParseOptions } from '../../../core/pprof/parse';
import type { Job, JobContext } from '../jobTypes';
import { decodeProfile, setSession, type ProfileBytesSource } from '../profile/profileSession';
import { gunzipAhead, gunzipStreamAhead, type GunzippedAhead } from '../workerPlatform';
import { dropStream, incomingStream, isStreamedBytes, type StreamedBytes } from '../incomingStreams';
import { ContentKeyedSet } from '../../../shared/contentKeyedMap';
import { MAX_CROSSING_NAME_CHARS } from '../../../shared/nameLimit';

export interface ProfileOpenInput {
  documentId: string;
  fileName: string;
  /** Or a file the host streams while it reads it: its pieces are inflated as they come. */
  bytes: ProfileBytesSource | StreamedBytes;
}

export interface ProfileOpenOutput {
  summary: ProfileSummary;
  /** Every source file the profile names: the only files "open source" may open. */
  sourceFiles: string[];
  /** Where the worker's time went (ms): gunzip done ahead (web; for a streamed file, from the job's start to the last piece inflated), then the synchronous decode. */
  timings: { gunzipAheadMs?: number; gunzipVia?: string; lastPieceMs?: number; decodeMs: number; workerStartedEpochMs: number; jobStartedEpochMs: number };
}

export const profileOpenJob: Job<ProfileOpenInput, ProfileOpenOutput> = {
  run(input, context) {
    const started = performance.now();
    const jobStartedEpochMs = Date.now();
    const source = input.bytes;
    if (isStreamedBytes(source)) {
      return gunzipStreamAhead(incomingStream(source.stream), source.byteLength)
        .then(({ bytes, ahead }) => open({ ...input, bytes }, context, jobStartedEpochMs, ahead && aheadTimings(ahead, started)))
        .finally(() => dropStream(source.stream));
    }
    const ahead = gunzipAhead(source);
    return ahead ? ahead.then(a => open({ ...input, bytes: source }, context, jobStartedEpochMs, aheadTimings(a, started))) : open({ ...input, bytes: source }, context, jobStartedEpochMs);
  },
};

interface Ahead { gunzip: ParseOptions['gunzip']; gunzipAheadMs: number; gunzipVia?: string; lastPieceMs?: number }

function aheadTimings(ahead: GunzippedAhead, jobStarted: number): Ahead {
  return {
    gunzip: ahead.gunzip, gunzipAheadMs: performance.now() - jobStarted, gunzipVia: ahead.via,
    lastPieceMs: ahead.inputEndedAt === undefined ? undefined : ahead.inputEndedAt - jobStarted,
  };
}

function open({ documentId, fileName, bytes }: ProfileOpenInput & { bytes: ProfileBytesSource }, { store }: JobContext, jobStartedEpochMs: number, ahead?: Ahead): ProfileOpenOutput {
  const started = performance.now();
  const current = decodeProfile(fileName, bytes, ahead?.gunzip);
  const decodeMs = performance.now() - started;
  const types = sampleTypeWindowsOf(current.profile);
  setSession(store, documentId, { current, types });
  // A name past the crossing cut is no file's (no system opens so long a path), and would cross whole.
  const sourceFiles = [...new ContentKeyedSet(current.profile.functions.map(f => f.filename).filter(f => f !== '' && f.length <= MAX_CROSSING_NAME_CHARS))];
  const timings = { gunzipAheadMs: ahead?.gunzipAheadMs, gunzipVia: ahead?.gunzipVia, lastPieceMs: ahead?.lastPieceMs, decodeMs, workerStartedEpochMs: Math.round(performance.timeOrigin), jobStartedEpochMs };
  return { summary: summarizeProfile(fileName, current.profile, types), sourceFiles, timings };
}
