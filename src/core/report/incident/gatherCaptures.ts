// Gathering: the files of an incident folder, read through the one input door (core/input), each
// told apart (heap, allocs, goroutines, cpu …) and dated. A file that cannot be read is listed with
// the reason, never fatal. Core does no IO: the CLI and the host read the folder and hand the bytes.
import type { GoroutineAnalysis } from '../../goroutines';
import { InputError, readGoroutines, readInput } from '../../input';
import { sampleTypeTotal, sampleTypeIndex, type ParseOptions, type Profile } from '../../pprof';
import { formatValue } from '../../format';
import { goroutineDetail, memStatsOf, profileKind, timeInName } from './captureKinds';
import type { IncidentFile, IncidentFileKind, MemStatsFigures, UnreadFile } from './incidentModel';

/** One file of the folder as the caller read it. */
export interface IncidentInputFile {
  /** Relative to the incident folder, '/'-separated. */
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly mtimeMs?: number;
}

export interface IncidentReadOptions {
  /** A faster gunzip (Node's zlib). */
  readonly gunzip?: ParseOptions['gunzip'];
  readonly maxUnzippedBytes?: number;
}

/** A file read as what it is. */
export interface Capture {
  readonly path: string;
  readonly kind: IncidentFileKind;
  readonly capturedAtMs: number | null;
  readonly capturedAtFrom: 'profile' | 'name' | 'mtime' | null;
  readonly detail: string;
  /** Every pprof profile, goroutine profiles included. */
  readonly profile: Profile | null;
  /** Goroutine dumps (debug=2, debug=1) and goroutine profiles, grouped and ranked. */
  readonly goroutines: GoroutineAnalysis | null;
  /** 2 for a debug=2 dump, 1 for debug=1 text, 0 for a goroutine profile.proto, -1 otherwise: which dump the answer prefers. */
  readonly dumpRichness: number;
  readonly memStats: MemStatsFigures | null;
  /**
   * The change over N seconds (net/http/pprof's `heap?seconds=N`, `allocs?seconds=N`, `mutex?…`,
   * `block?…`) rather than a snapshot: not a moment's heap, so never the heap read or charted.
   */
  readonly delta: boolean;
}

export interface GatheredCaptures {
  /** By kind, then capture time (undated last), then path. */
  readonly captures: readonly Capture[];
  readonly unread: readonly UnreadFile[];
}

export function gatherCaptures(files: readonly IncidentInputFile[], options: IncidentReadOptions = {}): GatheredCaptures {
  const captures: Capture[] = [];
  const unread: UnreadFile[] = [];
  for (const file of files) {
    try {
      captures.push(readCapture(file, options));
    } catch (e) {
      // Whatever went wrong with one file (bad bytes, a gzip bomb, a decoder's own error) is that
      // file's reason: the rest of the folder is still read.
      unread.push({ path: file.path, reason: oneLine(e instanceof Error ? e.message : String(e)) });
    }
  }
  captures.sort(byKindThenTime);
  unread.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { captures, unread };
}

/** Captures gathered in turns (a watch reads each new capture once) as if gathered at once. */
export function mergeGathered(a: GatheredCaptures, b: GatheredCaptures): GatheredCaptures {
  return {
    captures: [...a.captures, ...b.captures].sort(byKindThenTime),
    unread: [...a.unread, ...b.unread].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)),
  };
}

function readCapture(file: IncidentInputFile, options: IncidentReadOptions): Capture {
  if (file.bytes.length === 0) throw new InputError('the file is empty');
  const model = readInput(file.bytes, { gunzip: options.gunzip, maxUnzippedBytes: options.maxUnzippedBytes });
  if (model.kind === 'goroutines') {
    const analysis = model.analysis;
    if (analysis.total === 0) throw new InputError('no goroutines found: not a profile or a goroutine dump');
    const when = dated(file, 0);
    return {
      path: file.path, kind: 'goroutine-dump', ...when, detail: goroutineDetail(analysis, false), profile: null, goroutines: analysis,
      dumpRichness: analysis.dump.format === 'debug1' ? 1 : 2, memStats: null, delta: false,
    };
  }
  const profile = model.profile;
  const kind = profileKind(profile, file.path);
  const when = dated(file, profile.timeNanos);
  let goroutines: GoroutineAnalysis | null = null;
  let dumpRichness = -1;
  if (kind === 'goroutine-profile') {
    goroutines = readGoroutines(file.bytes, { gunzip: options.gunzip, maxUnzippedBytes: options.maxUnzippedBytes });
    dumpRichness = profile.format === 'proto' ? 0 : 1;
  }
  const delta = isDeltaProfile(profile, kind);
  const detail = goroutines ? goroutineDetail(goroutines, profile.format === 'proto') : profileDetail(profile);
  return {
    path: file.path, kind, ...when, detail: delta ? `${detail}, change over ${Math.round(profile.durationNanos / 1e9)} s` : detail,
    profile, goroutines, dumpRichness, memStats: memStatsOf(profile), delta,
  };
}

/**
 * net/http/pprof's delta profiles (`?seconds=N`) carry the N seconds as their duration; a snapshot's
 * duration is the few milliseconds it took to write.
 */
function isDeltaProfile(profile: Profile, kind: IncidentFileKind): boolean {
  return (kind === 'heap' || kind === 'allocs' || kind === 'mutex' || kind === 'block') && profile.durationNanos >= 1e9;
}

function dated(file: IncidentInputFile, timeNanos: number): Pick<Capture, 'capturedAtMs' | 'capturedAtFrom'> {
  if (timeNanos > 0) return { capturedAtMs: Math.round(timeNanos / 1e6), capturedAtFrom: 'profile' };
  const named = timeInName(file.path);
  if (named !== null) return { capturedAtMs: named, capturedAtFrom: 'name' };
  if (file.mtimeMs !== undefined && file.mtimeMs > 0) return { capturedAtMs: Math.round(file.mtimeMs), capturedAtFrom: 'mtime' };
  return { capturedAtMs: null, capturedAtFrom: null };
}

function profileDetail(profile: Profile): string {
  const format = profile.format === 'proto' ? 'proto' : 'legacy text';
  const t = profile.sampleTypes[sampleTypeIndex(profile)];
  if (!t) return format;
  const total = sampleTypeTotal(profile, sampleTypeIndex(profile));
  const value = formatValue(total, t.unit);
  return `${format}, ${t.type} ${value}${profile.format === 'legacy-heap' && memStatsOf(profile) ? ', with MemStats' : ''}`;
}

const KIND_ORDER: readonly IncidentFileKind[] = [
  'goroutine-dump', 'goroutine-profile', 'heap', 'allocs', 'cpu', 'mutex', 'block', 'threadcreate', 'other-profile',
];

function byKindThenTime(a: Capture, b: Capture): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.capturedAtMs ?? Infinity) - (b.capturedAtMs ?? Infinity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function oneLine(message: string): string {
  // A message of paragraphs (no dump found: what was read, why) reads on as one.
  const line = message.split('\n').map(l => l.trim()).filter(l => l !== '').join(' ');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** The captures as the model lists them; `used` marks the ones the answer reads. */
export function incidentFiles(captures: readonly Capture[], used: ReadonlySet<Capture>): IncidentFile[] {
  return captures.map(c => ({
    path: c.path, kind: c.kind, detail: c.detail, used: used.has(c),
    ...(c.capturedAtMs !== null ? { capturedAtMs: c.capturedAtMs } : {}),
    ...(c.capturedAtFrom !== null ? { capturedAtFrom: c.capturedAtFrom } : {}),
  }));
}
