// The kinds of line outside a goroutine's stack (crash header, register dump, debug=1 record
// header, fence…), in one table: each row says how to recognise its line (its starts or byte shape
// for the junk gate, its match on the text), what the line does to the scan (its transition, through
// the scanner's `LineKindActions`) and, if a text that ends inside such a line was cut, its
// end-of-dump check (`cutInside`, read by cutAtEnd.ts). A new kind of line is one row here
// (docs/architecture.md lists the steps). The stack lines themselves (header, call, `file:line`) are read by the
// scanner's states, on the bytes where they can be, and the stack's other lines (`created by`, elided
// frames…) by the rows of stackLineKinds.ts; this table is only asked about the other lines,
// so it costs nothing on the plain lines that make up almost all of a dump.
import type { CurrentLine } from './currentLine';
import type { CrashHeaders } from './dumpBoundaries';
import type { WarningLog } from './warningLog';
import { asciiBytes, startsWithBytes } from './byteLineParsers';
import { ALL_CLASSES, byteClasses, NON_ASCII_CLASS } from './byteClasses';
import { CREATED_BY, literalPattern, parseHeaderLine } from './lineParsers';
import { crashWordsEnd, gluedCrashLineStarts, gluedHeaderPieces } from './flattenedStack';
import { flattenedRacePieces } from './flattenedRace';
import { RACE_RULE, RACE_START } from './raceMarks';
import { findEscapedDump, wordsBeforeEscapedDump, type EscapedDump } from './escapedDump';
import { CRASH_GATE_WORDS, CRASH_LINE, CRASH_LINE_START_WORDS } from './crashLines';
import { continuesObservedValue, crashLineLooksWrapped, isClosingTail, isQuotedValueTail, mayBeClosingTail, mayBeQuotedValueTail, isRuntimeErrorTail, mayBeRuntimeErrorTail, runtimeErrorTail } from './wrappedCrashLine';
import type { DelveOutput } from './delveOutput';
import { parseGoleakLine, type GoleakGoroutine } from './goleakReport';
import { delvePanicValue } from './delveOutput';
import { parseBadReturnPc, type BadReturnPc } from './badReturnPc';
import { stackWordsRowCut } from './stackWordsRow';
import { RUNNING_TEST, RUNNING_TESTS } from './runningTests';
import { isLogcatHead } from './logcatHead';
import {
  DELVE_TOO_MANY_GROUPS, DELVE_TRUNCATED, delveLabelsText, isDelveGroupName, parseDelveFrameLine, parseDelveGoroutineLine, parseDelveGroupTotal, parseDelveListEnd,
  parseDelveStopLine, parseDelveThreadLine,
} from './delveLines';

/** What a row's transition may do to the scan: the scanner's operations, nothing else. */
export interface LineKindActions {
  /** What Delve's lines make of the scan (delveOutput.ts). */
  readonly delve: DelveOutput;
  /** The number of the line being read. */
  readonly lineNo: number;
  /** What is known of the line being read (currentLine.ts). */
  readonly line: Readonly<CurrentLine>;
  readonly crashes: CrashHeaders;
  readonly log: WarningLog;
  /** Where the text may have been cut (dumpBoundaries.ts): a row's `cutInside` notes its line there. */
  readonly ends: { lineKindCutAt: number };
  // The parts a row's transition acts on through their own operations, no scanner method between.
  /** Debug=1 profiles (debug1Profiles.ts): another profile's records, no goroutines, are skipped up to the next section. */
  readonly profiles: { inOtherProfile: boolean };
  /** goleak's lines (goleakGoroutines.ts): a goroutine it found still running, Go's header under it or not; the `]` closing its list. */
  readonly goleak: { open(goroutine: GoleakGoroutine): void; listEnd(): boolean };
  /**
   * Blank lines inside a stack (stackBlankLines.ts): `stack: frame={…}` or a hex dump row is what the
   * runtime prints in a traceback it cannot go on with, ended by a blank line that does not end the goroutine.
   */
  readonly stackBlanks: { noteDiagnostic(): void };
  /** A panic's value of several lines (panicMessage.ts): a line Go prints right after it confirms the lines since the panic line were the value's. */
  readonly panicValue: { confirm(line: number): void };
  /** `runtime: g N: unexpected return pc for F called from 0x…` lines (badReturnPc.ts): where a stack walk failed. */
  readonly badReturnPcs: BadReturnPc[];
  /** A line that opens a section of its own: what was read before it is complete. */
  beginSection(): void;
  /** A blank line, fence or separator: the current goroutine, record or stack is complete. */
  endSection(): void;
  /** A debug=1 record (`N @ 0x…`) of `count` goroutines starts. */
  beginRecord(count: number, header: string): void;
  /** A debug=1 profile of `total` goroutines starts (`leaked`: goroutineleak). */
  beginProfile(total: number, leaked: boolean): void;
  /** `runtime stack:`: the crashing thread's system stack follows. */
  beginRuntimeStack(): void;
  /** `WARNING: DATA RACE`: a race detector report follows. */
  beginRace(): void;
  /**
   * An access or creator section's header of a race detector report outside one: the text starts
   * inside a report (a paste that kept its end). The report begins with this line.
   */
  beginRaceCutAtStart(text: string, s: number, end: number): void;
  /** Junk right under a header (registers, a hex dump): the header may be no goroutine's. */
  junkAfterHeader(): void;
  /**
   * `[signal SIGSEGV: …]` (the bracket taken off: `message`): the fault under a crash line, or the
   * crash's only line when the paste lost the one above it. `closed`: the line ends with its `]`.
   */
  signalLine(message: string, closed: boolean): void;
  /** Lines that lost their breaks, read one after another on this line: `pieces` holds their [start, end) pairs in `text` (flattenedStack.ts). */
  readPieces(text: string, pieces: readonly number[]): void;
  /** A dump logged as one escaped string found on this line (escapedDump.ts): its lines read as the text's. */
  readEscapedDump(found: EscapedDump, text: string, end: number): void;
  /** ` [recovered]` on a line of its own, after the last line of a panic's value that ends with a line break. */
  recoveredMark(): void;
  /** A line of a crash's register dump, naming its register (registerBlock.ts). */
  registerLine(name: string): void;
}

interface ByteShape {
  readonly firsts: string;
  /** The byte classes (byteClasses.ts) one of which every line of this shape holds: junk without any is not tested. */
  readonly needs: number;
  test(bytes: Uint8Array, s: number, end: number): boolean;
}

/** One kind of line: how it is recognised and what it does. */
export interface LineKindRow {
  readonly kind: string;
  /**
   * Whether the line is of this kind. `line` is the trimmed line's first 200 characters (rows that
   * need more look at text[s, end)); `text.charCodeAt(s)` is a digit only for the rows marked `digit`.
   */
  matches(line: string, text: string, s: number, end: number): RegExpExecArray | boolean | null;
  /** Lines that start with a digit are tried only against the rows with `digit` set (a cheap first cut). */
  readonly digit?: boolean;
  /**
   * What every line of this kind starts with (trimmed): one of these ASCII words, or else a byte of
   * `shape.firsts` and bytes that pass `shape.test`. Junk is told by these on its bytes, before it
   * is decoded (`mayBeKnownLine`), so a line that `matches` must start so.
   */
  readonly starts: readonly string[];
  readonly shape?: ByteShape;
  /** What the line does; false when, on second look, it is no line of this kind (then it is skipped as junk). */
  transition(scan: LineKindActions, match: RegExpExecArray | true, text: string, s: number, end: number): boolean;
  /**
   * The kind's end-of-dump check: whether the line, should the text end with it, was cut inside, and
   * the stack being read with it (cutAtEnd.ts then keeps that goroutine marked cut). Asked of each
   * line the row took; a row without it says nothing of a cut.
   */
  readonly cutInside?: (text: string, s: number, end: number) => boolean;
}

export { RACE_RULE, RACE_START } from './raceMarks';
/** The line over the crashing thread's system stack. */
export const RUNTIME_STACK_LINE = 'runtime stack:';
const FENCE = /^(`{3,}|~{3,})/;
// `non-Go function at pc=0x…` and its `pc=0x…` line: C frames of a cgo traceback (runtime.SetCgoTraceback).
// `instruction bytes: 0x…` under a SIGILL's `PC=` line; `panic during panic` between a fatal error and its `[signal …`;
// Go 1.4's `invalid spdelta …` where its traceback met a frame it could not step over; `futexwakeup addr=0x… returned -22`
// before the SIGSEGV the runtime raises when the kernel refuses its futex; `\tstack=[0x…-0x…] n=7 max=…` under
// `runtime: g1: frame.sp=… top=…` before `fatal error: traceback did not unwind completely`.
// A `created by` of a goroutine the runtime no longer knows: the `created by` row's literal (stackLineKinds.ts).
const RUNTIME_NOISE = new RegExp('^(PC=|\\[signal |signal arrived during |runtime: |runtime:[a-z]+ |object=0x[0-9a-f]+ |\\*\\(object\\+\\d+\\) = 0x|stack: frame=|traceback: |\\[recovered\\]|' +
  `${literalPattern(CREATED_BY)}.*\\[unknown goroutine\\]|non-Go function( at pc=0x|$)|pc=0x|instruction bytes: |panic during panic$|invalid spdelta |futexwakeup addr=0x|stack=\\[0x)`);
// Older Go prints the words of the stack after `runtime: unknown pc` without `0x`: `00007feb9bffc750:  0000000000000005 …`.
const HEX_DUMP = /^(?:0x[0-9a-f]+|0[0-9a-f]{7,15}): /;
const REGISTER = /^([a-z][a-z0-9]{0,7})\s+0x[0-9a-f]+$/;
export const RECORD_HEADER = /^(\d+) @( 0x[0-9a-f]+)*$/;
/**
 * A race report's section header (raceReport.ts): `Previous write at 0x… by goroutine 8:`, `Read by
 * main goroutine:` (Go < 1.6), `Goroutine 13 (running) created at:`.
 */
const RACE_SECTION = /^(?:(?:Read|Write|Atomic|Previous)(?: [a-z]+){0,2}(?: at 0x[0-9a-fA-F]+)? by (?:goroutine \d+|main goroutine)|Goroutine \d+ \([a-z ]+\) created at):$/;
/** The header of a debug=1 profile (`threadcreate profile: total 7`); `goroutine profile: total N` is read with the goroutine headers. */
const PROFILE_HEADER = /^(\w+) profile: total (\d+)$/;

/**
 * A markdown fence, unless a crash header or a goroutine header is stuck to it (a paste whose fence
 * lost its line break: "```SIGQUIT: quit", "```goroutine 1 [running]:"), which is then read behind
 * what sticks to it.
 */
function isFence(line: string): boolean {
  const fence = FENCE.exec(line);
  if (fence === null) return false;
  const rest = line.slice(fence[0].length).trimStart();
  // A backtick fence's info string holds no backtick (CommonMark): text between two fences glued to it is a line of its own.
  if (line.charCodeAt(0) === 0x60 && rest.includes('`')) return false;
  return !CRASH_LINE.test(rest) && parseHeaderLine(rest, 0, rest.length) === null;
}

/** Runtime messages, registers and hex dumps around stacks: nothing to group. */
function noise(scan: LineKindActions, text: string, s: number): boolean {
  if (text.startsWith('stack: frame=', s) || HEX_DUMP.test(text.slice(s, s + 20))) scan.stackBlanks.noteDiagnostic();
  if (text.startsWith('runtime: ', s) || text.startsWith('panic during panic', s)) scan.crashes.continueChain(scan.lineNo);
  else if (text.startsWith('[recovered]', s)) scan.recoveredMark();
  // A cgo traceback's C frame is part of the stack; anything else right under a header is junk.
  else if (!text.startsWith('non-Go function', s)) scan.junkAfterHeader();
  return true;
}

function otherProfileHeader(line: string, leaked: boolean): RegExpExecArray | null {
  if (!line.includes(' profile: total ')) return null;
  const profile = PROFILE_HEADER.exec(line);
  return profile && profile[1] !== 'goroutine' && (profile[1] === 'goroutineleak') === leaked ? profile : null;
}

const isDigitByte = (b: number): boolean => b >= 0x30 && b <= 0x39;

/** Digits, then ` @` (a record header's start). */
function digitsThenAt(bytes: Uint8Array, s: number, end: number): boolean {
  let i = s;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i > s && i + 1 < end && bytes[i] === 0x20 && bytes[i + 1] === 0x40 /* @ */;
}

const PROFILE_TOTAL = asciiBytes(' profile: total ');
/** `: panic serving `: the crash lines that start with a name (crashLines.ts). */
const CRASH_WORDS_AFTER_NAME = CRASH_GATE_WORDS.afterColon.map(word => asciiBytes(`: ${word}`));

/**
 * A word, then ` profile: total ` (PROFILE_HEADER's start) or `: panic serving ` (a recovered
 * panic's line: `http: panic serving …`). One test for both rows, so junk pays one scan of its first word.
 */
function wordThenKnownWords(bytes: Uint8Array, s: number, end: number): boolean {
  let i = wordEnd(bytes, s, end);
  if (i === s) return false;
  // ` profile: total ` starts with a space, the crash words with `: `: one byte tells which to look for.
  if (bytes[i] !== 0x3a /* : */) return startsWithBytes(bytes, i, end, PROFILE_TOTAL);
  // The crash words may follow several names (`http: http: panic serving …`), as in crashLines.ts.
  for (;;) {
    for (let k = 0; k < CRASH_WORDS_AFTER_NAME.length; k++) if (startsWithBytes(bytes, i, end, CRASH_WORDS_AFTER_NAME[k])) return true;
    if (bytes[i + 1] !== 0x20) return false;
    const next = wordEnd(bytes, i + 2, end);
    if (next === i + 2 || bytes[next] !== 0x3a /* : */) return false;
    i = next;
  }
}

/** The end of the word of name bytes (letters, digits, `_`, `.`, `-`) from bytes[i]. */
function wordEnd(bytes: Uint8Array, i: number, end: number): number {
  for (let b = bytes[i]; i < end && ((b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || isDigitByte(b) || b === 0x5f /* _ */ || b === 0x2e || b === 0x2d); b = bytes[++i]);
  return i;
}

const DIGITS = '0123456789';
const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';
// Both ` profile: total ` and the crash words' `: ` hold a colon.
const WORD_THEN_KNOWN_WORDS: ByteShape = { firsts: `${DIGITS}${LOWERCASE}${LOWERCASE.toUpperCase()}_.-`, needs: byteClasses(':'), test: wordThenKnownWords };

const isHexByte = (b: number): boolean => isDigitByte(b) || (b >= 0x61 && b <= 0x66);

/** Hex digits from bytes[i]: the index after them. */
function skipHex(bytes: Uint8Array, i: number, end: number): number {
  while (i < end && isHexByte(bytes[i])) i++;
  return i;
}

/** `0x`, hex digits, `: `, or 8 to 16 hex digits from a `0`, then `: ` (HEX_DUMP). */
function hexDumpShape(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s < 5 || bytes[s] !== 0x30) return false;
  const prefixed = bytes[s + 1] === 0x78 /* x */;
  const i = skipHex(bytes, prefixed ? s + 2 : s, end);
  const digits = i - (prefixed ? s + 2 : s);
  return (prefixed ? digits > 0 : digits >= 8 && digits <= 16) && i + 1 < end && bytes[i] === 0x3a /* : */ && bytes[i + 1] === 0x20;
}

/**
 * A lowercase letter, up to 7 letters or digits, white space, `0x` and hex digits to the end or past
 * the 200 characters the rows read (REGISTER; a non-ASCII byte may be white space too).
 */
function registerShape(bytes: Uint8Array, s: number, end: number): boolean {
  const first = bytes[s];
  if (first < 0x61 || first > 0x7a) return false;
  let i = s + 1;
  while (i < end && i < s + 8 && ((bytes[i] >= 0x61 && bytes[i] <= 0x7a) || isDigitByte(bytes[i]))) i++;
  const spaceStart = i;
  while (i < end && (bytes[i] === 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0d))) i++;
  if (i < end && bytes[i] >= 0x80) return true;
  if (i === spaceStart || i + 2 >= end || bytes[i] !== 0x30 || bytes[i + 1] !== 0x78 /* x */) return false;
  const hexEnd = skipHex(bytes, i + 2, end);
  return hexEnd > i + 2 && (hexEnd === end || hexEnd >= s + 200);
}

/** Digits, two spaces, `0x`: a numbered frame of Delve's (`0  0x000000000043a1b6 in runtime.gopark`). */
function delveFrameShape(bytes: Uint8Array, s: number, end: number): boolean {
  let i = s;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i > s && i + 3 < end && bytes[i] === 0x20 && bytes[i + 1] === 0x20 && bytes[i + 2] === 0x30 && bytes[i + 3] === 0x78 /* x */;
}

/** `[`, digits, ` goroutines]` at the end: the last line of Delve's `goroutines`. */
function delveListEndShape(bytes: Uint8Array, s: number, end: number): boolean {
  let i = s + 1;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i > s + 1 && startsWithBytes(bytes, i, end, DELVE_LIST_END) && i + DELVE_LIST_END.length === end;
}
const DELVE_LIST_END = asciiBytes(' goroutines]');

/**
 * `:`, digits, ` in ` and a last word without spaces: the name of a group of Delve's `goroutines
 * -group user` (`./worker.go:31 in main.worker`). Read from the line's end, a few bytes for most junk.
 */
function delveGroupNameShape(bytes: Uint8Array, s: number, end: number): boolean {
  let space = end - 1;
  while (space > s && bytes[space] !== 0x20) space--;
  if (space - s < 6 || space === end - 1 || bytes[space - 1] !== 0x6e /* n */ || bytes[space - 2] !== 0x69 /* i */ || bytes[space - 3] !== 0x20) return false;
  let i = space - 3;
  const digitsEnd = i;
  while (i > s && isDigitByte(bytes[i - 1])) i--;
  return i < digitsEnd && i - 1 > s && bytes[i - 1] === 0x3a /* : */;
}

/** The rows, tried in this order; the first that matches names the line. */
export const LINE_KINDS: readonly LineKindRow[] = [
  {
    kind: 'record header', digit: true, // `N @ 0x… 0x…`: a debug=1 profile's record starts.
    starts: [], shape: { firsts: DIGITS, needs: byteClasses('@'), test: digitsThenAt },
    matches: line => RECORD_HEADER.exec(line),
    transition: (scan, m) => { scan.beginSection(); scan.beginRecord(Number(m === true ? 0 : m[1]), m === true ? '' : m.input); return true; },
  },
  {
    kind: 'hex dump', digit: true, // `0xc000…: 0x… 0x…` under a crash's registers, the stack's words where a traceback broke off.
    starts: [], shape: { firsts: '0', needs: byteClasses(':'), test: hexDumpShape },
    matches: line => HEX_DUMP.test(line),
    transition: (scan, _m, text, s) => noise(scan, text, s),
    // A row of the stack's words cut inside a word: the frame Go prints after them was cut off.
    cutInside: stackWordsRowCut,
  },
  {
    // grep's `--`, the runtime's `-----` before another thread's section, a markdown fence: a section ends.
    kind: 'section break',
    starts: ['--', '```', '~~~'],
    matches: (line, text, s, end) => (end - s === 2 && line === '--') || (end - s === 5 && line === '-----') || isFence(line),
    transition: scan => { scan.endSection(); return true; },
  },
  {
    // The rest of the last word of a crash line that a fixed-width wrap cut, closing its `(` (wrappedCrashLine.ts): `rence)`.
    kind: 'wrapped crash line tail',
    starts: [], shape: { firsts: `${LOWERCASE}${LOWERCASE.toUpperCase()}`, needs: byteClasses(')'), test: mayBeClosingTail },
    matches: line => isClosingTail(line),
    transition: (scan, _m, text, s, end) => {
      const crash = scan.crashes.last();
      if (crash === undefined || crash.line !== scan.lineNo - 1 || !scan.crashes.chainsTo(scan.lineNo - 1) || !crashLineLooksWrapped(crash.message)) return false;
      scan.crashes.extendLast(text.slice(s, end), scan.lineNo);
      return true;
    },
  },
  {
    // The rest of HandleCrash's quoted value that a fixed-width wrap cut, then its error (wrappedCrashLine.ts): `hannel" (send on closed channel)`.
    kind: 'wrapped panic value tail',
    starts: [], shape: { firsts: `${DIGITS}${LOWERCASE}${LOWERCASE.toUpperCase()}"'.,:;!?_-/[]{}<>*&%$#@+=`, needs: byteClasses('"'), test: mayBeQuotedValueTail },
    matches: line => isQuotedValueTail(line),
    transition: (scan, _m, text, s, end) => {
      const crash = scan.crashes.last();
      if (crash === undefined || crash.line !== scan.lineNo - 1 || !scan.crashes.chainsTo(scan.lineNo - 1) || !continuesObservedValue(crash.message, text.slice(s, end))) return false;
      scan.crashes.extendLast(text.slice(s, end), scan.lineNo);
      return true;
    },
  },
  {
    kind: 'crash header', // `panic: `, `fatal error: `, `SIGQUIT: quit`, …: the kinds of crashLines.ts.
    starts: CRASH_LINE_START_WORDS,
    shape: WORD_THEN_KNOWN_WORDS,
    matches: line => CRASH_LINE.test(line),
    transition: (scan, _m, text, s, end) => {
      scan.panicValue.confirm(scan.lineNo);
      scan.beginSection();
      // A goroutine header glued to the crash's words (the page lost the line break between them).
      const glued = gluedHeaderPieces(text, s, end);
      // A value that is a log record holding the stack escaped in a field: the stack is read unescaped, the record's words before it are the crash's.
      const escaped = findEscapedDump(text, s, end);
      if (escaped !== null && (glued === null || escaped.start <= glued[0])) {
        scan.crashes.add(wordsBeforeEscapedDump(text, s, escaped), scan.lineNo, scan.line.indented);
        scan.readEscapedDump(escaped, text, end);
        return true;
      }
      // Flattened onto one line, the crash line is followed by the `[signal …]` line, which adds nothing to the crash's words.
      const words = glued === null ? end : crashWordsEnd(text, s, glued[0]);
      // Crash lines glued one to the next (flattenedStack.ts): one crash, joined as Go's consecutive crash lines are.
      const starts = gluedCrashLineStarts(text, s, words, glued !== null);
      const message = starts.length === 1 ? text.slice(s, words).trimEnd()
        : starts.map((start, i) => text.slice(start, i + 1 < starts.length ? starts[i + 1] : words).trim()).join(' / ');
      scan.crashes.add(message, scan.lineNo, scan.line.indented);
      if (glued !== null) scan.readPieces(text, glued);
      return true;
    },
  },
  {
    kind: 'leak profile header', // `goroutineleak profile: total N` (Go ≥ 1.26).
    starts: [], shape: WORD_THEN_KNOWN_WORDS,
    matches: line => otherProfileHeader(line, true),
    transition: (scan, m) => { scan.beginProfile(Number(m === true ? 0 : m[2]), true); return true; },
  },
  {
    kind: 'other profile header', // `threadcreate profile: total N`: another debug=1 profile, whose records are no goroutines.
    starts: [], shape: WORD_THEN_KNOWN_WORDS,
    matches: line => otherProfileHeader(line, false),
    transition: (scan, m) => {
      scan.beginSection();
      scan.log.warn(scan.lineNo, `line ${scan.lineNo}: a ${m === true ? '' : m[1]} profile, not goroutines: its records are left out`);
      scan.profiles.inOtherProfile = true;
      return true;
    },
  },
  {
    kind: 'runtime stack',
    starts: [RUNTIME_STACK_LINE],
    matches: line => line === RUNTIME_STACK_LINE,
    transition: scan => { scan.beginSection(); scan.beginRuntimeStack(); return true; },
  },
  {
    kind: 'signal line', // `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x…]`, `[signal 0xb code=…]` (Go < 1.5).
    starts: ['[signal '],
    matches: line => line.startsWith('[signal '),
    transition: (scan, _m, text, s, end) => {
      // `SIGSEGV: …` as a crash line says it; Go before 1.5 printed only the number (`signal 0xb`).
      const name = text.startsWith('SIG', s + '[signal '.length) ? s + '[signal '.length : s + 1;
      const closed = text.charCodeAt(end - 1) === 0x5d /* ] */;
      scan.signalLine(text.slice(name, closed ? end - 1 : end), closed);
      return noise(scan, text, s);
    },
  },
  {
    kind: 'bad return pc', // `runtime: g 20: unexpected return pc for F called from 0x…`: kept to say where a stack walk failed.
    starts: ['runtime: '],
    matches: line => line.startsWith('runtime: ') && line.includes('unexpected return pc for '),
    transition: (scan, _m, text, s, end) => {
      const found = parseBadReturnPc(text.slice(s, Math.min(end, s + 1000)), scan.lineNo);
      if (found !== null) scan.badReturnPcs.push(found);
      return noise(scan, text, s);
    },
  },
  {
    kind: 'logcat head', // `[ 08-05 12:05:18.894  7661: 7661 E/Go       ]` over a record's message (logcatHead.ts): passed over.
    starts: ['[ '],
    matches: line => isLogcatHead(line),
    transition: () => true,
  },
  {
    // Lines the runtime prints around stacks that carry nothing to group: `runtime: …` (Go ≤ 1.5: `runtime:objectstart …`), `PC=…`,
    // a bad pointer's object and its words (`object=0x… s.base()=…`, `*(object+8) = 0x…`).
    kind: 'noise',
    starts: ['PC=', '[signal ', 'signal arrived during ', 'runtime:', 'object=0x', '*(object+', 'stack: frame=', 'traceback: ', '[recovered]', CREATED_BY, 'non-Go function', 'pc=0x',
      'instruction bytes: ', 'panic during panic', 'invalid spdelta ', 'futexwakeup addr=0x', 'stack=[0x'],
    matches: line => RUNTIME_NOISE.test(line),
    transition: (scan, _m, text, s) => noise(scan, text, s),
  },
  {
    kind: 'register', // `rax    0x0`: a line of a crash's register dump (registerBlock.ts); nothing to group.
    starts: [],
    shape: { firsts: LOWERCASE, needs: byteClasses('x') | NON_ASCII_CLASS, test: registerShape },
    matches: line => REGISTER.exec(line),
    transition: (scan, match, text, s) => {
      scan.registerLine((match as RegExpExecArray)[1]);
      return noise(scan, text, s);
    },
  },
  {
    kind: 'goleak goroutine', // `[Goroutine 62 in state select, with … on top of the stack:` (goleakReport.ts).
    starts: ['[Goroutine ', 'Goroutine '],
    matches: (_line, text, s, end) => parseGoleakLine(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => { scan.goleak.open(parseGoleakLine(text, s, end)!); return true; },
  },
  {
    kind: 'goleak list end', // the `]` under goleak's last goroutine.
    starts: [']'],
    matches: line => line === ']',
    transition: scan => scan.goleak.listEnd(),
  },
  {
    kind: 'running tests', // under `panic: test timed out after …` (Go ≥ 1.20).
    starts: [RUNNING_TESTS],
    matches: line => line === RUNNING_TESTS,
    transition: scan => scan.crashes.runningTests(scan.lineNo, null),
  },
  {
    kind: 'running test', // `TestName (9m52s)` under `running tests:`.
    starts: ['Test', 'Benchmark', 'Fuzz', 'Example'],
    matches: line => RUNNING_TEST.exec(line),
    transition: (scan, m) => scan.crashes.runningTests(scan.lineNo, m === true ? '' : m[1]),
  },
  {
    kind: 'race rule', // `==================` around a race detector report; the whole report after it when a page flattened it onto the line.
    starts: [RACE_RULE],
    matches: line => line.startsWith(RACE_RULE),
    transition: (scan, _m, text, s, end) => {
      const flattened = end - s > RACE_RULE.length ? flattenedRacePieces(text, s, end) : null;
      if (flattened !== null) scan.readPieces(text, flattened);
      return true;
    },
  },
  {
    kind: 'race section', // a race report's access or creator section outside a report: the text starts inside one.
    starts: ['Read ', 'Write ', 'Atomic ', 'Previous ', 'Goroutine '],
    matches: line => RACE_SECTION.test(line),
    transition: (scan, _m, text, s, end) => { scan.beginRaceCutAtStart(text, s, end); return true; },
  },
  {
    kind: 'race start', // or the whole report after it, flattened onto the line.
    starts: [RACE_START],
    matches: (line, text, s, end) => line === RACE_START || (line.startsWith(`${RACE_START} `) && flattenedRacePieces(text, s, end) !== null),
    transition: (scan, _m, text, s, end) => {
      const flattened = end - s > RACE_START.length ? flattenedRacePieces(text, s, end) : null;
      if (flattened !== null) { scan.readPieces(text, flattened); return true; }
      scan.beginSection(); scan.beginRace(); return true;
    },
  },
  // Delve's output (delveLines.ts): `goroutines` (`-t`, `-l`, `-group`), `stack`/`bt`, `threads`, a crash breakpoint's stop.
  {
    kind: 'delve prompt', // `(dlv) goroutines -t`: the command whose output follows.
    starts: ['(dlv) '],
    matches: line => line.startsWith('(dlv) '),
    transition: scan => scan.delve.prompt(),
  },
  {
    kind: 'delve goroutine', // `* Goroutine 1 - User: ./main.go:12 main.main (0x4a1b2c) [chan receive]`
    starts: ['Goroutine ', '* Goroutine '],
    matches: (_line, text, s, end) => parseDelveGoroutineLine(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => { scan.delve.goroutine(parseDelveGoroutineLine(text, s, end)!); return true; },
  },
  {
    kind: 'delve frame', digit: true, // `0  0x000000000043a1b6 in runtime.gopark`, its `at file:line` on the next line.
    starts: [], shape: { firsts: DIGITS, needs: byteClasses('x'), test: delveFrameShape },
    matches: (_line, text, s, end) => parseDelveFrameLine(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => { scan.delve.frame(parseDelveFrameLine(text, s, end)!); return true; },
  },
  {
    kind: 'delve thread', // `* Thread 13055 at 0x469bb3 /root/sdk/gotip/src/runtime/sys_linux_amd64.s:563 runtime.futex`
    starts: ['Thread ', '* Thread '],
    matches: (_line, text, s, end) => parseDelveThreadLine(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => { scan.delve.thread(parseDelveThreadLine(text, s, end)!.location); return true; },
  },
  {
    kind: 'delve crash stop', // `> [unrecovered-panic] runtime.fatalpanic() …/panic.go:1065 (hits goroutine(1):1 total:1) (PC: 0x436a20)`
    starts: ['> [unrecovered-panic] ', '> [fatal-error] '],
    matches: (_line, text, s, end) => parseDelveStopLine(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => scan.delve.stop(parseDelveStopLine(text, s, end)!),
  },
  {
    kind: 'delve panic value', // `runtime.curg._panic.arg: interface {}(string) "…"` under the stop.
    starts: ['runtime.curg._panic.arg: '],
    matches: line => line.startsWith('runtime.curg._panic.arg: '),
    transition: (scan, _m, text, s, end) => scan.delve.panicValue(delvePanicValue(text.slice(s + 25, end))),
  },
  {
    kind: 'delve truncated', // `(truncated)` under a stack Delve cut at the depth asked for.
    starts: [DELVE_TRUNCATED],
    matches: line => line === DELVE_TRUNCATED,
    transition: scan => scan.delve.truncated(),
  },
  {
    kind: 'delve labels', // `Labels: "request_id":"r-1"` under a goroutine (`goroutines -l`).
    starts: ['Labels: '],
    matches: (_line, text, s, end) => delveLabelsText(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => scan.delve.labels(delveLabelsText(text, s, end)!),
  },
  {
    kind: 'delve list end', // `[14 goroutines]`
    starts: [], shape: { firsts: '[', needs: byteClasses(']'), test: delveListEndShape },
    matches: (_line, text, s, end) => parseDelveListEnd(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => scan.delve.listEnd(parseDelveListEnd(text, s, end)!),
  },
  {
    kind: 'delve group total', // `Total: 31` after a group of `goroutines -group`.
    starts: ['Total: '],
    matches: (_line, text, s, end) => parseDelveGroupTotal(text, s, end) !== null,
    transition: (scan, _m, text, s, end) => scan.delve.groupTotal(parseDelveGroupTotal(text, s, end)!),
  },
  {
    kind: 'delve too many groups', // after the groups of `goroutines -group` when Delve left some out.
    starts: [DELVE_TOO_MANY_GROUPS],
    matches: line => line === DELVE_TOO_MANY_GROUPS,
    transition: scan => scan.delve.tooManyGroups(),
  },
  {
    kind: 'delve group name', // `./worker.go:31 in main.worker` over a group of `goroutines -group user`.
    starts: [], shape: { firsts: `/.${LOWERCASE}${LOWERCASE.toUpperCase()}`, needs: byteClasses(':'), test: delveGroupNameShape },
    matches: (_line, text, s, end) => isDelveGroupName(text, s, end),
    transition: scan => scan.delve.groupName(),
  },
  {
    // The rest of a runtime error that a wrap at a word's end cut (wrappedCrashLine.ts): `dereference`.
    // Every last word of a runtime error holds an `e` or a `t`: junk without either is not tried. Last in
    // the table: the words and colons of its shape are no other row's line.
    kind: 'wrapped runtime error tail',
    starts: [], shape: { firsts: LOWERCASE, needs: byteClasses('et'), test: mayBeRuntimeErrorTail },
    matches: line => isRuntimeErrorTail(line),
    transition: (scan, _m, text, s, end) => {
      const crash = scan.crashes.last();
      if (crash === undefined || crash.line !== scan.lineNo - 1 || !scan.crashes.chainsTo(scan.lineNo - 1)) return false;
      const more = runtimeErrorTail(crash.message, text.slice(s, end));
      if (more === null) return false;
      scan.crashes.extendLast(more, scan.lineNo);
      return true;
    },
  },
];

/**
 * The line text[s, end) (trimmed) read by the first row that recognises it: true when it was a
 * line of a known kind and its transition took it, false for a line of no known kind.
 */
export function takeKnownLine(scan: LineKindActions, text: string, s: number, end: number): boolean {
  const first = text.charCodeAt(s);
  const digit = first >= 0x30 && first <= 0x39;
  const rows = rowsForFirstChar(first);
  const line = text.slice(s, Math.min(end, s + (digit ? end - s : 200)));
  for (let i = 0; i < rows.length; i++) {
    const { row, starts } = rows[i];
    if ((row.digit === true) !== digit || (starts !== null && !startsWithOneOf(text, s, end, starts))) continue;
    const match = row.matches(line, text, s, end);
    if (match === null || match === false) continue;
    const taken = row.transition(scan, match === true ? true : match, text, s, end);
    if (taken && row.cutInside !== undefined && row.cutInside(text, s, end)) scan.ends.lineKindCutAt = scan.lineNo;
    return taken;
  }
  return false;
}

/** A row that a line starting with some character may be of: `starts` null when the row is tried on every line, else the starts to check. */
export interface RowCandidate {
  readonly row: LineKindRow;
  readonly starts: readonly string[] | null;
}

/**
 * Per first character (ASCII; 128 for any other), the rows in table order a line starting with it
 * may be of: a row with a shape is tried on every line (a shape's row may read lines whose first
 * byte is none of its firsts: the Delve group name's `file:line` takes any path), a row of literal
 * starts only on a line starting with one of them, so a line of no kind is not matched against
 * every row's pattern.
 */
const ROWS_BY_FIRST_CHAR: readonly RowCandidate[][] = Array.from({ length: 129 }, (_, code) => {
  const rows: RowCandidate[] = [];
  for (const row of LINE_KINDS) {
    if (row.shape !== undefined) rows.push({ row, starts: null });
    else {
      const starts = row.starts.filter(start => start.charCodeAt(0) === code);
      if (starts.length > 0) rows.push({ row, starts });
    }
  }
  return rows;
});

/** The rows a line starting with the character `first` may be of. */
export function rowsForFirstChar(first: number): readonly RowCandidate[] {
  return ROWS_BY_FIRST_CHAR[first < 128 ? first : 128];
}

/** Whether the line text[s, end) starts with one of `starts`. */
export function startsWithOneOf(text: string, s: number, end: number, starts: readonly string[]): boolean {
  for (let i = 0; i < starts.length; i++) if (end - s >= starts[i].length && text.startsWith(starts[i], s)) return true;
  return false;
}

/** `N @ 0x… 0x…`: a debug=1 record's header (the trimmed line text[s, end)). */
export function isRecordHeader(text: string, s: number, end: number): boolean {
  const first = text.charCodeAt(s);
  return first >= 0x30 && first <= 0x39 && RECORD_HEADER.test(text.slice(s, end));
}

/** Per first byte, the literal starts of the rows that begin with it, and the shapes that may. */
const STARTS_BY_FIRST_BYTE: Uint8Array[][] = Array.from({ length: 128 }, () => []);
const SHAPES_BY_FIRST_BYTE: ByteShape[][] = Array.from({ length: 128 }, () => []);
/**
 * Per first two bytes (the first times 256 plus the second), whether a literal start begins so: most
 * junk lines share a first letter with some start (`retry` with `runtime: `) but not a second one.
 */
const START_FIRST_TWO_BYTES = new Uint8Array(128 * 256);
for (const row of LINE_KINDS) {
  for (const start of row.starts) {
    STARTS_BY_FIRST_BYTE[start.charCodeAt(0)].push(asciiBytes(start));
    for (let second = 0; second < 256; second++) {
      if (start.length === 1 || second === start.charCodeAt(1)) START_FIRST_TWO_BYTES[(start.charCodeAt(0) << 8) | second] = 1;
    }
  }
  const shape = row.shape;
  if (shape === undefined) continue;
  for (const first of shape.firsts) {
    const shapes = SHAPES_BY_FIRST_BYTE[first.charCodeAt(0)];
    if (!shapes.some(known => known.test === shape.test)) shapes.push(shape);
  }
}

/**
 * Whether the trimmed line bytes[s, end) (UTF-8) may be of a kind the table names: false means
 * `takeKnownLine` would return false for it, told without decoding the line (junk is mostly lines
 * of no kind, read at the speed of a byte loop). `classes`: the byte classes the line holds
 * (byteClasses.ts), when known: a shape needing none of them is not tried.
 */
export function mayBeKnownLine(bytes: Uint8Array, s: number, end: number, classes = ALL_CLASSES): boolean {
  const first = bytes[s];
  // Every start and shape begins with an ASCII byte.
  if (first >= 128) return false;
  // A one-byte line is looked up with 0 for its second byte: no start of two bytes or more takes it either way.
  if (START_FIRST_TWO_BYTES[(first << 8) | (s + 1 < end ? bytes[s + 1] : 0)] === 1) {
    const starts = STARTS_BY_FIRST_BYTE[first];
    for (let i = 0; i < starts.length; i++) if (startsWithBytes(bytes, s, end, starts[i])) return true;
  }
  const shapes = SHAPES_BY_FIRST_BYTE[first];
  for (let i = 0; i < shapes.length; i++) if ((shapes[i].needs & classes) !== 0 && shapes[i].test(bytes, s, end)) return true;
  return false;
}
