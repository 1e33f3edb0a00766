// The dump-boundary and truncation tracker: the crash headers that open each dump of a text (a
// chain of panics or a test timeout's running tests joined into one), and where the text ends
// relative to what was being read, which tells a dump cut short from one that is complete.
import type { CrashHeader } from './model';
import { TEST_TIMEOUT } from './crashCulprit';
import { detachString } from './textChunks';

/** runtime/pprof stops writing debug=2 goroutine stacks at this size. */
export const PPROF_DEBUG2_LIMIT = 64 << 20;

export class CrashHeaders {
  /** Every crash header, in text order, for telling where each dump starts when a text holds several. */
  readonly all: CrashHeader[] = [];
  /** The current dump's first crash header. */
  current: CrashHeader | null = null;
  /** Line of the last crash header read, to join a chain of panics into one. */
  private chainLine = -1;

  /** A crash header line; joined to the one on the line before, if any. */
  add(message: string, line: number): void {
    const previous = this.all[this.all.length - 1];
    if (previous && this.chainLine === line - 1) {
      // One crash printed on consecutive lines: a panic while recovering from one ("panic: a
      // [recovered]", then "\tpanic: b"), or "unexpected fault address 0x…" then "fatal error: fault".
      this.amendLast(`${previous.message} / ${message}`);
    } else {
      const header = { message: detachString(message), line };
      this.all.push(header);
      this.current ??= header;
    }
    this.chainLine = line;
  }

  /** The last crash header, or undefined. */
  last(): CrashHeader | undefined {
    return this.all[this.all.length - 1];
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
    const listed = last.message.endsWith(')') && last.message.includes(' (running ');
    this.amendLast(listed ? `${last.message.slice(0, -1)}, ${test})` : `${last.message} (running ${test})`);
    this.chainLine = line;
    return true;
  }

  /** Keeps only the crash headers from `startLine` on as the current dump's. */
  startDumpAt(startLine: number): void {
    this.current = this.all.find(header => header.line >= startLine) ?? null;
  }

  /** Replaces the last crash header's message (a chain of panics, the tests a timeout names). */
  private amendLast(message: string): void {
    const last = this.all[this.all.length - 1];
    const amended = { message: detachString(message), line: last.line };
    this.all[this.all.length - 1] = amended;
    if (this.current === last) this.current = amended;
  }
}

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
  /** The last line looks like a dump line cut short (set by the scanner when it skips one). */
  lastLineCut = false;
  /** The line where a call was last left without its `file:line` line (a blank line came instead). */
  callLeftOpenAtLine = -1;
  /** The line that ended the goroutine finished last. */
  goroutineFinishedAtLine = -1;

  /**
   * `sawDump`: the text had a dump in it (random bytes also end in an unfinished "call(");
   * `callPending`: a call line still waits for its location line.
   */
  verdict(byteLength: number, lastLine: number, sawDump: boolean, callPending: boolean): Truncation {
    const cutAtLimit = byteLength === PPROF_DEBUG2_LIMIT;
    // A call line, then the start of its location line (`\t`) and the end: a blank line to the scanner.
    const cutAfterCall = !this.lastLineTerminated && this.callLeftOpenAtLine === lastLine;
    const cutMidLine = sawDump && !this.lastLineTerminated && (this.lastLineCut || callPending || cutAfterCall);
    return {
      truncated: cutAtLimit || cutMidLine, cutAtLimit, cutAfterCall,
      lastLineCut: (cutMidLine && this.lastLineCut) || (cutAtLimit && !this.lastLineTerminated),
    };
  }
}
