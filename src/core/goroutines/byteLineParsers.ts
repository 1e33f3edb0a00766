// Byte-level versions of the parsers for the four lines that make up almost all of a dump: the
// goroutine header, the call line, its `file:line +0x…` line and `created by`. They read UTF-8
// bytes[start, end) in place and accept only the plain forms; whatever they decline goes to the
// string parsers of lineParsers.ts, which decide exactly as before (so results never depend on
// which path read a line).
import { HEADER_GAPS, HEADER_TAILS } from './headerShapes';
import { LOCATION_ENDS } from './locationEnds';

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const COLON = 0x3a;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const DOT = 0x2e;
const SLASH = 0x2f;

export function isBlankByte(b: number): boolean {
  return b === SPACE || b === TAB || b === CR;
}

function isDigitByte(b: number): boolean {
  return b >= DIGIT_0 && b <= DIGIT_9;
}

function isLowerHexByte(b: number): boolean {
  return isDigitByte(b) || (b >= 0x61 && b <= 0x66);
}

/** `:line  0x1b5` at the end: a `file:line` whose offset lost its `+` (a text decoded as a URL's query turns it into a space). */
function endsInOffsetWithoutPlus(bytes: Uint8Array, s: number, end: number): boolean {
  let i = end;
  while (i > s && isLowerHexByte(bytes[i - 1])) i--;
  if (i === end || i - 2 < s || bytes[i - 1] !== 0x78 /* x */ || bytes[i - 2] !== DIGIT_0) return false;
  const spacesEnd = i - 2;
  let line = spacesEnd;
  while (line > s && bytes[line - 1] === SPACE) line--;
  if (line === spacesEnd) return false;
  const lineEnd = line;
  while (line > s && isDigitByte(bytes[line - 1])) line--;
  return line < lineEnd && line > s && bytes[line - 1] === COLON;
}

export function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, c => c.charCodeAt(0));
}

export function startsWithBytes(bytes: Uint8Array, pos: number, end: number, prefix: Uint8Array): boolean {
  if (end - pos < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[pos + i] !== prefix[i]) return false;
  return true;
}

/** First index of `needle` in bytes[from, end), or -1. */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number, end: number): number {
  const first = needle[0];
  const last = end - needle.length;
  for (let i = from; i <= last; i++) {
    if (bytes[i] === first && startsWithBytes(bytes, i, end, needle)) return i;
  }
  return -1;
}

/** Last index of `needle` in bytes[start, end), or -1. */
export function lastIndexOfBytes(bytes: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const first = needle[0];
  for (let i = end - needle.length; i >= start; i--) {
    if (bytes[i] === first && startsWithBytes(bytes, i, end, needle)) return i;
  }
  return -1;
}

/** Decimal number at bytes[pos…); `end` of the digits is in `result.end`. Returns false without digits. */
export function readDecimalBytes(bytes: Uint8Array, pos: number, end: number, result: { value: number; end: number }): boolean {
  let p = pos;
  let value = 0;
  while (p < end && isDigitByte(bytes[p])) { value = value * 10 + (bytes[p] - DIGIT_0); p++; }
  result.value = value;
  result.end = p;
  return p !== pos;
}

/** Reused result of `parseLocationBytes` (the scanner reads it before the next call). */
export interface ByteLocation {
  pathEnd: number;
  locationEnd: number;
  line: number;
}

/** The marks of LOCATION_ENDS' rows, and their tests on the bytes, in the rows' order (read as arrays on every location line). */
const LOCATION_END_MARKS = LOCATION_ENDS.map(row => asciiBytes(row.mark));
const LOCATION_END_TESTS = LOCATION_ENDS.map(row => row.onBytes);

/** Same rules as `parseLocationLine`, both driven by locationEnds.ts: `path:123 +0x1d fp=… sp=… pc=…`, suffixes optional. */
export function parseLocationBytes(bytes: Uint8Array, pos: number, end: number, result: ByteLocation): boolean {
  let locationEnd = end;
  for (let i = 0; i < LOCATION_END_MARKS.length; i++) {
    const at = indexOfBytes(bytes, LOCATION_END_MARKS[i], pos, end);
    if (at >= 0 && LOCATION_END_TESTS[i](bytes, at, pos, end)) { locationEnd = at; break; }
  }
  while (locationEnd > pos && isBlankByte(bytes[locationEnd - 1])) locationEnd--;
  let digitsStart = locationEnd;
  let line = 0;
  while (digitsStart > pos && isDigitByte(bytes[digitsStart - 1])) digitsStart--;
  if (digitsStart === locationEnd || digitsStart - 1 < pos || bytes[digitsStart - 1] !== COLON) return false;
  if (locationEnd - digitsStart > 9) return false;
  for (let i = digitsStart; i < locationEnd; i++) line = line * 10 + (bytes[i] - DIGIT_0);
  result.pathEnd = digitsStart - 1;
  result.locationEnd = locationEnd;
  result.line = line;
  return true;
}

/**
 * Whether the argument text between a call's parentheses, its first and last characters given, may be
 * a traceback's: Go prints hex words (`0xc000123456`, `0x0?`), braces of a struct or interface,
 * `...`, and `_` for an argument past the frame's argument area (`f(_, {0xc0, 0x2b}, ...)`), so it
 * opens with `0`, `{`, `.` or `_` and closes with a hex digit, `?`, `}`, `.` or `_`. Source code
 * and prose after a dump call with strings, names and other numbers (`fmt.Println("x")`,
 * `time.Sleep(time.Hour)`, `wg.Add(1)`): never a frame. Only the two ends are looked at, since every
 * call line of a dump goes through this.
 */
export function isArgumentText(first: number, last: number): boolean {
  return (first === 0x30 /* 0 */ || first === 0x7b /* { */ || first === 0x2e /* . */ || first === 0x5f /* _ */) &&
    ((last >= 0x30 && last <= 0x39) || (last >= 0x61 && last <= 0x66) || (last >= 0x41 && last <= 0x46) ||
      last === 0x3f /* ? */ || last === 0x7d /* } */ || last === 0x2e /* . */ || last === 0x5f /* _ */);
}

/**
 * Whether a character (or a UTF-8 byte) may start a function's name as a traceback prints it: a package path's letter or `_`
 * (`}()` is code). The `.func1(…)` of a name a narrow terminal wrapped is joined to its line before (wrappedName.ts).
 */
export function startsName(c: number): boolean {
  return c === 0x5f || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x80 && c !== 0xa0);
}

/**
 * Where a function's name starts past a relative directory before its package path (`../x/pkg.F`, `./internal/x.F`),
 * or pos when there is none. Go never prints one (a `replace` to a directory is named by its module path, GOPATH's
 * local imports as `_/abs/dir/x`): a tool that rewrote the paths relative to its directory did, and the frames are
 * still the program's. `codeAt` reads the line's characters (a string's or bytes).
 */
export function pastRelativeDirectory(codeAt: (i: number) => number, pos: number, end: number): number {
  if (pos + 2 < end && codeAt(pos) === DOT && codeAt(pos + 1) === SLASH) return pos + 2;
  let i = pos;
  while (i + 3 < end && codeAt(i) === DOT && codeAt(i + 1) === DOT && codeAt(i + 2) === SLASH) i += 3;
  return i;
}

/** Whether a call's function name starts at pos: a name's first character, perhaps behind a relative directory (`../x/pkg.F`). */
export function startsCallName(bytes: Uint8Array, pos: number, end: number): boolean {
  const c = bytes[pos];
  if (c === DOT) return startsName(bytes[bytesPastRelativeDirectory(bytes, pos, end)]);
  return startsName(c) || (isDigit(c) && bytesStartWithDigitHost(bytes, pos, end));
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The longest host name a module path's first element can be (DNS's limit). */
const MAX_HOST_CHARS = 253;

/**
 * Whether the name at [pos, end) opens with a host name that starts with a digit, then a slash
 * (`9fans.net/go/cmd/acme.main()`): a module path may start so, a package of the standard library
 * or `main` never does. Lower-case letters, digits, dots and hyphens, a dot and a letter among them;
 * a number with a slash (`2019/04/15`) or a hex word is not one. `codeAt` reads the line's characters.
 */
export function startsWithDigitHost(codeAt: (i: number) => number, pos: number, end: number): boolean {
  let dot = false;
  let letter = false;
  for (let i = pos; i < end && i - pos <= MAX_HOST_CHARS; i++) {
    const c = codeAt(i);
    if (c === SLASH) return dot && letter && codeAt(i - 1) !== DOT;
    if (c === DOT) dot = true;
    else if (c >= 0x61 && c <= 0x7a) letter = true;
    else if (!isDigit(c) && c !== 0x2d /* - */) return false;
  }
  return false;
}

// Apart from `startsCallName` for the closure's sake, as below; reached only by a name that starts with a digit.
function bytesStartWithDigitHost(bytes: Uint8Array, pos: number, end: number): boolean {
  return startsWithDigitHost(i => bytes[i], pos, end);
}

// Apart from `startsCallName`: a closure over `bytes` there made V8 allocate its scope on every call
// line, ~35 bytes each (a stack of 10^6 distinct frames: 35 MB for the collector).
function bytesPastRelativeDirectory(bytes: Uint8Array, pos: number, end: number): number {
  return pastRelativeDirectory(i => bytes[i], pos, end);
}

// Past this many bytes a span is searched by the engine's indexOf: the view it needs costs less than a loop over a long name.
const NATIVE_SEARCH_BYTES = 256;

function hasSpace(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start > NATIVE_SEARCH_BYTES) return bytes.subarray(start, end).indexOf(SPACE) >= 0;
  for (let i = start; i < end; i++) if (bytes[i] === SPACE) return true;
  return false;
}

/** Same rules as `parseCallLine`: position of the '(' that opens the arguments, or -1. */
export function callOpenParen(bytes: Uint8Array, pos: number, end: number): number {
  if (end - pos < 3 || bytes[end - 1] !== CLOSE_PAREN) return -1;
  let open = end - 2;
  while (open > pos && bytes[open] !== OPEN_PAREN) open--;
  // A name never ends in '.': `main.(*request)` is a method's receiver cut short, not a call.
  if (open <= pos || bytes[open - 1] === 0x2e) return -1;
  if (!startsCallName(bytes, pos, open) || hasSpace(bytes, pos, open)) return -1;
  if (open + 2 < end && !isArgumentText(bytes[open + 1], bytes[end - 2])) return -1;
  return open;
}

/** Reused result of `parsePlainHeaderBytes`. */
export interface ByteHeader {
  id: number;
  /** Where the id's digits are: read again when the id is past Number.MAX_SAFE_INTEGER, which a double rounds. */
  idStart: number;
  idEnd: number;
  /** The text inside the brackets: `chan send, 12 minutes`. */
  bracketStart: number;
  bracketEnd: number;
  /** The text inside the braces of ` {request_id: "abc"}` after the bracket (Go ≥ 1.27); -1 without. */
  labelsStart: number;
  labelsEnd: number;
}

const digits = { value: 0, end: 0 };

/** The tests on the bytes of headerShapes.ts' rows that have one, in the rows' order. */
const HEADER_GAP_TESTS = HEADER_GAPS.flatMap(row => row.onBytes === undefined ? [] : [row.onBytes]);
const HEADER_TAIL_TESTS = HEADER_TAILS.flatMap(row => row.onBytes === undefined ? [] : [row.onBytes]);

/**
 * The longest goroutine id read. Go prints a uint64, at most 20 digits, but a whole header of a
 * longer id (another writer's, a crafted one) is still that goroutine, its id kept exact as a
 * bigint. Longer runs are no header: a bigint of their digits is made and printed in quadratic
 * time (10^5 digits: ~30 ms made, ~100 ms printed), and as a double every one reads as Infinity.
 */
export const MAX_GOROUTINE_ID_DIGITS = 1000;

/**
 * `goroutine N [state…]:` in the variants of headerShapes.ts' rows that have a test on the bytes
 * (`goroutine N [state…] {…}:` with labels); `pos` is just after "goroutine ". Other forms return
 * false and are left to `parseHeaderLine`, which reads every row.
 */
export function parsePlainHeaderBytes(bytes: Uint8Array, pos: number, end: number, result: ByteHeader): boolean {
  if (!readDecimalBytes(bytes, pos, end, digits) || digits.end - pos > MAX_GOROUTINE_ID_DIGITS) return false;
  let open = digits.end;
  while (open < end && bytes[open] !== OPEN_BRACKET) open++;
  if (open >= end) return false;
  let gap = 0;
  while (gap < HEADER_GAP_TESTS.length && !HEADER_GAP_TESTS[gap](bytes, digits.end, open)) gap++;
  if (gap === HEADER_GAP_TESTS.length) return false;
  // No wait reason holds a ']': the first one closes the state.
  let close = open + 1;
  while (close < end && bytes[close] !== CLOSE_BRACKET) close++;
  if (close >= end) return false;
  let tail = 0;
  while (tail < HEADER_TAIL_TESTS.length && !HEADER_TAIL_TESTS[tail](bytes, close, end, result)) tail++;
  if (tail === HEADER_TAIL_TESTS.length) return false;
  result.id = digits.value;
  result.idStart = pos;
  result.idEnd = digits.end;
  result.bracketStart = open + 1;
  result.bracketEnd = close;
  return true;
}

const GOROUTINE_WORD = asciiBytes('goroutine ');

/** bytes[s, end) ends with `suffix`. */
export function endsWithBytes(bytes: Uint8Array, s: number, end: number, suffix: Uint8Array): boolean {
  return end - s >= suffix.length && startsWithBytes(bytes, end - suffix.length, end, suffix);
}

/**
 * The byte path's gate's first pass (stackLineRows.ts' `mayBeStackLineOfAnyRow` asks the rows of a line it
 * declines): whether the trimmed line bytes[s, end) is shaped as a call (ends in `)`, or cut in its arguments, or
 * starts with `.`, behind a relative directory), gccgo's bare name (one word), a `file:line` (`:digits` at the end, or
 * a suffix's `+` or `=` after it), `goroutine N …`, or as such a line behind text (a frame behind a prefix its header
 * lacks, which readers outside the rows take).
 */
export function mayBeStackLine(bytes: Uint8Array, s: number, end: number): boolean {
  const first = bytes[s];
  if (bytes[end - 1] === CLOSE_PAREN || first === 0x2e /* . */) return true;
  // Junk starts so too (`goroutine leaked`): only a header's id is let through here.
  if (first === 0x67 /* g */ && startsWithBytes(bytes, s, end, GOROUTINE_WORD) && isDigitByte(bytes[s + GOROUTINE_WORD.length])) return true;
  let digits = end;
  while (digits > s && isDigitByte(bytes[digits - 1])) digits--;
  if (digits < end && digits > s && bytes[digits - 1] === COLON) return true;
  if (endsInOffsetWithoutPlus(bytes, s, end)) return true;
  let words = 1;
  for (let i = s; i < end; i++) {
    const b = bytes[i];
    // `+` and `=` of the suffixes after `file:line`.
    if (b === 0x2b || b === 0x3d) return true;
    // A call cut in its arguments (`main.f(0xc000, {0xc`): `(` in the first word (callCutInArguments).
    if (b === OPEN_PAREN && words === 1) return true;
    if (b === SPACE || b === TAB) words++;
  }
  return words === 1;
}
