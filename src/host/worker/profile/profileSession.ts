// What the worker keeps per open profile document between jobs: the decoded profile (and the
// diff base), and for the last query its pprof view and expanded stacks (so zoom-detail and
// callers requests reuse them instead of walking the profile again).
import { readFileSync } from 'node:fs';
import { nodeGunzip } from '../../../node/gunzip';
import { computeTop, type StackView, type TopResult } from '../../../core/pprof';
import { readProfile } from '../../../core/input';
import type { Profile } from '../../../core/pprof/model';
import type { ProfileQuery } from '../../../shared/profileProtocol';
import type { WorkerStore } from '../jobTypes';
import { buildStackSet, type StackSet } from './stackSet';
import { framesOfView, viewOf, type FrameTable } from './viewFrames';

export interface DecodedProfile {
  fileName: string;
  profile: Profile;
}

/** One profile seen through one query. */
export interface QueriedProfile {
  view: StackView;
  frames: FrameTable;
  stacks: StackSet;
  top: TopResult;
}

export interface ProfileSession {
  current: DecodedProfile;
  base?: DecodedProfile;
  cachedKey?: string;
  cached?: { current: QueriedProfile; base?: QueriedProfile };
  /**
   * A whole `profile.view` answer computed ahead by `profile.prepare` for the cached query and a
   * guessed width; the first matching `profile.view` takes it (its buffers move to the host).
   */
  prepared?: { key: string; widthPx: number; output: unknown };
}

const storeKey = (documentId: string) => `profile:${documentId}`;

/**
 * A profile's bytes, or the path of a local file (a `file:` URI) that the worker reads itself:
 * then the extension host never receives the bytes (37 MB through vscode.workspace.fs stalled
 * the host ~300 ms) and they are not moved between threads.
 */
export type ProfileBytesSource = Uint8Array | { readonly filePath: string };

export function decodeProfile(fileName: string, source: ProfileBytesSource): DecodedProfile {
  const bytes = source instanceof Uint8Array ? source : readFileSync(source.filePath);
  // Node's zlib inflates large profiles several times faster than the portable fflate.
  return { fileName, profile: readProfile(bytes, { gunzip: nodeGunzip }) };
}

export function getSession(store: WorkerStore, documentId: string): ProfileSession {
  const s = store.get<ProfileSession>(storeKey(documentId));
  // The host re-opens the document when this happens (e.g. after a cancelled job restarted the worker).
  if (!s) throw new Error(`profile session ${documentId} is not open in this worker`);
  return s;
}

export function setSession(store: WorkerStore, documentId: string, session: ProfileSession | undefined): void {
  if (session) store.set(storeKey(documentId), session);
  else store.delete(storeKey(documentId));
}

/** The base profile's sample type that corresponds to the current one (same name, else same index). */
export function baseSampleType(session: ProfileSession, sampleType: number): number {
  const base = session.base;
  if (!base) return -1;
  const name = session.current.profile.sampleTypes[sampleType]?.type;
  const byName = base.profile.sampleTypes.findIndex(t => t.type === name);
  if (byName >= 0) return byName;
  if (sampleType < base.profile.sampleTypes.length) return sampleType;
  throw new Error(`the base profile has no sample type "${name}"`);
}

function queried(profile: Profile, query: ProfileQuery): QueriedProfile {
  const view = viewOf(profile, query);
  const frames = framesOfView(view);
  return { view, frames, stacks: buildStackSet(view, frames), top: computeTop(view) };
}

/** Field by field, so the same query built elsewhere (profile.prepare) gets the same key. */
export function queryKey(session: ProfileSession, query: ProfileQuery): string {
  const filters = query.filters.map(f => [f.kind, f.pattern]);
  return JSON.stringify([query.sampleType, query.granularity, filters]) + (session.base ? `|base:${session.base.fileName}` : '');
}

export function stacksFor(session: ProfileSession, query: ProfileQuery): NonNullable<ProfileSession['cached']> {
  if (query.sampleType >= session.current.profile.sampleTypes.length) throw new Error(`no sample type #${query.sampleType}`);
  const key = queryKey(session, query);
  if (session.cachedKey === key && session.cached) return session.cached;
  // Drop the previous expansion first: on a 1M-sample profile it is tens of MB.
  session.cached = undefined;
  session.prepared = undefined;
  const current = queried(session.current.profile, query);
  const base = session.base ? queried(session.base.profile, { ...query, sampleType: baseSampleType(session, query.sampleType) }) : undefined;
  session.cachedKey = key;
  session.cached = { current, base };
  return session.cached;
}
