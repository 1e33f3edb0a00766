// The kinds of line inside a stack that are neither a call nor its `file:line` (`created by`, an
// elision marker, an ancestor section's header, a goroutine whose stack is unavailable), in one
// table read by both of the scanner's readers: each row says what its lines start with, its match
// on the bytes and on the text, what the line does to the scan (through `StackLineActions`) and its
// end-of-dump check. The byte path (scanner.ts `plainLine`, through lineMeanings.ts, which
// remembers a row's match per repeated line text as it does a call's) and the text path (scanner.ts
// `stackLine`) both find a line's row here, so the two agree by construction: a row without a match
// on the bytes has its lines handed to the text path. A new kind of stack line is one row here
// (docs/architecture.md lists the steps); lineKinds.ts holds the kinds of line outside a stack.
import type { FuncId } from './frameInterner';
import type { GoroutineId } from './model';
import { goroutineIdInBytes } from './goroutineIds';
import { asciiBytes, endsWithBytes, lastIndexOfBytes, readDecimalBytes, startsWithBytes } from './byteLineParsers';
import { CREATED_BY, creatorWordsCutAt, ELIDED_OPEN, isElidedMarker, parseAncestorLine, parseCreatedByLine } from './lineParsers';

/** What a row's effect may do to the scan: the scanner's operations on the stack being read, nothing else. */
export interface StackLineActions {
  /** The number of the line being read. */
  readonly lineNo: number;
  /** Nothing waits for a `file:line`, and the stack being read, a goroutine's or an ancestor section's, has its `created by` already. */
  extraCreatorDue(): boolean;
  /** Whether the stack being read is a goroutine's whose `created by` was read (the text path tells what a line after it is). */
  creatorOfGoroutineRead(): boolean;
  /** A `created by` past the stack's own: passed over, unparsed (extraCreators.ts). */
  passExtraCreator(): void;
  /** The line is a call (or `created by`) whose `file:line` is due next (pendingCall.ts). */
  setCall(func: FuncId, args: string, bare: boolean, createdBy: boolean, creatorGoroutine: GoroutineId | null): void;
  /** The stack being read (a goroutine's or one without its header) had frames Go did not print. */
  markFramesElided(): void;
  /** `[originating from goroutine N]:`: an ancestor's stack follows; false outside a goroutine. */
  beginAncestor(id: GoroutineId): boolean;
  /** The goroutine's stack was not printed (it ran on another thread). */
  markStackUnavailable(): void;
  /** The stack being read reaches this line. */
  touch(): void;
  /** A row's `cutInside` read the line as cut inside, should the text end with it (cutAtEnd.ts). */
  cutInside(): void;
}

/** How a row's match finds a function's name on the bytes without making a string (lineMeanings.ts). */
export interface ByteNames {
  func(bytes: Uint8Array, start: number, end: number): FuncId;
}

/** How a row's match finds a function's name on the text (frameInterner.ts). */
export interface TextNames {
  func(name: string): FuncId;
}

/** One kind of stack line: how each reader recognises it and what it does. */
export interface StackLineKindRow<M = unknown> {
  readonly kind: string;
  /** A line of the kind, as printed (the tests read every row's, whole and cut). */
  readonly example: string;
  /**
   * ASCII every line of the kind starts with (trimmed). Both readers try the row on such lines only,
   * before a call's parse, and the byte path's gates (`mayBeStackKindLine`) let them through.
   */
  readonly starts: string;
  /** ASCII every line of the kind ends with (trimmed), if any: the gates read it too. */
  readonly ends?: string;
  /**
   * The match on the bytes: its meaning, or null when the line is none of this kind. It must depend
   * on the line's bytes alone (lineMeanings.ts remembers it per line text and hands the same object
   * back). Absent: the byte path hands the kind's lines to the text path.
   */
  readonly onBytes?: (bytes: Uint8Array, s: number, end: number, names: ByteNames) => M | null;
  /** The match on the text, which must say what `onBytes` says of the same line. */
  onText(text: string, s: number, end: number, names: TextNames): M | null;
  /**
   * When the byte path may take the line itself; false hands it to the text path, which reads what
   * the byte path's plain state does not know. Absent: always, once nothing waits for a `file:line`.
   */
  readonly onBytesWhen?: (scan: StackLineActions) => boolean;
  /** What the line does; false when, in this state, it is no line of the stack (then read as other text). */
  take(scan: StackLineActions, match: M): boolean;
  /**
   * The kind's end-of-dump check: whether the line, should the text end with it, was cut inside, and
   * the stack being read with it (noted, as a line-kind row's, in `TruncationTracker.lineKindCutAt`,
   * which cutAtEnd.ts reads when nothing waits for a `file:line` after the line). Asked on the text:
   * the byte path hands such a row's unterminated last line to the text path. A row without it says nothing of a cut.
   */
  readonly cutInside?: (text: string, s: number, end: number) => boolean;
}

/** What a `created by` line names: the creator's function and, since Go 1.21, its goroutine. */
interface Creator {
  readonly func: FuncId;
  readonly creatorGoroutine: GoroutineId | null;
}

const IN_GOROUTINE = asciiBytes(' in goroutine ');

/** The number `creatorOnBytes` reads, one record for all (read at once). */
const creatorNumber = { value: 0, end: 0 };

/** `created by F` or `created by F in goroutine N` on the bytes (the text's twin is lineParsers.ts' `parseCreatedByLine`). */
function creatorOnBytes(bytes: Uint8Array, s: number, end: number, names: ByteNames): Creator {
  let funcEnd = end;
  let creatorGoroutine: GoroutineId | null = null;
  const inGoroutine = lastIndexOfBytes(bytes, IN_GOROUTINE, s, end);
  const number = creatorNumber;
  if (inGoroutine > s + CREATED_BY.length && readDecimalBytes(bytes, inGoroutine + IN_GOROUTINE.length, end, number) && number.end === end) {
    funcEnd = inGoroutine;
    creatorGoroutine = goroutineIdInBytes(bytes, inGoroutine + IN_GOROUTINE.length, end, number.value);
  } else funcEnd = creatorWordsCutAt(i => bytes[i], s + CREATED_BY.length, end);
  return { func: names.func(bytes, s + CREATED_BY.length, funcEnd), creatorGoroutine };
}

const CREATED_BY_ROW: StackLineKindRow<Creator> = {
  kind: 'created by',
  example: 'created by main.main in goroutine 1',
  starts: CREATED_BY,
  onBytes: creatorOnBytes,
  onText(text, s, end, names) {
    const line = parseCreatedByLine(text, s, end);
    return line === null ? null : { func: names.func(text.slice(s + CREATED_BY.length, line.funcEnd)), creatorGoroutine: line.creatorGoroutine };
  },
  // A `created by` after the goroutine's own, not passed over as an extra one: the text path tells what it is.
  onBytesWhen: scan => scan.extraCreatorDue() || !scan.creatorOfGoroutineRead(),
  take(scan, creator) {
    if (scan.extraCreatorDue()) scan.passExtraCreator();
    else scan.setCall(creator.func, '', false, true, creator.creatorGoroutine);
    scan.touch();
    return true;
  },
};

/** The rows, tried in this order on a line that starts as more than one does. */
export const STACK_LINE_KINDS: readonly StackLineKindRow[] = [
  CREATED_BY_ROW as StackLineKindRow,
  {
    kind: 'frames elided',
    example: '...additional frames elided...',
    starts: ELIDED_OPEN,
    onText: (text, s, end) => isElidedMarker(text, s, end) ? true : null,
    take(scan) {
      scan.markFramesElided();
      scan.touch();
      return true;
    },
  },
  {
    kind: 'ancestor section',
    example: '[originating from goroutine 7]:',
    starts: '[originating from goroutine ',
    onText: (text, s, end) => parseAncestorLine(text, s, end),
    take(scan, id) {
      if (!scan.beginAncestor(id as GoroutineId)) return false;
      scan.touch();
      return true;
    },
  },
  {
    kind: 'stack unavailable',
    example: 'goroutine running on other thread; stack unavailable',
    starts: 'goroutine ',
    ends: 'stack unavailable',
    onText: () => true,
    take(scan) {
      scan.markStackUnavailable();
      scan.touch();
      return true;
    },
  },
];

/** The row a match on the bytes names, or this: a row's line the text path reads. */
export const STACK_KIND_AS_TEXT = -2;
/** No row's line. */
export const NO_STACK_KIND = -1;

/** The rows by how their lines start and end, for both readers. */
interface RowIndex {
  /** Per first byte, the rows whose lines start with it, by index in STACK_LINE_KINDS. */
  readonly byFirstByte: readonly (readonly number[])[];
  /** Per first byte: 1 when some row's lines start with it (one load for most lines of a dump). */
  readonly firstByte: Uint8Array;
  readonly starts: readonly Uint8Array[];
  readonly ends: readonly (Uint8Array | null)[];
}

// Made on the first read rather than when the module loads, so every row the table holds by then
// is indexed, a row a test adds to it too (test/unit/goroutines/madeUpRows.ts).
let rowIndex: RowIndex | null = null;

function indexRows(): RowIndex {
  const byFirstByte: number[][] = Array.from({ length: 128 }, () => []);
  const firstByte = new Uint8Array(256);
  STACK_LINE_KINDS.forEach((row, index) => {
    byFirstByte[row.starts.charCodeAt(0)].push(index);
    firstByte[row.starts.charCodeAt(0)] = 1;
  });
  rowIndex = {
    byFirstByte,
    firstByte,
    starts: STACK_LINE_KINDS.map(row => asciiBytes(row.starts)),
    ends: STACK_LINE_KINDS.map(row => row.ends === undefined ? null : asciiBytes(row.ends)),
  };
  return rowIndex;
}

/** Whether the trimmed line bytes[s, end) starts and ends as row `index`'s lines do. */
function shapedAsRow(rows: RowIndex, index: number, bytes: Uint8Array, s: number, end: number): boolean {
  const ends = rows.ends[index];
  return startsWithBytes(bytes, s, end, rows.starts[index]) && (ends === null || endsWithBytes(bytes, s, end, ends));
}

/**
 * The row of the trimmed line bytes[s, end) on the bytes, its match put in `found.stackKindMatch`: the row's
 * index, STACK_KIND_AS_TEXT for a line of a row without a match on the bytes, or NO_STACK_KIND.
 */
export function stackKindOnBytes(bytes: Uint8Array, s: number, end: number, names: ByteNames, found: { stackKindMatch: unknown }): number {
  const index = rowIndex ?? indexRows();
  const first = bytes[s];
  if (index.firstByte[first] === 0) return NO_STACK_KIND;
  const rows = index.byFirstByte[first];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!shapedAsRow(index, row, bytes, s, end)) continue;
    const onBytes = STACK_LINE_KINDS[row].onBytes;
    if (onBytes === undefined) return STACK_KIND_AS_TEXT;
    const match = onBytes(bytes, s, end, names);
    if (match === null) continue;
    found.stackKindMatch = match;
    return row;
  }
  return NO_STACK_KIND;
}

/** Whether the trimmed line bytes[s, end) starts as a row's lines do (the byte path's gates let it through). */
export function mayBeStackKindLine(bytes: Uint8Array, s: number, end: number): boolean {
  const index = rowIndex ?? indexRows();
  const first = bytes[s];
  if (index.firstByte[first] === 0) return false;
  const rows = index.byFirstByte[first];
  for (let i = 0; i < rows.length; i++) if (shapedAsRow(index, rows[i], bytes, s, end)) return true;
  return false;
}

/**
 * The byte path's take of a line whose row `stackKindOnBytes` found (nothing waits for a
 * `file:line`): true when the row took it; false, having changed nothing, for the text path to read it.
 */
export function takeStackKindBytes(scan: StackLineActions, index: number, match: unknown, terminated: boolean): boolean {
  const row = STACK_LINE_KINDS[index];
  if (row.onBytesWhen !== undefined && !row.onBytesWhen(scan)) return false;
  // The text's last line, unterminated, of a kind that may be cut inside: its check reads the text.
  if (row.cutInside !== undefined && !terminated) return false;
  return row.take(scan, match);
}

/** The match `stackKindOnText` found, one record for all (read at once). */
const textMatch: { match: unknown } = { match: null };

/** The row of the trimmed line text[s, end) on the text, its match put in `found.match`: the row's index, or NO_STACK_KIND. */
function stackKindOnText(text: string, s: number, end: number, names: TextNames, found: { match: unknown }): number {
  const index = rowIndex ?? indexRows();
  const first = text.charCodeAt(s);
  if (first >= 128 || index.firstByte[first] === 0) return NO_STACK_KIND;
  const rows = index.byFirstByte[first];
  for (let i = 0; i < rows.length; i++) {
    const row = STACK_LINE_KINDS[rows[i]];
    if (!text.startsWith(row.starts, s) || (row.ends !== undefined && !text.endsWith(row.ends, end))) continue;
    const match = row.onText(text, s, end, names);
    if (match === null) continue;
    found.match = match;
    return rows[i];
  }
  return NO_STACK_KIND;
}

/**
 * The text path's read of the trimmed line text[s, end) through the rows: true when a row took it,
 * false when a row's line was none of the stack's in this state, null when it is no row's line.
 */
export function takeStackKindText(scan: StackLineActions, names: TextNames, text: string, s: number, end: number): boolean | null {
  const index = stackKindOnText(text, s, end, names, textMatch);
  if (index === NO_STACK_KIND) return null;
  const row = STACK_LINE_KINDS[index];
  const taken = row.take(scan, textMatch.match);
  if (taken && row.cutInside !== undefined && row.cutInside(text, s, end)) scan.cutInside();
  return taken;
}

/** Names for a match only asked whether it holds: every function the same. */
const UNNAMED: TextNames = { func: () => 0 };

/** Whether the trimmed line text[s, end) is a line of any row (a test of its shape: what it does depends on the state). */
export function isStackKindLine(text: string, s: number, end: number): boolean {
  return stackKindOnText(text, s, end, UNNAMED, textMatch) !== NO_STACK_KIND;
}
