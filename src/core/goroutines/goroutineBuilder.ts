// The goroutine being read: its header's record and its stack's frames, until the scanner ends it
// and it becomes a row of the goroutine table. One builder serves every goroutine in turn, so a
// dump of a million goroutines makes no object per goroutine here.

import type { AncestorStack, GoroutineId, SourceFrame, WaitOn } from './model';
import { frameKey, type FrameInterner, type FuncId } from './frameInterner';
import { FrameScratch, type StackMaker } from './internedStacks';
import type { GoroutineTable, HeaderInfo, RareGoroutineParts } from './goroutineTable';
import type { RepeatedBody } from './repeatedBody';
import { detachString } from './textChunks';
import { doubled } from '../typedLists';
import { isPanicCall } from './ranking';
import { HeaderInfos } from './headerInfos';
import { mayPairInDeadlock } from './deadlockPairs';

/** What the header and the lines around the stack say of the goroutine being read. */
export interface OpenGoroutine {
  /** Exact: a bigint past Number.MAX_SAFE_INTEGER. */
  id: GoroutineId;
  info: HeaderInfo;
  startLine: number;
  endLine: number;
  createdBy: SourceFrame | null;
  creatorGoroutine: GoroutineId | null;
  framesElided: boolean;
  stackUnavailable: boolean;
  /** The text ends inside this goroutine. */
  cut: boolean;
  /** Null until a `[originating from goroutine N]:` section appears. */
  ancestors: { id: GoroutineId; frames: SourceFrame[] }[] | null;
  waitOn: WaitOn | null;
  /**
   * waitOn's priority in half steps (NO_WAIT_PRIORITY when none): a whole number, so the field stays a
   * small integer. As a double (an inexact address costs 1.5), the first such frame changed the
   * record's field to one and so its hidden class: every function compiled for the record was thrown
   * away mid-scan and ran unoptimised again.
   */
  waitPriority: number;
  /** The header's labels as printed (Go ≥ 1.27), or null. */
  labelsText: string | null;
  /**
   * The line of other text that stood where the `file:line` of the stack's last call was due, or -1:
   * Go prints one under every call, so a stack that goes no further stopped there (a log that lost its lines).
   */
  stoppedAtLine: number;
  /** The call it stopped at was cut inside its arguments (no text in its `file:line`'s place: the section ended). */
  stoppedCutInArguments: boolean;
}

/** Frames of the scratch lists a goroutine's stack is read into that stay allocated for the next goroutine. */
const KEPT_SCRATCH_FRAMES = 1024;
const NO_ANCESTORS: readonly AncestorStack[] = Object.freeze([]);
/** Only the top frames of a stack say what the goroutine waits on. */
const WAIT_FRAMES = 12;
const NO_WAIT_PRIORITY = -2;
/** Goroutines of one header record (state and minutes) that keep their arguments for a deadlock pair's evidence. */
const ARGS_WANTED_PER_HEADER = 8;

export class GoroutineBuilder implements StackMaker {
  readonly goroutine: OpenGoroutine = {
    id: 0, info: { state: '', waitMinutes: null, lockedToThread: false, leaked: false, synctest: false }, startLine: 0,
    endLine: 0, createdBy: null, creatorGoroutine: null, framesElided: false, stackUnavailable: false, cut: false, ancestors: null,
    waitOn: null, waitPriority: NO_WAIT_PRIORITY, labelsText: null, stoppedAtLine: -1, stoppedCutInArguments: false,
  };
  // The frames read so far of the goroutine being read, as ids: their functions and their frame ids
  // (`frameKey`, each location its id less its function's part), in typed scratch lists reused by
  // every goroutine, their first `frameCount` items valid. No frame object is made per call line: the
  // stack is found by its ids, and its frames are made only when it is new (`framesOfIds`).
  private funcs = new Int32Array(64);
  private frameIds = new Float64Array(64);
  frameCount = 0;
  private readonly frameScratch = new FrameScratch();
  private args: string[] = [];
  /**
   * The goroutine being read keeps its arguments though the scan does not (a deadlock pair's
   * evidence, deadlockPairs.ts): its lines' readers decode them when this is set.
   */
  wantsArgs = false;
  /**
   * Per header record (one per distinct state and minutes, headerInfos.ts), the goroutines that kept
   * their arguments for it: a pair's members are groups of one, and a dump of 18,000 blocked since the
   * same few hundred minutes would decode every call line's arguments for groups of thousands.
   */
  private readonly argsWantedPerHeader = new Map<HeaderInfo, number>();
  /**
   * Per stack, how many goroutines kept arguments: a pair's member is a group of one, or of two
   * waiting on each other's lock; a third goroutine of the stack is neither.
   */
  private readonly argsKeptPerStack = new Map<number, number>();

  /** What the headers read say, one shared record per distinct meaning (headerInfos.ts). */
  readonly headerInfos = new HeaderInfos();

  constructor(private readonly interner: FrameInterner, private readonly keepArgs: boolean) {}

  /** Starts the goroutine of a header at `line`; returns its record, the builder's one. */
  begin(id: GoroutineId, info: HeaderInfo, line: number): OpenGoroutine {
    const g = this.goroutine;
    g.id = id;
    g.info = info;
    g.startLine = g.endLine = line;
    g.createdBy = null;
    g.creatorGoroutine = null;
    g.framesElided = g.stackUnavailable = g.cut = false;
    g.ancestors = null;
    g.waitOn = null;
    g.waitPriority = NO_WAIT_PRIORITY;
    g.labelsText = null;
    g.stoppedAtLine = -1;
    g.stoppedCutInArguments = false;
    this.frameCount = 0;
    // A deep stack's lists are let go, not kept at its size for the goroutines after it.
    if (this.frameIds.length > KEPT_SCRATCH_FRAMES) {
      this.funcs = new Int32Array(64);
      this.frameIds = new Float64Array(64);
    }
    this.wantsArgs = !this.keepArgs && mayPairInDeadlock(info.state, info.waitMinutes) && this.wantArgsFor(info);
    if (this.keepArgs || this.wantsArgs) this.args = [];
    return g;
  }

  private wantArgsFor(info: HeaderInfo): boolean {
    const wanted = this.argsWantedPerHeader.get(info) ?? 0;
    if (wanted >= ARGS_WANTED_PER_HEADER) return false;
    this.argsWantedPerHeader.set(info, wanted + 1);
    return true;
  }

  /** The goroutine being read keeps the arguments of a call of `func` though the scan does not: none of the runtime's or package sync's, which name what it waits on. */
  wantsArgsOf(func: FuncId): boolean {
    if (!this.wantsArgs) return false;
    const name = this.interner.funcName(func);
    return !name.startsWith('runtime.') && !name.startsWith('sync.');
  }

  /** A frame of the stack, read from a call at `callLine` with its arguments' text `args`. */
  addFrame(func: FuncId, locationId: number, args: string, callLine: number): void {
    const g = this.goroutine;
    // A frame read after the text that stood in the stack: the stack went on.
    if (callLine > g.stoppedAtLine) g.stoppedAtLine = -1;
    const at = this.frameCount;
    if (at === this.frameIds.length) {
      this.funcs = doubled(this.funcs);
      this.frameIds = doubled(this.frameIds);
    }
    this.funcs[at] = func;
    this.frameIds[at] = frameKey(func, locationId);
    this.frameCount++;
    if (this.keepArgs || this.wantsArgs) this.args.push(detachString(args));
    const spec = this.interner.waitSpecOf(func);
    if (spec && 2 * spec.priority > g.waitPriority && this.frameCount <= WAIT_FRAMES) {
      const address = firstArgAddress(args);
      // An exact address from a deeper frame beats a `?` (possibly stale) one from a closer frame.
      const priority = address ? 2 * spec.priority - (address.inexact ? 3 : 0) : NO_WAIT_PRIORITY;
      if (address && priority > g.waitPriority) {
        g.waitOn = { kind: spec.kind, op: spec.op, address: address.address, inexact: address.inexact };
        g.waitPriority = priority;
      }
    }
  }

  /**
   * The last frame read keeps its function, at `file:line` where the end of the text told its
   * location better than its line did (a number the cut shortened, told by the goroutines above).
   */
  relocateLastFrame(file: string, line: number): void {
    const at = this.frameCount - 1;
    if (at < 0) return;
    this.frameIds[at] = this.interner.frameId({ func: this.frameAt(at).func, file, line });
  }

  /** The last frame read, or undefined before the first. */
  lastFrame(): SourceFrame | undefined {
    return this.frameCount === 0 ? undefined : this.frameAt(this.frameCount - 1);
  }

  /** The function name of frame `index` of the stack read so far. */
  funcNameAt(index: number): string {
    return this.interner.funcName(this.funcs[index]);
  }

  /** The interned frame `index` of the stack read so far. */
  private frameAt(index: number): SourceFrame {
    return this.interner.frameOfId(this.funcs[index], this.frameIds[index]);
  }

  /** The frames of the stack read so far, for the interner when the stack is new (`ids` are this builder's). */
  framesOfIds(_ids: ArrayLike<number>, length: number): SourceFrame[] {
    // A deep stack's list is made at its length (a holey list, which a short one is not made into):
    // grown by pushes, its copies were tens of megabytes for 10^6 frames.
    if (length > KEPT_SCRATCH_FRAMES) {
      const deep = new Array<SourceFrame>(length);
      for (let i = 0; i < length; i++) deep[i] = this.frameAt(i);
      return deep;
    }
    const frames = this.frameScratch;
    for (let i = 0; i < length; i++) frames.set(i, this.frameAt(i));
    return frames.copy(length);
  }

  /**
   * The frames hold a call to `panic` under another frame: the stack was printed while the panic
   * unwound, by a deferred function (a crash's own stack starts at the frame that panicked).
   */
  panicCalled(): boolean {
    for (let i = 1; i < this.frameCount; i++) if (isPanicCall(this.frameAt(i))) return true;
    return false;
  }

  /** Adds the goroutine read to `table`, and notes it in `bodies` as the last one finished (repeatedBody.ts). */
  finish(interner: FrameInterner, table: GoroutineTable, bodies: RepeatedBody): void {
    const g = this.goroutine;
    const ancestors: readonly AncestorStack[] = g.ancestors === null ? NO_ANCESTORS
      : g.ancestors.map(a => ({ id: a.id, frames: interner.stack(a.frames) }));
    const rare: RareGoroutineParts | null = this.keepArgs || g.framesElided || g.stackUnavailable || g.cut || ancestors !== NO_ANCESTORS
      ? { args: this.keepArgs ? this.args : null, framesElided: g.framesElided, stackUnavailable: g.stackUnavailable, ancestors, cut: g.cut }
      : null;
    const stackId = interner.stackIdOfIds(this.frameIds, this.frameCount, this);
    const stack = interner.framesOfStack(stackId);
    table.add(g.id, g.info, stack, g.createdBy, g.creatorGoroutine, g.waitOn, g.startLine, g.endLine, rare, g.labelsText, stackId);
    if (this.wantsArgs) {
      const kept = this.argsKeptPerStack.get(stackId) ?? 0;
      if (kept < 2) {
        this.argsKeptPerStack.set(stackId, kept + 1);
        table.setLongWaitArgs(table.length - 1, this.args);
      }
    }
    this.wantsArgs = false;
    const last = bodies.lastFinished;
    last.ordinary = rare === null;
    last.stack = stack;
    last.stackId = stackId;
    last.createdBy = g.createdBy;
    last.creatorGoroutine = g.creatorGoroutine;
    last.waitOn = g.waitOn;
    last.endLineOffset = g.endLine - g.startLine;
  }
}

/** First argument word when it is an address: `0xc000123456`, `0xc000123456?`, `{0xc000…, 0x2}`. */
function firstArgAddress(args: string): { address: string; inexact: boolean } | null {
  const match = /^\{?(0x[0-9a-fA-F]+)(\?)?/.exec(args);
  if (!match || match[1].length < 5) return null;
  return { address: detachString(match[1].toLowerCase()), inexact: match[2] === '?' };
}
