// Plain data produced by the goroutine-dump scanner and consumed by grouping, ranking and views.
// Line numbers are 1-based everywhere (as editors display them); use `line - 1` for a vscode.Position.

import type { BadReturnPc } from './badReturnPc';
import type { GoroutineId } from './goroutineIds';

export type { GoroutineId };

/** A source location in a stack. Interned per dump: equal frames are the same object. */
export interface SourceFrame {
  /** Fully qualified function, e.g. `k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1`. */
  readonly func: string;
  /** File path as printed ('' when the dump has no file line, e.g. a grep excerpt or gccgo `:0`). */
  readonly file: string;
  /** 0 when unknown. */
  readonly line: number;
}

/** Inclusive 1-based line range in the source text. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** `memory`: the address of a data race (race detector report), accessed by reads and writes. */
export type WaitObjectKind = 'chan' | 'mutex' | 'rwmutex' | 'waitgroup' | 'cond' | 'sema' | 'memory';
export type WaitOperation = 'send' | 'receive' | 'lock' | 'rlock' | 'wait' | 'acquire' | 'read' | 'write';

/**
 * The object a goroutine is parked on, read from the arguments of a runtime/sync frame; for an
 * access of a race detector report, the raced memory address.
 */
export interface WaitOn {
  readonly kind: WaitObjectKind;
  readonly op: WaitOperation;
  /** Hex address as printed, without the trailing `?` of inexact (Go ≥ 1.17) arguments. */
  readonly address: string;
  /** True when Go printed the value with `?` (may be stale). */
  readonly inexact: boolean;
}

/** `[originating from goroutine N]:` section (GODEBUG=tracebackancestors). */
export interface AncestorStack {
  readonly id: GoroutineId;
  readonly frames: readonly SourceFrame[];
}

export interface Goroutine {
  readonly id: GoroutineId;
  /**
   * Wait reason or status without markers, e.g. `chan send`, `running`, `IO wait`; for an access
   * of a race detector report `data race (read)`, `data race (previous write)` etc.
   */
  readonly state: string;
  /** `N minutes` from the header; null when not printed (blocked less than a minute, or not waiting). */
  readonly waitMinutes: number | null;
  readonly lockedToThread: boolean;
  /** `(leaked)` marker (Go 1.26 goroutine leak detection). */
  readonly leaked: boolean;
  /** `(durable)` marker or `synctest bubble N` / `synctest group N` part. */
  readonly synctest: boolean;
  /** Innermost frame first. Goroutines with identical frames share the array. */
  readonly frames: readonly SourceFrame[];
  /** Raw text inside the parentheses per frame ('' for gccgo frames); null unless parsed with keepArgs. */
  readonly args: readonly string[] | null;
  readonly createdBy: SourceFrame | null;
  /** `created by X in goroutine N` (Go ≥ 1.21). */
  readonly creatorGoroutine: GoroutineId | null;
  /**
   * The calls under the creator's `go` statement, innermost first, where the text prints them: a race
   * report's `Goroutine N (running) created at:` stack past its first frame (the creator). Absent when none.
   */
  readonly creatorCallers?: readonly SourceFrame[];
  /** `...additional frames elided...` or `...N frames elided...` was printed. */
  readonly framesElided: boolean;
  /** `goroutine running on other thread; stack unavailable` (or gccgo `goroutine in C code`). */
  readonly stackUnavailable: boolean;
  /** The text ends inside this goroutine's stack (a truncated dump, a paste cut short): its frames are the ones printed before the cut. */
  readonly cut: boolean;
  readonly ancestors: readonly AncestorStack[];
  readonly waitOn: WaitOn | null;
  readonly lines: LineRange;
  /** runtime/pprof labels printed in the header (Go ≥ 1.27, or GODEBUG=tracebacklabels=1); null without. */
  readonly labels: Readonly<Record<string, string>> | null;
}

/** One `N @ 0x…` record of a debug=1 profile, or one sample of a goroutine profile.proto. */
export interface StackRecord {
  readonly count: number;
  /** Innermost frame first. */
  readonly frames: readonly SourceFrame[];
  readonly labels: Readonly<Record<string, string>>;
  /** Null for records that do not come from text (profile.proto). */
  readonly lines: LineRange | null;
  /** A record of a goroutineleak profile (Go ≥ 1.26): the runtime found these goroutines leaked. */
  readonly leaked?: boolean;
  /**
   * The return addresses of the runtime frames runtime/pprof hid above the first frame it printed
   * (hiddenRuntimeWaits.ts); null once the dump's analysis has grouped the records (their groups keep what they told).
   */
  hiddenAddresses?: readonly number[] | null;
}

/** A `runtime stack:` section of a fatal error (the system stack of the crashing thread). */
export interface RuntimeStack {
  readonly frames: readonly SourceFrame[];
  readonly lines: LineRange;
}

/**
 * A goroutine's stack whose header is not in the text: an excerpt that starts mid-goroutine, a stack
 * pasted without its header, a logger's stack trace field. Whose it is and its state are unknown,
 * so it is no goroutine of the dump (counts and groups are the headers' only).
 */
export interface HeadlessStack {
  /** Innermost frame first; empty when only its `created by` is in the text. */
  readonly frames: readonly SourceFrame[];
  readonly createdBy: SourceFrame | null;
  readonly lines: LineRange;
  /** The printer cut the stack short (Delve's `(truncated)` under a stack deeper than it was asked to print). */
  readonly framesElided?: boolean;
  /** The text ends inside this stack (a log record's stack field the paste cut): its frames are the ones before the cut. */
  readonly cut?: true;
}

/**
 * Goroutines a debugger counted but did not print: Delve's `goroutines -group` lists a few of each
 * group, then the group's `Total:`.
 */
export interface UnlistedGoroutines {
  /** The ids of the group's goroutines that are in the text. */
  readonly listedIds: readonly GoroutineId[];
  /** How many more the group holds. */
  readonly count: number;
  /** The line that gives the group's total. */
  readonly line: number;
}

export interface CrashHeader {
  /** `panic: …`, `fatal error: …` or `SIGQUIT: quit`, as written. */
  readonly message: string;
  readonly line: number;
  /**
   * A panic recovered and logged with its goroutine's stack, which lives on (a recovered-panic kind
   * of crashLines.ts, or a runtime error's value alone over the stack, whose line says so in no
   * words): each view says it once, the message never. Absent otherwise.
   */
  readonly recovered?: true;
}

export interface DumpWarning {
  readonly line: number;
  readonly message: string;
}

/**
 * A dump that an id seen again showed to be followed by another one in the same text (a log with a
 * dump per SIGQUIT, captures appended to one file). Only the last dump is kept and grouped.
 */
export interface EarlierDump {
  /** From its crash header or first goroutine to the line before the next dump. */
  readonly lines: LineRange;
  readonly goroutines: number;
  /** Its crash line (the first in its lines), or null: each dump of a log of restarts keeps its own. */
  readonly crash: CrashHeader | null;
}

export type DumpFormat = 'traceback' | 'debug1' | 'empty';

/** The goroutines of a dump, in text order (stored column-wise: see GoroutineTable). */
export interface GoroutineList extends Iterable<Goroutine> {
  readonly length: number;
  /** The goroutine at `index` (0 ≤ index < length), made on demand; throws a RangeError otherwise. */
  get(index: number): Goroutine;
}

export interface GoroutineDump {
  /** `traceback`: debug=2 / runtime.Stack / crash output; `debug1`: counted stacks without state. */
  readonly format: DumpFormat;
  readonly goroutines: GoroutineList;
  readonly records: readonly StackRecord[];
  /** `goroutine profile: total N` of a debug=1 profile; null otherwise. */
  readonly declaredTotal: number | null;
  /** The text was cut (64 MiB limit of runtime/pprof, or mid-record at the end). */
  readonly truncated: boolean;
  /** The text stops inside a crash's register dump, printed after the goroutines: none of them is missing. Absent otherwise. */
  readonly truncatedInRegisterDump?: true;
  /** Goroutines of the process that the text counts without printing them (Delve's groups); absent when none. */
  readonly unlisted?: readonly UnlistedGoroutines[];
  readonly crash: CrashHeader | null;
  /** Index in `goroutines` of the goroutine that crashed (first after a panic or fatal error), else -1. */
  readonly crashedGoroutine: number;
  readonly runtimeStacks: readonly RuntimeStack[];
  /** The runtime's `unexpected return pc` lines (badReturnPc.ts), in text order; absent when none. */
  readonly badReturnPcs?: readonly BadReturnPc[];
  /** Stacks whose goroutine header is not in the text, in text order. */
  readonly headlessStacks: readonly HeadlessStack[];
  /** The text starts inside a goroutine: a stack without its header comes before any goroutine's header. */
  readonly cutAtStart: boolean;
  /** Lines of a paster's marks of lines left out between goroutines (`...`, `[ ... elided ... ]`): goroutines there are not counted; absent when none. */
  readonly pasterGaps?: readonly number[];
  readonly warnings: readonly DumpWarning[];
  readonly lineCount: number;
  /** Dumps before the kept one, oldest first; empty when the text holds one dump. */
  readonly earlierDumps: readonly EarlierDump[];
  /** The goroutines of the dump before the kept one (the last of `earlierDumps`), for growth since then; else null. */
  readonly previousDump: GoroutineList | null;
}

/** How strictly goroutines must match to share a group (panicparse's similarity levels). */
export type Similarity =
  /** Same state, frames (function + file:line) and creator function; arguments ignored. */
  | 'default'
  /** …and the same non-pointer arguments (values below 1 MiB; pointers may differ). */
  | 'args'
  /** …and exactly the same argument text. */
  | 'exact';

export interface WaitMinutesSummary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface WaitHistogramBucket {
  readonly fromMinutes: number;
  /** Exclusive; null for the open last bucket. */
  readonly toMinutes: number | null;
  readonly count: number;
}

export interface GroupWaitTarget {
  readonly kind: WaitObjectKind;
  readonly op: WaitOperation;
  readonly address: string;
  readonly count: number;
}

export interface GoroutineGroup {
  /** Signature that is stable across dumps (state, creator, frames), used to compare two dumps. */
  readonly key: string;
  readonly count: number;
  /** How many of `count` the text counts without printing them (Delve's group totals); absent when none. */
  readonly unlisted?: number;
  /** Wait state; for stacks without a header (debug=1, proto) the state implied by the frames, or ''. */
  readonly state: string;
  /** True when `state` was inferred from frames rather than read from a header. */
  readonly stateInferred: boolean;
  /** Null when no goroutine of the group printed `N minutes` (or the dump has no headers). */
  readonly waitMinutes: WaitMinutesSummary | null;
  /** Always the same buckets: <1, 1–5, 5–15, 15–60, 60–240, 240–1440, ≥1440 minutes. Empty without minutes. */
  readonly waitHistogram: readonly WaitHistogramBucket[];
  readonly lockedToThread: number;
  readonly leaked: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Frames of the first goroutine, innermost first. */
  readonly frames: readonly SourceFrame[];
  /**
   * Innermost frame outside the standard library, or null; for a crashed group, the user frame its
   * sentence blames (a recovered panic's frame under its `panic`, not the handler that logged it).
   */
  readonly userFrame: SourceFrame | null;
  readonly createdBy: SourceFrame | null;
  /** The first goroutine's `creatorCallers` (a race report's creation stack under its creator); absent when none. */
  readonly creatorCallers?: readonly SourceFrame[];
  /** Goroutine ids in dump order, at most `idSampleSize` (default 100) of them. */
  readonly goroutineIds: readonly GoroutineId[];
  /** Lines of the first goroutine (null for profile.proto samples). */
  readonly firstLines: LineRange | null;
  readonly framesElided: boolean;
  readonly stackUnavailable: boolean;
  /** Its goroutine is the one the text's end cut short: the stack may lack its outer frames. */
  readonly cut: boolean;
  /** Only runtime/standard-library frames and creator: background machinery a view may hide. */
  readonly isIdleRuntime: boolean;
  /** Holds the goroutine that crashed the process (the first printed after a panic or fatal error). */
  readonly crashed: boolean;
  /** Plain sentence when the group looks like the problem (crash, leak, deadlock, data race), else null. */
  readonly suspect: string | null;
  /** Ranking score; groups are sorted by it (idle groups last). */
  readonly score: number;
  /** Most waited-on objects of the group, at most 3. */
  readonly waitTargets: readonly GroupWaitTarget[];
}

/** Who waits on what: goroutines parked on one channel, mutex or semaphore address. */
export interface WaitTarget {
  readonly kind: WaitObjectKind;
  readonly address: string;
  readonly waiters: number;
  /** Per operation, e.g. { send: 18000 } or { lock: 12, rlock: 3 }. */
  readonly byOperation: Readonly<Partial<Record<WaitOperation, number>>>;
  /** E.g. "18,000 senders, 0 receivers on chan 0xc000123456". */
  readonly description: string;
}

export interface GroupGrowth {
  readonly key: string;
  readonly state: string;
  readonly frames: readonly SourceFrame[];
  readonly createdBy: SourceFrame | null;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}
