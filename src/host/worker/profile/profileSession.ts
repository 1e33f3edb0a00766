// What the worker keeps per open profile document between jobs: the decoded profile (and the
// diff base), and the last query's QueriedProfile (so zoom-detail and callers requests reuse
// its view and names instead of walking the profile again).
import type { Profile } from '../../../core/pprof';
import { readProfile } from '../../../core/input';
import { compareWithBase, QueriedProfile, TopTableWindows, type DiffOptions, type PeekWindows, type ProfileQuery, type SampleTypeWindows } from '../../../core/report';
import type { WorkerStore } from '../jobTypes';
import { threadLimits } from '../threadLimits';
import { localFiles, workerPlatform } from '../workerPlatform';

export interface DecodedProfile {
  fileName: string;
  profile: Profile;
}

export interface ProfileSession {
  current: DecodedProfile;
  /** The current profile's sample types with their totals: the picker asks for those past the summary's (profile.sampleTypes). */
  types: SampleTypeWindows;
  base?: DecodedProfile;
  /** The profile minus the base, for the diff options it was made with. */
  diffed?: { key: string; profile: Profile };
  cachedKey?: string;
  cached?: QueriedProfile;
  /**
   * A whole `profile.view` answer computed ahead by `profile.prepare` for the cached query and a
   * guessed width; the first matching `profile.view` takes it (its buffers move to the host).
   */
  prepared?: { key: string; widthPx: number; output: unknown };
  /** The last view's whole top table: the webview asks for the rows it shows (profile.topRows). */
  top?: { key: string; windows: TopTableWindows };
  /** The last peek, whole: the webview asks for the callers and callees past the first (profile.peekEdges). */
  peek?: { key: string; functionName: string; windows: PeekWindows };
}

const storeKey = (documentId: string) => `profile:${documentId}`;

/**
 * A profile's bytes, or the path of a local file (a `file:` URI) that the worker reads itself:
 * then the extension host never receives the bytes (37 MB through vscode.workspace.fs stalled
 * the host ~300 ms) and they are not moved between threads.
 */
export type ProfileBytesSource = Uint8Array | { readonly filePath: string };

/** `gunzip`: the one gunzipAhead made, else the platform's (zlib in Node, the core's fflate on the web). */
export function decodeProfile(fileName: string, source: ProfileBytesSource, gunzip = workerPlatform().gunzip): DecodedProfile {
  const bytes = source instanceof Uint8Array ? source : localFiles().readFile(source.filePath);
  return { fileName, profile: readProfile(bytes, { gunzip, maxUnzippedBytes: threadLimits.maxUnzippedBytes }) };
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

/** A query without diff options compares like pprof's plain -diff_base. */
export const DEFAULT_DIFF: DiffOptions = { subtractBase: false, normalize: false };

/** Field by field, so the same query built elsewhere (profile.prepare) gets the same key. */
export function queryKey(session: ProfileSession, query: ProfileQuery): string {
  const filters = query.filters.map(f => [f.kind, f.pattern]);
  const diff = query.diff ?? DEFAULT_DIFF;
  return JSON.stringify([query.sampleType, query.granularity, filters, query.tagRoot ?? [], query.tagLeaf ?? []])
    + (session.base ? `|base:${session.base.fileName}|${diff.subtractBase}|${diff.normalize}` : '');
}

/** What the query's views are computed from: the profile, or the profile minus the base. */
export function profileFor(session: ProfileSession, query: ProfileQuery): Profile {
  if (!session.base) return session.current.profile;
  const options = query.diff ?? DEFAULT_DIFF;
  const key = `${options.subtractBase}|${options.normalize}`;
  if (session.diffed?.key !== key) {
    session.diffed = undefined;
    session.diffed = { key, profile: compareWithBase(session.current.profile, session.base.profile, options) };
  }
  return session.diffed.profile;
}

export function queriedFor(session: ProfileSession, query: ProfileQuery): QueriedProfile {
  const key = queryKey(session, query);
  if (session.cachedKey === key && session.cached) return session.cached;
  // Drop the previous view first: on a 1M-sample profile it is tens of MB.
  session.cached = undefined;
  session.prepared = undefined;
  session.top = undefined;
  session.peek = undefined;
  session.cached = new QueriedProfile(profileFor(session, query), query);
  session.cachedKey = key;
  return session.cached;
}
