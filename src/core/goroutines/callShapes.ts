// The variants of a frame's call line, in one table: each row its match on the text, its match on
// the bytes when the byte path reads it, and what the line does to the scan (a call whose
// `file:line` is due next, through `CallLineActions`). The text path (scanner.ts `stackLine`) tries
// the rows in order after stackLineKinds.ts' rows; the byte path (lineMeanings.ts, which remembers a
// line's match per line text) asks `callOpenParenOnBytes`, which reads the rows that have a match on
// the bytes. A new variant of a call line is one row here (docs/architecture.md lists the steps).
import type { FuncId } from './frameInterner';
import type { GoroutineId } from './model';
import { callOpenParen } from './byteLineParsers';
import { parseCallBesideLocation } from './locationBesideCall';
import { isLowerHexCode } from './charCodes';
import { NAMELESS_FRAME } from './gccgoFrames';
import { callCutInArguments, isBareFunctionName, parseCallLine, parseLocationLine, type LocationLine } from './lineParsers';
import { LOCATION_ENDS } from './locationEnds';

/** What a call row's effect may do to the scan: the scanner's operations on the stack being read. */
export interface CallLineActions {
  /** The function named text[start, end). */
  funcOf(text: string, start: number, end: number): FuncId;
  /** The function of this name. */
  funcNamed(name: string): FuncId;
  /** An indented line of a goroutine whose `created by` is not read, right under its header or under the last frame's whole `file:line`. */
  frameWithoutCallMayStart(): boolean;
  /** The line is a frame's whole `file:line` (a frame without its call may follow it). */
  noteWholeLocation(): void;
  /**
   * A flush-left line of a goroutine whose `created by` is not read, right under a nameless frame's
   * whole `file:line` (LOCATION_WITHOUT_CALL) that reads as the trimmed text[s, end): the same line printed twice.
   */
  repeatsNamelessLocation(text: string, s: number, end: number): boolean;
  /** Whether a call of `func` keeps its arguments' text (asked for, or its wait is told by them). */
  keepsArgsOf(func: FuncId): boolean;
  /** The line is a call whose `file:line` is due next (pendingCall.ts). */
  setCall(func: FuncId, args: string, bare: boolean, createdBy: boolean, creatorGoroutine: GoroutineId | null): void;
  /** The call just set is inlined, `f(...)`: Go prints its `file:line` without an offset. */
  noteCallInlined(inlined: boolean): void;
  /** The call just set had its arguments cut by the line's end (its `file:line` may follow, or a wrap's rest); `inNumber`: inside a hex number. */
  noteCallCutInArguments(inNumber: boolean): void;
  /** The call just set has its `file:line` at text[s, end) on the same line. */
  completePending(text: string, s: number, end: number, location: LocationLine): void;
  /** The stack being read reaches this line. */
  touch(): void;
}

/** One variant of a call line. */
export interface CallShapeRow<M = unknown> {
  readonly kind: string;
  /** A line of the variant, as printed (the tests read every row's). */
  readonly example: string;
  /** The match on the trimmed line text[s, end), or null when it is none of this variant. */
  onText(text: string, s: number, end: number): M | null;
  /**
   * The match on the bytes: the index of the `(` that opens the arguments, or -1. Only a variant whose
   * effect is the plain call's may have one (the byte path sets the call with the remembered function
   * and arguments, scanner.ts `plainLine`); absent, the byte path leaves the variant's lines to the text path.
   */
  readonly onBytes?: (bytes: Uint8Array, s: number, end: number) => number;
  /**
   * Whether the variant is a whole call, its arguments closed: the readers of call lines outside the
   * stack states (the prefix learner, line spacing, a doubtful header, wrapped and glued lines, log
   * records, a race report's spacing) take its lines as a frame's call (`isWholeCallLine`).
   */
  readonly wholeCall: boolean;
  /** The states in which the row takes its lines (the line, trimmed, text[s, end)), asked before its match; absent: any. */
  readonly when?: (scan: CallLineActions, text: string, s: number, end: number) => boolean;
  /** What the line does (always taken once matched). */
  take(scan: CallLineActions, text: string, s: number, end: number, match: M): void;
}

/** The arguments' text of a call whose function's arguments are kept, else ''. */
function argsOf(scan: CallLineActions, func: FuncId, text: string, start: number, end: number): string {
  return scan.keepsArgsOf(func) ? text.slice(start, end) : '';
}

const CALL: CallShapeRow<NonNullable<ReturnType<typeof parseCallLine>>> = {
  kind: 'call',
  example: 'main.(*server).serve(0xc000010000, {0x5d3b20, 0xc00001c0a0}, ...)',
  onText: parseCallLine,
  onBytes: callOpenParen,
  wholeCall: true,
  take(scan, text, s, end, call) {
    scan.noteCallInlined(text.endsWith('(...)', end));
    const func = scan.funcOf(text, s, call.funcEnd);
    scan.setCall(func, argsOf(scan, func, text, call.argsStart, call.argsEnd), false, false, null);
    scan.touch();
  },
};

const CALL_BESIDE_LOCATION: CallShapeRow<NonNullable<ReturnType<typeof parseCallBesideLocation>>> = {
  // Its `file:line` on the same line after white space: the line break between them lost.
  kind: 'call beside its file:line',
  example: 'runtime.throw(0x175d0cb, 0x5)   /usr/local/go/src/runtime/panic.go:617 +0x72',
  onText: parseCallBesideLocation,
  wholeCall: false,
  take(scan, text, s, end, beside) {
    const func = scan.funcOf(text, s, beside.call.funcEnd);
    scan.setCall(func, argsOf(scan, func, text, beside.call.argsStart, beside.call.argsEnd), false, false, null);
    scan.completePending(text, beside.locationStart, end, beside.location);
  },
};

const CALL_CUT_IN_ARGUMENTS: CallShapeRow<number> = {
  // The line's end cut it in its arguments (journalctl cuts long lines): its function is whole, its `file:line` may follow.
  kind: 'call cut in its arguments',
  example: 'main.(*T).F(0xc0001304e0, {0xc',
  onText: (text, s, end) => {
    const open = callCutInArguments(text, s, end);
    return open > 0 ? open : null;
  },
  wholeCall: false,
  take(scan, text, s, end, open) {
    scan.setCall(scan.funcOf(text, s, open), '', false, false, null);
    scan.noteCallCutInArguments(endsInHexNumber(text, open, end));
    scan.touch();
  },
};

/**
 * text[s, end) ends inside a hex number (`0`, `0x`, `0x` and some digits: Go prints every argument
 * word so): a wrap there may have cut the number itself.
 */
function endsInHexNumber(text: string, s: number, end: number): boolean {
  let i = end;
  while (i > s && isHexDigitCode(text.charCodeAt(i - 1))) i--;
  if (i - s >= 2 && text.charCodeAt(i - 1) === 0x78 /* x */ && text.charCodeAt(i - 2) === 0x30 /* 0 */) return true;
  // A lone `0` after the `(` or a separator: the number's first digit.
  return end - i === 1 && text.charCodeAt(i) === 0x30 && (i === s + 1 || ' ({'.includes(text[i - 1]));
}

function isHexDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);
}

const BARE_NAME: CallShapeRow<true> = {
  // gccgo prints a function without its arguments.
  kind: 'bare function name',
  example: 'main.main',
  onText: (text, s, end) => isBareFunctionName(text, s, end) ? true : null,
  wholeCall: false,
  take(scan, text, s, end) {
    scan.setCall(scan.funcOf(text, s, end), '', true, false, null);
  },
};

/** Go's own offset after a `file:line`: locationEnds.ts' first row's mark, ` +0x`. */
const GO_OFFSET = LOCATION_ENDS[0].mark;

const LOCATION_WITHOUT_CALL: CallShapeRow<LocationLine> = {
  // A filter dropped the call lines it matched and left their locations (goconvey's reports drop its
  // own frames' calls): an indented `file:line` with Go's offset and no call above it, the frame nameless.
  // Such a report pasted with each location twice, indented then flush left (goconvey's Go 1.2 ones):
  // the copy is no frame of its own, and the nameless frames go on under it.
  kind: 'file:line without its call',
  example: '/app/main.go:12 +0x1d',
  onText(text, s, end) {
    const location = parseLocationLine(text, s, end);
    return location !== null && text.startsWith(GO_OFFSET, location.locationEnd) && isLowerHexCode(text.charCodeAt(end - 1)) ? location : null;
  },
  wholeCall: false,
  when: (scan, text, s, end) => scan.frameWithoutCallMayStart() || scan.repeatsNamelessLocation(text, s, end),
  take(scan, text, s, end, location) {
    if (scan.repeatsNamelessLocation(text, s, end)) { scan.noteWholeLocation(); scan.touch(); return; }
    scan.setCall(scan.funcNamed(NAMELESS_FRAME), '', false, false, null);
    scan.completePending(text, s, end, location);
    scan.noteWholeLocation();
  },
};

/** The rows, tried in this order. */
export const CALL_SHAPES: readonly CallShapeRow[] = [CALL, CALL_BESIDE_LOCATION, CALL_CUT_IN_ARGUMENTS, BARE_NAME, LOCATION_WITHOUT_CALL] as readonly CallShapeRow[];

/** The rows' matches on the bytes, in the rows' order (read as an array on a line first seen). */
const ON_BYTES = CALL_SHAPES.flatMap(row => row.onBytes === undefined ? [] : [row.onBytes]);

/** The `(` that opens a call's arguments on the bytes, by the first row whose match on the bytes finds one, or -1. */
export function callOpenParenOnBytes(bytes: Uint8Array, s: number, end: number): number {
  for (let i = 0; i < ON_BYTES.length; i++) {
    const open = ON_BYTES[i](bytes, s, end);
    if (open >= 0) return open;
  }
  return -1;
}

/**
 * Whether the trimmed line text[s, end) is a whole call of any row's variant (`wholeCall`): the one
 * test of the readers outside the stack states, so a new whole-call row reaches them too.
 */
export function isWholeCallLine(text: string, s: number, end: number): boolean {
  for (let i = 0; i < CALL_SHAPES.length; i++) {
    const row = CALL_SHAPES[i];
    if (row.wholeCall && row.onText(text, s, end) !== null) return true;
  }
  return false;
}

/**
 * False when the trimmed line bytes[s, end) cannot be a whole call (`isWholeCallLine`): every whole
 * call's arguments close with the line's last byte, `)`. True leaves the line to `isWholeCallLine`.
 */
export function mayBeWholeCallLineBytes(bytes: Uint8Array, s: number, end: number): boolean {
  return end > s && bytes[end - 1] === 0x29 /* ) */;
}

/** The text path's read of the trimmed line text[s, end) through the rows: true when a row took it, false when none. */
export function takeCallShapeText(scan: CallLineActions, text: string, s: number, end: number): boolean {
  for (let i = 0; i < CALL_SHAPES.length; i++) {
    const row = CALL_SHAPES[i];
    if (row.when !== undefined && !row.when(scan, text, s, end)) continue;
    const match = row.onText(text, s, end);
    if (match === null) continue;
    row.take(scan, text, s, end, match);
    return true;
  }
  return false;
}
