// Diff mode: decodes a base profile (or drops it) for a profile already open in the worker.
import { summarizeProfile, type ProfileSummary } from '../../../core/report';
import { sameSampleTypes, sampleTypesShown } from '../../../core/pprof/model';
import { printedTypeName } from '../../../core/report/sampleTypeWindow';
import { inCommonUnits, type Profile } from '../../../core/pprof';
import type { ParseOptions } from '../../../core/pprof/parse';
import type { Job, JobContext } from '../jobTypes';
import { decodeProfile, getSession, type ProfileBytesSource } from '../profile/profileSession';
import { gunzipAhead } from '../workerPlatform';

export interface ProfileSetBaseInput {
  documentId: string;
  /** Without a base: back to the plain profile. */
  base?: { fileName: string; bytes: ProfileBytesSource };
}

export const profileSetBaseJob: Job<ProfileSetBaseInput, { summary?: ProfileSummary }> = {
  run(input, context) {
    const ahead = input.base && gunzipAhead(input.base.bytes);
    // The session changes only after the bytes are inflated, in one synchronous step: a view
    // job answered meanwhile sees the old base throughout.
    return ahead ? ahead.then(a => setBase(input, context, a.gunzip)) : setBase(input, context);
  },
};

function setBase({ documentId, base }: ProfileSetBaseInput, { store }: JobContext, gunzip?: ParseOptions['gunzip']): { summary?: ProfileSummary } {
  const session = getSession(store, documentId);
  session.cached = undefined;
  session.cachedKey = undefined;
  session.diffed = undefined;
  session.prepared = undefined;
  if (!base) { session.base = undefined; return {}; }
  const decoded = decodeProfile(base.fileName, base.bytes, gunzip);
  // pprof subtracts only profiles of the same sample types (one heap profile from another), in
  // units of one kind (microseconds from nanoseconds: both are brought to the finer).
  let comparable: Profile[] = [];
  try { comparable = inCommonUnits([session.current.profile, decoded.profile]); } catch { /* said below */ }
  if (comparable.length !== 2 || !sameSampleTypes(comparable[0], comparable[1])) {
    throw new Error(`${base.fileName} has sample types [${typesNamed(decoded.profile)}], this profile [${typesNamed(session.current.profile)}]: compare profiles of the same kind`);
  }
  session.base = decoded;
  return { summary: summarizeProfile(base.fileName, decoded.profile) };
}

/** The error names a few types: the message crosses the host and is read by a person (a crafted profile has 10^6). */
function typesNamed(p: Profile): string {
  return sampleTypesShown(p, ', ', t => `${printedTypeName(t.type)}/${printedTypeName(t.unit)}`);
}
