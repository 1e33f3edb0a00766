// The dump-boundary and truncation tracker: the crash headers that open each dump of a text (a
// chain of panics or a test timeout's running tests joined into one), and where the text ends
// relative to what was being read, which tells a dump cut short from one that is complete.
import type { CrashHeader } from './model';
import { TEST_TIMEOUT } from './crashCulprit';
import { FATAL_ERROR, GIN_RECOVERY, GO10_THROW, isRecoveredPanic, KLOG_OBSERVED_PANIC, PANIC_RECOVERED, STACK_LIMIT, STACK_OVERFLOW, UNCAUGHT_PANIC } from './crashLines';
import { withoutTailGluedToFixedValue } from './fixedRuntimeErrors';
import { klogPanicRecordCrashLine } from './recordPanicField';
import { detachString } from './textChunks';
import { joinUntabbedNestedPanics } from './untabbedNestedPanics';
import { appendAll } from '../appendAll';
import { FramePcDigits } from './framePcs';

/** runtime/pprof stops writing debug=2 goroutine stacks at this size. */
export const PPROF_DEBUG2_LIMIT = 64 << 20;

/**
 * A crash message (a chain of panics joined, the tests a timeout names) is kept to this many
 * characters: tens of thousands of chained `panic: … [recovered]` lines once rebuilt the whole
 * message per line (20,000 lines: 2.5 minutes).
 */
export const MAX_CRASH_MESSAGE = 16 * 1024;

/** No line: unequal to every line number and to its neighbours (lines count from 1, so -1 is line 1 less two). */
const NO_LINE = Number.NEGATIVE_INFINITY;

export class CrashHeaders {
  /** Every crash header, in text order, for telling where each dump starts when a text holds several. */
  readonly all: CrashHeader[] = [];
  /** The current dump's first crash header. */
  current: CrashHeader | null = null;
  /** Line of the last crash header read, to join a chain of panics into one; none yet: a number no line nor its neighbour is (line 1's two above is -1). */
  private chainLine = NO_LINE;
  /** The chain's last line ends with ` [recovered]` (kept apart: a message cut at MAX_CRASH_MESSAGE lost it). */
  private chainRecovered = false;
  /** Lines of `panic:` headers read under another panic's line without the tab of a nested panic. */
  private readonly untabbedUnderPanic = new Set<number>();
  /** The crash header whose message reached MAX_CRASH_MESSAGE: what would join it is dropped unread. */
  private cutHeader: CrashHeader | null = null;

  /** `warn`: told once for each message cut at MAX_CRASH_MESSAGE. */
  constructor(private readonly warn: (line: number, message: string) => void = () => undefined) {}

  /**
   * A crash header line; joined to the one on the line before, if any, unless it is another
   * panic. `indented`: the line starts with white space (after any log prefix), as Go prints every
   * panic of a chain but the first. `recovered`: a recovered panic told by where the line stands rather
   * than by its words (a value alone, runtimeErrorValue.ts; a server's own words over the stack it printed, recoveryLine.ts).
   */
  add(message: string, line: number, indented = false, recovered = false): void {
    const previous = this.all[this.all.length - 1];
    // A value that starts with a line break: its lines follow (panicMessage.ts).
    if (message === 'panic:') message = 'panic: ';
    // The runtime's first word of a stack overflow, which a paste may keep alone: named for what it is.
    if (message.startsWith(STACK_LIMIT)) message = `${STACK_OVERFLOW}goroutine stack exceeds ${message.slice(STACK_LIMIT.length)}`;
    // Go 1.0's `throw: …` is what every later Go prints as `fatal error: …` (a deadlock, out of memory).
    if (message.startsWith(GO10_THROW)) message = FATAL_ERROR + message.slice(GO10_THROW.length);
    if (message.startsWith(KLOG_OBSERVED_PANIC)) message = klogPanicRecordCrashLine(message);
    // Gin's and Vitess' recovery lines say only that a panic was recovered (gin with the time): its value follows.
    if (message.startsWith(GIN_RECOVERY)) message = PANIC_RECOVERED + message.slice(message.indexOf(PANIC_RECOVERED.trimEnd()) + PANIC_RECOVERED.length).trimStart();
    if (message === UNCAUGHT_PANIC.trimEnd()) message = UNCAUGHT_PANIC;
    message = withoutTailGluedToFixedValue(message);
    if (previous && this.chainLine === line - 1 && previous.message.startsWith(STACK_OVERFLOW) && message === 'fatal error: stack overflow') {
      this.chainLine = line;
    } else if (previous && this.chainLine === line - 1 && previous.message.endsWith(message)) {
      // The same line again (a logger writing it twice, or two goroutines throwing the same fatal error at once): said once.
      this.chainLine = line;
    } else if (previous && this.chainLine === line - 1 && (this.chainRecovered || !startsAnotherPanic(previous.message, message, indented))) {
      // One crash printed on consecutive lines: a panic while recovering from one ("panic: a
      // [recovered]", then "\tpanic: b"), or "unexpected fault address 0x…" then "fatal error: fault".
      this.amendLast(`${previous.message} / ${message}`);
    } else {
      const header: CrashHeader = { message: detachString(message), line, ...(recovered || isRecoveredPanic(message) ? { recovered: true as const } : {}) };
      // Another panic, or the same one's nested panic that lost its tab: what follows tells (joinUntabbedNestedPanics).
      if (previous && this.chainLine === line - 1) this.untabbedUnderPanic.add(line);
      this.all.push(header);
      this.current ??= header;
    }
    this.chainLine = line;
    this.chainRecovered = message.endsWith(RECOVERED);
  }

  /**
   * Joins the `panic:` lines that stood without a tab under another panic to it where what follows
   * says they are one nested panic (untabbedNestedPanics.ts): `unwinding(line)` counts the panics
   * unwinding in the first goroutine after `line`, -1 when two dumps follow.
   */
  joinUntabbedNested(unwinding: (line: number) => number): void {
    if (this.untabbedUnderPanic.size === 0) return;
    const joined = joinUntabbedNestedPanics(this.all, this.untabbedUnderPanic, unwinding).map(h => {
      if (h.message.length <= MAX_CRASH_MESSAGE) return h;
      this.warn(h.line, cutMessageWarning(h.line));
      return { ...h, message: detachString(`${h.message.slice(0, MAX_CRASH_MESSAGE)} …`) };
    });
    this.untabbedUnderPanic.clear();
    if (joined.length === this.all.length) return;
    const current = this.current;
    this.all.length = 0;
    appendAll(this.all, joined);
    if (current !== null) this.current = joined.filter(h => h.line <= current.line).pop() ?? null;
  }

  /**
   * `SIGSEGV: segmentation violation code=…` from a `[signal …]` line with no crash line right above
   * it (under one, it only says which fault): the paste lost the crash line, and the signal is all
   * it says of the crash.
   */
  loneSignal(message: string, line: number): void {
    const header = { message: detachString(message), line };
    this.all.push(header);
    this.current ??= header;
    this.chainLine = line;
    this.chainRecovered = false;
  }

  /**
   * A `runtime: …` line right after a crash header belongs to it: `runtime: sp=… stack=[…]` between
   * a stack overflow's `runtime: goroutine stack exceeds …` and its `fatal error: stack overflow`.
   * So does a blank line, which a double-spaced paste puts between any two lines.
   */
  continueChain(line: number): void {
    if (this.chainLine === line - 1) this.chainLine = line;
  }

  /** `continueChain` for each of the lines first…last in turn (a run of blank lines). */
  continueChainOver(first: number, last: number): void {
    if (this.chainLine === first - 1) this.chainLine = last;
  }

  /** Whether the chain of crash lines reaches `line` (a crash line, or a line that goes on with one). */
  chainsTo(line: number): boolean {
    return this.chainLine === line;
  }

  /** More of the last crash header's message (the lines of a panic's value), which the chain reaches on `chainLine`. */
  extendLast(more: string, chainLine: number): void {
    const last = this.last();
    if (last === undefined) return;
    this.amendLast(last.message + more);
    this.chainLine = chainLine;
    this.chainRecovered = more.endsWith(RECOVERED);
  }

  /** Takes back the last crash header when it is the one on `line` (taken for a dump that was none). */
  takeBackLast(line: number): void {
    const last = this.last();
    if (last === undefined || last.line !== line) return;
    this.all.pop();
    if (this.current === last) this.current = null;
    this.chainLine = NO_LINE;
  }

  /** The last crash header, or undefined. */
  last(): CrashHeader | undefined {
    // Never all[-1]: a property look-up up the prototype chain, a tenth of the time spent on junk.
    const all = this.all;
    return all.length === 0 ? undefined : all[all.length - 1];
  }

  /**
   * Go ≥ 1.20 names the tests still running under `panic: test timed out after …`: "running tests:",
   * then a "TestName (9m52s)" line each. They join the crash message; false when the line is not
   * under such a crash.
   */
  runningTests(line: number, test: string | null): boolean {
    const last = this.last();
    if (!last || this.chainLine !== line - 1 || !last.message.startsWith(TEST_TIMEOUT)) return false;
    if (test === null) { this.chainLine = line; return true; }
    if (last.line === line - 1) return false;
    if (last === this.cutHeader) { this.chainLine = line; return true; }
    const listed = last.message.endsWith(')') && last.message.includes(' (running ');
    this.amendLast(listed ? `${last.message.slice(0, -1)}, ${test})` : `${last.message} (running ${test})`);
    this.chainLine = line;
    return true;
  }

  /** Keeps only the crash headers from `startLine` on as the current dump's. */
  startDumpAt(startLine: number): void {
    this.current = this.all.find(header => header.line >= startLine) ?? null;
  }

  /** A new message for the crash header read at `line` (Delve prints a panic's value under its stop). */
  reword(line: number, message: string): void {
    const last = this.last();
    if (last !== undefined && last.line === line) this.amendLast(message);
  }

  /** Replaces the last crash header's message (a chain of panics, the tests a timeout names). */
  private amendLast(message: string): void {
    const last = this.all[this.all.length - 1];
    if (last === this.cutHeader) return;
    const cut = message.length > MAX_CRASH_MESSAGE;
    // `message` is the old one with a part joined (a rope, not yet copied): cut, it is copied once.
    const amended = { ...last, message: detachString(cut ? `${message.slice(0, MAX_CRASH_MESSAGE)} …` : message) };
    if (cut) {
      this.cutHeader = amended;
      this.warn(last.line, cutMessageWarning(last.line));
    }
    this.all[this.all.length - 1] = amended;
    if (this.current === last) this.current = amended;
  }
}

const cutMessageWarning = (line: number): string =>
  `the crash message at line ${line} is longer than ${MAX_CRASH_MESSAGE / 1024} KiB: only its first ${MAX_CRASH_MESSAGE / 1024} KiB are kept`;

/**
 * Go prints a panic raised while another unwinds under it with a tab (`panic: a [recovered]`, then
 * `\tpanic: b`; without the recover, `panic: a` then `\tpanic: b`), in every version. A `panic: `
 * line without the tab under another panic is another one: two processes writing to one log, a
 * test's output and its child's. Under a line that ends in `[recovered]` it is the chain's all the
 * same (`chainRecovered`): only the tab was lost.
 */
function startsAnotherPanic(previous: string, message: string, indented: boolean): boolean {
  return !indented && message.startsWith('panic:') && previous.startsWith('panic:');
}

const RECOVERED = ' [recovered]';

/** How the text ended, as far as truncation goes; see `TruncationTracker.verdict`. */
export interface Truncation {
  readonly truncated: boolean;
  readonly cutAtLimit: boolean;
  /** The last line was cut short: it is explained by the truncation warning, not skipped. */
  readonly lastLineCut: boolean;
  /** The text ends right after a call line and the start of its location line. */
  readonly cutAfterCall: boolean;
}

export class TruncationTracker {
  lastLineTerminated = true;
  /** The digits of the Go frames' pcs (`sp=0x… pc=0x…`): a last one shorter than all others was cut inside. */
  readonly pcDigits = new FramePcDigits();
  /** The last line looks like a dump line cut short (set by the scanner at the end, when it skipped that line). */
  lastLineCut = false;
  /** The line where a call was last left without its `file:line` line (a blank line came instead). */
  callLeftOpenAtLine = -1;
  /** The line that ended the goroutine finished last. */
  goroutineFinishedAtLine = -1;
  /**
   * The last line passed over as the tail of a wrapped offset (`c` under `main.go:34 +0x1`) that starts with a
   * letter, under a `file:line` no wrap broke (shorter than a line before it): as the text's last line, a call
   * or `created by` cut after its first letters. -1 before any.
   */
  offsetTailUnwrappedAt = -1;
  /** The blank line that ended the goroutine finished last, when a blank line ended it; -1 before any. */
  blankEndedGoroutineAt = -1;
  /** A frame not inlined was printed without an offset (` +0x…`): the dump does not print them (gccgo, an edited excerpt). */
  offsetsMissing = false;
  /**
   * The unterminated last line reads as `file:line` with an offset or `fp= sp= pc=` part cut short,
   * or without the offset where the dump prints them: its line number may be cut too.
   */
  lastLineLocationIncomplete = false;
  /** The last line was `file:line` without an offset. */
  lastLineLocationWithoutOffset = false;
  /**
   * The text stops right after the last `file:line`'s digits where Go prints an offset after them: the
   * paste may have stopped inside the number (`:1` of `:12`), so that frame's line is not known.
   */
  lastLocationNumberMayBeCut = false;
  /** The last call line read was an inlined frame's (`f(...)`), which Go prints without an offset. */
  lastCallInlined = false;
  /**
   * The last location's pc is its function's entry, for which Go ≤ 1.3 printed no offset: the
   * `runtime.goexit` every goroutine's stack ends in, then in the C runtime (proc.c), or the C
   * runtime's function that created the goroutine.
   */
  lastFrameAtEntry = false;
  /** The line the text was cut in, once the end found it truncated; -1 before or when it is whole. */
  truncatedAtLine = -1;
  /** The last line a row of the line-kind table read as cut inside (its `cutInside`, lineKinds.ts). */
  lineKindCutAt = -1;

  /** A call's `file:line` line was read, with or without an offset. */
  noteLocation(hasOffset: boolean): void {
    if (!hasOffset && !this.lastCallInlined && !this.offsetsMissing) this.offsetsMissing = true;
  }

  /**
   * `sawDump`: the text had a dump in it (random bytes also end in an unfinished "call(");
   * `callPending`: a call line still waits for its location line; `callOpen`: that call belongs to a
   * goroutine's stack, which Go never ends without the call's `file:line` (an excerpt cut mid-frame);
   * `stackEndsAtLastLine`: the last line was a goroutine's.
   */
  verdict(byteLength: number, lastLine: number, sawDump: boolean, callPending: boolean, callOpen: boolean, stackEndsAtLastLine: boolean): Truncation {
    const cutAtLimit = byteLength === PPROF_DEBUG2_LIMIT;
    // Without an offset where the dump prints them (or at its very first location), the line number may be cut.
    const offsetExpected = !this.offsetsMissing && !this.lastCallInlined && !this.lastFrameAtEntry;
    const incomplete = this.lastLineLocationIncomplete || (offsetExpected && this.lastLineLocationWithoutOffset);
    if (stackEndsAtLastLine && incomplete && !this.lastLineTerminated) this.lastLineCut = true;
    this.lastLocationNumberMayBeCut = stackEndsAtLastLine && offsetExpected && this.lastLineLocationWithoutOffset && !this.lastLineTerminated;
    // A call line, then the start of its location line (`\t`) and the end: a blank line to the scanner.
    const cutAfterCall = !this.lastLineTerminated && this.callLeftOpenAtLine === lastLine;
    const cutMidLine = sawDump && !this.lastLineTerminated && (this.lastLineCut || callPending || cutAfterCall);
    return {
      truncated: cutAtLimit || cutMidLine || callOpen, cutAtLimit, cutAfterCall,
      lastLineCut: (cutMidLine && this.lastLineCut) || (cutAtLimit && !this.lastLineTerminated),
    };
  }
}
