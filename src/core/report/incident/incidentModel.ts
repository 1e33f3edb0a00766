/**
 * The incident: what a folder of captures from one process says when its heap profile and its
 * goroutine dump are read together. Computed once in core (buildIncident), printed by
 * `goprof incident DIR --json` exactly as this shape, drawn by the incident webview, and written
 * to the exported HTML / Markdown report. Values are raw, in the profile's unit (bytes for heap).
 */

/** What a gathered file was read as. */
export type IncidentFileKind =
  | 'heap' | 'allocs' | 'goroutine-dump' | 'goroutine-profile' | 'cpu' | 'mutex' | 'block' | 'threadcreate' | 'other-profile';

export interface IncidentFile {
  /** Path relative to the incident folder, '/'-separated. */
  readonly path: string;
  readonly kind: IncidentFileKind;
  /** When it was captured, ms since the epoch: the profile's time_nanos, else a time in its name, else the file's mtime. */
  readonly capturedAtMs?: number;
  /** Where capturedAtMs comes from. */
  readonly capturedAtFrom?: 'profile' | 'name' | 'mtime';
  /** One line on what it holds, e.g. "debug=2 text, 18,410 goroutines" or "proto, inuse_space 579 MiB". */
  readonly detail?: string;
  /** Used for the answer (the join, memory accounting); the others are listed and charted over time. */
  readonly used?: boolean;
}

export interface UnreadFile {
  readonly path: string;
  /** One line: what was wrong and where (the InputError message). */
  readonly reason: string;
}

/** A source position a sentence or a row links to. */
export interface SourceRef {
  readonly func: string;
  readonly file: string;
  readonly line: number;
}

/** The heap allocated under the functions of a suspect's stack and creator path. */
export interface SuspectHeapJoin {
  /** The sample type joined, e.g. inuse_space (and alloc_space in allocsJoin). */
  readonly sampleType: string;
  /** Raw value held by samples whose stacks contain one of the joined functions. */
  readonly value: number;
  /** value / the profile's total for that sample type. */
  readonly fraction: number;
  /** The suspect's functions that appear in the profile's stacks, most heap first. */
  readonly functions: readonly string[];
  /**
   * Where that memory was allocated: per allocation site the innermost function of your code on
   * the stack (the leaf itself when the whole stack is runtime / standard library), heaviest first;
   * `under`: the function the joined one called on the way there (the first frame below it).
   */
  readonly allocatedIn: readonly { readonly func: string; readonly value: number; readonly under?: string }[];
  /** The joined samples as a call tree rooted at the outermost joined function (root first), small enough to draw. */
  readonly flame?: IncidentFlameNode;
}

/** A node of the joined functions' flame graph: value is the cumulative value (the width). */
export interface IncidentFlameNode {
  readonly name: string;
  readonly value: number;
  readonly children: readonly IncidentFlameNode[];
}

/** Where a group's creator was found in the dump, and the frames of its call path (innermost first). */
export interface CreatorCallPath {
  /**
   * 'creator-goroutine': the goroutines the dump names as the creators (`created by F in goroutine N`,
   * Go ≥ 1.21), still in F; 'running-creator': the dump names no creator goroutine, so every goroutine
   * running F now (it may be more than the true creator).
   */
  readonly via: 'creator-goroutine' | 'running-creator';
  /** The creator goroutines' ids (creator-goroutine), an id past 2^53 as its digits; [] for running-creator. */
  readonly goroutineIds: readonly (number | string)[];
  /** Goroutines whose stacks gave the path. */
  readonly goroutines: number;
  /** From the creator function outward, each function once. */
  readonly frames: readonly SourceRef[];
}

export interface IncidentSuspect {
  /** One sentence with the numbers, as the answer prints it. */
  readonly sentence: string;
  readonly count: number;
  /** Wait state, e.g. "chan send". */
  readonly state: string;
  readonly waitMinutes: { readonly min: number; readonly max: number } | null;
  /** The first user frame of the group (the blocking line). */
  readonly func: string;
  readonly file: string;
  readonly line: number;
  readonly createdBy: SourceRef | null;
  /** The call path it was created on (its creator goroutine's frames from the creator function outward), joined with its own frames; null when the dump shows none. */
  readonly creatorPath?: CreatorCallPath | null;
  /** The group's frames, innermost first: all, or the first and last of a deep stack (`framesLeftOut`). */
  readonly frames: readonly SourceRef[];
  /** Frames of the middle of a deep stack left out of `frames` (after its first `at`): absent when none. */
  readonly framesLeftOut?: { readonly at: number; readonly count: number };
  /** In-use heap joined; null when the folder has no heap profile or nothing joins. */
  readonly heap: SuspectHeapJoin | null;
  /** Allocations joined (allocs profile or the heap profile's alloc_space); null when none. */
  readonly allocs: SuspectHeapJoin | null;
  /** Bytes of goroutine stack this group implies (count × stack size). */
  readonly stackBytes: number;
  /** 'memstats': its share of StackInuse by goroutine count; 'minimum': count × 2 KiB, Go's smallest stack. */
  readonly stackBytesBasis?: 'memstats' | 'minimum';
  /** The group's stable key (as the goroutine view groups it), to find it in the full dump view. */
  readonly groupKey?: string;
  /** Why the heap was not joined, when it was not (no heap profile, another process, nothing shared). */
  readonly notJoined?: string;
}

export interface MemStatsFigures {
  readonly HeapInuse?: number;
  readonly HeapIdle?: number;
  readonly HeapReleased?: number;
  readonly HeapAlloc?: number;
  readonly StackInuse?: number;
  readonly Sys?: number;
  readonly NumGC?: number;
  /** The heap profile's sampling rate (MemProfileRate), bytes. */
  readonly MemProfileRate?: number;
}

export interface IncidentMemory {
  /** The heap profile's in-use total (raw, bytes); null without a heap profile. */
  readonly heapProfileTotal: number | null;
  readonly memStats: MemStatsFigures | null;
  /** A sentence: how much of the process the profile explains and where the rest is. */
  readonly explained: string;
}

/** One series over the captures: a goroutine group's count or a heap function's in-use bytes. */
export interface OverTimeSeries {
  readonly kind: 'goroutines' | 'heap';
  /** The group's user frame or the heap function. */
  readonly name: string;
  /** The group's top user function (its first frame when none is yours), or the heap function. */
  readonly func?: string;
  readonly points: readonly { readonly capturedAtMs: number | null; readonly path: string; readonly value: number }[];
  /** Grew in each of the last LEAK_WINDOW (3) captures, heap bytes by more than their sampling noise; never with fewer captures. */
  readonly leak: boolean;
  /** How many of the latest captures the leak flag looks at. */
  readonly leakWindow?: number;
  /** Heap only: a rise over the window this large or smaller is sampling noise, not growth (bytes). */
  readonly leakNoise?: number;
  /** The first capture where the series had a value: where a leaking group appeared. */
  readonly firstSeen?: { readonly path: string; readonly capturedAtMs: number | null };
  /** The latest value minus the first. */
  readonly growth?: number;
}

/** A row of the heap profile's top table (pprof -top, function granularity), raw bytes. */
export interface IncidentTopRow {
  readonly func: string;
  readonly flat: number;
  readonly cum: number;
}

export interface Incident {
  readonly files: readonly IncidentFile[];
  readonly unread: readonly UnreadFile[];
  /** Sentences, the first one the view's first line. */
  readonly answer: readonly string[];
  /** Ranked: the first is the likeliest cause. */
  readonly suspects: readonly IncidentSuspect[];
  readonly memory: IncidentMemory;
  readonly overTime: readonly OverTimeSeries[];
  /** The dump and the heap profile used for the answer (paths as in files), null when the folder has none. */
  readonly dumpPath?: string | null;
  readonly heapPath?: string | null;
  /** Goroutines in the dump used (what `goprof goroutines` prints as its total), null without a dump. */
  readonly goroutineTotal?: number | null;
  /** The heap profile's top rows (inuse_space), at most 20, as `goprof top` orders them. */
  readonly heapTop?: readonly IncidentTopRow[];
}
