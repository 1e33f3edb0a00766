// Tolerant line scanner for goroutine dumps: debug=2, runtime.Stack(all), panics, fatal errors with
// `runtime stack:`, SIGQUIT/SIGABRT crash output, gccgo tracebacks and debug=1 profiles, as pasted
// (prefixes, indentation, CRLF, fences, notes).
//
// The scanner reads UTF-8 bytes as they arrive (`GoroutineDumpScanner.push`), so a file can be
// streamed and never sits in memory whole. The plain lines that make up almost all of a dump
// (header, call, `file:line`, `created by`, blank; a race report's sections and frames, raceReport.ts) are parsed on the bytes, and names already seen
// are found by a hash of their bytes without building a string. Any other line is decoded on its
// own and goes through the string parsers, which hold all the tolerance for pasted text.
//
// This file is the state machine; its states and their transitions are written down in one table,
// at the head of scanMode.ts. Each concern's state lives in a part beside it, one job each
// (docs/architecture.md names them all): the line-kind table (lineKinds.ts) recognises the lines
// outside a stack and says what each does, its end-of-dump check included, so a new kind of line is
// one row there; the stack line kinds' table (stackLineKinds.ts) does the same for the lines inside a
// stack other than a call and its `file:line`, read through it by both the byte and the text path; the prefix learner (prefixLearner.ts) strips what pasted lines carry before the
// text; the crash headers and truncation tracker (dumpBoundaries.ts) tell where dumps start and
// whether the text was cut, and cutAtEnd.ts what a cut at the end cut off; the warning log
// (warningLog.ts) reports skipped lines; the goroutine builder (goroutineBuilder.ts) holds the
// goroutine being read; pendingCall.ts the call waiting for its `file:line` and where the frames'
// locations stood; delveStacks.ts Delve's goroutines and stacks; scanOptions.ts the options.

import { encodeKeepingBytes } from '../byteEscapes';
import type {
  GoroutineDump, GoroutineId, SourceFrame,
} from './model';
import { FrameInterner, type FuncId } from './frameInterner';
import { CutFunctionNames } from './cutFunctionNames';
import {
  indexInLine, isBlank, parseHeaderCutInBracket, parseHeaderLabels, parseHeaderLine,
  parseLocationLine, readDecimal, type HeaderLine, type LocationLine,
} from './lineParsers';
import { locationMarkCutShortAt } from './locationEnds';
import { detachString } from './textChunks';
import { hashBytes } from './byteKeyTable';
import {
  asciiBytes, isBlankByte, MAX_GOROUTINE_ID_DIGITS, parseLocationBytes, parsePlainHeaderBytes,
  startsWithBytes,
} from './byteLineParsers';
import { goroutineIdInBytes, headerIdTooLong, idDigitsAt } from './goroutineIds';
import { formatCount } from '../format';
import { Debug1Profiles, type ProfileSnapshot } from './debug1Profiles';
import type { RaceReportBuilder } from './raceReport';
import { RACE_LINE_AS_TEXT, RACE_LINE_RULE, RaceReportReader } from './raceReportReader';
import { GoroutineBuilder, type OpenGoroutine } from './goroutineBuilder';
import { GoroutineTable, type HeaderInfo } from './goroutineTable';
import { crashedGoroutineIndex } from './crashCulprit';
import { BLANK_ON_BYTES, BLANK_ON_TEXT, CurrentLine, NOT_BLANK } from './currentLine';
import { isRecordHeader, RACE_RULE, RACE_START, RUNTIME_STACK_LINE, takeKnownLine, type LineKindActions } from './lineKinds';
import { prefixedRaceSectionStart } from './prefixedRaceSection';
import { isWholeCallLine, takeCallShapeText, type CallLineActions } from './callShapes';
import { mayBeStackLineOfAnyRow } from './stackLineRows';
import { NO_STACK_KIND, STACK_KIND_AS_TEXT, takeStackKindBytes, takeStackKindText, type StackLineActions } from './stackLineKinds';
import { HeldCrashLines } from './heldCrashLines';
import { PanicMessageLines, panicValueLineText } from './panicMessage';
import { mayBeReadLine, skipJunkLines } from './junkRun';
import { isPasterGapBytes, PasterGaps, type OpenStack } from './pasterGaps';
import { ByteScratch } from './byteScratch';
import { lineClasses } from './byteClasses';
import { countBlankLines } from './blankRun';
import { PrefixLearner } from './prefixLearner';
import { indentedBehindPrefix } from './linePrefix';
import { CrashHeaders, PPROF_DEBUG2_LIMIT, TruncationTracker } from './dumpBoundaries';
import { WarningLog } from './warningLog';
import type { FinishedGoroutine } from './repeatedBody';
import { BodyReplay, PLAIN_BEGAN_GOROUTINE, PLAIN_ENDED_GOROUTINE, PLAIN_OTHER, type BodyReplayScanner } from './bodyReplay';
import { LineMeanings } from './lineMeanings';
import type { EscapedDump } from './escapedDump';
import { LoggedStrings, type LoggedStringScanner } from './loggedStrings';
import { cutFieldStack, type OpenStackField } from './cutStackField';
import { CutCrashLines } from './cutCrashLines';
import { isTimestampOnlyLine, PassedTimeLines } from './timestampLines';
import { gluedCallStart } from './gluedCall';
import { flattenedCrashStart, flattenedStackPieces, gluedCrashStart, proseAfterCallStart } from './flattenedStack';
import { panicsUnwindingAfter } from './untabbedNestedPanics';
import { keepLastDump } from './lastDump';
import { GoleakGoroutines, type GoleakScanner } from './goleakGoroutines';
import { LogRecordLines } from './logRecords';
import { scanSettings, type ScanOptions, type ScanSettings } from './scanOptions';
import { closingBorderOf, endBeforeBorder, isBoxEdge } from './boxBorder';
import { endBeforeSuffix } from './lineSuffix';
import { crashInWordsBeforeHeader } from './crashWordsBeforeHeader';
import { crashWithoutSuffix, headerWithSuffix, suffixedLineEnd, suffixOfCrashLines } from './crashLineSuffix';
import { pcDigitsOfBytes } from './framePcs';
import { mayBeGoLocation, mayBeGoLocationGluedToText } from './locationStack';
import type { BadReturnPc } from './badReturnPc';
import { isWrappedLocationSuffix, isWrappedOffset, isWrappedOffsetTail } from './wrappedLocation';
import { RuntimeStacks } from './runtimeStacks';
import type { HeadlessStart } from './headlessStart';
import { HeadlessStacks, type HeadlessStackScanner } from './headlessStacks';
import { LineSpacing } from './lineSpacing';
import { NAMELESS_FRAME } from './gccgoFrames';
import { WrappedLines, type WrappedLineScanner } from './wrappedLines';
import { LocationLines, PendingCalls, type PendingCall, type PendingCallScanner } from './pendingCall';
import { DoubtfulHeader, type DoubtfulHeaderScanner } from './doubtfulHeader';
import type { ScanMode } from './scanMode';
import { CutAtEnd, type CutAtEndScanner } from './cutAtEnd';
import { isHexLetterCode, isIndentCode, isLowerHexCode } from './charCodes';
import { StackBlankLines, type StackBlankLineScanner } from './stackBlankLines';
import type { DelveOutput } from './delveOutput';
import { DelveStacks, type DelveStackScanner } from './delveStacks';
import { isWellKnownRoot, movedOffsetPieces } from './movedOffsets';
import { lineUnderTitle, summaryLinePieces, UnderTitle } from './summaryHeader';
import { TextLineEnds } from '../lineEnds';

export { PPROF_DEBUG2_LIMIT };

/** How many of a stack's last frames a moved offset's split looks at for the package its call may name. */
const RECENT_FRAMES = 8;
const RUNNING_HEADER = 'goroutine 0 [running]:';

const NEWLINE = 0x0a;
/**
 * Lines longer than this are cut (and said to be). A dump's lines are short; the longest real ones
 * are a whole dump logged as one escaped string (runtime.Stack of a few thousand goroutines).
 */
export const MAX_LINE_BYTES = 8 << 20;
const utf8Encoder = new TextEncoder();
// An escaped byte (core/byteEscapes.ts) is the one byte it was read from.
const utf8Length = (text: string): number => encodeKeepingBytes(text, utf8Encoder).length;

const CR = 0x0d;
const GREATER_THAN = 0x3e;
const GOROUTINE_WORD = asciiBytes('goroutine ');



/** The state machine; GoroutineDumpScanner (scanInput.ts) feeds it whole lines. */

export class DumpScanner implements LineKindActions, StackLineActions, CallLineActions, PendingCallScanner, DoubtfulHeaderScanner, StackBlankLineScanner, LoggedStringScanner, HeadlessStackScanner, WrappedLineScanner, CutAtEndScanner, GoleakScanner, DelveStackScanner, BodyReplayScanner {
  /** The options, their defaults filled in (scanOptions.ts). */
  private readonly settings: ScanSettings;
  /** Distinct function names cut to the longest kept (frameInterner.ts), for one warning (cutFunctionNames.ts). */
  private readonly namesCut = new CutFunctionNames();
  private readonly interner = new FrameInterner(() => this.namesCut.note(this.lineNo));
  /** What each plain stack line means, parsed once per distinct repeated line text. */
  private readonly meanings: LineMeanings;
  /** The byte path's records and the decoder, reused line after line (byteScratch.ts). */
  private readonly scratch = new ByteScratch();

  /** The number of the line being read (LineKindActions). */
  lineNo = 0;
  /** What is known of the line being read (currentLine.ts). */
  readonly line = new CurrentLine();
  /** What the last lines left open, for the verdict on a cut at the end (dumpBoundaries.ts); a line-kind row notes its line cut inside there. */
  readonly ends = new TruncationTracker();
  /** Crash lines behind text of no known shape, held until a goroutine header confirms one (heldCrashLines.ts). */
  private readonly heldCrashes: HeldCrashLines;
  /** goleak's report: its line held until the next says whether Go's header follows (goleakGoroutines.ts). */
  readonly goleak = new GoleakGoroutines(this);
  /** The lines of a panic's value that holds line breaks, kept until what follows says they were its. */
  readonly panicValue: PanicMessageLines;
  /** A log viewer's times alone on their lines, passed over. */
  private readonly timeLines = new PassedTimeLines();
  /** The text is read with its lines in reverse (reversedDump.ts). */
  private readingReversed = false;
  /** A dump logged as escaped strings (loggedStrings.ts), and the string carried to the next line. */
  private readonly logged = new LoggedStrings(this);
  private readonly prefixes = new PrefixLearner<ProfileSnapshot>();
  readonly log: WarningLog;
  readonly crashes = new CrashHeaders((line, message) => this.log.warn(line, message));
  /** Where the text's end cut the crash's lines before any goroutine (cutCrashLines.ts). */
  private readonly crashCut = new CutCrashLines();
  mode: ScanMode = 'outside';
  /** Delve's goroutines and stacks (delveStacks.ts), read in mode `delve`. */
  private readonly delveStacks: DelveStacks;
  /** The call waiting for its `file:line`, and where its frame goes (pendingCall.ts). */
  private readonly calls: PendingCalls;
  /** A blank line held inside a stack until the next line tells whether it ended it (stackBlankLines.ts). */
  readonly stackBlanks: StackBlankLines;
  /** A frame's lines that a wrap or a pager's chop cut (wrappedLines.ts). */
  private readonly wrapped = new WrappedLines(this, this.interner);

  /** The goroutine being read: the builder's record while one is open, else null. */
  goroutine: OpenGoroutine | null = null;
  private readonly stack: GoroutineBuilder;
  /** The crash's `runtime stack:` sections: the one being read in mode `runtimeStack`, and those read (runtimeStacks.ts). */
  readonly runtimeStacks = new RuntimeStacks();
  /** The race detector report read in mode `race` (raceReportReader.ts). */
  private readonly races: RaceReportReader;

  private readonly goroutines = new GoroutineTable();
  readonly badReturnPcs: BadReturnPc[] = [];
  /** Stacks whose goroutine header is not in the text (headlessStacks.ts); in mode `headless` its open one is read. */
  private readonly headless: HeadlessStacks;
  /** Where the text's end cut it, and the skipped lines that tell (cutAtEnd.ts). */
  private readonly cut: CutAtEnd;
  /** The debug=1 profiles read (debug1Profiles.ts); in mode `record` one of their records is read. */
  readonly profiles: Debug1Profiles;

  /** Whether the text is a double-spaced paste (lineSpacing.ts, blankLine). */
  private readonly spacing = new LineSpacing();
  /** A goroutine header the line under it put in doubt (doubtfulHeader.ts). */
  readonly doubtfulHeader = new DoubtfulHeader(this);
  /** The byte path's following of a goroutine's body: its start, and the body remembered to replay (bodyReplay.ts). */
  private readonly replay = new BodyReplay(this);
  /** A log of one record per line whose messages are the dump's lines. */
  private readonly logRecords = new LogRecordLines();
  /** A paster's marks of lines left out (`...`, `<snip>`), read as gaps (pasterGaps.ts). */
  private readonly pasterGaps = new PasterGaps(this);
  /** The line of a goroutine header read from a collapsed block's title (summaryHeader.ts) while its stack has not begun, or -1. */
  private titleHeaderLine = -1;
  /** The last line `mayBeStackLine` asked about and its answer. */
  private readonly stackLineGate: { lineNo: number; bytes: Uint8Array | null; start: number; end: number; result: boolean } = { lineNo: -1, bytes: null, start: 0, end: 0, result: false };

  constructor(options: ScanOptions) {
    const settings = this.settings = scanSettings(options);
    this.meanings = new LineMeanings(this.interner, settings.keepArgs);
    this.profiles = new Debug1Profiles(this.interner);
    this.races = new RaceReportReader(this.interner, state => this.stack.headerInfos.internState(state), this.meanings);
    this.stack = new GoroutineBuilder(this.interner, settings.keepArgs);
    this.log = new WarningLog(settings.maxWarnings);
    this.heldCrashes = new HeldCrashLines(this.log, this.crashes);
    this.panicValue = new PanicMessageLines(this.log, this.crashes);
    this.headless = new HeadlessStacks(this, {
      interner: this.interner, prefixes: this.prefixes, log: this.log, crashes: this.crashes, ends: this.ends, heldCrashes: this.heldCrashes, panicValue: this.panicValue,
      spacing: this.spacing, doubtfulHeader: this.doubtfulHeader,
    });
    const locations = new LocationLines();
    this.calls = new PendingCalls(this, {
      interner: this.interner, stack: this.stack, headless: this.headless, ends: this.ends, log: this.log, wrapped: this.wrapped, locations, doubtfulHeader: this.doubtfulHeader,
    });
    this.delveStacks = new DelveStacks(this, { interner: this.interner, stack: this.stack, headless: this.headless, calls: this.calls });
    this.cut = new CutAtEnd(this, {
      interner: this.interner, goroutines: this.goroutines, stack: this.stack, ends: this.ends, log: this.log, prefixes: this.prefixes, logRecords: this.logRecords,
      headless: this.headless, profiles: this.profiles, runtimeStacks: this.runtimeStacks, badReturnPcs: this.badReturnPcs, delve: this.delveStacks.output, locations,
      spacing: this.spacing, calls: this.calls, pasterGaps: this.pasterGaps, pagerWidth: this.wrapped.pagerWidth,
    });
    this.stackBlanks = new StackBlankLines(this, { stack: this.stack, calls: this.calls, interner: this.interner, spacing: this.spacing });
  }

  /** Whole lines of UTF-8 bytes[start, end): each ends with '\n' except maybe the last line of the input. */
  scanBytes(bytes: Uint8Array, start: number, end: number): void {
    let pos = start;
    const replay = this.replay;
    const shortcuts = this.settings.shortcuts;
    replay.start = -1;
    const nextLineBreak = this.settings.search.lineBreaks(bytes);
    while (pos < end) {
      let newline = nextLineBreak(pos);
      const terminated = newline >= 0 && newline < end;
      if (!terminated) newline = end;
      let lineEnd = newline;
      if (lineEnd > pos && bytes[lineEnd - 1] === CR) lineEnd--;
      this.lineNo++;
      this.cut.skippedLine = null;
      if (lineEnd - pos > MAX_LINE_BYTES) lineEnd = this.cutLongLine(pos);
      // What the unterminated last line says of offsets is not known whole.
      const offsetsMissing = this.ends.offsetsMissing;
      let junk = false;
      const current = this.line;
      current.begin(terminated);
      let line: string | null = null;
      const wrapped = this.wrapped;
      wrapped.lineChopped = wrapped.pagerWidth.note(lineEnd - pos);
      // less marks a line it chopped with `>` in its last column (its `--rscroll` default): no part of what the line says.
      if (wrapped.lineChopped && bytes[lineEnd - 1] === GREATER_THAN) lineEnd--;
      // A log record holding a dump line is read through its message, never as a plain line.
      if (this.logRecords.readingRecords || !shortcuts || !this.plainLine(bytes, pos, lineEnd)) {
        replay.start = -1;
        junk = shortcuts && this.junkLine(bytes, pos, lineEnd, newline + 1 >= end, end);
        if (!junk) {
          line = this.scratch.decode(bytes, pos, lineEnd);
          this.handleLine(line, 0, line.length);
        }
      }
      const held = this.heldCrashes;
      if (current.skippedOutside || held.held !== null || held.pendingJunk !== null) {
        held.afterBytesLine(bytes, pos, lineEnd, newline + 1 >= end ? end : newline + 1, this.lineNo, junk, current.blank === BLANK_ON_BYTES, current.skippedOutside, line);
      }
      if ((this.panicValue.isOpen || this.crashes.chainsTo(this.lineNo)) && !this.timeLines.passed(this.lineNo)) {
        const from = pos;
        const to = lineEnd;
        const decoded = line;
        this.panicValue.afterLine(this.lineNo, current.skippedOutside, current.blank !== NOT_BLANK,
          () => panicValueLineText(this.prefixes.prefix, this.prefixes.suffix, decoded ?? this.scratch.decode(bytes, from, to)));
      }
      this.ends.lastLineTerminated = terminated;
      if (!terminated) { this.ends.offsetsMissing = offsetsMissing; this.noteLastLine(bytes, pos, lineEnd); }
      pos = newline + 1;
      if (junk && terminated && this.mode === 'outside' && !this.doubtfulHeader.inDoubt) pos = this.skipJunkRun(bytes, pos, end);
      if (replay.event !== PLAIN_OTHER) pos = replay.follow(bytes, pos, end, terminated, this.settings.search);
      else if (current.blank === BLANK_ON_BYTES && terminated) pos = this.skipBlankRun(bytes, pos, end);
    }
    if (this.heldCrashes.pendingJunk !== null) this.heldCrashes.lookAtPendingJunk();
    this.cut.releaseBytes();
    replay.bodies.detach(bytes);
  }

  /**
   * After a blank line read on the fast path (the scan is then outside any section, single-spaced,
   * nothing pending): the blank lines that follow change nothing but the line count and the chain of
   * crash lines, so a run of them (a sparse file, a hostile 1 GB of line breaks) is counted in one
   * loop over its bytes. Stops at the first line with content, or at an unfinished last line.
   */
  private skipBlankRun(bytes: Uint8Array, pos: number, end: number): number {
    // A held crash line counts the lines after it, one by one; a panic's value keeps its blank lines.
    if (this.heldCrashes.held !== null || this.panicValue.isOpen || this.headless.locationStack !== null) return pos;
    const run = this.scratch.blankLines;
    countBlankLines(bytes, pos, end, run);
    if (run.lines > 0) {
      this.crashes.continueChainOver(this.lineNo + 1, this.lineNo + run.lines);
      this.lineNo += run.lines;
    }
    return run.lineStart;
  }

  /** A warning about the input as a whole, before its lines are read. */
  warnAtStart(message: string): void {
    this.log.warn(1, message);
  }

  /** The text is read in reverse, a log viewer's copy (reversedDump.ts): its lines lost their leading tabs. */
  readingInReverse(): void {
    this.headless.leadingSpaceLost = true;
    this.readingReversed = true;
  }

  /**
   * A line longer than any a dump holds (junk, a binary file, 3 GB of NUL bytes): only its start is
   * read, so it never becomes one giant string. Returns where the part read ends.
   */
  private cutLongLine(start: number): number {
    const mib = MAX_LINE_BYTES / (1 << 20);
    this.log.warn(this.lineNo, `line ${this.lineNo} is longer than ${mib} MiB: only its first ${mib} MiB are read`);
    return start + MAX_LINE_BYTES;
  }

  /** The goroutine whose header was just read has the remembered body (BodyReplayScanner): added with its stack. */
  replayGoroutine(repeated: FinishedGoroutine, lines: number): void {
    const builder = this.goroutine!;
    this.goroutine = null;
    this.mode = 'outside';
    this.goroutines.add(
      builder.id, builder.info, repeated.stack, repeated.createdBy, repeated.creatorGoroutine, repeated.waitOn,
      builder.startLine, builder.startLine + repeated.endLineOffset, null, builder.labelsText, repeated.stackId);
    this.lineNo += lines;
  }

  /** The unterminated last line: whether it is a `file:line` line whose end may be cut. */
  private noteLastLine(bytes: Uint8Array, pos: number, lineEnd: number): void {
    // A line cut into pieces (flattenedStack.ts) was looked at piece by piece.
    if (this.line.cutIntoPieces === this.lineNo) return;
    if (this.prefixes.suffix !== null) {
      // The suffix every line carries (lineSuffix.ts) is no part of what the location is followed by.
      const line = this.decode(bytes, pos, lineEnd);
      lineEnd = pos + utf8Length(line.slice(0, endBeforeSuffix(this.prefixes.suffix, line, 0, line.length)));
    }
    const found = parseLocationBytes(bytes, pos, lineEnd, this.scratch.location);
    if (found) { this.cut.noteLastLocationSuffix(this.decode(bytes, this.scratch.location.locationEnd, lineEnd).trim()); return; }
    // A line a pager chopped at the terminal's width is told by pagerWidth.ts' rule, not as a mark cut short.
    this.noteLocationCutInMark(this.wrapped.lineChopped ? '' : this.decode(bytes, pos, lineEnd));
  }

  /** The last line, no location as it stands, is one cut inside the mark after its line number (`cgocall.go:157 +`): its offset is cut. */
  private noteLocationCutInMark(line: string): void {
    const trimmed = line.trimEnd();
    const markAt = locationMarkCutShortAt(trimmed);
    this.cut.noteLastLocationSuffix(markAt < 0 ? null : trimmed.slice(markAt).trim());
    this.cut.noteLocationBeforeCutMark(trimmed, markAt);
  }

  private decode(bytes: Uint8Array, start: number, end: number): string {
    return this.scratch.decode(bytes, start, end);
  }

  /**
   * The fast path: handles the line and returns true when it is one of the plain forms, on the bytes.
   * Returns false, having changed nothing, for any other line; `handleLine` then reads it as text.
   */
  private plainLine(bytes: Uint8Array, lineStart: number, lineEnd: number): boolean {
    if (this.logged.carry !== null || this.prefixes.prefix !== null || this.prefixes.suffix !== null || !this.spacing.single || this.doubtfulHeader.inDoubt || this.mode === 'record' || this.titleHeaderLine >= 0 ||
      this.mode === 'delve' || this.profiles.inOtherProfile || this.headless.start !== null || this.headless.framePrefixedCall !== null || this.stackBlanks.held >= 0 || this.wrapped.head !== null || this.goleak.held !== null) return false;
    if (this.mode === 'race') return this.raceLineBytes(bytes, lineStart, lineEnd);
    let s = lineStart;
    while (s < lineEnd && isBlankByte(bytes[s])) s++;
    let end = lineEnd;
    while (end > s && isBlankByte(bytes[end - 1])) end--;
    if (s === end) {
      // A blank line right after a header: maybe a double-spaced paste, for the text path to decide.
      if (this.headerJustRead() || this.stackBlanks.namelessFrameMayFollow() || this.stackBlanks.creatorMayFollow() || this.stackBlanks.afterDiagnostic() || this.calls.pending !== null) return false;
      if (this.mode === 'outside') this.crashes.continueChain(this.lineNo);
      const endsGoroutine = this.goroutine !== null && this.calls.pending === null && this.mode === 'goroutine';
      this.endSection();
      this.noteBlankEnded(this.lineNo);
      if (endsGoroutine) this.replay.event = PLAIN_ENDED_GOROUTINE;
      this.line.blank = BLANK_ON_BYTES;
      return true;
    }

    if (bytes[s] === 0x67 /* g */ && startsWithBytes(bytes, s, end, GOROUTINE_WORD)) {
      return this.calls.pending === null && this.plainHeader(bytes, s, end);
    }
    // After its `created by` a headless stack takes no more lines: the text path ends it.
    if (this.mode === 'outside' || (this.mode === 'headless' && this.headless.open!.createdBy !== null)) return false;
    // The line under a header: in junk, mostly no stack's line; told before it is hashed and remembered.
    if (this.stack.frameCount === 0 && this.calls.pending === null && !this.mayBeStackLine(bytes, s, end)) return false;
    if (this.calls.pending === null && this.extraCreatorLocationBytes(bytes, s, end)) { this.touch(); return true; }
    const meaning = this.meanings.read(bytes, s, end);
    // A stack line of another kind than a call or its `file:line` (stackLineKinds.ts): its row's, or the text path's when it says so.
    if (meaning.stackKind !== NO_STACK_KIND) {
      return this.calls.pending === null && meaning.stackKind !== STACK_KIND_AS_TEXT && takeStackKindBytes(this, meaning.stackKind, meaning.stackKindMatch, this.line.terminated);
    }
    if (this.calls.pending) {
      // A gccgo frame's bare name is judged with its `file:line` on the text path.
      // A location line ends in a digit; one that does not may hold the next call glued to it (gluedCall.ts).
      // A location behind an escaped tab (`\t/usr/…`) is read on the text path, without the escape; one flush left may be a time (`19:22:50`).
      // One without the offset this dump prints, under a call not inlined, may be wrapped inside its line number: the text path tells.
      if (meaning.locationId < 0 || this.calls.pending.bare || !isLowerHexCode(bytes[end - 1]) || bytes[s] === 0x5c /* \ */ || s === lineStart ||
        (!meaning.hasOffset && !this.ends.lastCallInlined && !this.ends.offsetsMissing && endsAtLineNumber(bytes, s, end))) return false;
      this.ends.noteLocation(meaning.hasOffset);
      if (meaning.hasOffset) this.ends.pcDigits.note(pcDigitsOfBytes(bytes, s, end));
      this.calls.addPendingFrame(meaning.locationId);
      this.calls.locations.lastWhole = this.lineNo;
    } else if (meaning.func !== null) {
      // A call after the goroutine's `created by`: the text path tells what it is (stackAfterCreator).
      if (this.mode === 'goroutine' && this.goroutine!.createdBy !== null) return false;
      // A goroutine that keeps its arguments though the scan does not: its call's arguments, which the line's meaning leaves out.
      this.calls.set(meaning.func, meaning.args === '' && this.stack.wantsArgsOf(meaning.func) ? this.meanings.argsOf(bytes, s, end) : meaning.args, false, false, null);
      // `f(...)`: an inlined frame, whose location Go prints without an offset.
      this.ends.lastCallInlined = bytes[end - 2] === 0x2e /* . */ && bytes[end - 4] === 0x2e && bytes[end - 5] === 0x28 /* ( */;
    } else return false;
    this.touch();
    return true;
  }

  /**
   * A race report's line on its bytes (RaceReportReader.lineBytes), in plainLine's plain state and
   * with nothing else open that `handleLine` would look at first; false, having changed nothing, for
   * any other line, which `handleLine` then reads as text.
   */
  private raceLineBytes(bytes: Uint8Array, lineStart: number, lineEnd: number): boolean {
    if (this.calls.pending !== null || this.headless.locationStack !== null || this.prefixes.awaitingConfirmation || this.prefixes.crashPrefixOpen) return false;
    let s = lineStart;
    while (s < lineEnd && isBlankByte(bytes[s])) s++;
    let end = lineEnd;
    while (end > s && isBlankByte(bytes[end - 1])) end--;
    const read = this.races.lineBytes(bytes, s, end, this.lineNo);
    if (read === RACE_LINE_AS_TEXT) return false;
    if (read === RACE_LINE_RULE) this.endRace();
    this.line.indented = s > lineStart;
    return true;
  }

  /**
   * A line of junk that the text path would only skip, told on its bytes: outside any stack in the
   * plain state (no prefix, nothing pending, single-spaced), with no line kind's start, no dump's
   * start behind a prefix and no crash header just before; or such a line right under a goroutine's
   * header, or the line after that one, neither of them a stack's line (junk in which a sliver read
   * like a header: the header is put in doubt, then dropped, as the text path does). The line is
   * decoded only for the warning's sample (the first of a run) and, as the last line read, for the
   * check of a cut at the end. Returns false, having changed nothing, for any other line.
   */
  private junkLine(bytes: Uint8Array, lineStart: number, lineEnd: number, lastRead: boolean, limit: number): boolean {
    if (this.logged.carry !== null || this.calls.pending !== null || this.prefixes.prefix !== null || this.prefixes.suffix !== null || this.prefixes.awaitingConfirmation || !this.spacing.single ||
      this.profiles.inOtherProfile || this.headless.start !== null || this.headless.framePrefixedCall !== null || this.logRecords.readingRecords || this.goleak.held !== null || this.headless.locationStack !== null ||
      // A title's header drops its goroutine under a line of no stack (underTitleHeader): the text path reads that line.
      this.titleHeaderLine >= 0 ||
      // A held line (a location whose number the line's end may have wrapped, a logged string's last line) is read first, on the text path.
      this.wrapped.head !== null) return false;
    // The rest of a frame's offset that a wrap carried over: the text path passes it over.
    if (this.calls.locations.last === this.lineNo - 1 && isHexRun(bytes, lineStart, lineEnd)) return false;
    const doubt = this.doubtfulHeader.inDoubt;
    const underHeader = !doubt && this.mode === 'goroutine' && this.headerJustRead();
    const amidStack = !doubt && !underHeader && this.mode === 'goroutine' && this.junkMayStandInStack();
    if (this.mode !== 'outside' && !underHeader && !doubt && !amidStack) return false;
    // Right under a crash's last line (its value of many lines, ` [recovered]`): a stack of `file:line` lines may start (locationOnlyLine).
    if (this.crashes.chainsTo(this.lineNo - 1)) return false;
    let s = lineStart;
    while (s < lineEnd && isBlankByte(bytes[s])) s++;
    let end = lineEnd;
    while (end > s && isBlankByte(bytes[end - 1])) end--;
    // A call line soon after a crash header may be the crashed stack (crashStackWithoutHeader, which reads only outside a goroutine, and
    // only a line ending in its call's `)`), as may a line two under a crash line that looks wrapped (headlessStacks.ts' underWrappedCrashLine).
    if (this.mode !== 'goroutine' && (bytes[end - 1] === 0x29 /* ) */ || this.crashes.chainsTo(this.lineNo - 2))) {
      const crash = this.crashes.last();
      if (crash !== undefined && crash.line >= this.ends.goroutineFinishedAtLine && this.lineNo - crash.line <= 8) return false;
    }
    if (s === end || mayBeReadLine(bytes, lineStart, s, end, lineClasses(bytes, lineStart, lineEnd), limit) || isPasterGapBytes(bytes, s, end) ||
      (this.headless.leading.looked(this.nothingReadYet()) && (mayBeGoLocation(bytes, s, end) || mayBeGoLocationGluedToText(bytes, s, end)))) return false;
    // Untrimmed too: `created by ` cut right after its space is a creator line whose name the cut took, to the text path.
    if ((doubt || underHeader || amidStack) && (this.mayBeStackLine(bytes, s, end) || (end < lineEnd && this.mayBeStackLine(bytes, s, lineEnd)))) return false;
    if (doubt) this.doubtfulHeader.dropIfInDoubt();
    if (underHeader) this.doubtfulHeader.inDoubt = true;
    if (this.mode === 'outside') this.line.skippedOutside = true;
    // What the text path notes of a line it skips amid a stack (frameWithoutCallMayStart reads it).
    if (amidStack) this.line.indented = s > lineStart;
    this.spacing.contentLine();
    const log = this.log;
    // 60 characters take at most 240 bytes.
    log.skipped(this.lineNo, log.quotesNextSkipped ? this.decode(bytes, s, Math.min(end, s + 240)).slice(0, 60) : '');
    this.cut.noteSkippedBytes(bytes, s, end);
    if (lastRead) {
      // 6,000 bytes or more make 2,000 characters or more (at most 3 bytes each): such a line is never decoded whole.
      const line = end - s < 6000 ? this.decode(bytes, s, end) : null;
      this.cut.skippedLine = line !== null && line.length < 2000 ? line : null;
      this.cut.skippedLineIndented = s > lineStart;
    }
    return true;
  }

  /**
   * `mayBeStackLineOfAnyRow` of the trimmed line bytes[s, end) on this line: the line under a header
   * is asked by plainLine and, when that reads nothing, by junkLine again (most such junk is decoded to ask it).
   */
  private mayBeStackLine(bytes: Uint8Array, s: number, end: number): boolean {
    const gate = this.stackLineGate;
    if (gate.lineNo !== this.lineNo || gate.bytes !== bytes || gate.start !== s || gate.end !== end) {
      gate.lineNo = this.lineNo;
      gate.bytes = bytes;
      gate.start = s;
      gate.end = end;
      gate.result = mayBeStackLineOfAnyRow(bytes, s, end, this.scratch);
    }
    return gate.result;
  }

  /**
   * Whether a line of junk amid a goroutine's stack (a log's line between its frames, or junk under
   * a header a `file:line` vouched for) would only be skipped by the text path, the goroutine going
   * on: none of its frames awaits a `file:line` or an offset's wrapped rest, no `created by` was read
   * (a call after it starts another stack), nothing is held that the line would settle (a title's
   * header, a wrapped head, a blank line in the stack, pending junk, a crash prefix's shorter forms),
   * and the text is not read in reverse. junkLine's own tests say the line is none of a stack's.
   */
  private junkMayStandInStack(): boolean {
    const g = this.goroutine;
    return g !== null && g.createdBy === null && this.calls.locations.last !== this.lineNo - 1 && this.ends.callLeftOpenAtLine !== this.lineNo &&
      this.titleHeaderLine < 0 && this.wrapped.head === null && this.stackBlanks.held < 0 && !this.readingReversed && this.heldCrashes.pendingJunk === null &&
      !this.prefixes.crashPrefixOpen && this.prefixes.wordsBeforeHeader === null;
  }

  /**
   * After a junk line outside any stack: the junk lines that follow, skipped in one tight loop
   * (junkRun.ts: junkLine's tests, without the per-line bookkeeping of the general one). Returns
   * where the lines left to the general loop start.
   */
  private skipJunkRun(bytes: Uint8Array, pos: number, end: number): number {
    const crash = this.crashes.last();
    if (crash !== undefined && crash.line >= this.ends.goroutineFinishedAtLine && this.lineNo + 1 - crash.line <= 8) return pos;
    // A panic's value counts the lines after it, one by one.
    if (this.panicValue.isOpen) return pos;
    const run = this.scratch.junkRun;
    skipJunkLines(bytes, pos, end, run, this.wrapped.pagerWidth, this.headless.leading.looked(this.nothingReadYet()));
    if (run.lines > 0) {
      this.lineNo += run.lines;
      this.log.skippedMore(this.lineNo, run.lines);
      // A held crash line counts the lines after it: the run's are followed until it is let go (junk holds a recovery line nearly always).
      if (this.heldCrashes.held !== null) this.heldCrashes.followHeldThrough(bytes, pos, run.pos, run.lines, this.lineNo - run.lines + 1);
      else this.heldCrashes.deferJunk(bytes, pos, run.pos, run.lines, this.lineNo, this.lineNo - run.lines);
      this.cut.noteSkippedBytes(bytes, bytes.lastIndexOf(NEWLINE, run.pos - 2) + 1, run.pos - 1);
    }
    return run.pos;
  }

  /** `goroutine N [bracket]:`; the bracket's meaning is parsed once per distinct bracket text. */
  private plainHeader(bytes: Uint8Array, s: number, end: number): boolean {
    const header = this.scratch.header;
    if (!parsePlainHeaderBytes(bytes, s + GOROUTINE_WORD.length, end, header)) return false;
    let labelsText: string | null = null;
    if (header.labelsStart >= 0) {
      // Labels differ per goroutine (request ids): kept as text per goroutine, out of the shared header.
      labelsText = this.decode(bytes, header.labelsStart, header.labelsEnd);
      if (parseHeaderLabels(labelsText) === null) return false;
    }
    const hash = hashBytes(bytes, header.bracketStart, header.bracketEnd);
    let info = this.stack.headerInfos.byBracket.get(bytes, header.bracketStart, header.bracketEnd, hash);
    if (info === undefined) {
      const line = this.decode(bytes, s, end);
      const parsed = parseHeaderLine(line, 0, line.length);
      // Labels inside the bracket (Go 1.26's form) differ per goroutine: read on the text path.
      if (!parsed || (parsed.labelsText !== null && labelsText === null)) return false;
      info = this.stack.headerInfos.of(parsed);
      this.stack.headerInfos.byBracket.set(bytes, header.bracketStart, header.bracketEnd, hash, info);
    }
    // Rare (ids pass 2^53 only when made so): one comparison per header otherwise.
    this.beginGoroutine(goroutineIdInBytes(bytes, header.idStart, header.idEnd, header.id), info);
    this.stack.goroutine.labelsText = labelsText;
    this.replay.event = PLAIN_BEGAN_GOROUTINE;
    return true;
  }

  private handleLine(text: string, lineStart: number, lineEnd: number): void {
    if (this.headless.locationStack !== null && this.headless.locationStack.endLine < this.previousLine()) this.headless.endLocationStack();
    if (this.prefixes.suffix !== null) lineEnd = suffixedLineEnd(this.prefixes, text, lineStart, lineEnd, this.lineNo);
    else if (this.mode === 'outside') lineEnd = suffixOfCrashLines(this.prefixes, this.crashes, text, lineStart, lineEnd, this.lineNo);
    if (this.logged.carry !== null && this.logged.wrappedLine(text, lineStart, lineEnd)) return;
    // A log viewer's time alone on a line separates the dump's lines without ending anything.
    if (isTimestampOnlyLine(text, lineStart, lineEnd) && !this.startsLinePrefix(text, lineStart, lineEnd)) {
      this.timeLines.pass(this.lineNo);
      return;
    }
    const message = this.logRecords.message(text, lineStart, lineEnd);
    const dropped = this.logRecords.takeDropped();
    if (dropped !== null) this.log.skipped(this.lineNo - 1, dropped.slice(0, 60));
    if (message !== null) { this.readLines(message, 0, message.length); return; }
    if (this.logRecords.passedOver) return;
    // A record without its message among records that carry the dump (one the paste cut): none of the dump's lines.
    if (this.logRecords.engaged && this.logRecords.cutShort(text.slice(lineStart, lineEnd))) { this.skipLine(text, lineStart, lineEnd); return; }
    const takenBack = this.prefixes.settle(text, lineStart, lineEnd, !this.line.terminated);
    if (takenBack !== null) this.takeBackHeader(takenBack);
    if (this.prefixes.wordsBeforeHeader !== null) this.crashBeforeHeader();
    const afterPrefix = this.prefixes.skipShorterCrashPrefix(text, lineStart, lineEnd, this.prefixes.skip(text, lineStart, lineEnd));
    const prefixMatched = afterPrefix !== lineStart;
    let s = afterPrefix;
    while (s < lineEnd && isBlank(text.charCodeAt(s))) s++;
    this.line.indented = s > afterPrefix || (prefixMatched && indentedBehindPrefix(this.prefixes.prefix!, text, lineStart, afterPrefix));
    let end = lineEnd;
    while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
    // A call's `file:line` behind its tab written as an escape (`\t/usr/local/go/…`, a log that escaped the tab alone): the escape is its indent.
    if (this.calls.pending !== null && text.charCodeAt(s) === 0x5c /* \ */ && text.charCodeAt(s + 1) === 0x74 /* t */ && parseLocationLine(text, s + 2, end) !== null) {
      s += 2;
      this.line.indented = true;
    }
    const border = this.prefixes.prefix?.closingBorder ?? null;
    if (border !== null) {
      if (prefixMatched) end = endBeforeBorder(text, s, end, border);
      else if (isBoxEdge(text, s, end)) s = end;
    }
    if (this.titleHeaderLine >= 0 && this.underTitleHeader(text, s, end)) return;
    if (this.wrapped.head !== null && this.wrapped.joinHead(text, s, end, s > afterPrefix)) return;
    if (this.headless.framePrefixedCall !== null && this.headless.continueFramePrefixedCall(text, lineStart, s, end)) return;
    if (this.doubtfulHeader.inDoubt) this.doubtfulHeader.settle(text, s, end);
    if (this.headless.start !== null && this.headless.beginStack(text, lineStart, s, end, afterPrefix, prefixMatched)) return;
    if (this.mode === 'race') { this.raceLine(text, s, end, prefixMatched); return; }
    if (this.stackBlanks.held >= 0) this.stackBlanks.lineAfterHeld(text, s, end);
    if (s === end) {
      // White space alone under a call: the indent of its `file:line`, which a wrap at a fixed width left behind.
      if (this.calls.pending !== null && this.mode === 'goroutine' && this.spacing.single && isIndentCode(text.charCodeAt(afterPrefix))) {
        this.wrapped.indentLine = this.lineNo;
        return;
      }
      this.line.blank = BLANK_ON_TEXT;
      this.blankLine();
      return;
    }
    if (this.spacing.undecided && !this.spacing.decide(text, s, end, this.mode === 'record', this.mode === 'goroutine', this.stack.frameCount === 0, this.lineNo)) this.endSection();
    this.spacing.contentLine();
    // Another line of the same log between two of a stack's (same time, another program's tail): the stack goes on after it.
    if (!prefixMatched && this.mode === 'goroutine' && this.prefixes.interleaved(text, lineStart)) { this.skipLine(text, s, end); return; }

    if (this.goleak.held !== null && this.goleak.headerLine(text, s, end, prefixMatched)) return;
    if (this.calls.pending) {
      if (this.mode === 'delve' && this.delveStacks.top.locationLine(text, s, end)) return;
      // What a wrap or a pager's chop made of the call's line and its `file:line` (wrappedLines.ts).
      if (this.wrapped.underPendingCall(text, s, end, afterPrefix, prefixMatched, this.mode === 'delve')) return;
      // The next frame's call line glued to this `file:line` (gluedCall.ts): a location line ends in a digit.
      const mayHoldMore = !isLowerHexCode(text.charCodeAt(end - 1)) && this.mode !== 'delve';
      const gluedCall = mayHoldMore ? gluedCallStart(text, s, end) : -1;
      // Or the next crash's line glued to it (flattenedStack.ts), read as a line of its own.
      const gluedCrash = mayHoldMore && gluedCall < 0 ? gluedCrashStart(text, s, end) : -1;
      const glued = gluedCall < 0 ? gluedCrash : gluedCall;
      const location = parseLocationLine(text, s, glued < 0 ? end : glued);
      // A whole `file:line` without the offset this dump prints, under a call not inlined: a wrap may have cut its line number.
      const numberMayGoOn = location !== null && glued < 0 && !this.calls.pending.bare && !this.ends.lastCallInlined && !this.ends.offsetsMissing;
      if ((location === null || numberMayGoOn) && this.mode !== 'headless' && this.wrapped.holdPathHead(text, s, end, location)) return;
      // A gccgo frame's bare name is only a frame with its `file:line`, a path without spaces. The
      // text's last line cut inside the dump's prefix (`Jul 23 19:37:0` of journald's) is the cut, though its time reads as one.
      const fits = location !== null && !(this.calls.pending.bare && indexInLine(text, ' ', s, location.locationEnd) >= 0) &&
        !(s === lineStart && this.prefixes.cutShort(text.slice(s, end)));
      if (fits && !text.startsWith('goroutine ', s)) {
        this.completePending(text, s, glued < 0 ? end : glued, location);
        if (!mayHoldMore) this.calls.locations.lastWhole = this.lineNo;
        if (gluedCrash > 0) this.readPieces(text, [gluedCrash, end]);
        else if (glued > 0 && !this.stackLine(text, glued, end)) this.skipLine(text, glued, end);
        return;
      }
      this.calls.keepBareCallOfCutPath(text, s, end);
      this.calls.commitWithoutLocation();
      // The white space held before this line was a blank line after all.
      if (this.wrapped.indentLine === this.lineNo - 1) this.blankLine();
      if (this.doubtfulHeader.inDoubt) this.doubtfulHeader.settle(text, s, end);
    }

    const first = text.charCodeAt(s);
    if (first === 0x3c /* < */) {
      const title = summaryLinePieces(text, s, end);
      if (title !== null) {
        this.readPieces(text, title);
        if (this.mode === 'goroutine' && this.goroutine?.startLine === this.lineNo && this.stack.frameCount === 0) this.titleHeaderLine = this.lineNo;
        return;
      }
    }
    if (first === 0x67 /* g */ && text.startsWith('goroutine ', s)) {
      if (this.startHeader(text, s, end, prefixMatched)) return;
      const pieces = flattenedStackPieces(text, s, end);
      if (pieces !== null) { this.readPieces(text, pieces); return; }
    }
    if (this.mode === 'headless' && this.headless.open!.createdBy !== null) this.endSection();
    // Before a stack's lines: a wrapped offset's `c` reads as gccgo's bare name too.
    // Its marked suffix (`+0x3f fp=…`) may keep the space the wrap broke before; a whole offset may stand alone.
    if (this.mode !== 'outside' && this.calls.locations.last === this.lineNo - 1 &&
      ((s === afterPrefix && isWrappedOffsetTail(text, s, end)) || isWrappedLocationSuffix(text, s, end) || isWrappedOffset(text, s, end))) {
      if (this.wrapped.pagerWidth.previousShorterThanEarlier && isHexLetterCode(text.charCodeAt(s))) this.ends.offsetTailUnwrappedAt = this.lineNo;
      this.calls.locations.last = this.lineNo;
      this.touch();
      return;
    }
    // The offset of the frame above, its line break moved before it, glued to this frame's call (movedOffsets.ts).
    if (first === 0x30 /* 0 */ && this.mode !== 'outside' && this.calls.pending === null && this.calls.locations.last === this.lineNo - 1 && this.ends.offsetsMissing) {
      const pieces = movedOffsetPieces(text, s, end, root => isWellKnownRoot(root) || this.recentFramesStartWith(root));
      if (pieces !== null) { this.readPieces(text, pieces); return; }
    }
    if (this.mode === 'goroutine' && this.stackAfterCreator(text, s, end)) this.endSection();
    if ((this.mode === 'goroutine' || this.mode === 'ancestor' || this.mode === 'runtimeStack' || this.mode === 'headless') &&
      (this.stackLine(text, s, end) || (this.readingReversed && this.reversedGluedFrame(text, s, end)) || this.callBeforeProse(text, s, end))) return;
    // A headless stack has no header to vouch for what follows: a line that is none of a stack's ends it.
    if (this.mode === 'headless') this.endSection();
    if (this.mode === 'outside' && this.headless.locationOnlyLine(text, s, end)) return;
    if (this.mode === 'outside' && this.headless.crashStackWithoutHeader(text, s, end)) return;
    if (this.mode === 'record' && first === 0x23 /* # */) { if (!this.profiles.recordLine(text, s, end, this.lineNo)) this.skipLine(text, s, end); return; }
    if (this.profiles.inOtherProfile) {
      // Another debug=1 profile's records, up to the next profile or dump.
      if (first === 0x23 /* # */ || isRecordHeader(text, s, end)) return;
      this.profiles.inOtherProfile = false;
    }
    if (this.otherLine(text, s, end)) return;
    // A paster's mark of lines left out, after the line kinds (Delve's own `(truncated)` is one) and before the search for a header behind a prefix.
    if (this.pasterGaps.take(text, s, end)) return;

    // A header behind a prefix this scanner has not seen yet (timestamps, CRI, kubectl --prefix, `> `).
    const at = indexInLine(text, 'goroutine ', lineStart, end);
    if (at > lineStart) {
      const profile = this.profiles.snapshot();
      const prefixText = text.slice(lineStart, at);
      const newBorder = closingBorderOf(prefixText, text, end);
      const previous = this.prefixes.tryPrefix(prefixText, newBorder);
      // The line above held the prefix alone (a blank line of the log, `wasm_exec.js:50 `, its own time in it): no text skipped, if this is a header.
      const above = this.cut.lastSkipped;
      if (above !== null && above.line === this.lineNo - 1 && above.text !== '' &&
        (above.text === prefixText.trim() || this.prefixes.skip(above.text, 0, above.text.length) === above.text.length)) this.log.explainSkipped(above.line);
      if (this.startHeader(text, at, newBorder === null ? end : endBeforeBorder(text, at, end, newBorder), true)) {
        this.prefixes.awaitConfirmation({
          line: this.lineNo, sample: text.slice(lineStart, Math.min(end, lineStart + 60)), prefixText,
          isProfile: this.goroutine === null, snapshot: profile,
        }, previous);
        return;
      }
      this.prefixes.restore(previous);
      this.log.explainSkipped(-1);
      // A whole dump flattened onto one line behind other words, its crash line first: read from the crash line on.
      const crashAt = this.mode === 'outside' ? flattenedCrashStart(text, lineStart, at, end) : -1;
      if (crashAt >= 0) { this.readPieces(text, [crashAt, end]); return; }
    }
    // The same for the start of a race detector report.
    if (end - lineStart > RACE_START.length && text.endsWith(RACE_START, end)) {
      this.prefixes.tryPrefix(text.slice(lineStart, end - RACE_START.length));
      this.otherLine(text, end - RACE_START.length, end);
      return;
    }
    // A race report's section, its report's start not in the text (prefixedRaceSection.ts).
    const sectionAt = this.mode === 'outside' ? prefixedRaceSectionStart(text, lineStart, end) : -1;
    if (sectionAt > lineStart) {
      const previous = this.prefixes.tryPrefix(text.slice(lineStart, sectionAt));
      if (this.otherLine(text, sectionAt, end)) return;
      this.prefixes.restore(previous);
    }
    // A crash header comes before any goroutine header, so its prefix is not known yet either.
    const crashPrefix = this.prefixes.crashHeaderPrefix(text, lineStart, end);
    if (crashPrefix !== null) {
      // What stuck before the log's prefix (a backtick) is no part of it; alone, it is taken as the prefix.
      const prefixText = text.slice(crashPrefix.start < crashPrefix.end ? crashPrefix.start : lineStart, crashPrefix.end);
      const crashBorder = closingBorderOf(prefixText, text, end);
      this.prefixes.tryCrashPrefix(prefixText, crashBorder);
      this.line.indented = false;
      this.otherLine(text, crashPrefix.end, crashBorder === null ? end : endBeforeBorder(text, lineStart, end, crashBorder));
      return;
    }
    // The crashing thread's `runtime stack:` behind the text a held crash line stands behind (a comment's `// `).
    if (this.mode === 'outside' && this.runtimeStackBehindHeldCrash(text, lineStart, end)) return;
    // A race report's opening rule behind a prefix not known yet (it comes before "WARNING: DATA RACE").
    if (end - s >= 18 && text.endsWith(RACE_RULE, end)) return;
    if (this.logged.dumpLine(text, lineStart, end)) return;
    if (this.logged.headlessStackFieldLine(text, lineStart, end)) return;
    if (this.mode === 'outside' && this.headless.noteStart(text, s, end)) return;
    if (this.mode === 'outside' && this.headless.gluedStart(text, s, end)) return;
    if ((this.mode === 'goroutine' && this.headerJustRead()) || this.spacedUnderHeader()) {
      if (this.headless.noteFramePrefixedCall(text, lineStart, s, end)) return;
      // Text right after a header: a note on it, or junk in which a sliver read like a header.
      this.doubtfulHeader.inDoubt = true;
    }
    this.skipLine(text, s, end);
  }

  /**
   * `runtime stack:` behind a prefix, under a crash line held behind the same text: Go prints the
   * crashing thread's stack right under its crash line, before any goroutine, so it confirms that
   * line and the prefix as a goroutine header would (otherwise its frames would read as a stack
   * whose header the paste lost). False when the held line is not taken so.
   */
  private runtimeStackBehindHeldCrash(text: string, lineStart: number, end: number): boolean {
    const at = end - RUNTIME_STACK_LINE.length;
    if (at <= lineStart || !text.startsWith(RUNTIME_STACK_LINE, at)) return false;
    // Junk the byte path passed over unread may hold the crash line: looked at now, as before a header.
    if (this.heldCrashes.pendingJunk !== null) this.heldCrashes.lookAtPendingJunk();
    const held = this.heldCrashes.held;
    if (held === null) return false;
    const previous = this.prefixes.tryPrefix(text.slice(lineStart, at));
    this.heldCrashes.atHeader(this.lineNo, this.prefixes.prefix, this.prefixes.suffix);
    if (this.crashes.last()?.line !== held.line) {
      this.prefixes.restore(previous);
      return false;
    }
    this.otherLine(text, at, end);
    return true;
  }

  /**
   * A line under a goroutine header read from a collapsed block's title, before its stack: passed
   * over (true) when blank or markup; else the title's goroutine goes on with it as its stack, or
   * is dropped when the line is none of a stack's (the title named the dump below it).
   */
  private underTitleHeader(text: string, s: number, end: number): boolean {
    if (this.mode !== 'goroutine' || this.goroutine === null || this.goroutine.startLine !== this.titleHeaderLine || this.stack.frameCount > 0 || this.calls.pending !== null) {
      this.titleHeaderLine = -1;
      return false;
    }
    const under = lineUnderTitle(text, s, end);
    if (under === UnderTitle.PassOver) return true;
    this.titleHeaderLine = -1;
    if (under === UnderTitle.NotItsStack) this.dropGoroutine();
    return false;
  }

  /** In a double-spaced paste, the line after the blank one under a goroutine's header. */
  private spacedUnderHeader(): boolean {
    const g = this.goroutine;
    return this.spacing.doubled && this.mode === 'goroutine' && this.calls.pending === null && g !== null && this.stack.frameCount === 0 && g.endLine === this.lineNo - 2;
  }

  /** The goroutine being read had a header but no stack (DoubtfulHeaderScanner): it is no goroutine. */
  dropGoroutine(): void {
    this.goroutine = null;
    this.calls.pending = null;
    this.mode = 'outside';
    this.replay.bodies.lastFinished.ordinary = false;
  }

  /**
   * A dump logged as one escaped string (JSON, logfmt): its lines, unescaped, are read as if they
   * were lines of the text, all at this line's number. False when the line holds none.
   */
  readEscapedDump(found: EscapedDump, text: string, end: number): void {
    this.logged.readString(found, '', text, end);
  }

  /** value[from, to) as lines of the text, all at this line's number (the string's lines carry no prefix of their own). */
  readLines(value: string, from: number, to: number): void {
    const prefix = this.prefixes.prefix;
    this.prefixes.prefix = null;
    for (const lines = new TextLineEnds(value, from, to); lines.next();) this.handleLine(value, lines.start, lines.end);
    this.prefixes.prefix = prefix;
  }

  /** A line held (a wrapped location's start that the next line did not continue): read as it would have been, at its own line number. */
  rereadLine(heldLineNo: number, text: string): void {
    const [lineNo, prefix, skippedOutside] = [this.lineNo, this.prefixes.prefix, this.line.skippedOutside];
    this.lineNo = heldLineNo;
    // The held text is without its prefix already.
    this.prefixes.prefix = null;
    this.handleLine(text, 0, text.length);
    this.prefixes.prefix = prefix;
    this.lineNo = lineNo;
    // What the held crash lines are told is of the line being read (a path's start is no crash line).
    this.line.skippedOutside = skippedOutside;
    this.cut.skippedLine = null;
  }

  /** The line before this one opened a section: a goroutine's header, `runtime stack:`, a debug=1 record's header. */
  private headerJustRead(): boolean {
    if (this.calls.pending !== null) return false;
    const previous = this.lineNo - 1;
    const g = this.goroutine;
    if (this.mode === 'goroutine') return g !== null && g.startLine === previous && g.endLine === previous && this.stack.frameCount === 0;
    if (this.mode === 'runtimeStack') return this.runtimeStacks.beganAt(previous);
    return this.mode === 'record' && this.profiles.recordJustBegun(previous);
  }

  /**
   * Go never prints a blank line inside a stack. Right after a header, one may be a paste that
   * doubled every line break (web forms, mail): the next line decides. In such a paste one blank
   * line is spacing, and the blank lines that were there before (now three) end a section.
   */
  private blankLine(): void {
    if (this.spacing.single && this.stackBlanks.hold()) return;
    if (this.stackBlanks.afterDiagnostic()) return;
    if (this.spacing.doubled) {
      if (this.spacing.blankInDoubled()) { this.endSection(); this.noteBlankEnded(this.lineNo); }
      // The doubled paste's spacing under the blank line that ended a stack: a header may come under it too.
      if (this.ends.blankEndedGoroutineAt === this.lineNo - 1) this.ends.blankEndedGoroutineAt = this.lineNo;
      return;
    }
    if (this.spacing.single && this.headerJustRead()) { this.spacing.blankUnderHeader(); return; }
    this.spacing.blankEndingSection();
    // Crash lines printed one under the other stay one crash in a double-spaced paste.
    if (this.mode === 'outside') this.crashes.continueChain(this.lineNo);
    this.endSection();
    this.noteBlankEnded(this.lineNo);
  }

  /** The blank line `line` ended the section: when that ended a goroutine, a header may come next (headerWordCut.ts). */
  private noteBlankEnded(line: number): void {
    if (this.ends.goroutineFinishedAtLine === line) this.ends.blankEndedGoroutineAt = line;
  }

  /**
   * A call line after the goroutine's `created by` (Go prints that line last): the stack of another
   * goroutine whose header the paste lost, joined to this one. The goroutine keeps its creator and
   * ends here; the line starts a stack without its header.
   */
  private stackAfterCreator(text: string, s: number, end: number): boolean {
    const g = this.goroutine;
    if (g === null || g.createdBy === null || this.calls.pending !== null || !isWholeCallLine(text, s, end)) return false;
    this.log.warn(this.lineNo, `line ${this.lineNo}: a stack goes on after the \`created by\` of goroutine ${g.id} (line ${g.startLine}): ` +
      'another goroutine\'s, its header lost (two goroutines joined in the paste?); read as a stack without its header');
    return true;
  }

  /** A held stack's start proved none (HeadlessStackScanner): the held crash line counts it skipped, as the byte path does. */
  heldLineSkipped(line: number): void {
    this.heldCrashes.skippedAfterAll(line);
  }

  /** A held blank line was the section's end after all (StackBlankLineScanner). */
  endSectionAt(line: number): void {
    const lineNo = this.lineNo;
    this.lineNo = line;
    this.endSection();
    this.noteBlankEnded(line);
    this.lineNo = lineNo;
  }

  // What the stacks without a header ask of the scanner (HeadlessStackScanner).
  readHeadlessStack(): void {
    this.mode = 'headless';
  }

  beginHeaderlessCrash(): void {
    this.beginGoroutine(0, this.stack.headerInfos.of(parseHeaderLine(RUNNING_HEADER, 0, RUNNING_HEADER.length)!));
    this.stack.goroutine.startLine = this.lineNo;
  }

  holdCall(start: HeadlessStart, asCreator: boolean): void {
    this.ends.lastCallInlined = start.inlined;
    this.calls.set(this.interner.func(start.func), '', start.bare, asCreator && start.createdBy, asCreator ? start.creatorGoroutine : null);
    this.calls.pending!.line = start.line;
  }

  skippedLastLine(text: string | null): void {
    this.cut.skippedLine = text;
  }

  // What the end game asks of the scanner (CutAtEndScanner).
  beginCutHeader(header: HeaderLine): void {
    this.beginGoroutine(header.id, this.stack.headerInfos.of(header));
  }

  /** Nothing of a dump read yet: no goroutine, stack, record, race report or crash line. */
  private nothingReadYet(): boolean {
    return this.mode === 'outside' && this.goroutines.length === 0 && this.headless.stacks.length === 0 && this.runtimeStacks.read.length === 0 &&
      !this.profiles.any && this.races.report === null && this.crashes.last() === undefined && this.headless.locationStack === null;
  }

  /**
   * Whether a time alone is the learnt prefix (a blank line of the dump) or its start (a paste cut
   * inside it), not a log viewer's: the prefix matches it, or starts with a time as long as it.
   */
  private startsLinePrefix(text: string, lineStart: number, lineEnd: number): boolean {
    const prefix = this.prefixes.prefix;
    if (prefix === null) return false;
    if (this.prefixes.skip(text, lineStart, lineEnd) !== lineStart) return true;
    const length = text.slice(lineStart, lineEnd).trim().length;
    return isTimestampOnlyLine(prefix.sample, 0, Math.min(length, prefix.sample.length));
  }

  /** The line read before this one, passing over the log viewer's time lines right above it. */
  previousLine(): number {
    return this.timeLines.lineBefore(this.lineNo);
  }

  /** The line after a header behind a new prefix did not confirm it: the header was text, not a dump. */
  private takeBackHeader(header: { line: number; sample: string; snapshot: ProfileSnapshot }): void {
    if (this.goroutine !== null && this.goroutine.startLine === header.line) {
      this.goroutine = null;
      this.mode = 'outside';
    }
    this.heldCrashes.takeBackWithHeader(header.line);
    this.profiles.takeBack(header.snapshot);
    this.log.skipped(header.line, header.sample);
  }

  /** The words a header behind them carried, which the line under it showed to be no prefix (crashWordsBeforeHeader.ts): the crash, if they hold one. */
  private crashBeforeHeader(): void {
    const words = this.prefixes.wordsBeforeHeader!;
    this.prefixes.wordsBeforeHeader = null;
    // A crash line above, of this dump, is its crash: the words are the handler's.
    const above = this.crashes.last();
    const crash = above === undefined || above.line < this.ends.goroutineFinishedAtLine ? crashInWordsBeforeHeader(words.text) : null;
    if (crash !== null) this.crashes.add(crash, words.line, false, true);
  }

  /** Goroutine header or `goroutine profile: total N`; false when the line is neither. */
  private startHeader(text: string, s: number, end: number, prefixMatched: boolean): boolean {
    const prefixes = this.prefixes;
    const tentative = prefixes.suffixTentativeSince >= 0;
    const read = headerWithSuffix(prefixes, text, s, end, this.lineNo);
    let header = read.header;
    // Chopped inside its bracket by a pager at the terminal's width (pagerWidth.ts): counted with what the bracket says so far.
    if (header === null && this.wrapped.lineChopped) header = parseHeaderCutInBracket(text.slice(s, end));
    if (header !== null && tentative) prefixes.suffixTentativeSince = -1;
    if (header) {
      if (!prefixMatched) this.prefixes.prefix = null;
      this.beginGoroutine(header.id, this.stack.headerInfos.of(header));
      if (read.suffixLearnt) crashWithoutSuffix(this.prefixes, this.crashes, this.prefixes.suffix!);
      this.stack.goroutine.labelsText = header.labelsText === null ? null : detachString(header.labelsText);
      return true;
    }
    if (text.startsWith('goroutine profile: total ', s)) {
      const total = readDecimal(text, s + 25, end);
      if (!total || total[1] !== end) return false;
      if (!prefixMatched) this.prefixes.prefix = null;
      this.beginProfile(total[0], false);
      return true;
    }
    return false;
  }

  /** `goroutine profile: total N` or `goroutineleak profile: total N`: a debug=1 profile starts. */
  beginProfile(total: number, leaked: boolean): void {
    this.endSection();
    this.log.flushSkipped();
    this.profiles.begin(total, leaked, this.lineNo);
  }

  beginGoroutine(id: GoroutineId, info: HeaderInfo): void {
    const held = this.heldCrashes;
    if (held.pendingJunk !== null || held.held !== null) held.atHeader(this.lineNo, this.prefixes.prefix, this.prefixes.suffix, info.state === 'running');
    if (this.mode === 'race') this.endRace();
    // Go never prints a header right under another (such a header read like one in text that is no
    // dump), but for a thread's `goroutine 0 [idle]:` in a crash, which has no frames to print.
    const g = this.goroutine;
    if (this.mode === 'goroutine' && this.headerJustRead() && !(g !== null && g.id === 0 && g.info.state === 'idle')) this.doubtfulHeader.drop();
    this.profiles.inOtherProfile = false;
    this.panicValue.confirm(this.lineNo);
    this.endSection();
    this.log.flushSkipped();
    // One builder serves every goroutine in turn (finishGoroutine has copied what it needs).
    this.goroutine = this.stack.begin(id, info, this.lineNo);
    this.calls.extraCreators.startSection();
    this.mode = 'goroutine';
  }

  /**
   * A frame's `file:line` glued to its call in a text read in reverse: the copy, newest line first,
   * glued the call under its `file:line` as the forward one glues the next call (gluedCall.ts), so
   * the two pieces are read the other way round, the call first.
   */
  private reversedGluedFrame(text: string, s: number, end: number): boolean {
    if (isLowerHexCode(text.charCodeAt(end - 1))) return false;
    const glued = gluedCallStart(text, s, end);
    if (glued < 0 || !this.stackLine(text, glued, end)) return false;
    // gluedCallStart read a location before the call: it is the call's.
    const location = parseLocationLine(text, s, glued);
    if (location !== null && this.calls.pending !== null) this.completePending(text, s, glued, location);
    return true;
  }

  /** Lines inside a goroutine or `runtime stack:` section; false when the line is none of them. */
  stackLine(text: string, s: number, end: number): boolean {
    const first = text.charCodeAt(s);
    const extra = this.calls.extraCreators;
    if (extra.lastLine === this.lineNo - 1 && this.calls.pending === null) {
      const location = parseLocationLine(text, s, end);
      if (location !== null) { this.passExtraCreatorLocation(location.locationEnd < end); return true; }
    }
    // A stack line of another kind than a call or its `file:line` (stackLineKinds.ts).
    const kind = takeStackKindText(this, this.interner, text, s, end);
    if (kind !== null) return kind;
    // No call, name or `file:line` starts with `[`.
    if (first === 0x5b /* [ */) return false;
    // A call line of one of callShapes.ts' variants.
    return takeCallShapeText(this, text, s, end);
  }

  /** Whether one of the last frames read in this stack names a function whose package path starts with `root`. */
  private recentFramesStartWith(root: string): boolean {
    const frames = this.mode === 'headless' ? this.headless.open?.frames ?? [] : this.mode === 'runtimeStack' ? this.runtimeStacks.open?.frames ?? [] : null;
    const count = frames === null ? this.stack.frameCount : frames.length;
    for (let i = count - 1; i >= Math.max(0, count - RECENT_FRAMES); i--) {
      const func = frames === null ? this.stack.funcNameAt(i) : frames[i].func;
      if (func.startsWith(root) && (func.charCodeAt(root.length) === 0x2f /* / */ || func.charCodeAt(root.length) === 0x2e /* . */)) return true;
    }
    return false;
  }

  // What the call shapes' rows do (CallLineActions, callShapes.ts), besides setCall, completePending and touch.
  funcOf(text: string, start: number, end: number): FuncId {
    return this.interner.func(text.slice(start, end));
  }

  funcNamed(name: string): FuncId {
    return this.interner.func(name);
  }

  frameWithoutCallMayStart(): boolean {
    const g = this.goroutine;
    return this.mode === 'goroutine' && g !== null && g.createdBy === null && this.line.indented && (this.headerJustRead() || this.calls.locations.lastWhole === this.lineNo - 1);
  }

  noteWholeLocation(): void {
    this.calls.locations.lastWhole = this.lineNo;
  }

  repeatsNamelessLocation(text: string, s: number, end: number): boolean {
    const g = this.goroutine;
    if (this.mode !== 'goroutine' || g === null || g.createdBy !== null || this.line.indented || this.calls.locations.lastWhole !== this.lineNo - 1) return false;
    const last = this.stack.lastFrame();
    if (last === undefined || last.func !== NAMELESS_FRAME) return false;
    const location = parseLocationLine(text, s, end);
    return location !== null && location.line === last.line && text.slice(s, location.pathEnd) === last.file;
  }

  keepsArgsOf(func: FuncId): boolean {
    return this.settings.keepArgs || this.interner.waitSpecOf(func) !== undefined || this.stack.wantsArgsOf(func);
  }

  noteCallInlined(inlined: boolean): void {
    this.ends.lastCallInlined = inlined;
  }

  noteCallCutInArguments(inNumber: boolean): void {
    this.wrapped.cutInArguments = true;
    this.wrapped.cutInNumber = inNumber;
  }

  // What the stack line kinds' rows do (StackLineActions, stackLineKinds.ts), besides touch.
  extraCreatorDue(): boolean {
    return this.calls.pending === null && this.creatorRead();
  }

  creatorOfGoroutineRead(): boolean {
    return this.mode === 'goroutine' && this.goroutine !== null && this.goroutine.createdBy !== null;
  }

  passExtraCreator(): void {
    this.calls.extraCreators.pass(this.lineNo);
  }

  setCall(func: FuncId, args: string, bare: boolean, createdBy: boolean, creatorGoroutine: GoroutineId | null): void {
    this.calls.set(func, args, bare, createdBy, creatorGoroutine);
  }

  // What a paster's mark asks (PasterGapScanner, pasterGaps.ts), besides markFramesElided and touch.
  openStack(): OpenStack | null {
    const g = this.goroutine;
    return g === null ? null : { id: g.id, creatorRead: g.createdBy !== null, endLine: g.endLine, lastFunc: this.stack.lastFrame()?.func ?? null, frames: this.stack.frameCount };
  }

  dumpReadBefore(): boolean {
    return !this.nothingReadYet();
  }

  markFramesElided(): void {
    if (this.goroutine) this.goroutine.framesElided = true;
    else if (this.headless.open !== null) this.headless.open.framesElided = true;
  }

  beginAncestor(id: GoroutineId): boolean {
    if (this.goroutine === null) return false;
    const frames: SourceFrame[] = [];
    (this.goroutine.ancestors ??= []).push({ id, frames });
    this.calls.ancestorFrames = frames;
    this.mode = 'ancestor';
    this.calls.extraCreators.startSection();
    return true;
  }

  markStackUnavailable(): void {
    if (this.goroutine) this.goroutine.stackUnavailable = true;
  }

  cutInside(): void {
    this.ends.lineKindCutAt = this.lineNo;
  }

  /** The stack being read, a goroutine's or an ancestor section's, has its `created by`: another is none of its lines. */
  private creatorRead(): boolean {
    return (this.mode === 'goroutine' || this.mode === 'ancestor') && this.calls.extraCreators.sectionHasCreator;
  }

  /**
   * On the bytes, nothing pending: the `file:line` under a `created by` after the stack's own (which
   * its row passed over), passed over without its location being read (extraCreators.ts).
   */
  private extraCreatorLocationBytes(bytes: Uint8Array, s: number, end: number): boolean {
    if (this.calls.extraCreators.lastLine !== this.lineNo - 1 || !parseLocationBytes(bytes, s, end, this.scratch.location)) return false;
    this.passExtraCreatorLocation(this.scratch.location.locationEnd < end);
    return true;
  }

  private passExtraCreatorLocation(hasOffset: boolean): void {
    this.ends.noteLocation(hasOffset);
    this.calls.locations.last = this.lineNo;
    this.calls.extraCreators.lastLine = -1;
    this.touch();
  }

  addPendingFrame(locationId: number): void {
    this.calls.addPendingFrame(locationId);
    this.touch();
  }

  completePending(text: string, s: number, end: number, location: LocationLine): void {
    this.calls.complete(text, s, end, location);
    this.touch();
  }

  // The call waiting for its `file:line`, for the parts that read a call's lines (WrappedLineScanner, CutAtEndScanner).
  get pending(): PendingCall | null {
    return this.calls.pending;
  }

  set pending(call: PendingCall | null) {
    this.calls.pending = call;
  }

  touch(): void {
    if (this.goroutine) this.goroutine.endLine = this.lineNo;
    else if (this.runtimeStacks.open !== null) this.runtimeStacks.open.endLine = this.lineNo;
    else if (this.headless.open) this.headless.open.endLine = this.lineNo;
  }

  // What the line-kind table's transitions do (LineKindActions), besides beginSection, endSection
  // and beginProfile, which the states use too.
  beginRecord(count: number, header: string): void {
    this.profiles.beginRecord(count, header, this.lineNo);
    this.mode = 'record';
  }

  beginRuntimeStack(): void {
    this.runtimeStacks.begin(this.lineNo);
    this.mode = 'runtimeStack';
  }

  beginRace(): void {
    this.mode = 'race';
    this.races.begin();
  }

  beginRaceCutAtStart(text: string, s: number, end: number): void {
    this.beginSection();
    this.mode = 'race';
    this.races.beginCutAtStart(text, s, end, this.lineNo);
    this.log.warn(this.lineNo, `line ${this.lineNo}: a race detector report without its start (\`WARNING: DATA RACE\` and its first sections are not in the text): read from here`);
  }

  junkAfterHeader(): void {
    if (this.mode === 'goroutine' && this.headerJustRead()) this.doubtfulHeader.inDoubt = true;
  }

  // What goleak's goroutines ask of the scanner (GoleakScanner).
  beginLeakedGoroutine(header: HeaderLine, line: number, ownHeader: boolean, prefixMatched: boolean): void {
    if (!prefixMatched) this.prefixes.prefix = null;
    this.beginGoroutine(header.id, this.stack.headerInfos.of(header));
    if (ownHeader) this.stack.goroutine.labelsText = header.labelsText === null ? null : detachString(header.labelsText);
    this.stack.goroutine.startLine = line;
    if (ownHeader) this.touch();
  }


  /** A call with the page's next sentence glued to it (flattenedStack.ts): the call is a frame cut there, the sentence skipped. */
  private callBeforeProse(text: string, s: number, end: number): boolean {
    const prose = proseAfterCallStart(text, s, end);
    if (prose < 0 || !this.stackLine(text, s, prose)) return false;
    this.skipLine(text, prose, end);
    // The page's text goes on after the sentence: the stack ends with it.
    this.endSection();
    return true;
  }

  readPieces(text: string, pieces: readonly number[]): void {
    const prefix = this.prefixes.prefix;
    this.prefixes.prefix = null;
    this.line.cutIntoPieces = -1;
    for (let i = 0; i < pieces.length; i += 2) if (pieces[i + 1] > pieces[i]) this.handleLine(text, pieces[i], pieces[i + 1]);
    this.prefixes.prefix = prefix;
    // A piece cut into pieces of its own (a crash line with the stack glued after it) has said what ends the line.
    if (this.line.cutIntoPieces === this.lineNo) return;
    // What follows the last location on the text's last line is what follows the last piece's, not the line's first.
    const last = pieces.length - 2;
    const location = last >= 0 ? parseLocationLine(text, pieces[last], pieces[last + 1]) : null;
    this.line.cutIntoPieces = this.lineNo;
    if (location !== null) this.cut.noteLastLocationSuffix(text.slice(location.locationEnd, pieces[last + 1]).trim());
    else this.noteLocationCutInMark(last >= 0 ? text.slice(pieces[last], pieces[last + 1]) : '');
  }

  registerLine(name: string): void {
    // The registers come after a stack, with or without a blank line: what follows them is no frame of it (Go 1.5 on Windows).
    if ((this.mode === 'goroutine' || this.mode === 'headless') && this.stack.frameCount > 0 && this.calls.pending === null) this.endSection();
    this.cut.registers.note(this.lineNo, name);
  }

  recoveredMark(): void {
    if (this.mode !== 'outside' || !this.panicValue.isOpen) return;
    this.panicValue.confirm(this.lineNo);
    if (this.crashes.chainsTo(this.lineNo - 1)) this.crashes.extendLast(' [recovered]', this.lineNo);
  }

  signalLine(message: string, closed: boolean): void {
    this.crashCut.noteSignalLine(this.lineNo, closed);
    this.panicValue.confirm(this.lineNo);
    if (this.crashes.chainsTo(this.lineNo - 1)) { this.crashes.continueChain(this.lineNo); return; }
    // Junk the byte path skipped unread may hold a crash line behind other text: looked at now, as the text path looked at each line.
    if (this.heldCrashes.pendingJunk !== null) this.heldCrashes.lookAtPendingJunk();
    // Without a crash line above it, the signal is the crash: like one, it ends what was read before (a log's last dump).
    // Under a crash line held behind other text, it is the crash until the header confirms that line, which then takes its place.
    if (this.heldCrashes.held === null) this.beginSection();
    this.crashes.loneSignal(message, this.lineNo);
  }

  /**
   * A line of a kind the line-kind table names (lineKinds.ts: crash headers, register dumps,
   * debug=1 record headers, fences and separators), taken by its row's transition. False for a
   * line of no known kind.
   */
  private otherLine(text: string, s: number, end: number): boolean {
    return takeKnownLine(this, text, s, end);
  }

  /** A line that opens a section of its own: what was read before it is complete. */
  beginSection(): void {
    this.endSection();
    this.log.flushSkipped();
  }

  /** Inside a race detector report, up to its closing `==================` (or a goroutine header). */
  private raceLine(text: string, s: number, end: number, prefixMatched: boolean): void {
    if (text.startsWith(RACE_RULE, s)) { this.endRace(); return; }
    if (text.startsWith('goroutine ', s) && this.startHeader(text, s, end, prefixMatched)) return;
    if (this.races.line(text, s, end, this.lineNo)) return;
    this.skipLine(text, s, end);
  }

  private endRace(): void {
    this.races.finish(this.goroutines, this.headless.stacks);
    this.mode = 'outside';
  }

  /** What Delve's lines make of the scan, for the line-kind table's rows (LineKindActions). */
  get delve(): DelveOutput {
    return this.delveStacks.output;
  }

  // What the end game asks of the race report (CutAtEndScanner).
  get race(): RaceReportBuilder | null {
    return this.races.report;
  }

  skipLine(text: string, s: number, end: number): void {
    if (this.mode === 'outside') this.line.skippedOutside = true;
    // Text where the last call's `file:line` was due: the stack stops here unless a frame follows.
    // Text glued to the call's own line is no line in the `file:line`'s place.
    else if (this.mode === 'goroutine' && this.goroutine !== null && this.goroutine.createdBy === null && this.goroutine.stoppedAtLine < 0 &&
      this.goroutine.endLine < this.lineNo && !this.calls.locations.omitted &&
      (this.ends.callLeftOpenAtLine === this.lineNo || (this.calls.pending !== null && !this.calls.pending.bare && !this.calls.pending.createdBy))) {
      this.goroutine.stoppedAtLine = this.lineNo;
    }
    this.log.skipped(this.lineNo, text.slice(s, Math.min(end, s + 60)));
    if (!this.idTooLongTold && headerIdTooLong(text, s, end)) this.tellIdTooLong(text, s, end);
    this.cut.noteSkipped(text, s, end);
    this.headless.leading.note(text, s, end, this.cut.skippedLineIndented, this.lineNo, this.nothingReadYet());
  }

  /** A header whose id was too long to read was told (the first one; the rest are said with it). */
  private idTooLongTold = false;

  private tellIdTooLong(text: string, s: number, end: number): void {
    this.idTooLongTold = true;
    const digits = idDigitsAt(text, s + 'goroutine '.length, end);
    this.log.warn(this.lineNo, `line ${this.lineNo}: a goroutine header whose id has ${formatCount(digits)} digits, where Go prints at most 20: ` +
      `an id of more than ${formatCount(MAX_GOROUTINE_ID_DIGITS)} digits is not read (an exact number that long takes time that grows with its square), ` +
      'so the header is skipped and the stack under it read without it, as is any later header of such an id');
  }

  /** Blank line, separator or a new section: the current goroutine/record/stack is complete. */
  endSection(): void {
    this.headless.endLocationStack();
    // A call cut inside its arguments when the section ends (a blank line, then the paster's words): Go prints no such
    // line, so the paste cut the stack there, whatever text follows.
    const g = this.goroutine;
    if (this.calls.pending !== null && this.wrapped.cutInArguments && this.mode === 'goroutine' && g !== null && g.createdBy === null && g.stoppedAtLine < 0) {
      g.stoppedAtLine = this.calls.pending.line;
      g.stoppedCutInArguments = true;
    }
    if (this.calls.pending) this.calls.commitWithoutLocation();
    const delveTop = this.delveStacks.top;
    if (delveTop.held) delveTop.addIfAlone(this.mode === 'delve');
    this.doubtfulHeader.dropIfInDoubt();
    if (this.goroutine !== null && this.wordsUnderQuotedCrash(this.goroutine)) this.dropGoroutine();
    if (this.goroutine) this.finishGoroutine();
    this.runtimeStacks.finish();
    this.headless.finishOpen();
    this.profiles.endRecord();
    if (this.mode !== 'race') this.mode = 'outside';
  }

  /**
   * The crashed stack begun without a header after skipped text (crashStackWithoutHeader) stopped at its first call,
   * other text where its `file:line` was due: that call was the paster's words, no goroutine's.
   */
  private wordsUnderQuotedCrash(g: OpenGoroutine): boolean {
    const headless = this.headless;
    // One the text's end cut (cutAtEnd.ts marks it before it ends the section) is kept: the cut, not a stray line, took its `file:line`.
    if (g.cut || !headless.headerlessCrashAfterText || headless.headerlessCrashLine !== g.startLine) return false;
    if (g.stoppedAtLine < 0 || this.stack.frameCount > 1 || (this.stack.frameCount === 1 && this.stack.lastFrame()!.file !== '')) return false;
    headless.headerlessCrashLine = -1;
    return true;
  }

  private finishGoroutine(): void {
    const builder = this.goroutine!;
    this.goroutine = null;
    this.ends.goroutineFinishedAtLine = this.lineNo;
    this.calls.extraCreators.endGoroutine(this.log, builder.id, builder.startLine);
    if (this.heldCrashes.recoveryHeaderLine === builder.startLine) this.heldCrashes.recoveryConfirmed(builder.cut || this.stack.panicCalled());
    if (this.heldCrashes.proseValueHeaderLine === builder.startLine) this.heldCrashes.proseValueConfirmed(this.stack.panicCalled());
    this.calls.ancestorFrames = null;
    if (builder.stoppedAtLine >= 0 && !builder.cut && !this.calls.locations.omitted) this.cut.markStoppedAtCall(builder);
    else if (!this.calls.locations.omitted && this.stack.frameCount > 0 && this.stack.lastFrame()!.file === '' && this.mode === 'goroutine') this.calls.locations.omitted = true;

    this.stack.finish(this.interner, this.goroutines, this.replay.bodies);
  }

  /** The stack read from the record's stack field the text's end cut (cutStackField.ts) marked cut; the warning's words, or null when no stack was read from it. */
  private cutFieldStack(field: OpenStackField): string | null {
    const stacks = this.headless.stacks;
    const last = stacks.length - 1;
    if (last < 0 || stacks[last].lines.end !== field.line) return null;
    const cut = cutFieldStack(stacks[last], field, this.interner);
    stacks[last] = cut.stack;
    return cut.warning;
  }

  /** Whether the line bytes[start, end), the last with content, reads as cut short (cutAtEnd.ts). */
  readsCutShort(bytes: Uint8Array, start: number, end: number): boolean {
    return this.cut.readsCutShort(bytes, start, end);
  }

  /** The text's end; `trailingLines`: the closing lines after its last line with content, dropped before they were read (trailingClosers.ts). */
  finish(byteLength: number, trailingLines = 0): GoroutineDump {
    // goleak's line last: its goroutine was printed, its stack cut off.
    if (this.goleak.held !== null) this.goleak.beginHeld();
    // The text ends inside a logged string, never closed: its last line is the text's last, cut where the text ends.
    if (this.logged.readCarried()) this.ends.lastLineTerminated = false;
    // Likewise a stack field left open by the text's last line: the text was cut inside it, whatever line break follows.
    const openField = this.logged.openStackField?.line === this.lineNo ? this.logged.openStackField : null;
    if (openField !== null) this.ends.lastLineTerminated = false;
    this.wrapped.rereadHeldHead();
    this.stackBlanks.finish();
    const takenBack = this.prefixes.takeBackUnconfirmed();
    if (takenBack !== null) this.takeBackHeader(takenBack);
    this.headless.dropStart();
    this.headless.dropFramePrefixedCall();
    this.headless.endLocationStack();
    const cut = this.cut;
    const headerCut = !this.ends.lastLineTerminated && cut.skippedLine !== null && cut.beginHeaderCutInBracket(cut.skippedLine);
    const end = cut.truncationAtEnd(byteLength, headerCut);
    const fieldCut = openField === null ? null : this.cutFieldStack(openField);
    const crashLinesCut = end.truncated || fieldCut !== null ? null : this.crashCut.cutAt(this.lineNo, this.crashes, cut.lastSkipped);
    const registersCut = end.truncated || fieldCut !== null || crashLinesCut !== null ? null : cut.registers.cutAfter(this.lineNo, cut.skippedLine);
    // The cut line itself is explained by the truncation warning, not reported as skipped text.
    if (end.lastLineCut || registersCut?.lineCut === true || fieldCut !== null || crashLinesCut !== null) this.log.takeBackSkipped(this.lineNo);
    this.log.flushSkipped();
    if (fieldCut !== null || crashLinesCut !== null) {
      this.ends.truncatedAtLine = this.lineNo;
      this.log.warn(this.lineNo, fieldCut ?? `the dump is truncated at line ${this.lineNo}, ${crashLinesCut!}: the goroutines under it are missing`);
    } else if (end.truncated) {
      this.ends.truncatedAtLine = this.lineNo;
      cut.keepCutGoroutine(end.cutAtLimit, end.cutAfterCall, end.lastLineCut);
    }
    // After the goroutines' stacks: none of them is cut.
    if (registersCut !== null) this.log.warn(this.lineNo, `the dump is truncated at line ${this.lineNo}, inside a crash's register dump (after \`${registersCut.after}\`): the goroutines above it are whole`);
    this.doubtfulHeader.dropIfInDoubt();
    if (this.mode === 'race') this.endRace();
    this.endSection();
    this.log.flushSkipped();
    const goroutinesMissing = !end.truncated && (cut.goroutinesMissingAfterRuntimeStack() || cut.recordsMissing());
    const stopped = !end.truncated && registersCut === null &&
      (cut.markStoppedStack() || cut.lastStoppedAtCall());
    this.namesCut.warn(this.log);
    this.doubtfulHeader.warnDropped(this.log);
    this.crashes.joinUntabbedNested(line => panicsUnwindingAfter(this.goroutines, this.crashes.all, line));
    const { earlier: earlierDumps, previous: previousDump } = this.profiles.earlierProfiles.length > 0 && this.goroutines.length === 0
      ? this.profiles.keepLast(this.log)
      : keepLastDump({ goroutines: this.goroutines, crashes: this.crashes, runtimeStacks: this.runtimeStacks, headlessStacks: this.headless.stacks, log: this.log });
    this.log.closeSuppressed(this.lineNo);
    const profiles = this.profiles;
    const format = this.goroutines.length > 0 ? 'traceback' : profiles.any ? 'debug1' : 'empty';
    profiles.warnAtEnd(this.log, format === 'traceback');
    const crash = this.crashes.current;
    const firstHeadless = this.headless.stacks.length > 0 ? this.headless.stacks[0].lines.start : -1;
    const raceStart = this.races.cutAtStartLine;
    const cutAtStart = (firstHeadless >= 0 && !this.headless.wholeStarts.has(firstHeadless) && (this.goroutines.length === 0 || firstHeadless < this.goroutines.startLine(0))) ||
      (raceStart >= 0 && (this.goroutines.length === 0 || raceStart <= this.goroutines.startLine(0)));
    // Delve's counts of the kept dump only: one of an earlier dump counts that dump's goroutines.
    const unlisted = this.goroutines.length === 0 ? [] : this.delve.unlisted.filter(u => u.line > this.goroutines.startLine(0));
    // A mark under a stack's line left frames of that stack out (read as elided); any other left goroutines out.
    const pasterGaps = this.pasterGaps.gaps.filter(g => g.framesOf === null).map(g => g.line);
    // Every row is added: what the interner says of them is kept, not the interner (the dump outlives it).
    if (!this.interner.framesMayAlias) this.goroutines.markStacksDistinctByContent();
    return {
      ...(pasterGaps.length > 0 ? { pasterGaps } : {}),
      ...(unlisted.length > 0 ? { unlisted } : {}),
      format, goroutines: this.goroutines, records: profiles.records, declaredTotal: profiles.declaredTotal, truncated: end.truncated || fieldCut !== null || crashLinesCut !== null || registersCut !== null || goroutinesMissing || stopped,
      crash, runtimeStacks: this.runtimeStacks.read, ...(this.badReturnPcs.length > 0 ? { badReturnPcs: this.badReturnPcs } : {}), headlessStacks: this.headless.stacks, cutAtStart, ...(registersCut !== null ? { truncatedInRegisterDump: true as const } : {}), warnings: this.log.warnings, lineCount: this.lineNo + trailingLines,
      earlierDumps, previousDump, crashedGoroutine: crashedGoroutineIndex(this.goroutines, crash, this.crashes.all, this.runtimeStacks.read),
    };
  }
}

/** bytes[s, end) ends at a `file:line`'s number, `:` and digits, with nothing after it. */
function endsAtLineNumber(bytes: Uint8Array, s: number, end: number): boolean {
  let i = end;
  while (i > s && bytes[i - 1] >= 0x30 && bytes[i - 1] <= 0x39) i--;
  return i < end && i > s && bytes[i - 1] === 0x3a /* : */;
}

/** bytes[start, end) is 1 to 16 lowercase hex digits (wrappedLocation.ts's offset tail, on its bytes). */
function isHexRun(bytes: Uint8Array, start: number, end: number): boolean {
  if (end <= start || end - start > 16) return false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (!((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66))) return false;
  }
  return true;
}
