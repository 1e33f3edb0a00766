// The lines of a race detector report and what each does in each state of its reading, in one table
// that both of the report builder's paths read (raceReport.ts): `line` on the text and `lineBytes`
// on the bytes. A row is one kind of line: its match on the text, its twin on the bytes (or none:
// the byte path then leaves the kind's lines to the text path), its effect, and per state it reads
// its lines in, the state the line leaves. A new kind of race-report line is one row here.
//
// The states are the builder's, told from what it holds (`RaceLineActions.state`): `between` (no
// section open, or a section closed by a blank line), `header` (a section's header just read, nothing
// under it yet), `blank under header` (a blank line right under a header: a double-spaced paste if a
// call follows), `frames` (a section open, nothing waiting), `call` (a call read, its `file:line`
// due), `held` (an access line broken after its `by`, its rest due). A double-spaced paste, noted once
// for the report, changes what a blank line does (the rows' `when`); a line that is not blank ends a run of
// blank lines (raceReport.ts).
//
// Not rows here: `WARNING: DATA RACE` begins a report (lineKinds.ts' `race start`); the closing
// `==================` and a goroutine header end it (scanner.ts `raceLine`/`endRace`, and on the
// bytes raceReportReader.ts `lineBytes`); a line no row reads is not the report's (the scanner reads
// it as other text); at the text's end, a call waiting or a section open tells the cut (cutAtEnd.ts:
// `callPending`, `callDueAfter`).

import { isWholeCallLine, mayBeWholeCallLineBytes } from './callShapes';
import { ACCESS_CUT_ENDS, ACCESS_HEADER, ACCESS_START, CREATED_AT } from './raceSectionLines';
import { asciiBytes, callOpenParen, parseLocationBytes, startsWithBytes } from './byteLineParsers';
import { callCutInArguments, parseCallLine, parseLocationLine } from './lineParsers';
import type { ByteLocation } from './byteLineParsers';
import type { FuncId } from './frameInterner';
import type { GoroutineId } from './model';

/** The states of a report's reading, in the order of `RACE_STATES`. */
export type RaceStateName = 'between' | 'header' | 'blank under header' | 'frames' | 'call' | 'held';
export const RACE_STATES: readonly RaceStateName[] = ['between', 'header', 'blank under header', 'frames', 'call', 'held'];
export const RACE_BETWEEN = RACE_STATES.indexOf('between');
export const RACE_HEADER = RACE_STATES.indexOf('header');
export const RACE_BLANK_UNDER_HEADER = RACE_STATES.indexOf('blank under header');
export const RACE_FRAMES = RACE_STATES.indexOf('frames');
export const RACE_CALL = RACE_STATES.indexOf('call');
export const RACE_HELD = RACE_STATES.indexOf('held');

/** A row's effect left the line to be read again in the state the effect leaves (a held part let go, the spacing told). */
export const READ_AGAIN = 'read again';

/** A byte match's answer that the line may be the row's but only the text path can tell: the byte path leaves it to the text path. */
export const LEAVE_TO_TEXT: unique symbol = Symbol('leave to the text path');

/** An access section's header as matched: the goroutine, its access's words lower-cased, the raced address ('' before Go 1.6). */
export interface AccessMatch {
  id: GoroutineId;
  access: string;
  address: string;
}

/** What the byte path's gate found of a non-blank line's spaces (the line is printable ASCII, without `=` or `"`). */
export interface RaceLineShape {
  /** The first space, or -1. */
  space: number;
  spaces: number;
}

/** What the rows read and do to the report (RaceReportBuilder). */
export interface RaceLineActions {
  /** The state, one of `RACE_STATES`' indexes. */
  readonly state: number;
  readonly doubleSpaced: boolean;
  /** Blank lines in a row, counted in a double-spaced report. */
  readonly blankRun: number;
  /** The open section's header's line, or -1. */
  readonly sectionStartLine: number;
  /** The blank line that closed an access section with frames, the report's last section, or -1 (`reopenAccess`). */
  readonly blankClosedAccessAt: number;
  /** The held first part of a broken access line, or null. */
  readonly heldAccessText: string | null;
  /** A scratch location for the byte path's `file:line`. */
  readonly byteLocation: ByteLocation;

  // Matches: interned names and parts, made only for a line a row reads.
  accessOfText(words: string, address: string | undefined, digits: string | undefined): AccessMatch;
  /** An access header on the bytes (raceSectionLines.ts' `parseAccessHeaderBytes`), or null. */
  accessOfBytes(bytes: Uint8Array, s: number, end: number): AccessMatch | null;
  creatorIdOfBytes(bytes: Uint8Array, s: number, end: number): GoroutineId | null;
  creatorIdOfText(digits: string): GoroutineId;
  funcOfText(text: string, s: number, end: number): FuncId;
  funcOfBytes(bytes: Uint8Array, s: number, end: number): FuncId;
  locationOfText(text: string, s: number, locationEnd: number, pathEnd: number, line: number): number;
  locationOfBytes(bytes: Uint8Array, s: number, location: ByteLocation): number;

  // Effects.
  countBlank(): void;
  closeSection(): void;
  /** A blank line on `lineNo` closes the open section (notes whether it was an access with frames). */
  closeSectionAtBlank(lineNo: number): void;
  /** Opens again the access section the blank line above closed. */
  reopenAccess(): void;
  holdBlankUnderHeader(): void;
  spacingTold(doubleSpaced: boolean): void;
  holdAccessStart(text: string, lineNo: number): void;
  /** Lets the held part go; returns the line it was on. */
  dropHeldAccess(): number;
  openAccess(access: AccessMatch, lineNo: number): void;
  openCreator(id: GoroutineId, lineNo: number): void;
  /** The open section reaches line `lineNo` without a frame (its stack not restored). */
  sectionReaches(lineNo: number): void;
  addLocation(locationId: number, lineNo: number): void;
  setCall(func: FuncId, lineNo: number): void;
}

/** One kind of a race report's line. */
export interface RaceLineRow<M = unknown> {
  readonly kind: string;
  /** A line of the kind, as printed. */
  readonly example: string;
  /** A row of blank lines reads no other line; any other row, no blank line. */
  readonly blank?: true;
  /** Per state the row reads its lines in, the state the line leaves (or READ_AGAIN). */
  readonly next: Readonly<Partial<Record<RaceStateName, RaceStateName | typeof READ_AGAIN>>>;
  /** The characters its lines end with (ASCII), when they are few: both paths ask the row only of lines ending so. */
  readonly ends?: string;
  /** Asked before the match: the row reads its lines only when this holds. */
  readonly when?: (report: RaceLineActions, lineNo: number) => boolean;
  /** The match on the trimmed line text[s, end), or null when the line is not of this kind. */
  onText(report: RaceLineActions, text: string, s: number, end: number): M | null;
  /**
   * The same match on the trimmed line bytes[s, end), which passed the byte path's gate (printable
   * ASCII without `=` or `"`, at most MAX_BYTE_LINE, its spaces in `shape`): null only where `onText`
   * says null, LEAVE_TO_TEXT where only the text can tell. Absent: every line is left to the text path.
   */
  readonly onBytes?: (report: RaceLineActions, bytes: Uint8Array, s: number, end: number, shape: RaceLineShape) => M | null | typeof LEAVE_TO_TEXT;
  /** What the line does (always taken once matched). */
  take(report: RaceLineActions, match: M, lineNo: number): void;
}

const COLON = 0x3a;
/** The last letters of ACCESS_CUT_ENDS: a line ending otherwise is not an access line's first part. */
const CUT_END_LAST = new Set(ACCESS_CUT_ENDS.map(ending => ending.charCodeAt(ending.length - 1)));
const CUT_ENDS_BYTES = ACCESS_CUT_ENDS.map(asciiBytes);
const CUT_END_LAST_BYTES = new Uint8Array(256);
for (const last of CUT_END_LAST) CUT_END_LAST_BYTES[last] = 1;

function endsWithCutEnd(bytes: Uint8Array, s: number, end: number): boolean {
  for (let i = 0; i < CUT_ENDS_BYTES.length; i++) {
    const ending = CUT_ENDS_BYTES[i];
    if (end - ending.length >= s && startsWithBytes(bytes, end - ending.length, end, ending)) return true;
  }
  return false;
}
/** The race detector prints this when a stack could not be recovered. */
const NO_STACK = '[failed to restore the stack]';
const NO_STACK_BYTES = asciiBytes(NO_STACK);

const matchAlways = (): true => true;

/** ACCESS_HEADER on `line`, as a match. */
function accessOfLine(report: RaceLineActions, line: string): AccessMatch | null {
  const access = ACCESS_HEADER.exec(line);
  return access === null ? null : report.accessOfText(access[1], access[2], access[3]);
}

/**
 * A frame's line on the bytes, a `file:line` or a call: no space but the one before a location's
 * offset, not starting with a digit (a time alone) or a bracket. The text parsers read such a line as
 * the byte parsers do; any other is the text path's.
 */
function isFrameShape(bytes: Uint8Array, s: number, shape: RaceLineShape): boolean {
  const first = bytes[s];
  return shape.spaces <= 1 && !(first >= 0x30 && first <= 0x39) && first !== 0x7b /* { */ && first !== 0x5b /* [ */;
}

/** bytes[space, end) is ` +0x` and hex digits, the offset Go prints after a frame's `file:line`. */
function isOffsetSuffix(bytes: Uint8Array, space: number, end: number): boolean {
  if (end - space < 5 || bytes[space + 1] !== 0x2b /* + */ || bytes[space + 2] !== 0x30 || bytes[space + 3] !== 0x78 /* x */) return false;
  for (let i = space + 4; i < end; i++) {
    const b = bytes[i];
    if (!((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66))) return false;
  }
  return true;
}

const BLANK_IN_DOUBLE_SPACED: RaceLineRow<true> = {
  // Every line break doubled: one blank line is the break, not the section's end.
  kind: 'a blank line of a double-spaced report',
  example: '',
  blank: true,
  next: { between: 'between', header: 'header', frames: 'frames', call: 'call', held: 'held' },
  when: report => report.doubleSpaced && report.blankRun === 0,
  onText: matchAlways,
  take: report => report.countBlank(),
};

const SECOND_BLANK_IN_DOUBLE_SPACED: RaceLineRow<true> = {
  kind: 'a second blank line in a row of a double-spaced report',
  example: '',
  blank: true,
  next: { between: 'between', header: 'between', frames: 'between', call: 'between', held: 'held' },
  when: report => report.doubleSpaced,
  onText: matchAlways,
  take(report) {
    report.countBlank();
    report.closeSection();
  },
};

const BLANK_UNDER_HEADER: RaceLineRow<true> = {
  // Held: a double-spaced paste when a call follows (the row of the state `blank under header`).
  kind: 'a blank line right under a section header',
  example: '',
  blank: true,
  next: { header: 'blank under header' },
  when: (report, lineNo) => !report.doubleSpaced && report.sectionStartLine === lineNo - 1,
  onText: matchAlways,
  onBytes: matchAlways,
  take: report => report.holdBlankUnderHeader(),
};

const BLANK: RaceLineRow<true> = {
  // A held access line's first part stays held over it.
  kind: 'a blank line',
  example: '',
  blank: true,
  next: { between: 'between', header: 'between', 'blank under header': 'blank under header', frames: 'between', call: 'between', held: 'held' },
  onText: matchAlways,
  onBytes: matchAlways,
  take: (report, _match, lineNo) => report.closeSectionAtBlank(lineNo),
};

const CALL_UNDER_BLANK_IN_ACCESS: RaceLineRow<true> = {
  // The race detector prints no blank line inside a section, nor a call without a header over it: a
  // whole call right under the blank line that closed an access's frames is more of that access (a
  // paster left frames out there, or a paste's line breaks doubled in one place).
  kind: 'a call right under a blank line that closed an access\'s frames',
  example: 'github.com/gin-gonic/gin.(*Context).Next()',
  next: { between: READ_AGAIN },
  when: (report, lineNo) => report.blankClosedAccessAt === lineNo - 1,
  onText: (_report, text, s, end) => isWholeCallLine(text, s, end) ? true : null,
  // Told apart on the bytes when the line cannot be a call: the next access's header, under the
  // blank line between two accesses (each of a report's 10^5 accesses read as text cost a string and a regex).
  onBytes: (_report, bytes, s, end) => mayBeWholeCallLineBytes(bytes, s, end) ? LEAVE_TO_TEXT : null,
  take: report => report.reopenAccess(),
};

const LINE_AFTER_BLANK_UNDER_HEADER: RaceLineRow<boolean> = {
  kind: 'the line after a blank line under a header',
  example: 'main.(*stats).record()',
  next: { 'blank under header': READ_AGAIN },
  onText: (_report, text, s, end) => isWholeCallLine(text, s, end),
  take: (report, wholeCall) => report.spacingTold(wholeCall),
};

const REST_OF_ACCESS_HEADER: RaceLineRow<AccessMatch> = {
  // `Write at 0x… by goroutine` / `25:`: the two read as one access line, at the first part's line.
  kind: 'the rest of an access line broken after its `by`',
  example: '25:',
  next: { held: 'header' },
  onText: (report, text, s, end) => accessOfLine(report, `${report.heldAccessText!} ${text.slice(s, end)}`),
  take(report, access) {
    report.openAccess(access, report.dropHeldAccess());
  },
};

const LINE_AFTER_HELD_ACCESS: RaceLineRow<true> = {
  kind: 'another line after an access line broken after its `by`',
  example: '  main.main()',
  next: { held: READ_AGAIN },
  onText: matchAlways,
  take: report => { report.dropHeldAccess(); },
};

const ACCESS_SECTION: RaceLineRow<AccessMatch> = {
  kind: 'an access section header',
  example: 'Previous write at 0x00c0000180d8 by main goroutine:',
  next: { between: 'header', header: 'header', frames: 'header', call: 'header' },
  ends: ':',
  // The regex runs on lines ending with `:` alone, not on each of a report's 10^5 frame lines.
  onText: (report, text, s, end) => text.charCodeAt(end - 1) === COLON ? accessOfLine(report, text.slice(s, end)) : null,
  onBytes: (report, bytes, s, end) => bytes[end - 1] === COLON ? report.accessOfBytes(bytes, s, end) : null,
  take: (report, access, lineNo) => report.openAccess(access, lineNo),
};

const ACCESS_CUT_AFTER_BY: RaceLineRow<string> = {
  // A terminal or a log wrapper broke the line there: held until the next line tells.
  kind: 'an access line broken after its `by`',
  example: 'Write at 0x00c0000180d8 by goroutine',
  next: { between: 'held', header: 'held', frames: 'held', call: 'held' },
  ends: String.fromCharCode(...CUT_END_LAST),
  onText(_report, text, s, end) {
    if (!CUT_END_LAST.has(text.charCodeAt(end - 1))) return null;
    const line = text.slice(s, end);
    return ACCESS_CUT_ENDS.some(ending => line.endsWith(ending)) && ACCESS_START.test(line) ? line : null;
  },
  onBytes: (_report, bytes, s, end) => CUT_END_LAST_BYTES[bytes[end - 1]] === 1 && endsWithCutEnd(bytes, s, end) ? LEAVE_TO_TEXT : null,
  take: (report, line, lineNo) => report.holdAccessStart(line, lineNo),
};

const CREATOR_SECTION: RaceLineRow<GoroutineId> = {
  kind: 'a creator section header',
  example: 'Goroutine 6 (running) created at:',
  next: { between: 'header', header: 'header', frames: 'header', call: 'header' },
  ends: ':',
  onText(report, text, s, end) {
    if (text.charCodeAt(end - 1) !== COLON) return null;
    const created = CREATED_AT.exec(text.slice(s, end));
    return created === null ? null : report.creatorIdOfText(created[1]);
  },
  onBytes: (report, bytes, s, end) => bytes[end - 1] === COLON ? report.creatorIdOfBytes(bytes, s, end) : null,
  take: (report, id, lineNo) => report.openCreator(id, lineNo),
};

const STACK_NOT_RESTORED: RaceLineRow<true> = {
  // The section ends there, without frames (a call waiting stays waiting).
  kind: 'a stack not restored',
  example: NO_STACK,
  next: { header: 'frames', frames: 'frames', call: 'call' },
  ends: ']',
  onText: (_report, text, s, end) => end - s === NO_STACK.length && text.startsWith(NO_STACK, s) ? true : null,
  onBytes: (_report, bytes, s, end) => end - s === NO_STACK_BYTES.length && startsWithBytes(bytes, s, end, NO_STACK_BYTES) ? true : null,
  take: (report, _match, lineNo) => report.sectionReaches(lineNo),
};

const LOCATION: RaceLineRow<number> = {
  kind: 'a frame\'s `file:line`',
  example: '/src/app/main.go:18 +0x4c',
  next: { call: 'frames' },
  onText(report, text, s, end) {
    const location = parseLocationLine(text, s, end);
    return location === null ? null : report.locationOfText(text, s, location.locationEnd, location.pathEnd, location.line);
  },
  onBytes(report, bytes, s, end, shape) {
    if (!isFrameShape(bytes, s, shape)) return LEAVE_TO_TEXT;
    const location = report.byteLocation;
    if (!parseLocationBytes(bytes, s, end, location)) return null;
    // Only `file:line` or `file:line +0x…`: other suffixes and paths with spaces are the text parser's.
    const space = shape.space;
    if (space >= 0 ? space !== location.locationEnd || !isOffsetSuffix(bytes, space, end) : location.locationEnd !== end) return LEAVE_TO_TEXT;
    return report.locationOfBytes(bytes, s, location);
  },
  take: (report, locationId, lineNo) => report.addLocation(locationId, lineNo),
};

const CALL: RaceLineRow<FuncId> = {
  // A call whose closing `)` a logger cut (`pkg.init.0(`) is still the frame over the next `file:line`.
  kind: 'a call',
  example: 'main.(*stats).record()',
  next: { header: 'call', frames: 'call', call: 'call' },
  onText(report, text, s, end) {
    const funcEnd = parseCallLine(text, s, end)?.funcEnd ?? callCutInArguments(text, s, end);
    return funcEnd < 0 ? null : report.funcOfText(text, s, funcEnd);
  },
  onBytes(report, bytes, s, end, shape) {
    if (!isFrameShape(bytes, s, shape)) return LEAVE_TO_TEXT;
    // A call line holds no space; a call cut in its arguments is the text path's.
    const open = shape.space < 0 && bytes[end - 1] === 0x29 /* ) */ ? callOpenParen(bytes, s, end) : -1;
    if (open >= 0) return report.funcOfBytes(bytes, s, open);
    // Both text matches open the arguments with a `(` past the line's first character: without one the line is no call.
    for (let i = s + 1; i < end; i++) if (bytes[i] === 0x28 /* ( */) return LEAVE_TO_TEXT;
    return null;
  },
  take: (report, func, lineNo) => report.setCall(func, lineNo),
};

/** The rows, tried in this order in each state that reads them. */
export const RACE_LINE_ROWS: readonly RaceLineRow[] = [
  BLANK_IN_DOUBLE_SPACED, SECOND_BLANK_IN_DOUBLE_SPACED, BLANK_UNDER_HEADER, BLANK,
  LINE_AFTER_BLANK_UNDER_HEADER, REST_OF_ACCESS_HEADER, LINE_AFTER_HELD_ACCESS, CALL_UNDER_BLANK_IN_ACCESS,
  ACCESS_SECTION, ACCESS_CUT_AFTER_BY, CREATOR_SECTION, STACK_NOT_RESTORED, LOCATION, CALL,
] as readonly RaceLineRow[];

type When = NonNullable<RaceLineRow['when']>;
type OnBytes = NonNullable<RaceLineRow['onBytes']>;

/**
 * Per state and blankness (`state * 2 + 1` for a blank line), the rows that read such lines there, in
 * order, and their parts as arrays of their own: the rows differ in shape (a `when`, an `onBytes` or
 * not), and reading their fields on each line would be a lookup of many shapes per row.
 */
interface RowIndex {
  /** Per row, 1 for each character code its lines may end with below 128, or null for any. */
  readonly ends: (readonly (Uint8Array | null)[])[];
  readonly whens: (readonly (When | null)[])[];
  readonly onTexts: (readonly RaceLineRow['onText'][])[];
  readonly onBytes: (readonly (OnBytes | null)[])[];
  readonly takes: (readonly RaceLineRow['take'][])[];
  /** Whether each row leaves the line to be read again. */
  readonly readAgain: (readonly boolean[])[];
}

let rowIndex: RowIndex | null = null;

function endsMask(ends: string): Uint8Array {
  const mask = new Uint8Array(128);
  for (let i = 0; i < ends.length; i++) mask[ends.charCodeAt(i)] = 1;
  return mask;
}

/** Built on the first read, so that a row added before the first scan is in it. */
function indexOfRows(): RowIndex {
  if (rowIndex !== null) return rowIndex;
  const index: { [K in keyof RowIndex]: unknown[][] } = { ends: [], whens: [], onTexts: [], onBytes: [], takes: [], readAgain: [] };
  RACE_STATES.forEach((state, i) => {
    for (const blank of [false, true]) {
      const rows = RACE_LINE_ROWS.filter(row => row.next[state] !== undefined && (row.blank === true) === blank);
      const slot = i * 2 + (blank ? 1 : 0);
      index.ends[slot] = rows.map(row => row.ends === undefined ? null : endsMask(row.ends));
      index.whens[slot] = rows.map(row => row.when ?? null);
      index.onTexts[slot] = rows.map(row => row.onText);
      index.onBytes[slot] = rows.map(row => row.onBytes ?? null);
      index.takes[slot] = rows.map(row => row.take.bind(row));
      index.readAgain[slot] = rows.map(row => row.next[state] === READ_AGAIN);
    }
  });
  return rowIndex = index as unknown as RowIndex;
}

/**
 * The text path: the trimmed line text[s, end) read by the first row of the report's state that
 * matches it (read again in the state its effect leaves when the row says so). False when no row
 * reads it: the line is not the report's.
 */
export function readRaceLineText(report: RaceLineActions, text: string, s: number, end: number, lineNo: number): boolean {
  const index = indexOfRows();
  const blank = s === end ? 1 : 0;
  for (;;) {
    const state = report.state;
    const slot = state * 2 + blank;
    const ends = index.ends[slot];
    const whens = index.whens[slot];
    const onTexts = index.onTexts[slot];
    const takes = index.takes[slot];
    const last = end > s ? text.charCodeAt(end - 1) : 0;
    let taken = -1;
    for (let i = 0; i < onTexts.length; i++) {
      const endsOfRow = ends[i];
      if (endsOfRow !== null && (last >= 128 || endsOfRow[last] !== 1)) continue;
      const when = whens[i];
      if (when !== null && !when(report, lineNo)) continue;
      const match = onTexts[i](report, text, s, end);
      if (match === null) continue;
      takes[i](report, match, lineNo);
      taken = i;
      break;
    }
    if (taken < 0) return false;
    if (!index.readAgain[slot][taken]) return true;
  }
}

/** Lines longer than this are read as text: names are cut in characters there (MAX_FUNC_NAME_CHARS), in bytes on the bytes. */
const MAX_BYTE_LINE = 4096;
const SPACE = 0x20;
const shape: RaceLineShape = { space: -1, spaces: 0 };

/**
 * The byte path: the trimmed line bytes[s, end) read by the first row of the report's state whose
 * match on the bytes takes it, as `readRaceLineText` would. False, having changed nothing, for a line
 * no row takes on the bytes, one a row leaves to the text path, and one of a row without a match on
 * the bytes: the text path then reads it and decides.
 */
export function readRaceLineBytes(report: RaceLineActions, bytes: Uint8Array, s: number, end: number, lineNo: number): boolean {
  if (end - s > MAX_BYTE_LINE) return false;
  const blank = s === end ? 1 : 0;
  if (blank === 0) {
    // Lines as Go prints them: printable ASCII without `=` or `"` (what a log record's line holds, which the scanner reads otherwise).
    let space = -1;
    let spaces = 0;
    for (let i = s; i < end; i++) {
      const b = bytes[i];
      if (b === SPACE) { if (spaces++ === 0) space = i; } else if (b < SPACE || b > 0x7e || b === 0x3d /* = */ || b === 0x22 /* " */) return false;
    }
    shape.space = space;
    shape.spaces = spaces;
  }
  const index = indexOfRows();
  const state = report.state;
  const slot = state * 2 + blank;
  const ends = index.ends[slot];
  const whens = index.whens[slot];
  const onBytes = index.onBytes[slot];
  const readAgain = index.readAgain[slot];
  const last = end > s ? bytes[end - 1] : 0;
  for (let i = 0; i < whens.length; i++) {
    const endsOfRow = ends[i];
    if (endsOfRow !== null && (last >= 128 || endsOfRow[last] !== 1)) continue;
    const when = whens[i];
    if (when !== null && !when(report, lineNo)) continue;
    // A row read on the text alone, and one that leaves the text path its lines, hand the line over; so does
    // a row that matches and reads the line again (one that does not match passes it on, as on the text).
    const onBytesOfRow = onBytes[i];
    if (onBytesOfRow === null) return false;
    const match = onBytesOfRow(report, bytes, s, end, shape);
    if (match === null) continue;
    if (match === LEAVE_TO_TEXT || readAgain[i]) return false;
    index.takes[slot][i](report, match, lineNo);
    return true;
  }
  return false;
}
