// Stacks whose goroutine header is not in the text, read by the scanner: a call held until the
// `file:line` under it says a stack starts (headlessStart.ts), a stack of `file:line` lines alone
// under a crash line (locationStack.ts), the crashed stack Go printed without a header under a
// crash's lines (Windows), and a header's first call behind text the header lacks (framePrefix.ts).
// This holds those stacks while they are read and the ones read; the scanner's states read their
// call and `file:line` lines through the host below.

import { BLANK_ON_TEXT, type CurrentLine } from './currentLine';
import type { LineSpacing } from './lineSpacing';
import type { ScanMode } from './scanMode';
import type { HeadlessStack, SourceFrame } from './model';
import type { FrameInterner } from './frameInterner';
import type { PrefixLearner } from './prefixLearner';
import type { ProfileSnapshot } from './debug1Profiles';
import type { WarningLog } from './warningLog';
import type { CrashHeaders, TruncationTracker } from './dumpBoundaries';
import type { HeldCrashLines } from './heldCrashLines';
import type { PanicMessageLines } from './panicMessage';
import type { LinePrefix } from './linePrefix';
import { indexInLine, isBlank, parseCallLine, parseLocationLine, type LocationLine } from './lineParsers';
import { parseHeadlessStart, startsHeadlessStack, type HeadlessStart } from './headlessStart';
import { indentedPastPrefix, learnPrefixFromPair, parsePrefixedHeadlessStart } from './prefixedHeadlessStart';
import { parseFramePrefixedCall } from './framePrefix';
import { LeadingLocations } from './leadingLocations';
import { afterPrefixLeftover, isSourceLine, parseBareLocation, type LocationStack } from './locationStack';
import { gluedCallStart, quoteBeforeIndent } from './gluedCall';
import { sharedPrefixLength } from './recoveryLine';
import { crashLineLooksWrapped } from './wrappedCrashLine';
import { NAMELESS_FRAME } from './gccgoFrames';
import { isIndentCode, isLowerHexCode } from './charCodes';

/** What these stacks ask of the scanner. */
export interface HeadlessStackScanner {
  /** The number of the line being read. */
  readonly lineNo: number;
  /** What is known of the line being read (currentLine.ts). */
  readonly line: CurrentLine;
  readonly mode: ScanMode;
  /** The line read before this one, passing over a log viewer's time lines. */
  previousLine(): number;
  beginSection(): void;
  /** The stack opened (`HeadlessStacks.open`) takes the lines that follow. */
  readHeadlessStack(): void;
  /** Begins the crashed goroutine whose header Go did not print (`goroutine 0 [running]:`), at this line. */
  beginHeaderlessCrash(): void;
  /** The held start's call waits for its `file:line` (its creator's form kept when `asCreator`). */
  holdCall(start: HeadlessStart, asCreator: boolean): void;
  completePending(text: string, s: number, end: number, location: LocationLine): void;
  stackLine(text: string, s: number, end: number): boolean;
  skipLine(text: string, s: number, end: number): void;
  /** The text's last line was skipped: `text` for the check of a cut at its end. */
  skippedLastLine(text: string | null): void;
  /** The held start's line, outside any stack, was no stack's after all: skipped, as the byte path skips it on its own. */
  heldLineSkipped(line: number): void;
}

/** The shared parts of the scanner these stacks use. */
export interface HeadlessStackParts {
  readonly interner: FrameInterner;
  readonly prefixes: PrefixLearner<ProfileSnapshot>;
  readonly log: WarningLog;
  readonly crashes: CrashHeaders;
  readonly ends: TruncationTracker;
  readonly heldCrashes: HeldCrashLines;
  readonly panicValue: PanicMessageLines;
  /** Whether the text is a double-spaced paste (lineSpacing.ts); from a held start over a blank line, it is. */
  readonly spacing: Pick<LineSpacing, 'doubled' | 'double'>;
  /** A goroutine header the line under it put in doubt (doubtfulHeader.ts). */
  readonly doubtfulHeader: { inDoubt: boolean };
}

/** A stack without its header, being read. */
export interface OpenHeadlessStack {
  frames: SourceFrame[];
  createdBy: SourceFrame | null;
  startLine: number;
  endLine: number;
  framesElided?: boolean;
}

export class HeadlessStacks {
  /** The stacks read, in text order. */
  readonly stacks: HeadlessStack[] = [];
  /** The stack being read (the scanner's `headless` state, or Delve's stack of a thread), or null. */
  open: OpenHeadlessStack | null = null;
  /** The line before this one may start a stack whose header is not in the text: this line tells (headlessStart.ts). */
  start: HeadlessStart | null = null;
  /** A call behind text its header lacks, right under the header (framePrefix.ts), and the header's prefix. */
  framePrefixedCall: { start: HeadlessStart; headerPrefix: LinePrefix | null } | null = null;
  /** A stack of `file:line` lines alone under a crash line (locationStack.ts), while it goes on. */
  locationStack: LocationStack | null = null;
  /** The line of a `file:line` without its pc under ones with theirs (`server.go:229` under `server.go:2294 (0x91dd48)`), or -1: cut there if it is the last. */
  pcLostAtLine = -1;
  /** `file:line` lines skipped before anything of a dump, a headless stack's first frame maybe (leadingLocations.ts). */
  readonly leading: LeadingLocations;
  /** The first lines of stacks that start whole (Delve's thread or frame 0, a stack of locations under its crash line): no cut before them. */
  readonly wholeStarts = new Set<number>();
  /** Where the crashed goroutine's stack that Go printed without a header starts (crashStackWithoutHeader), or -1. */
  headerlessCrashLine = -1;
  /**
   * Lines were skipped between that stack's crash line and its first call: a call whose `file:line` then does not
   * come is the paster's words under quoted crash lines (`err :-rpio.Open()`, then `fsPin.Input()`), no stack.
   */
  headerlessCrashAfterText = false;
  /** A log viewer's copy, read in reverse: an unindented `file:line` under a call may start a stack. */
  leadingSpaceLost = false;
  /** A blank line came between the held start and this line: a double-spaced paste, maybe. */
  private startSpaced = false;

  constructor(private readonly scan: HeadlessStackScanner, private readonly parts: HeadlessStackParts) {
    this.leading = new LeadingLocations(parts.interner);
  }

  /** The open stack is complete: it joins the stacks read. */
  finishOpen(): void {
    const stack = this.open;
    if (stack === null) return;
    this.stacks.push({
      frames: stack.frames, createdBy: stack.createdBy, lines: { start: stack.startLine, end: stack.endLine }, ...(stack.framesElided ? { framesElided: true } : {}),
    });
    this.open = null;
  }

  /** Right under a header, a call behind text the header lacks (framePrefix.ts): held, for the next line to tell. */
  noteFramePrefixedCall(text: string, lineStart: number, s: number, end: number): boolean {
    const start = parseFramePrefixedCall(text, lineStart, s, end, this.scan.lineNo);
    if (start === null) return false;
    this.framePrefixedCall = { start, headerPrefix: this.parts.prefixes.prefix };
    return true;
  }

  /**
   * The line after a held frame-prefixed call: when it carries the same prefix and the call's
   * `file:line`, the prefix is learnt and the call is the goroutine's first frame. Else the held
   * line is skipped and the header is in doubt, as after any other text; false.
   */
  continueFramePrefixedCall(text: string, lineStart: number, s: number, end: number): boolean {
    const { start, headerPrefix } = this.framePrefixedCall!;
    // A double-spaced paste: the blank line under the call says nothing yet.
    if (this.parts.spacing.doubled && start.line === this.scan.lineNo - 1 && s === end) { this.scan.line.blank = BLANK_ON_TEXT; return true; }
    this.framePrefixedCall = null;
    const learnt = this.scan.mode === 'goroutine' ? learnPrefixFromPair(start, text, lineStart, end) : null;
    if (learnt === null) {
      this.parts.log.skipped(start.line, start.sample);
      this.parts.doubtfulHeader.inDoubt = true;
      return false;
    }
    this.parts.prefixes.learnFromFrames(learnt.prefix, headerPrefix);
    this.scan.holdCall(start, false);
    this.scan.completePending(text, learnt.s, end, learnt.location);
    return true;
  }

  /** The text ends with a held frame-prefixed call: the line is skipped, and the header above it has no stack. */
  dropFramePrefixedCall(): void {
    const held = this.framePrefixedCall;
    if (held === null) return;
    this.framePrefixedCall = null;
    this.parts.log.skipped(held.start.line, held.start.sample);
    if (held.start.line === this.scan.lineNo) this.scan.skippedLastLine(held.start.text);
    this.parts.doubtfulHeader.inDoubt = true;
  }

  /**
   * A `file:line` alone right under a crash line, or under the last such line (locationStack.ts): a
   * frame that names no function, of a stack without its goroutine header.
   */
  locationOnlyLine(text: string, s: number, end: number): boolean {
    const { crashes, prefixes, heldCrashes, interner } = this.parts;
    const lineNo = this.scan.lineNo;
    const stack = this.locationStack;
    // The lines of a logged string are read all at its line's number.
    const continuing = stack !== null && stack.endLine >= this.scan.previousLine();
    // The source line under a frame printed with its pc: passed over, the run goes on.
    if (continuing && stack.sourceMayFollow && this.scan.line.indented && isSourceLine(text, s, end)) { stack.sourceMayFollow = false; stack.endLine = lineNo; return true; }
    const underCrash = continuing || crashes.chainsTo(this.scan.previousLine()) || this.underWrappedCrashLine();
    // Under no crash line only a frame with its pc starts a run: a line that ends in `)`.
    if (!underCrash && text.charCodeAt(end - 1) !== 0x29 /* ) */) return false;
    let from = afterPrefixLeftover(text, s, end);
    let location = parseBareLocation(text, from, end);
    // Behind a prefix no header taught, which the recovery line held above carries too (stern's `pod container `).
    let sharedPrefix = 0;
    if (location === null && !underCrash && prefixes.prefix === null) {
      const held = heldCrashes.heldText();
      sharedPrefix = held === null ? 0 : sharedPrefixLength(held, text, s, end);
      if (sharedPrefix > 0) { from = s + sharedPrefix; location = parseBareLocation(text, from, end); }
    }
    if (location === null || (!underCrash && !location.pc)) return false;
    // A server's words over the panic it recovered, held above (recoveryLine.ts): the stack's crash line.
    if (!underCrash && !heldCrashes.atLocationStack(lineNo, sharedPrefix) && sharedPrefix > 0) return false;
    if (sharedPrefix > 0) prefixes.tryPrefix(text.slice(s, from));
    if (!continuing) {
      this.endLocationStack();
      // Such a stack is what a recovery middleware prints after the lines of a panic's value.
      this.parts.panicValue.confirm(lineNo);
    }
    const locationId = interner.location(text.slice(from, location.locationEnd), () => text.slice(from, location.pathEnd), location.line);
    const frame = interner.frame(interner.func(NAMELESS_FRAME), locationId);
    if (continuing) {
      if (stack.withPcs && !location.pc) this.pcLostAtLine = lineNo;
      stack.frames.push(frame);
      stack.endLine = lineNo;
      stack.sourceMayFollow = location.pc;
    } else this.locationStack = { frames: [frame], startLine: lineNo, endLine: lineNo, sourceMayFollow: location.pc, withPcs: location.pc };
    return true;
  }

  /** Two lines under a crash line that a wrap cut (wrappedCrashLine.ts): the line between is its tail. */
  private underWrappedCrashLine(): boolean {
    const crashes = this.parts.crashes;
    const crash = crashes.last();
    const lineNo = this.scan.lineNo;
    return crash !== undefined && crashes.chainsTo(lineNo - 2) && crash.line === lineNo - 2 && crashLineLooksWrapped(crash.message);
  }

  /** The stack of `file:line` lines read so far is complete: a stack without its goroutine header. */
  endLocationStack(): void {
    const stack = this.locationStack;
    if (stack === null) return;
    this.locationStack = null;
    this.stacks.push({ frames: stack.frames, createdBy: null, lines: { start: stack.startLine, end: stack.endLine } });
    // Its crash line is right above it: the stack starts whole.
    this.wholeStarts.add(stack.startLine);
  }

  /**
   * A call line right after a crash header's lines, outside any goroutine: the crashed goroutine's
   * stack printed without a header, as Go on Windows does after `Exception 0x…` (winthrow prints
   * the trap's traceback, then the other goroutines with headers). Its id is not printed: 0 here.
   */
  crashStackWithoutHeader(text: string, s: number, end: number): boolean {
    const lineNo = this.scan.lineNo;
    const crash = this.parts.crashes.last();
    if (crash === undefined || crash.line < this.parts.ends.goroutineFinishedAtLine || lineNo - crash.line > 8) return false;
    const call = parseCallLine(text, s, end);
    // No Go name holds '=': `PC=…(` is the crash's register line, garbled by another thread's output written into it.
    if (!call || indexInLine(text, '=', s, call.funcEnd) >= 0) return false;
    this.parts.panicValue.discard();
    this.scan.beginHeaderlessCrash();
    this.headerlessCrashLine = lineNo;
    // Text skipped since the crash line (a wasm runtime's error lines, or the paster's words): the call must be a frame.
    this.headerlessCrashAfterText = this.parts.log.lastSkippedLine > crash.line;
    return this.scan.stackLine(text, s, end);
  }

  /**
   * Outside any stack, a line that may be a stack's first frame (headlessStart.ts): held, for the
   * next line to tell. False when it is no such line.
   */
  noteStart(text: string, s: number, end: number): boolean {
    const lineNo = this.scan.lineNo;
    this.start = parseHeadlessStart(text, s, end, lineNo) ??
      // A panic's value may run over several lines (`defer GinkgoRecover()` in Ginkgo's): they are its text.
      (this.parts.prefixes.prefix === null && !this.parts.panicValue.isOpen ? parsePrefixedHeadlessStart(text, s, end, lineNo) : null);
    return this.start !== null;
  }

  /**
   * Outside any stack, an indented `file:line` with the next frame's call glued to it (gluedCall.ts),
   * as an excerpt that starts mid-goroutine may: the location is skipped (the first frame, if a stack
   * begins), the call held as a headless start.
   */
  gluedStart(text: string, s: number, end: number): boolean {
    if (isLowerHexCode(text.charCodeAt(end - 1))) return false;
    // Behind a reply's quote no header has taught (`>         /x.go:12 +0x1f fp=… sp=…pkg.F(…)`): the quote is a prefix the next line must carry.
    const quote = this.parts.prefixes.prefix === null ? quoteBeforeIndent(text, s, end) : null;
    const at = quote === null ? s : quote.indentEnd;
    if (at === 0 || !isIndentCode(text.charCodeAt(at - 1))) return false;
    const glued = gluedCallStart(text, at, end);
    if (glued < 0 || !this.noteStart(text, glued, end)) return false;
    if (quote !== null) this.start = { ...this.start!, prefixText: text.slice(s, quote.prefixEnd) };
    this.scan.skipLine(text, at, glued);
    // Its warning quotes the line as it reads, its quote and the glued call too.
    this.parts.log.resample(this.scan.lineNo, text.slice(s, Math.min(end, s + 60)));
    return true;
  }

  /**
   * The line after a held headless start: its `file:line` begins a stack whose header is not in the
   * text. Anything else leaves the held line skipped, and false: this line is read as any other.
   */
  beginStack(text: string, lineStart: number, s: number, end: number, afterPrefix: number, prefixMatched: boolean): boolean {
    const { prefixes, log } = this.parts;
    const start = this.start!;
    // Web forms and mail double every line break: one blank line under the call says nothing yet.
    if (s === end && !this.startSpaced) { this.startSpaced = true; this.scan.line.blank = BLANK_ON_TEXT; return true; }
    const indented = s > afterPrefix || (prefixMatched && indentedPastPrefix(prefixes.prefix!, text, lineStart, s));
    const spaced = this.startSpaced;
    this.start = null;
    this.startSpaced = false;
    // Its `file:line` may hold the next call glued to it, as the line that held this start did.
    const lineEnd = end;
    let glued = start.prefixText === null && s < end && !isLowerHexCode(text.charCodeAt(end - 1)) ? gluedCallStart(text, s, end) : -1;
    if (glued > 0) end = glued;
    let location = s < end ? parseLocationLine(text, s, end) : null;
    if (start.prefixText !== null) {
      // Behind a prefix not known yet: this line must carry it too, and the prefix is learnt.
      const learnt = learnPrefixFromPair(start, text, lineStart, end);
      location = null;
      if (learnt !== null) {
        // Learnt from frames: a header the text shows later may lack it (`goroutine 18 ` before each frame, framePrefix.ts).
        prefixes.learnFromFrames(learnt.prefix, null);
        this.leading.location ??= this.leading.behindPrefix(learnt.prefix, start);
        s = learnt.s;
        location = learnt.location;
        while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
        glued = isLowerHexCode(text.charCodeAt(end - 1)) ? -1 : gluedCallStart(text, s, end);
        if (glued > 0) { end = glued; location = parseLocationLine(text, s, end); }
      }
    } else if (location !== null && (!startsHeadlessStack(text, s, location, indented, this.leadingSpaceLost) || (start.bare && indexInLine(text, ' ', s, location.locationEnd) >= 0))) location = null;
    if (location === null) {
      log.skipped(start.line, start.sample);
      this.scan.heldLineSkipped(start.line);
      return false;
    }
    // The `file:line` skipped right above the stack's first call is its frame whose call line the paste's start took
    // (on the call's own line when the call was glued to it).
    const leading = this.leading.takeFor(start.line);
    if (leading !== null) log.takeBackSkipped(leading.line);
    this.scan.beginSection();
    this.open = { frames: leading === null ? [] : [leading.frame], createdBy: null, startLine: leading?.line ?? start.line, endLine: start.line };
    this.scan.readHeadlessStack();
    this.scan.holdCall(start, true);
    this.scan.completePending(text, s, end, location);
    if (spaced) this.parts.spacing.double();
    if (glued > 0 && !this.scan.stackLine(text, glued, lineEnd)) this.scan.skipLine(text, glued, lineEnd);
    return true;
  }

  /** The text ends with a held headless start: the line is skipped, as it would have been alone. */
  dropStart(): void {
    const start = this.start;
    if (start === null) return;
    this.start = null;
    this.startSpaced = false;
    this.parts.log.skipped(start.line, start.sample);
    if (start.line === this.scan.lineNo) this.scan.skippedLastLine(start.text);
  }
}
