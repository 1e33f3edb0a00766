// The end of the text, where a paste or a limit may have cut the dump: whether the text was cut
// (from what its last lines left open, TruncationTracker in dumpBoundaries.ts), the goroutine the
// cut fell in kept with the frames it has and marked cut, a stack that stops where Go never ends one,
// the goroutines missing after a crash's runtime stack; and the last skipped line each of those
// looks at. The scanner calls it as lines are skipped and at its end.

import { decodeLineEscapingBytes } from '../byteEscapes';
import type { PasterGaps } from './pasterGaps';
import type { GoroutineId, SourceFrame } from './model';
import type { FrameInterner, FuncId } from './frameInterner';
import type { GoroutineTable } from './goroutineTable';
import type { GoroutineBuilder, OpenGoroutine } from './goroutineBuilder';
import type { TruncationTracker, Truncation } from './dumpBoundaries';
import type { WarningLog } from './warningLog';
import type { PrefixLearner } from './prefixLearner';
import type { Debug1Profiles, ProfileSnapshot } from './debug1Profiles';
import type { LogRecordLines } from './logRecords';
import type { HeadlessStacks } from './headlessStacks';
import type { BadReturnPc } from './badReturnPc';
import type { DelveOutput } from './delveOutput';
import type { RaceReportBuilder } from './raceReport';
import type { LocationLines, PendingCall, PendingCalls } from './pendingCall';
import type { RuntimeStacks } from './runtimeStacks';
import type { ScanMode } from './scanMode';
import {
  callCutInArguments, CUT_MARK, isBlank, isPathCutShort, looksCutShort, mayStartFunctionName, parseHeaderCutInBracket, parseHeaderLine,
  parseLocationLine, startsCreatedBy, type HeaderLine,
} from './lineParsers';
import { detachString } from './textChunks';
import { cutNameNamesPackage } from './goFunctions';
import { stackStoppedEarly } from './stoppedStack';
import { goleakHeader, parseGoleakLineCut } from './goleakReport';
import { endBeforeBorder } from './boxBorder';
import { isBlankByte } from './byteLineParsers';
import { isIndentCode } from './charCodes';
import { RegisterBlock } from './registerBlock';
import { isCreatorHeaderCutShort } from './raceSectionLines';
import { isPcLocationCutShort, parseBareLocation } from './locationStack';
import { pcDigitsOfText } from './framePcs';
import { isHeaderWordCut } from './headerWordCut';
import { isWrappedOffsetTail } from './wrappedLocation';
import { isHexLetterCode } from './charCodes';
import type { PagerWidth } from './pagerWidth';

/** What may follow `file:line`, whole: ` +0x1d`, then ` fp=0x… sp=0x… pc=0x…` (GOTRACEBACK=system), or a C frame's ` pc=0x…`. */
const COMPLETE_LOCATION_SUFFIX = /^(?:\+(?:0x[0-9a-f]+|[1-9][0-9]*))?(?: ?fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+| ?pc=0x[0-9a-f]+)?$/;
/** Goroutines looked at before the last one for a stack ending in `runtime.goexit`: the dump's traceback level shows in any of them. */
const GOEXIT_LOOKBACK = 64;

/** What the end game asks of the scanner. */
export interface CutAtEndScanner {
  readonly lineNo: number;
  readonly mode: ScanMode;
  /** The goroutine being read, or null. */
  readonly goroutine: OpenGoroutine | null;
  /** The call waiting for its `file:line`, or null. */
  pending: PendingCall | null;
  /** The race report being read, or null. */
  readonly race: RaceReportBuilder | null;
  /** What is known of the line read last (currentLine.ts). */
  readonly line: { readonly indented: boolean };
  /** A goroutine header the line under it put in doubt (doubtfulHeader.ts). */
  readonly doubtfulHeader: { inDoubt: boolean };
  /** The last line, and the first of its run, of what the runtime printed where a traceback broke off (stackBlankLines.ts). */
  readonly stackBlanks: { readonly diagnosticLine: number; readonly diagnosticRunStart: number; readonly held: number };
  endSection(): void;
  /** Begins the goroutine of a header the cut fell in. */
  beginCutHeader(header: HeaderLine): void;
}

/** What the end game reads of what was scanned. */
export interface CutAtEndParts {
  readonly interner: FrameInterner;
  readonly goroutines: GoroutineTable;
  readonly stack: GoroutineBuilder;
  readonly ends: TruncationTracker;
  readonly log: WarningLog;
  readonly prefixes: PrefixLearner<ProfileSnapshot>;
  readonly logRecords: LogRecordLines;
  readonly headless: HeadlessStacks;
  readonly profiles: Debug1Profiles;
  /** The crash's `runtime stack:` sections: the one being read, and those read (runtimeStacks.ts). */
  readonly runtimeStacks: RuntimeStacks;
  /** Whether the text is a double-spaced paste (lineSpacing.ts). */
  readonly spacing: { readonly doubled: boolean };
  /** The call waiting for its `file:line` (pendingCall.ts): a call the cut fell in, its function whole, waits as the stack's last frame. */
  readonly calls: Pick<PendingCalls, 'set'>;
  readonly badReturnPcs: readonly BadReturnPc[];
  readonly delve: DelveOutput;
  /** Where the frames' `file:line` lines stood (pendingCall.ts). */
  readonly locations: Readonly<LocationLines>;
  /** A paster's marks of lines left out (pasterGaps.ts): a stack that ends in one was not cut. */
  readonly pasterGaps: Pick<PasterGaps, 'framesLeftOutAt' | 'anyAfter'>;
  /** The lines' widths (pagerWidth.ts): whether a wrap may have broken the line read last. */
  readonly pagerWidth: Pick<PagerWidth, 'lastShorterThanEarlier'>;
}

/** What a cut goroutine kept, for the truncation warning (one with no frame is worded by its caller). */
function keptFrames(frames: number): string {
  return `kept with the ${frames} ${frames === 1 ? 'frame' : 'frames'} before the cut`;
}

export class CutAtEnd {
  /** The current line when it was skipped: whether it looks cut short is asked of the last line only, at the end. */
  skippedLine: string | null = null;
  /** Whether the last skipped line had white space before its text (a frame's `file:line` has). */
  skippedLineIndented = false;
  /** The last line skipped, when short: its number and trimmed text. */
  get lastSkipped(): { line: number; text: string } | null {
    if (this.skippedBytes !== null) this.decodeSkipped();
    return this.lastSkippedText;
  }

  set lastSkipped(skipped: { line: number; text: string } | null) {
    this.skippedBytes = null;
    this.lastSkippedText = skipped;
  }

  private lastSkippedText: { line: number; text: string } | null = null;
  /** The last line skipped on the bytes, not decoded yet: junk skips many lines, and few are ever asked for. */
  private skippedBytes: Uint8Array | null = null;
  private skippedStart = 0;
  private skippedEnd = 0;
  private skippedLineNo = 0;
  /** The text's last line is the next goroutine header's word cut short (headerWordCut.ts), set by `truncationAtEnd`. */
  private headerWordCut = false;
  /** The register dump read last (registerBlock.ts): where a text that stops inside it was cut. */
  readonly registers = new RegisterBlock();
  /** The index of the last goroutine whose stack stopped at a call with other text in its `file:line`'s place, or -1. */
  private stoppedAtCallIndex = -1;

  constructor(private readonly scan: CutAtEndScanner, private readonly parts: CutAtEndParts) {}

  /** text[s, end), skipped: kept for the checks of a cut at the end (the line before a header, the last line). */
  noteSkipped(text: string, s: number, end: number): void {
    this.skippedLine = end - s < 2000 ? text.slice(s, end) : null;
    this.lastSkipped = end - s < 200 ? { line: this.scan.lineNo, text: text.slice(s, end) } : null;
    this.skippedLineIndented = s > 0 && isIndentCode(text.charCodeAt(s - 1));
  }

  /** The text's last goroutine stopped at a call with other text in its `file:line`'s place (markStoppedAtCall). */
  lastStoppedAtCall(): boolean {
    return this.stoppedAtCallIndex >= 0 && this.stoppedAtCallIndex === this.parts.goroutines.length - 1;
  }

  /** A goroutine as a warning names it: the crashed one Go printed without a header has no id to give. */
  goroutineNamed(id: GoroutineId, startLine: number): string {
    return startLine === this.parts.headless.headerlessCrashLine ? `the crashed goroutine (its stack from line ${startLine}, printed without a header)` : `goroutine ${id} (from line ${startLine})`;
  }

  /**
   * The goroutine's last call has other text where its `file:line` was due, and nothing of its stack
   * after it: the text lost the rest (a journal that kept a few lines of the panic, then other units'),
   * so the goroutine is cut there, not whole.
   */
  markStoppedAtCall(builder: OpenGoroutine): void {
    builder.cut = true;
    this.stoppedAtCallIndex = this.parts.goroutines.length;
    const where = builder.stoppedCutInArguments ? 'cut inside its arguments, its `file:line` not in the text' : 'whose `file:line` is not in the text, other text in its place';
    this.parts.log.warn(builder.stoppedAtLine, `line ${builder.stoppedAtLine}: ${this.goroutineNamed(builder.id, builder.startLine)} stops at a call ${where}: ` +
      `its stack is cut off there (${keptFrames(this.parts.stack.frameCount)})`);
  }

  /**
   * Go prints the goroutines (the one that crashed first) after a crash's `runtime stack:`: a text
   * whose last runtime stack no goroutine follows stops before them (a paste that kept the top of a
   * crash; a crash while Go printed a goroutine's header, that goroutine above its runtime stack).
   */
  goroutinesMissingAfterRuntimeStack(): boolean {
    const stacks = this.parts.runtimeStacks.read;
    if (stacks.length === 0 || this.parts.profiles.any) return false;
    const last = stacks[stacks.length - 1].lines;
    const read = this.parts.goroutines.length;
    if (read > 0 && this.parts.goroutines.startLine(read - 1) > last.start) return false;
    this.parts.log.warn(last.end, `the dump is truncated after its runtime stack (lines ${last.start}–${last.end}): ${read > 0 ? 'the goroutines after it' : 'its goroutines'} are missing`);
    return true;
  }

  /**
   * The text's last goroutine, its lines whole, stops where Go never ends a stack (no `created by`
   * under it, see stoppedStack.ts): the paste was cut at a line break. It is marked cut.
   */
  markStoppedStack(): boolean {
    const table = this.parts.goroutines;
    const last = table.length - 1;
    if (last < 0 || this.parts.profiles.records.length > 0 || this.parts.delve.read || this.parts.runtimeStacks.read.some(stack => stack.lines.start > table.endLine(last))) return false;
    // Its frames below a paster's mark were left out on purpose: the mark says so, not a cut.
    if (this.parts.pasterGaps.framesLeftOutAt(table.endLine(last))) return false;
    const rare = table.rare(last);
    const header = table.header(last);
    const goroutine = { id: table.exactId(last), state: header.state, lockedToThread: header.lockedToThread, frames: table.frames(last), createdBy: table.createdBy(last), stackUnavailable: rare?.stackUnavailable ?? false, framesElided: rare?.framesElided ?? false };
    if (!stackStoppedEarly(goroutine, this.parts.ends.offsetsMissing, this.runtimeFramesShownBefore(last), this.parts.ends.pcDigits.anyNoted)) return false;
    table.markCut(last);
    const frames = goroutine.frames.length;
    const end = table.endLine(last);
    // Without frames there is no stack for a creator to end (and goroutine 1 has none): the header is what was kept.
    const stops = frames === 0 ? 'stops right after its header, with no frame under it, so it is cut off'
      : `stops without the \`created by\` line Go prints under its stack, so it is cut off (${keptFrames(frames)})`;
    this.parts.log.warn(end, `the dump is truncated at line ${end}: ${this.goroutineNamed(goroutine.id, table.startLine(last))} ${stops}, and goroutines after it are missing`);
    return true;
  }

  /**
   * Whether a goroutine before `last` ends in `runtime.goexit` under other frames (GOTRACEBACK=system
   * or crash: runtime frames and creators are printed). Alone, it is cgo's extra thread, printed at any level.
   */
  private runtimeFramesShownBefore(last: number): boolean {
    const table = this.parts.goroutines;
    for (let i = last - 1; i >= 0 && i >= last - GOEXIT_LOOKBACK; i--) {
      const frames = table.frames(i);
      if (frames.length > 1 && frames[frames.length - 1].func === 'runtime.goexit') return true;
    }
    return false;
  }

  /**
   * The text ends cut short: the goroutine it ends in (or a race report's access) keeps the frames
   * it has, marked cut. A cut after the last goroutine (in a register dump, a `runtime stack:` section, log text after a
   * blank line) leaves that goroutine whole.
   */
  /** The location on the text's last line before a mark cut short after its number (`noteLocationBeforeCutMark`), else null. */
  private locationBeforeCutMark: { file: string; line: number } | null = null;

  keepCutGoroutine(cutAtLimit: boolean, cutAfterCall: boolean, lastLineCut: boolean): void {
    const table = this.parts.goroutines;
    let cut: { id: GoroutineId; startLine: number; frames: number } | null = null;
    let numberMayBeCut: number | null = null;
    let raceCreatorNumber: { id: GoroutineId; startLine: number; line: number } | null = null;
    const open = this.scan.goroutine;
    if (this.scan.mode === 'race' && this.scan.race !== null) {
      cut = this.scan.race.cutShort(this.scan.lineNo, lastLineCut && this.skippedLine !== null ? this.cutCallOf(this.skippedLine) : null);
      // An access's last `file:line` at the text's end, without the offset the report prints: its number may be cut (kept as read).
      if (this.parts.ends.lastLocationNumberMayBeCut && this.scan.race.endsAt(this.scan.lineNo)) {
        const creator = cut === null ? this.scan.race.openCreatorSection() : null;
        if (cut !== null) numberMayBeCut = this.scan.race.lastFrame()?.line ?? null;
        // A creator's section (no access, no goroutine of its own) cut so: its goroutine keeps the number as read, said here.
        else if (creator !== null && this.scan.race.lastFrame() !== undefined) raceCreatorNumber = { ...creator, line: this.scan.race.lastFrame()!.line };
      }
    // Only when the stack's last line is right before the cut: skipped text in between means the goroutine ended.
    } else if (open !== null && this.scan.mode === 'goroutine' && this.stackEndedBefore(open)) {
      // Its stack ended with its creator's `file:line` right before the cut line (a paste that lost
      // the blank line between goroutines): the cut fell after it, in the next goroutine's header.
      this.scan.endSection();
    // In a double-spaced paste a blank line stands between the stack's last line and the cut.
    } else if (open !== null && (this.scan.mode === 'goroutine' || this.scan.mode === 'ancestor') &&
      (open.endLine >= this.scan.lineNo - (this.parts.spacing.doubled ? 2 : 1) || this.frameDueAtEnd())) {
      // A name on the last line, where a call line was due, is cut short: a frame, marked so, once it
      // names its package (`ru` or `github.c` name nothing; where a `file:line` was due, it is a relative
      // path cut short). A whole one (gccgo's bare form) whose `file:line` line the cut fell in is a frame.
      const pending = this.scan.pending;
      // A `created by` on the last line whose name names no package (`created by gi`, C's `_rt0_go` aside) is cut short: no creator.
      if (pending?.createdBy && pending.line === this.scan.lineNo && pending.creatorGoroutine === null && !this.funcName(pending.func).startsWith('_') &&
        !cutNameNamesPackage(this.funcName(pending.func))) this.scan.pending = null;
      else if (pending?.bare && pending.line !== this.scan.lineNo) pending.bare = false;
      else if (pending?.bare) {
        const cutName = this.parts.ends.callLeftOpenAtLine === this.scan.lineNo ? null : this.cutNameOf(this.funcName(pending.func));
        if (cutName === null) this.scan.pending = null;
        else { pending.func = cutName; pending.bare = false; }
      }
      if (lastLineCut) {
        // The line after the header reads as no stack line because the cut fell in it.
        this.scan.doubtfulHeader.inDoubt = false;
        this.keepCallCutInArguments();
      }
      numberMayBeCut = this.checkCutLineNumber(open);
      open.cut = true;
      cut = { id: open.id, startLine: open.startLine, frames: 0 };
      this.scan.endSection();
      cut.frames = table.frames(table.length - 1).length;
    } else if (open === null && cutAfterCall && this.parts.ends.goroutineFinishedAtLine === this.scan.lineNo && table.length > 0) {
      const last = table.length - 1;
      table.markCut(last);
      cut = { id: table.exactId(last), startLine: table.startLine(last), frames: table.frames(last).length };
    }
    const recordCut = cut === null && (this.recordCutBeforeFrames() || this.recordCutInFrameLine());
    const record = this.parts.profiles.record;
    const recordKept = record === null || record.frames.length === 0 ? 'before its frames' : `(${keptFrames(record.frames.length)})`;
    // The records read, this one with them, may count the profile's whole total: it was the last, none is missing after it.
    const total = this.parts.profiles.declaredTotal;
    const lastRecord = recordCut && total !== null && this.parts.profiles.countedGoroutines() + record!.count >= total;
    const headlessNumber = cut === null && !recordCut ? this.headlessNumberMayBeCut() : null;
    const kept = cut === null && this.headerWordCut ? 'its last line is the start of the next goroutine\'s header, the goroutines above it whole, and '
      : raceCreatorNumber !== null ? `the race report's creator section of ${this.goroutineNamed(raceCreatorNumber.id, raceCreatorNumber.startLine)} stops in or right after its last \`file:line\`'s number, so its line ${raceCreatorNumber.line} may be cut short, and `
      : headlessNumber !== null ? `the stack without its goroutine header from line ${this.parts.headless.open!.startLine} stops in or right after its last \`file:line\`'s number, so its line ${headlessNumber} may be cut short, and `
      : cut === null ? (recordCut ? `the record at line ${record!.startLine}${lastRecord ? ', the profile\'s last,' : ''} is cut off ${recordKept}${lastRecord ? '' : ', and '}` : '')
      : `${this.goroutineNamed(cut.id, cut.startLine)} is cut off ${cut.frames === 0 ? 'before its first frame' : `(${keptFrames(cut.frames)}` +
        `${numberMayBeCut !== null ? `; the text stops in or right after the last \`file:line\`'s number, so its line ${numberMayBeCut} may be cut short` : ''})`}, and `;
    // A paste cut before its first goroutine (down to a crash's runtime stack) is missing all of them.
    const missing = lastRecord ? '' : recordCut ? 'records after it are missing'
      : table.length === 0 && open === null && cut === null ? 'its goroutines are missing' : 'goroutines created late are missing';
    this.parts.log.warn(this.scan.lineNo, `the dump is truncated at line ${this.scan.lineNo}` +
      `${cutAtLimit ? ' (runtime/pprof stops debug=2 output at 64 MiB)' : ''}: ${kept}${missing}`);
  }

  /** The line of the last `file:line` of a stack without its header that the text ends in, where its number may be cut (no offset after it); else null. */
  private headlessNumberMayBeCut(): number | null {
    const open = this.parts.headless.open;
    if (open === null || open.endLine !== this.scan.lineNo || open.frames.length === 0 || !this.parts.ends.lastLocationNumberMayBeCut) return null;
    return (open.createdBy ?? open.frames[open.frames.length - 1]).line;
  }

  /**
   * Whether the line bytes[start, end), the last with content, reads as cut short (behind the
   * dump's prefix): a header, call, path or `created by` missing its end (`looksCutShort`), a
   * header cut in its bracket behind other text, the prefix itself cut short, a qualified name
   * alone (`github.c`: a call cut in its name, or gccgo's frame before its `file:line`), or, where a
   * stack's next call line was due, the start of a package path alone (`ru`).
   */
  readsCutShort(bytes: Uint8Array, start: number, end: number): boolean {
    if (end - start > 6000) return false;
    const decoded = decodeLineEscapingBytes(bytes.subarray(start, end));
    // A log record's message is the dump's line: whether that line was cut.
    const message = this.parts.logRecords.engaged ? this.parts.logRecords.message(decoded, 0, decoded.length, false) : null;
    const text = message ?? decoded;
    let s = message !== null ? 0 : this.parts.prefixes.skip(text, 0, text.length);
    const prefixMatched = s > 0;
    while (s < text.length && isBlank(text.charCodeAt(s))) s++;
    let e = text.length;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    const border = this.parts.prefixes.prefix?.closingBorder ?? null;
    if (border !== null && prefixMatched) e = endBeforeBorder(text, s, e, border);
    const line = text.slice(s, e);
    // A JSON record closed by its brace is whole.
    if (line.charCodeAt(0) === 0x7b && line.charCodeAt(line.length - 1) === 0x7d) return false;
    if (looksCutShort(line) || this.parts.prefixes.cutShort(line) || parseHeaderCutInBracket(line) !== null) return true;
    // Under the blank line that closed a stack, the next header's word cut short (read next, as line lineNo + 1).
    if (this.headerWordUnder(this.scan.lineNo, line)) return true;
    // Hex letters under a frame's `file:line` that no wrap broke: a call or `created by` cut after its first letters.
    if (this.scan.mode === 'goroutine' && this.scan.goroutine !== null && this.parts.locations.last === this.scan.lineNo &&
      this.parts.pagerWidth.lastShorterThanEarlier && isHexLetterCode(line.charCodeAt(0)) && isWrappedOffsetTail(line, 0, line.length)) return true;
    if (this.scan.mode === 'race' && isCreatorHeaderCutShort(line)) return true;
    if (this.pcLocationCutShort(line)) return true;
    if (mayStartFunctionName(line) && (line.includes('.') || this.callExpectedNext())) return true;
    // A frame's `file:line` cut in what follows it (`+0x371 f`, `fp=0x10bb1f54 s`).
    const location = parseLocationLine(line, 0, line.length);
    if (location === null) return false;
    const suffix = line.slice(location.locationEnd).trim();
    // Or in its pc, which has fewer digits than every Go frame's read (framePcs.ts).
    return !COMPLETE_LOCATION_SUFFIX.test(suffix) || this.parts.ends.pcDigits.cutShort(pcDigitsOfText(suffix, 0, suffix.length), false);
  }

  /**
   * The trimmed line, under a stack of recovery middleware's `file:line (0x…)` lines, is one cut short:
   * inside its pc's parentheses, or before them (a `file:line` alone, its number maybe cut).
   */
  private pcLocationCutShort(line: string): boolean {
    const stack = this.parts.headless.locationStack;
    if (stack === null || !stack.withPcs || stack.endLine !== this.scan.lineNo) return false;
    if (isPcLocationCutShort(line)) return true;
    const location = parseBareLocation(line, 0, line.length);
    return location !== null && !location.pc;
  }

  /**
   * The text's last line, skipped, ends in a goroutine header cut inside its bracket
   * (`goroutine 92 [select, 107`), or is goleak's line cut after its state: that goroutine was printed, its stack cut off. It is counted,
   * with what its header says so far. False for any other line.
   */
  beginHeaderCutInBracket(line: string): boolean {
    const goleak = parseGoleakLineCut(line);
    const goleakText = goleak === null ? null : goleakHeader(goleak);
    const header = goleakText !== null ? parseHeaderLine(goleakText, 0, goleakText.length) : parseHeaderCutInBracket(line);
    if (header === null) return false;
    this.parts.log.takeBackSkipped(this.scan.lineNo);
    this.skippedLine = null;
    this.scan.beginCutHeader(header);
    return true;
  }

  /**
   * The line under line `blank` is the next goroutine header's word cut short (`go`, headerWordCut.ts),
   * and `blank` is the blank line that ended a goroutine's stack: the text was cut in that header.
   */
  private headerWordUnder(blank: number, line: string): boolean {
    if (!isHeaderWordCut(line)) return false;
    const g = this.scan.goroutine;
    if (g === null) return this.scan.mode === 'outside' && this.parts.ends.blankEndedGoroutineAt === blank;
    // The blank line is held while a `created by` may still follow it (stackBlankLines.ts): the line under it ends the stack there.
    return this.scan.mode === 'goroutine' && this.scan.stackBlanks.held === blank && g.endLine === blank - 1;
  }

  /** The last line, skipped, is the next header's word cut short under the blank line that closed a stack. */
  private headerWordCutAtEnd(): boolean {
    const line = this.skippedLine;
    if (line === null) return false;
    let s = this.parts.prefixes.skip(line, 0, line.length);
    while (s < line.length && isBlank(line.charCodeAt(s))) s++;
    let e = line.length;
    while (e > s && isBlank(line.charCodeAt(e - 1))) e--;
    return this.headerWordUnder(this.scan.lineNo - 1, line.slice(s, e));
  }

  /** The goroutine's stack ended, its `created by` and that line's `file:line` read, on the line before the last. */
  private stackEndedBefore(open: { createdBy: unknown; endLine: number }): boolean {
    return open.createdBy !== null && this.scan.pending === null && open.endLine === this.scan.lineNo - 1 && this.parts.locations.last === this.scan.lineNo - 1;
  }

  /** The last line read ended a stack's header or a frame, before any `created by`: a call line comes next. */
  private callExpectedNext(): boolean {
    if (this.scan.mode === 'race') return this.scan.race !== null && this.scan.race.callDueAfter(this.scan.lineNo);
    const g = this.scan.goroutine;
    return this.scan.mode === 'goroutine' && g !== null && this.scan.pending === null && g.createdBy === null && !g.stackUnavailable && g.endLine === this.scan.lineNo;
  }

  /**
   * The text stops right after the digits of the goroutine's last `file:line`, where Go prints an
   * offset after them (`main.go:1` of `main.go:12 +0x1d`): the number may be cut. Where another
   * goroutine printed the same frame at one line that starts with those digits, that frame takes it;
   * else the digits are kept as read (a paste that simply ends there is the likelier case, and a
   * line near the right one opens the source better than none) and the number is returned, to warn.
   */
  private checkCutLineNumber(open: OpenGoroutine): number | null {
    if (this.scan.mode !== 'goroutine') return null;
    const before = this.locationBeforeCutMark;
    if (before !== null) {
      // The last line was a `file:line` cut in the mark after its number (`cgocall.go:157 +`): no
      // location as it stands, so its frame was kept without one; its number is whole.
      const last = open.createdBy ?? this.parts.stack.lastFrame();
      if (last?.file === '' && this.scan.pending === null) {
        this.relocateLastFrame(open, before.file, before.line);
        open.endLine = this.scan.lineNo;
      }
      return null;
    }
    if (!this.parts.ends.lastLocationNumberMayBeCut || this.parts.locations.last !== this.scan.lineNo) return null;
    const last = open.createdBy ?? this.parts.stack.lastFrame();
    if (last === undefined) return null;
    const line = this.lineOfSameFrame(last);
    if (line === 0) return last.line;
    if (line !== last.line) this.relocateLastFrame(open, last.file, line);
    return null;
  }

  /**
   * The one line number that the goroutines read before print for `frame`'s function and file and
   * that starts with its digits (`asm_386.s:1393` of `runtime.goexit` in every goroutine above, the
   * same creator's `created by`): the number the cut frame was printing; 0 when none or several.
   */
  private lineOfSameFrame(frame: SourceFrame): number {
    const table = this.parts.goroutines;
    const digits = String(frame.line);
    let found = 0;
    const seen = new Set<readonly SourceFrame[]>();
    const matches = (f: SourceFrame | null): boolean => f !== null && f.func === frame.func && f.file === frame.file && String(f.line).startsWith(digits);
    for (let i = 0; i < table.length; i++) {
      const creator = table.createdBy(i);
      if (matches(creator)) { if (found !== 0 && found !== creator!.line) return 0; found = creator!.line; }
      const frames = table.frames(i);
      // Goroutines share their interned stacks: each looked at once.
      if (seen.has(frames)) continue;
      seen.add(frames);
      for (const f of frames) if (matches(f)) { if (found !== 0 && found !== f.line) return 0; found = f.line; }
    }
    return found;
  }

  /** The goroutine's last frame, its creator when it has one (Go prints `created by` last), put at `file:line`. */
  private relocateLastFrame(open: OpenGoroutine, file: string, line: number): void {
    const creator = open.createdBy;
    if (creator !== null) open.createdBy = this.parts.interner.adopt({ func: creator.func, file, line });
    else this.parts.stack.relocateLastFrame(file, line);
  }

  /**
   * The text's last line, `text`, is a `file:line` cut inside the mark after its number at `markAt`
   * (`cgocall.go:157 +`): the location before it, behind the dump's prefix, kept for its frame.
   * `markAt` -1: the line is no such location.
   */
  noteLocationBeforeCutMark(text: string, markAt: number): void {
    if (markAt < 0) { this.locationBeforeCutMark = null; return; }
    let s = this.parts.prefixes.skip(text, 0, markAt);
    while (s < markAt && isBlank(text.charCodeAt(s))) s++;
    const location = parseLocationLine(text, s, markAt);
    this.locationBeforeCutMark = location === null || location.locationEnd !== markAt ? null : { file: detachString(text.slice(s, location.pathEnd)), line: location.line };
  }

  /**
   * The text's last line, skipped as no stack line, is a call cut in its arguments
   * (`guomi._Cfunc_SM2_sign(0x0, 0xc4`): its function name is whole, so it is the stack's last frame
   * (often the one to blame), without a location.
   */
  private keepCallCutInArguments(): void {
    const line = this.skippedLine;
    if (line === null || this.scan.pending !== null || this.scan.mode !== 'goroutine') return;
    const func = this.cutCallOf(line);
    if (func !== null) this.parts.calls.set(func, '', false, false, null);
  }

  /**
   * The function of a call line the cut fell in: whole before its arguments, or its name cut short
   * (marked) once it names its package; null for any other line.
   */
  private funcName(func: FuncId): string {
    return this.parts.interner.funcName(func);
  }

  private cutCallOf(line: string): FuncId | null {
    if (startsCreatedBy(line, 0)) return null;
    const open = callCutInArguments(line, 0, line.length);
    return open > 0 ? this.parts.interner.func(detachString(line.slice(0, open))) : this.cutNameOf(line);
  }

  /** A function's name cut short, marked, once it names its package (`ru` or `github.c` name nothing); else null. */
  private cutNameOf(name: string): FuncId | null {
    return mayStartFunctionName(name) && cutNameNamesPackage(name) ? this.parts.interner.func(detachString(name) + CUT_MARK) : null;
  }

  /**
   * A frame of the goroutine being read was due after the text's last line: that line, of a kind the
   * line-kind table names, was read by its row as cut inside (the row's `cutInside`, lineKinds.ts:
   * a row of stack words cut inside a word); or the text ends in the stack's words the runtime prints
   * under an `unexpected return pc` line of the goroutine, and Go prints the frame whose return
   * address it could not place right after them, so that frame, and what follows it, was cut off.
   */
  private frameDueAtEnd(): boolean {
    const g = this.scan.goroutine;
    if (this.scan.mode !== 'goroutine' || g === null || this.scan.pending !== null) return false;
    if (this.parts.ends.lineKindCutAt === this.scan.lineNo) return true;
    if (this.scan.stackBlanks.diagnosticLine !== this.scan.lineNo) return false;
    const bad = this.parts.badReturnPcs.at(-1);
    return bad !== undefined && bad.line > g.startLine && bad.line === this.scan.stackBlanks.diagnosticRunStart - 1;
  }

  /**
   * Whether the text was cut short, from what its last lines left open (TruncationTracker.verdict);
   * `headerCut`: its last line was a header cut in its bracket.
   */
  truncationAtEnd(byteLength: number, headerCut: boolean): Truncation {
    // Only text that had a dump in it can be a cut dump (random bytes also end in an unfinished "call(").
    const race = this.scan.mode === 'race' ? this.scan.race : null;
    const sawDump = this.parts.goroutines.length > 0 || this.scan.goroutine !== null || this.parts.profiles.records.length > 0 || this.parts.profiles.record !== null ||
      this.parts.runtimeStacks.read.length > 0 || this.parts.runtimeStacks.open !== null || this.parts.headless.stacks.length > 0 || this.parts.headless.open !== null ||
      this.parts.profiles.declaredTotal !== null || race !== null;
    // A word on the last line reads as gccgo's bare function name; after the stack's `created by`, which Go prints last, or
    // when no package path starts so (`FAIL`), it is no frame.
    const wordAfterStack = this.scan.pending !== null && this.scan.pending.bare && this.scan.goroutine !== null &&
      (this.scan.goroutine.createdBy !== null || !mayStartFunctionName(this.funcName(this.scan.pending.func)));
    const pending = wordAfterStack ? null : this.scan.pending;
    // A stack whose goroutine header is not in the text ends there too: its last `file:line` may be cut in its `fp=` mark.
    const open = this.parts.headless.open;
    const headlessEndsAtLastLine = open !== null && open.endLine === this.scan.lineNo && open.frames.length > 0;
    const stackEndsAtLastLine = (this.scan.goroutine !== null && this.scan.goroutine.endLine === this.scan.lineNo) || (race !== null && race.endsAt(this.scan.lineNo)) || headlessEndsAtLastLine;
    this.parts.ends.lastFrameAtEntry = stackEndsAtLastLine && this.scan.mode === 'goroutine' &&
      (isOldGoexit(this.parts.stack.lastFrame()) || isCreatedByCRuntime(this.scan.goroutine?.createdBy ?? null));
    // A race report's call line is never a bare name (the race detector prints `()` after each): one was cut short.
    // So is a creator section's header that stops before its colon (`Goroutine 67 (running) cre`).
    const raceCallCut = race !== null && this.skippedLine !== null &&
      ((race.callDueAfter(this.scan.lineNo - 1) && mayStartFunctionName(this.skippedLine)) || isCreatorHeaderCutShort(this.skippedLine.trim()));
    // A path at the start of the last line, after other skipped text (a test binary's path under a test runner's lines),
    // is more of that text: a frame's `file:line` is indented.
    // So is an ellipsis there (`...` for log lines left out), no `...additional frames elided...` cut short.
    // Not when the stack's own line is right above it: text skipped between the stack's lines (a CI log's line-number links)
    // is no text that goes on there.
    const afterText = this.skippedLine !== null && !this.skippedLineIndented && this.parts.log.skippedBefore(this.scan.lineNo) &&
      !this.stackLineRightAbove(race);
    const moreOfText = afterText && (isPathCutShort(this.skippedLine!) || this.skippedLine === '...');
    const pcLocationCut = this.parts.headless.pcLostAtLine === this.scan.lineNo ||
      (this.skippedLine !== null && this.parts.headless.stacks.at(-1)?.lines.end === this.scan.lineNo - 1 && isPcLocationCutShort(this.skippedLine.trim()));
    this.headerWordCut = this.headerWordCutAtEnd();
    // The last line passed over as a wrapped offset's tail under a `file:line` no wrap broke: cut after a line's first letters.
    const offsetTailCut = this.parts.ends.offsetTailUnwrappedAt === this.scan.lineNo && this.scan.goroutine !== null && this.scan.mode === 'goroutine';
    this.parts.ends.lastLineCut = headerCut || raceCallCut || pcLocationCut || this.headerWordCut || offsetTailCut || (this.skippedLine !== null && !moreOfText &&
      (looksCutShort(this.skippedLine) || this.parts.prefixes.cutShort(this.skippedLine) || this.parts.logRecords.cutShort(this.skippedLine)));
    const callOpen = (pending !== null && !pending.bare && this.scan.goroutine !== null) || this.wordWhereLocationWasDue(pending) || (race !== null && race.callPending) || this.frameDueAtEnd() ||
      this.recordCutBeforeFrames() || this.recordCutInFrameLine() ||
      (wordAfterStack && this.creatorLocationCutToWord(this.scan.pending!));
    return this.parts.ends.verdict(byteLength, this.scan.lineNo, sawDump, pending !== null || callOpen, callOpen, stackEndsAtLastLine);
  }

  /**
   * The text's last line with content is one indented word (`\tg`, `    gi`) right under the goroutine's
   * `created by`, whose `file:line` Go prints next: that location cut in its path's first letters,
   * whatever line break or closer the paste put after it (a path with a `/` is held as a wrap's head).
   */
  private creatorLocationCutToWord(word: PendingCall): boolean {
    const g = this.scan.goroutine!;
    return this.scan.mode === 'goroutine' && g.createdBy !== null && g.createdBy.line === 0 && g.endLine === this.scan.lineNo - 1 &&
      word.line === this.scan.lineNo && this.scan.line.indented;
  }

  /** The line above the text's last one was a line of the stack being read (a goroutine's, a race report's or a headless one). */
  private stackLineRightAbove(race: RaceReportBuilder | null): boolean {
    const above = this.scan.lineNo - 1;
    return this.scan.goroutine?.endLine === above || (race !== null && race.endsAt(above)) || this.parts.headless.open?.endLine === above;
  }

  /**
   * The last line is one word (`g`, `FAIL`) where the call line above it, Go's (its arguments in
   * parentheses), was due its `file:line`: read as gccgo's bare name it closed that call without a
   * location, but gc prints a location under every call, so the text was cut in it or after the call.
   */
  private wordWhereLocationWasDue(pending: PendingCall | null): boolean {
    return pending !== null && pending.bare && pending.line === this.scan.lineNo && this.scan.goroutine !== null && this.scan.mode === 'goroutine' &&
      this.parts.ends.callLeftOpenAtLine === this.scan.lineNo;
  }

  /**
   * A debug=1 record's `N @ 0x…` line of two pcs or more is the last line: runtime/pprof prints a `#`
   * line for every pc but `runtime.goexit`'s (`#\t0x…` alone for one it has no name for), so the text
   * was cut before them. A record of one pc may be a goroutine not started yet, goexit alone: whole.
   */
  private recordCutBeforeFrames(): boolean {
    const record = this.parts.profiles.record;
    return record !== null && this.parts.profiles.recordJustBegun(this.scan.lineNo) && (TWO_PCS.test(record.header) || this.parts.profiles.ends.singlePcCut(record.header));
  }

  /** The open record's last line, the text's last, is a `#` frame line whose `file:line` column is missing: cut in it. */
  private recordCutInFrameLine(): boolean {
    const profiles = this.parts.profiles;
    return profiles.record !== null && profiles.record.endLine === this.scan.lineNo &&
      (profiles.frameWithoutLocationLine === this.scan.lineNo || profiles.ends.numberCutAt(this.scan.lineNo) || profiles.ends.frameLinesCut());
  }

  /**
   * A text of debug=1 records alone, not cut inside a line, whose last profile's records count fewer
   * goroutines than its `total` (runtime/pprof prints their sum): records after its last were cut
   * off, unless a paster's mark in it says some were left out. Warned and true when so.
   */
  recordsMissing(): boolean {
    const profiles = this.parts.profiles;
    const total = profiles.declaredTotal;
    if (total === null || this.parts.goroutines.length > 0 || profiles.records.length === 0 || this.parts.pasterGaps.anyAfter(profiles.profileStartLine)) return false;
    const counted = profiles.countedGoroutines();
    if (counted >= total) return false;
    const last = profiles.records[profiles.records.length - 1].lines?.end ?? profiles.profileStartLine;
    this.parts.log.warn(last, `the dump is truncated after line ${last}: its records count ${counted} of the ${total} goroutines its header (line ${profiles.profileStartLine}) ` +
      'declares, so records after it are missing');
    return true;
  }

  /** What follows `file:line` on the last line, or null when it is no location line. */
  noteLastLocationSuffix(suffix: string | null): void {
    const ends = this.parts.ends;
    ends.lastLineLocationWithoutOffset = suffix === '';
    ends.lastLineLocationIncomplete = suffix !== null && suffix !== '' &&
      (!COMPLETE_LOCATION_SUFFIX.test(suffix) || ends.pcDigits.cutShort(pcDigitsOfText(suffix, 0, suffix.length), true));
  }

  /** The line skipped on the bytes, bytes[s, end), as `skipLine` notes one (`lastSkipped`). */
  noteSkippedBytes(bytes: Uint8Array, s: number, end: number): void {
    while (s < end && isBlankByte(bytes[s])) s++;
    while (end > s && isBlankByte(bytes[end - 1])) end--;
    this.lastSkippedText = null;
    // 600 bytes or more make 200 characters or more (at most 3 bytes each).
    if (end - s >= 600) { this.skippedBytes = null; return; }
    this.skippedBytes = bytes;
    this.skippedStart = s;
    this.skippedEnd = end;
    this.skippedLineNo = this.scan.lineNo;
  }

  /** The bytes of the scan are about to go: the line skipped on them is decoded now if it was not. */
  releaseBytes(): void {
    if (this.skippedBytes !== null) this.decodeSkipped();
  }

  private decodeSkipped(): void {
    const skipped = decodeLineEscapingBytes(this.skippedBytes!.subarray(this.skippedStart, this.skippedEnd));
    this.skippedBytes = null;
    this.lastSkippedText = skipped.length < 200 ? { line: this.skippedLineNo, text: skipped } : null;
  }
}

/** A record's header with a second pc after the first. */
const TWO_PCS = / 0x[0-9a-f]{1,16} +0x/;

/** Go ≤ 1.3's `runtime.goexit`, in the C runtime; since Go 1.4 it is assembly, its pc one past the entry (`+0x1`). */
function isOldGoexit(frame: SourceFrame | undefined): boolean {
  return frame !== undefined && frame.func === 'runtime.goexit' && frame.file !== '' && !/\.s$/i.test(frame.file);
}

/**
 * A creator in Go ≤ 1.3's C runtime (`created by runtime.main` at `proc.c:221`): it passed its own
 * entry as the new goroutine's creator pc, so no offset follows its line.
 */
function isCreatedByCRuntime(createdBy: SourceFrame | null): boolean {
  return createdBy !== null && /\.(?:c|goc)$/.test(createdBy.file);
}
