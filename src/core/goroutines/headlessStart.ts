// The first frame of a stack whose goroutine header is not in the text (an excerpt that starts
// mid-goroutine, a stack pasted or logged without its header). Outside any stack there is no
// header to vouch for the lines, so a frame starts one only as a pair: a call line (or gccgo's and
// loggers' bare qualified name, or `created by …`, or a call a pager chopped inside its arguments),
// then an indented `file:line` line right under it.
// A lone location line, or a call-shaped log line that no location follows, stays junk.
import { callCutInArguments, CREATED_BY, indexInLine, isBareFunctionName, parseCallLine, parseCreatedByLine, type LocationLine } from './lineParsers';
import { asciiBytes, callOpenParen, startsWithBytes } from './byteLineParsers';
import { ALL_CLASSES, byteClasses } from './byteClasses';
import { mayHoldPrefixedCreator, PREFIXED_CREATOR_CLASS } from './prefixedCreator';
import type { GoroutineId } from './model';

/** The line that may start a headless stack, held until the next line says whether it does. */
export interface HeadlessStart {
  readonly line: number;
  readonly func: string;
  /** A name without arguments (gccgo, a logger's stack trace): only a frame with a `file:line` whose path has no spaces. */
  readonly bare: boolean;
  readonly createdBy: boolean;
  readonly creatorGoroutine: GoroutineId | null;
  /** `f(...)`: an inlined frame, whose location Go prints without an offset. */
  readonly inlined: boolean;
  /** The line's start, for the warning when it turns out to be skipped. */
  readonly sample: string;
  /** The whole line when short, for the check of a cut at the end of the text (null when long). */
  readonly text: string | null;
  /** The text before the call, a log prefix not known yet that the next line must carry too (prefixedHeadlessStart.ts); null when none. */
  readonly prefixText: string | null;
}


/** Reads text[s, end) (trimmed) as what may start a headless stack, or null. */
export function parseHeadlessStart(text: string, s: number, end: number, line: number): HeadlessStart | null {
  let func: string;
  let bare = false;
  let createdBy = false;
  let creatorGoroutine: GoroutineId | null = null;
  const creator = parseCreatedByLine(text, s, end);
  if (creator !== null) {
    const funcStart = s + CREATED_BY.length;
    if (creator.funcEnd <= funcStart || indexInLine(text, ' ', funcStart, creator.funcEnd) >= 0) return null;
    func = text.slice(funcStart, creator.funcEnd);
    creatorGoroutine = creator.creatorGoroutine;
    createdBy = true;
  } else {
    const call = parseCallLine(text, s, end);
    // journalctl's pager chops a long call inside its arguments (`pkg.F(0xc000444fc0?, {0x22b5`): its name is whole.
    const funcEnd = call !== null ? call.funcEnd : callCutInArguments(text, s, end);
    if (funcEnd > 0) {
      // No Go name holds '=': `PC=…(`, `key=f(x)` are log text.
      if (indexInLine(text, '=', s, funcEnd) >= 0) return null;
      func = text.slice(s, funcEnd);
    } else if (isBareFunctionName(text, s, end) && text.slice(s, end).lastIndexOf('/') < text.slice(s, end).lastIndexOf('.')) {
      // Every function of a Go stack is qualified by its package (`main.main`): a word without a dot is
      // prose, and a path without one after its last `/` (`github.com/VictoriaMetrics/Victo`) names no function.
      func = text.slice(s, end);
      bare = true;
    } else return null;
  }
  return {
    line, func, bare, createdBy, creatorGoroutine, inlined: text.endsWith('(...)', end),
    sample: text.slice(s, Math.min(end, s + 60)), text: end - s < 2000 ? text.slice(s, end) : null, prefixText: null,
  };
}

/**
 * Whether the location line text[s, end) (trimmed; `indented` when white space came before it)
 * completes a headless stack's first frame: indented as Go prints it, with a path that holds no
 * space (a drive letter's `C:/Program Files/…` aside), so prose ending in `main.go:12` is not one.
 */
export function startsHeadlessStack(text: string, s: number, location: LocationLine, indented: boolean, leadingSpaceLost = false): boolean {
  const spaceAt = indexInLine(text, ' ', s, location.pathEnd);
  if (!indented) {
    // A copy that dropped the lines' leading tabs (a log viewer's, read in reverse; a paste whose
    // every line lost its indent) keeps the rest of what Go prints: a Go file's path without spaces,
    // then its offset; an absolute path, in a paste read forward, where a log's `file.go:12 +0x1`
    // words would be no frame.
    const goLocation = spaceAt < 0 && text.startsWith('.go', location.pathEnd - 3) && text.startsWith(' +0x', location.locationEnd);
    return goLocation && (leadingSpaceLost || text.charCodeAt(s) === SLASH || /^[A-Za-z]:[\\/]/.test(text.slice(s, s + 3)));
  }
  return spaceAt < 0 || /^[A-Za-z]:[\\/]/.test(text.slice(s, s + 3));
}

const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
const DOT = 0x2e;
const SLASH = 0x2f;

/**
 * The byte class (byteClasses.ts) every line holds that `mayStartHeadlessStack` takes without a `)`
 * at its end: a bare name's dot, alone on the line or as its last word behind a prefix (or
 * PREFIXED_CREATOR_CLASS, for a `created by` behind one).
 */
export const HEADLESS_WORD_DOT = byteClasses('.');

// A local copy: where modules stay apart (tsx), each read of an imported binding is a getter's call.
const CREATOR = PREFIXED_CREATOR_CLASS;

/** The byte class of the `(` a call cut in its arguments holds (mayBeCallCutInArguments): the runtime's `panic(` holds no dot. */
export const OPEN_PAREN_CLASS = byteClasses('(');

/**
 * Whether the trimmed line bytes[s, end) may be read by `parseHeadlessStart` (a call, or one word
 * with a dot and no colon; `created by` is a start the line-kind table already names, and behind a
 * prefix `mayHoldPrefixedCreator` tells it): false means
 * it starts no headless stack, told on its bytes so that junk is still skipped without decoding.
 * `classes`, when known, are those of the line's bytes (byteClasses.ts): a line without a byte of
 * `created by` is not searched for one, a search over the whole line.
 */
export function mayStartHeadlessStack(bytes: Uint8Array, s: number, end: number, classes = ALL_CLASSES, limit = -1): boolean {
  if (bytes[end - 1] === 0x29 /* ) */) {
    if (callOpenParen(bytes, s, end) >= 0 || mayStartPrefixedHeadlessStack(bytes, s, end)) return true;
    // No call, but alone on its line a bare name as parseHeadlessStart reads one: `main.(*request)`, as it is a frame's name under a header.
    return isOneWordWithDot(bytes, s, end);
  }
  if ((classes & OPEN_PAREN_CLASS) !== 0 && mayBeCallCutInArguments(bytes, s, end)) return true;
  // Before the loop below: a prefix's time holds colons.
  if ((classes & CREATOR) !== 0 && (mayHoldPrefixedCreator(bytes, s, end) || endsInCreator(bytes, s, end))) return true;
  // isBareFunctionName takes at most 500 characters: 1,500 bytes of UTF-8.
  if (end - s > 1500) return mayStartPrefixedBareStack(bytes, s, end);
  let dot = false;
  for (let i = s; i < end; i++) {
    const b = bytes[i];
    if (b === SPACE || b === TAB) return mayStartPrefixedBareStack(bytes, s, end);
    // A colon is in no bare name, but may be in the prefix before one (`10:00:00.123Z main.(*T).f`): such a
    // line starts a stack only over its frame's `file:line` (prefixedHeadlessStart.ts), looked for on the next
    // line, so a log's lines behind a time that end in a dotted word (`db.example.com`) stay junk.
    if (b === COLON) return mayStartPrefixedBareStack(bytes, s, end) && nextLineMayHoldLocation(bytes, end, limit);
    if (b === DOT) dot = true;
  }
  return dot;
}

/**
 * Whether the line after the one ending at `end` may hold a frame's `file:line` (`.go:`, `.s:`, `.c:` or `?:`
 * and a digit); true when that line is not in bytes[…, limit) (`limit` -1: not known), for the text path to tell.
 */
function nextLineMayHoldLocation(bytes: Uint8Array, end: number, limit: number): boolean {
  if (limit < 0) return true;
  const newline = bytes.indexOf(0x0a, end);
  if (newline < 0 || newline + 1 >= limit) return true;
  const lineEnd = Math.min(limit, newline + 1 + 4096);
  for (let i = newline + 3; i < lineEnd; i++) {
    const b = bytes[i];
    if (b === 0x0a) return false;
    if (b !== COLON || i + 1 >= lineEnd || bytes[i + 1] < 0x30 || bytes[i + 1] > 0x39) continue;
    const p = bytes[i - 1];
    if (p === 0x3f /* ? */ || ((p === 0x73 /* s */ || p === 0x63 /* c */) && bytes[i - 2] === DOT) || (p === 0x6f /* o */ && bytes[i - 2] === 0x67 /* g */ && bytes[i - 3] === DOT)) return true;
  }
  // A line longer than looked at may hold one further on.
  return lineEnd < limit && bytes.indexOf(0x0a, newline + 1) >= lineEnd;
}

/**
 * Whether bytes[s, end) may be a call a pager chopped inside its arguments (callCutInArguments), alone
 * or behind a prefix not known yet (prefixedHeadlessStart.ts): its last `(` has no `)` after it, and the
 * name before it, back to white space, a dot and a name's first character.
 */
function mayBeCallCutInArguments(bytes: Uint8Array, s: number, end: number): boolean {
  let open = end - 1;
  while (open > s && bytes[open] !== 0x28 /* ( */) {
    if (bytes[open] === 0x29 /* ) */) return false;
    open--;
  }
  if (open <= s) return false;
  let dot = false;
  let i = open - 1;
  while (i >= s && bytes[i] !== SPACE && bytes[i] !== TAB) {
    if (bytes[i] === DOT) dot = true;
    i--;
  }
  const first = bytes[i + 1];
  const nameStart = first === 0x5f /* _ */ || first >= 0x80 || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a);
  // A prefix of 200 characters (prefixedHeadlessStart.ts) takes at most 800 bytes. Qualified by its
  // package, but for the runtime's `panic(` (callCutInArguments reads it so too).
  return (dot || isPanicName(bytes, i + 1, open)) && nameStart && i + 1 - s <= 800;
}

const PANIC = asciiBytes('panic');

/** bytes[s, end) is the unqualified `panic` Go ≥ 1.17 prints for runtime.gopanic. */
function isPanicName(bytes: Uint8Array, s: number, end: number): boolean {
  return end - s === PANIC.length && startsWithBytes(bytes, s, end, PANIC);
}

/** Whether bytes[s, end) holds a dot and no white space or colon. */
function isOneWordWithDot(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s > 1500) return false;
  let dot = false;
  for (let i = s; i < end; i++) {
    const b = bytes[i];
    if (b === SPACE || b === TAB || b === COLON) return false;
    if (b === DOT) dot = true;
  }
  return dot;
}

/**
 * Whether the trimmed line bytes[s, end) may be a bare name behind a prefix not known yet
 * (`parsePrefixedHeadlessStart`): its last word, within a prefix's length of the line's start,
 * starts as a name does and holds a dot but no colon, and does not end a sentence.
 */
function mayStartPrefixedBareStack(bytes: Uint8Array, s: number, end: number): boolean {
  const last = bytes[end - 1];
  if (last === DOT || last === COLON) return false;
  let i = end - 1;
  let dot = false;
  while (i > s && bytes[i] !== SPACE && bytes[i] !== TAB) {
    const b = bytes[i];
    if (b === COLON) return false;
    if (b === DOT) dot = true;
    i--;
  }
  const first = bytes[i + 1];
  const nameStart = first === 0x5f /* _ */ || first >= 0x80 || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a);
  // A prefix of 200 characters (prefixedHeadlessStart.ts) takes at most 800 bytes; a name of 500, 1,500.
  return dot && nameStart && i > s && i + 1 - s <= 800 && end - i - 1 <= 1500;
}

const IN_GOROUTINE = asciiBytes(' in goroutine ');
const isDigitByte = (b: number): boolean => b >= 0x30 && b <= 0x39;

/** The `created by` row's literal behind the prefix's last space. */
const CREATED_BY_BYTES = asciiBytes(` ${CREATED_BY}`);

/**
 * The line ends in ` created by ` and a name with a dot (Go ≥ 1.21 adds ` in goroutine N`): a
 * `created by` behind a prefix (`parsePrefixedHeadlessStart`), whatever the prefix's words hold.
 */
function endsInCreator(bytes: Uint8Array, s: number, end: number): boolean {
  let i = end;
  if (isDigitByte(bytes[end - 1])) {
    while (i > s && end - i < 20 && isDigitByte(bytes[i - 1])) i--;
    i -= IN_GOROUTINE.length;
    if (i <= s || !startsWithBytes(bytes, i, i + IN_GOROUTINE.length, IN_GOROUTINE)) return false;
  }
  // A name of 500 characters (isBareFunctionName's bound) takes at most 1,500 bytes: a longer word is none.
  const nameEnd = i;
  let dot = false;
  while (i > s && nameEnd - i <= 1500 && bytes[i - 1] !== SPACE && bytes[i - 1] !== TAB) { if (bytes[i - 1] === DOT) dot = true; i--; }
  return dot && nameEnd - i <= 1500 && i - CREATED_BY_BYTES.length >= s && startsWithBytes(bytes, i - CREATED_BY_BYTES.length, i, CREATED_BY_BYTES);
}

/**
 * Whether the trimmed line bytes[s, end) may be read by `parsePrefixedHeadlessStart`: a call
 * after white space, within a prefix's length of the line's start; told on its bytes, for junk to
 * be skipped without decoding.
 */
export function mayStartPrefixedHeadlessStack(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s < 4 || bytes[end - 1] !== 0x29 /* ) */) return false;
  let open = end - 2;
  while (open > s && bytes[open] !== 0x28 /* ( */) open--;
  let i = open - 1;
  while (i > s && bytes[i] !== 0x20 && bytes[i] !== 0x09) i--;
  // A prefix of 200 characters (prefixedHeadlessStart.ts) takes at most 800 bytes.
  return i > s && i + 1 - s <= 800 && callOpenParen(bytes, i + 1, end) >= 0;
}
