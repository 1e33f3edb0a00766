// A run of junk lines outside any stack (logs, a binary file, text in which slivers read like
// headers), skipped on its bytes without the scanner's per-line bookkeeping. Junk is mostly short
// lines, so what each costs is what counts: its end is found two bytes a table look-up, which also
// sums up which bytes it holds (byteClasses.ts), and the exact tests that tell it from a line the
// scanner must read (lineKinds.ts, prefixedStarts.ts, …) run only when it holds a byte they need.
import { isPasterGapBytes } from './pasterGaps';
import { asciiBytes, isBlankByte, startsWithBytes } from './byteLineParsers';
import { BYTE_CLASSES, pairClasses } from './byteClasses';
import { mayBeKnownLine } from './lineKinds';
import {
  COLUMN_HEADER_CLASSES, endsInColumnAfterBracket, mayHoldPrefixedCrash, mayHoldPrefixedStart, PREFIXED_CRASH_CLASSES, PREFIXED_HEADER_CLASSES, PREFIXED_START_LAST_BYTES,
  SUFFIXED_HEADER_CLASSES,
} from './prefixedStarts';
import { HEADLESS_WORD_DOT, mayStartHeadlessStack, OPEN_PAREN_CLASS } from './headlessStart';
import { mayBeRecordStartingDump, RECORD_STARTING_DUMP_CLASSES } from './logRecords';
import { isTimestampOnlyBytes } from './timestampLines';
import { PREFIXED_CREATOR_CLASS } from './prefixedCreator';
import { mayBeGoLocation, mayBeGoLocationGluedToText, mayBePcLocation } from './locationStack';
import { mayBeTitleLineBytes } from './summaryHeader';
import type { PagerWidth } from './pagerWidth';

const NEWLINE = 0x0a;

// Local copies of the classes read for every line: where modules stay apart (tsx runs the bench so),
// each read of an imported binding is a getter's call.
const CLASSES = BYTE_CLASSES;
const HEADER_CLASSES = PREFIXED_HEADER_CLASSES;
const CRASH_CLASSES = PREFIXED_CRASH_CLASSES;
const START_LAST_BYTES = PREFIXED_START_LAST_BYTES;
const WORD_DOT = HEADLESS_WORD_DOT;
const OPEN_PAREN = OPEN_PAREN_CLASS;
const CREATOR = PREFIXED_CREATOR_CLASS;
const RECORD_CLASSES = RECORD_STARTING_DUMP_CLASSES;

/** Lines longer than this are left to the scanner's general loop (which cuts lines too long). */
const MAX_JUNK_LINE = 4096;

/** The 16-bit view reads bytes in memory order only on a little-endian machine (all JavaScript hosts in practice). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

/** The bytes as 16-bit words from the first 2-byte-aligned one (`start`, an index into the bytes). */
interface PairView {
  readonly bytes: Uint8Array;
  readonly pairs: Uint16Array;
  readonly start: number;
}

/** The view of `bytes`: the run's own when it was made for them (junk asks for a run every few dozen lines of one chunk). */
function pairView(bytes: Uint8Array, run: JunkRun): PairView {
  if (run.view?.bytes === bytes) return run.view;
  const start = bytes.byteOffset & 1;
  const count = LITTLE_ENDIAN && bytes.length > start ? (bytes.length - start) >> 1 : 0;
  run.view = { bytes, pairs: new Uint16Array(bytes.buffer, bytes.byteOffset + start, count), start };
  return run.view;
}

/** Index of the first newline in bytes[pos, limit), or `limit`; the classes of the bytes before it go to `run.classes`. */
function lineEndAndClasses(view: PairView, table: Int32Array, pos: number, limit: number, run: JunkRun): number {
  const { bytes, pairs, start } = view;
  let classes = 0;
  // One byte on its own when the line starts between two pairs.
  if (pos < limit && (pos < start || ((pos - start) & 1) === 1)) {
    const b = bytes[pos];
    if (b === NEWLINE) { run.classes = 0; return pos; }
    classes = CLASSES[b];
    pos++;
  }
  if (pos >= start) {
    let p = (pos - start) >> 1;
    const lastPair = Math.min(pairs.length, (limit - start) >> 1);
    for (; p < lastPair; p++) {
      const pairClass = table[pairs[p]];
      if (pairClass < 0) {
        const at = start + (p << 1);
        if (bytes[at] === NEWLINE) { run.classes = classes; return at; }
        run.classes = classes | CLASSES[bytes[at]];
        return at + 1;
      }
      classes |= pairClass;
    }
    pos = start + (p << 1);
  }
  for (; pos < limit; pos++) {
    const b = bytes[pos];
    if (b === NEWLINE) break;
    classes |= CLASSES[b];
  }
  run.classes = classes;
  return pos;
}

/** Where a run stopped and how many lines it skipped (and the pair view of the last bytes it read, kept by its owner; the classes of the last line read). */
export interface JunkRun {
  pos: number;
  lines: number;
  view?: PairView;
  classes?: number;
}

/**
 * From bytes[pos] (a line's start), skips the lines that are plainly junk: none blank, none
 * starting with `goroutine ` and a digit or `p` (anything else after `goroutine ` is no header or
 * profile on either of the scanner's paths), none of a kind the line-kind table may name
 * (`mayBeKnownLine`), none holding a dump's start behind a prefix (`mayHoldPrefixedStart`) and none
 * that may be the first frame of a stack without its header (`mayStartHeadlessStack`).
 * Stops before the first line that is not, before a line longer than MAX_JUNK_LINE, and before
 * the last line of bytes[…, end) (it may be the text's last, which the scanner looks at on its own).
 * Each line skipped is noted in `widths`, as the scanner notes the lines it reads.
 */
export function skipJunkLines(bytes: Uint8Array, pos: number, end: number, run: JunkRun, widths: PagerWidth, leadingLocation = false): void {
  const view = pairView(bytes, run);
  const table = pairClasses();
  let lines = 0;
  for (;;) {
    const limit = Math.min(end, pos + MAX_JUNK_LINE);
    // The line's end, and the classes of the bytes before it: most junk is told by these alone.
    const newline = lineEndAndClasses(view, table, pos, limit, run);
    const classes = run.classes!;
    if (newline >= limit || newline + 1 >= end) break;
    let s = pos;
    while (s < newline && isBlankByte(bytes[s])) s++;
    let lineEnd = newline;
    while (lineEnd > s && isBlankByte(bytes[lineEnd - 1])) lineEnd--;
    // Before anything of a dump, a `file:line` (indented, or behind a prefix) may be a headless stack's first frame (the scanner's noteLeadingLocation).
    if (s === lineEnd || mayBeReadLine(bytes, pos, s, lineEnd, classes, end) || isPasterGapBytes(bytes, s, lineEnd) || (leadingLocation && (mayBeGoLocation(bytes, s, lineEnd) || mayBeGoLocationGluedToText(bytes, s, lineEnd)))) break;
    lines++;
    // Every line's length counts for a pager's width, as the scanner's loop notes it (without the CR).
    widths.note(newline > pos && bytes[newline - 1] === 0x0d ? newline - 1 - pos : newline - pos);
    pos = newline + 1;
  }
  run.pos = pos;
  run.lines = lines;
}

/**
 * Whether the scanner may read the line bytes[pos, …) (trimmed: bytes[s, end)) as more than junk:
 * `classes` are those of its bytes (byteClasses.ts; of the untrimmed line), so a test is run only
 * when the line holds a byte it needs.
 */
export function mayBeReadLine(bytes: Uint8Array, pos: number, s: number, end: number, classes: number, limit = -1): boolean {
  const last = bytes[end - 1];
  return (bytes[s] === 0x67 /* g */ && headerOrProfileStart(bytes, s, end)) ||
    mayBeKnownLine(bytes, s, end, classes) ||
    ((classes & HEADER_CLASSES) !== 0 || START_LAST_BYTES[last] === 1 || (classes & SUFFIXED_HEADER_CLASSES) === SUFFIXED_HEADER_CLASSES ||
      ((classes & COLUMN_HEADER_CLASSES) === COLUMN_HEADER_CLASSES && endsInColumnAfterBracket(bytes, s, end)) ? mayHoldPrefixedStart(bytes, pos, end) :
      (classes & CRASH_CLASSES) !== 0 && mayHoldPrefixedCrash(bytes, pos, end)) ||
    ((last === 0x29 /* ) */ || (classes & (WORD_DOT | CREATOR | OPEN_PAREN)) !== 0) && mayStartHeadlessStack(bytes, s, end, classes, limit)) ||
    (last === 0x29 /* ) */ && mayBePcLocation(bytes, s, end)) ||
    ((classes & RECORD_CLASSES) !== 0 && mayBeRecordStartingDump(bytes, s, end)) ||
    isTimestampOnlyBytes(bytes, s, end) ||
    (bytes[s] === 0x3c /* < */ && mayBeTitleLineBytes(bytes, s, end));
}

const GOROUTINE_WORD = asciiBytes('goroutine ');
const PROFILE_TOTAL = asciiBytes('goroutine profile: total ');

/**
 * `goroutine ` and a number, or `goroutine profile: total `, at bytes[s]: what may be a header or a
 * debug=1 profile's first line (the text path reads no other `goroutine p…` as either; junk says
 * `goroutine panic` often). A header's number is followed by a space (`goroutine 1 [`, `goroutine 1
 * gp=`: headerShapes.ts' gaps) or cut there: glued to a letter (`goroutine 0x1f`, junk's hex) it is none.
 */
function headerOrProfileStart(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s <= GOROUTINE_WORD.length || !startsWithBytes(bytes, s, end, GOROUTINE_WORD)) return false;
  let i = s + GOROUTINE_WORD.length;
  const next = bytes[i];
  if (next === 0x70 /* p */) return startsWithBytes(bytes, s, end, PROFILE_TOTAL);
  while (i < end && isDigit(bytes[i])) i++;
  return i > s + GOROUTINE_WORD.length && (i === end || !isAsciiLetter(bytes[i]));
}

const isAsciiLetter = (b: number): boolean => (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
