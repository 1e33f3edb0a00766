// The blank lines a stack may hold. Go prints none inside a stack but for two: gccgo's frame
// without a name, whose empty name under its signal handler's frames is a blank line before its
// `\t:0` (gccgoFrames.ts), and the blank line after what the runtime printed where a goroutine's
// traceback broke off (`stack: frame={…}`, a hex dump), under which the goroutine's `created by`
// may follow. A paste may also break the line between a call and its `file:line`, or put blank
// lines around a goroutine's `created by` (PowerShell writes each of a native program's stderr
// writes as a line of its own, `created by …` and its `file:line` among them). Such a blank line is
// held until the next line tells whether it ended the stack. The goroutine stays open while a
// creator may follow, so the byte path (which hands a held blank and the line after it to the text
// path) and the text path read it alike.

import type { CurrentLine } from './currentLine';
import type { FrameInterner } from './frameInterner';
import type { GoroutineBuilder, OpenGoroutine } from './goroutineBuilder';
import type { LineSpacing } from './lineSpacing';
import type { PendingCalls } from './pendingCall';
import type { ScanMode } from './scanMode';
import { parseCreatedByLine, parseLocationLine } from './lineParsers';
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
  /** The held blank line stands under the last frame of a goroutine without its `created by`, which may follow. */
  private heldForCreator = false;
  /** The held blank line stands under gccgo's signal handler frames: it may be a nameless frame's name. */
  private heldForNameless = false;
  /** The line of a `created by` read under such a blank line, or -1. */
  private creatorUnderBlank = -1;

  constructor(
    private readonly scan: StackBlankLineScanner,
    private readonly parts: { readonly stack: GoroutineBuilder; readonly calls: PendingCalls; readonly interner: FrameInterner; readonly spacing: LineSpacing },
  ) {}

  /** A blank line here would be the name of a gccgo frame without one, under the signal handler's frames (gccgoFrames.ts). */
  namelessFrameMayFollow(): boolean {
    const scan = this.scan;
    const g = scan.goroutine;
    return scan.mode === 'goroutine' && g !== null && this.parts.calls.pending === null && g.createdBy === null && g.endLine === scan.lineNo - 1 &&
      mayPrecedeNamelessFrame(this.parts.stack.lastFrame()?.func);
  }

  /**
   * A blank line here stands right under the last `file:line` of a goroutine read without its
   * `created by` (Go prints that line last): the creator may follow it, parted by the blank line.
   */
  creatorMayFollow(): boolean {
    const scan = this.scan;
    const g = scan.goroutine;
    return scan.mode === 'goroutine' && g !== null && this.parts.calls.pending === null && g.createdBy === null && g.endLine === scan.lineNo - 1 &&
      this.parts.stack.frameCount > 0;
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
    const forNameless = this.namelessFrameMayFollow();
    const forCreator = this.creatorMayFollow();
    if (!forCreator && !forNameless && !this.underCall()) return false;
    this.held = this.scan.lineNo;
    this.heldForCreator = forCreator;
    this.heldForNameless = forNameless;
    return true;
  }

  /**
   * The line after a held blank line: `\t:0` makes the blank the name of a frame, which is kept as
   * `?`, and the line is read as that frame's `file:line`; so is the held call's indented
   * `file:line`, the blank passed over, and so is the `created by` of a goroutine that had none,
   * under its last frame; any other line ends the stack at the blank line first, as a blank line
   * does, and is read after it.
   */
  lineAfterHeld(text: string, s: number, end: number): void {
    const scan = this.scan;
    const blank = this.held;
    const forCreator = this.heldForCreator;
    const forNameless = this.heldForNameless;
    this.held = -1;
    this.heldForCreator = false;
    this.heldForNameless = false;
    if (forCreator && blank === scan.lineNo - 1 && parseCreatedByLine(text, s, end) !== null) {
      this.creatorUnderBlank = scan.lineNo;
      return;
    }
    const calls = this.parts.calls;
    // Indented as Go prints it, or flush left with its absolute path (the paste turned the tab into the line break).
    if (blank === scan.lineNo - 1 && calls.pending !== null && (scan.line.indented || startsAbsolutePath(text, s, end)) && parseLocationLine(text, s, end) !== null) {
      // Blank lines on both sides of the `created by`: the paste puts one between its writes, as a double-spaced one does.
      if (calls.pending.createdBy && calls.pending.line === this.creatorUnderBlank) this.parts.spacing.double();
      return;
    }
    // Not where the blank line was held for a creator alone: gccgo prints a nameless frame only under its signal handler's.
    if ((forNameless || !forCreator) && blank === scan.lineNo - 1 && scan.mode === 'goroutine' && isNamelessLocation(text, s, end)) {
      calls.set(this.parts.interner.func(NAMELESS_FRAME), '', false, false, null);
      return;
    }
    scan.endSectionAt(blank);
  }

  /** The text ended: a blank line held for a creator that never came ended the goroutine. */
  finish(): void {
    if (this.held < 0 || !this.heldForCreator) return;
    const blank = this.held;
    this.held = -1;
    this.heldForCreator = false;
    this.scan.endSectionAt(blank);
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

/** text[s, end) starts with an absolute path: `/…`, or a Windows drive's `C:/…` or `C:\…`. */
function startsAbsolutePath(text: string, s: number, end: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 0x2f /* / */) return true;
  const isLetter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const slash = text.charCodeAt(s + 2);
  return isLetter && s + 2 < end && text.charCodeAt(s + 1) === 0x3a /* : */ && (slash === 0x2f || slash === 0x5c);
}
