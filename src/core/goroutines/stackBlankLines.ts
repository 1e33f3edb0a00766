// The blank lines a stack may hold. Go prints none inside a stack but for two: gccgo's frame
// without a name, whose empty name under its signal handler's frames is a blank line before its
// `\t:0` (gccgoFrames.ts), and the blank line after what the runtime printed where a goroutine's
// traceback broke off (`stack: frame={…}`, a hex dump), under which the goroutine's `created by`
// may follow. A paste may also break the line between a call and its `file:line`. Such a blank
// line is held until the next line tells whether it ended the stack.

import type { CurrentLine } from './currentLine';
import type { FrameInterner } from './frameInterner';
import type { GoroutineBuilder, OpenGoroutine } from './goroutineBuilder';
import type { PendingCalls } from './pendingCall';
import type { ScanMode } from './scanMode';
import { parseLocationLine } from './lineParsers';
import { isNamelessLocation, mayPrecedeNamelessFrame, NAMELESS_FRAME } from './gccgoFrames';

/** What the held blank lines ask of the scanner. */
export interface StackBlankLineScanner {
  readonly lineNo: number;
  readonly mode: ScanMode;
  readonly goroutine: OpenGoroutine | null;
  /** What is known of the line being read (currentLine.ts). */
  readonly line: Readonly<CurrentLine>;
  /** The section being read ends at line `line` (a held blank line that was its end after all). */
  endSectionAt(line: number): void;
}

export class StackBlankLines {
  /**
   * A blank line under a gccgo signal handler's frames or right under a call, held: the name of a
   * nameless frame if a `\t:0` line follows, or a stray line break before the call's `file:line`,
   * else the end of the stack. -1 when none is held.
   */
  held = -1;
  /**
   * The last line of what the runtime printed where a goroutine's traceback broke off: the blank
   * line Go prints after it stays inside the goroutine.
   */
  diagnosticLine = -1;
  /** The first line of the run of such lines that ends at diagnosticLine. */
  diagnosticRunStart = -1;

  constructor(
    private readonly scan: StackBlankLineScanner,
    private readonly parts: { readonly stack: GoroutineBuilder; readonly calls: PendingCalls; readonly interner: FrameInterner },
  ) {}

  /** A blank line here would be the name of a gccgo frame without one, under the signal handler's frames (gccgoFrames.ts). */
  namelessFrameMayFollow(): boolean {
    const scan = this.scan;
    const g = scan.goroutine;
    return scan.mode === 'goroutine' && g !== null && this.parts.calls.pending === null && g.createdBy === null && g.endLine === scan.lineNo - 1 &&
      mayPrecedeNamelessFrame(this.parts.stack.lastFrame()?.func);
  }

  /** A blank line here ends what the runtime printed where the goroutine's traceback broke off, not the goroutine. */
  afterDiagnostic(): boolean {
    const scan = this.scan;
    return scan.mode === 'goroutine' && scan.goroutine !== null && this.parts.calls.pending === null && this.diagnosticLine === scan.lineNo - 1;
  }

  /**
   * The blank line being read, in a single-spaced text: held when a nameless frame may follow or it
   * stands right under a call, which Go never prints before the call's `file:line`.
   */
  hold(): boolean {
    if (!this.namelessFrameMayFollow() && !this.underCall()) return false;
    this.held = this.scan.lineNo;
    return true;
  }

  /**
   * The line after a held blank line: `\t:0` makes the blank the name of a frame, which is kept as
   * `?`, and the line is read as that frame's `file:line`; so is the held call's indented
   * `file:line`, the blank passed over; any other line ends the stack at the blank line first, as a
   * blank line does, and is read after it.
   */
  lineAfterHeld(text: string, s: number, end: number): void {
    const scan = this.scan;
    const blank = this.held;
    this.held = -1;
    const calls = this.parts.calls;
    if (blank === scan.lineNo - 1 && calls.pending !== null && scan.line.indented && parseLocationLine(text, s, end) !== null) return;
    if (blank === scan.lineNo - 1 && scan.mode === 'goroutine' && isNamelessLocation(text, s, end)) {
      calls.set(this.parts.interner.func(NAMELESS_FRAME), '', false, false, null);
      return;
    }
    scan.endSectionAt(blank);
  }

  /** `stack: frame={…}` or a hex dump row inside a goroutine: the blank line after its run stays in the goroutine. */
  noteDiagnostic(): void {
    const lineNo = this.scan.lineNo;
    if (this.scan.mode !== 'goroutine') return;
    if (this.diagnosticLine !== lineNo - 1) this.diagnosticRunStart = lineNo;
    this.diagnosticLine = lineNo;
  }

  /** A blank line right under a call: a stray line break of the paste when the call's `file:line` follows, else the stack's end. */
  private underCall(): boolean {
    const scan = this.scan;
    const pending = this.parts.calls.pending;
    return pending !== null && pending.line === scan.lineNo - 1 && (scan.mode === 'goroutine' || scan.mode === 'runtimeStack' || scan.mode === 'headless');
  }
}
