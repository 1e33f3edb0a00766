// A stack whose line breaks became spaces: a web page made text keeps a code block inside a list
// item or a table cell on one line (`goroutine 1 [chan send]: main.main() /app/main.go:15 +0x5a`),
// and a page that lost the break after a crash line glues the header to it
// (`panic: … [5:3]goroutine 1 [running]:`). The line is cut back into the lines Go printed: the
// header, then each call and its `file:line`, told apart by the location's shape (a path ending in
// `.go:N`, then its offset and the `fp= sp= pc=` marks), which no call line holds. The next
// crash's line glued to a frame's location (`/app/main.go:10 +0x68fatal error: …`) is cut off it too,
// and so is the page's next sentence glued to a call (`sync.runtime_Semacquire(...)Every goroutine …`).
import { indexInLine, parseCallLine, parseHeaderLine, parseLocationLine } from './lineParsers';
import { CRASH_LINE, CRASH_LINE_START_WORDS } from './crashLines';
import { crashLineAfterText } from './crashBeforeDump';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;

/** How far a header's `]:` may be from its start: the longest wait reason with its minutes and markers. */
const MAX_HEADER_LENGTH = 300;

/** The end of the goroutine header that starts at text[at] (`goroutine N [state]:`), or -1. */
function headerEnd(text: string, at: number, end: number): number {
  if (!text.startsWith('goroutine ', at)) return -1;
  const limit = Math.min(end - 1, at + MAX_HEADER_LENGTH);
  let close = at + 10;
  while (close < limit && !(text.charCodeAt(close) === 0x5d /* ] */ && text.charCodeAt(close + 1) === 0x3a /* : */)) close++;
  if (close >= limit) return -1;
  return parseHeaderLine(text, at, close + 2) === null ? -1 : close + 2;
}

/** Whether text[colon] is the `:` of `file.go:N` (or an assembly or C file's). */
function isSourceColon(text: string, colon: number, end: number): boolean {
  if (colon + 1 >= end || !isDigit(text.charCodeAt(colon + 1))) return false;
  if (text.charCodeAt(colon - 2) === 0x2e /* . */) return text.charCodeAt(colon - 1) === 0x73 /* s */ || text.charCodeAt(colon - 1) === 0x63 /* c */;
  return text.startsWith('.go', colon - 3);
}

/** The first `file.go:N` whose `:` lies in text[from, end): [start, end) of the location with its offset and marks, or null. */
export function nextLocation(text: string, from: number, end: number): [number, number] | null {
  let colon = text.indexOf(':', from);
  while (colon >= 0 && colon < end && !isSourceColon(text, colon, end)) colon = text.indexOf(':', colon + 1);
  if (colon < 0 || colon >= end) return null;
  let start = colon;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  let stop = colon + 1;
  while (stop < end && isDigit(text.charCodeAt(stop))) stop++;
  stop = afterMark(text, stop, end, ' +0x');
  for (const mark of [' fp=0x', ' sp=0x', ' pc=0x']) stop = afterMark(text, stop, end, mark);
  return [start, stop];
}

/** After ` +0x1f` (`mark` and its hex digits) at text[at], or `at` when it does not follow. */
function afterMark(text: string, at: number, end: number, mark: string): number {
  if (!text.startsWith(mark, at) || at + mark.length >= end) return at;
  let i = at + mark.length;
  while (i < end && isHex(text.charCodeAt(i))) i++;
  return i > at + mark.length ? i : at;
}

const skipSpaces = (text: string, i: number, end: number): number => { while (i < end && isSpace(text.charCodeAt(i))) i++; return i; };
const trimEnd = (text: string, from: number, i: number): number => { while (i > from && isSpace(text.charCodeAt(i - 1))) i--; return i; };

/**
 * The lines of text[at, end), a goroutine header followed on the same line by its stack: [start,
 * end) pairs, flat (header, call, location, …, then what follows the last location), or null when
 * no call and location follow the header.
 */
function stackPieces(text: string, at: number, end: number): number[] | null {
  const pieces: number[] = [];
  let frames = 0;
  let pos = at;
  while (pos < end) {
    const header = headerEnd(text, pos, end);
    if (header > 0) { pieces.push(pos, header); pos = skipSpaces(text, header, end); continue; }
    const location = nextLocation(text, pos, end);
    const callEnd = location === null ? end : trimEnd(text, pos, location[0]);
    // Text with no location after it, or a location with no call before it: what closes the stack (a fence, prose),
    // after the last call when a fence closes the line (`sync.(*WaitGroup).Done(...) \`\`\``).
    if (location === null || callEnd === pos) {
      const last = trimEnd(text, pos, end);
      const fence = last - pos > 3 && text.endsWith('```', last) && isSpace(text.charCodeAt(last - 4)) ? last - 3 : last;
      pieces.push(pos, trimEnd(text, pos, fence));
      if (fence < last) pieces.push(fence, last);
      break;
    }
    pieces.push(pos, callEnd, location[0], location[1]);
    frames++;
    pos = skipSpaces(text, location[1], end);
  }
  return frames > 0 ? pieces : null;
}

/** The lines of the trimmed line text[s, end) when it is a goroutine header with its stack after it on the same line, else null. */
export function flattenedStackPieces(text: string, s: number, end: number): number[] | null {
  const header = headerEnd(text, s, end);
  if (header < 0 || header === end) return null;
  return stackPieces(text, s, end);
}

/**
 * In the trimmed crash line text[s, end), the lines of a goroutine header glued after the crash's
 * words (with the stack that a flattened line keeps after it), else null: the header ends the line
 * or a stack follows it.
 */
export function gluedHeaderPieces(text: string, s: number, end: number): number[] | null {
  // The first header only: a crash's words hold no header of their own.
  let at = text.indexOf('goroutine ', s + 1);
  while (at >= 0 && at < end && headerEnd(text, at, end) < 0) at = text.indexOf('goroutine ', at + 1);
  if (at < 0 || at >= end) return null;
  const header = headerEnd(text, at, end);
  return skipSpaces(text, header, end) === end ? [at, header] : stackPieces(text, at, end);
}

/**
 * Whether the bytes after `goroutine ` at bytes[after] may be a header whose stack follows on the
 * same line, told as the byte path's junk gate tells a header (prefixedStarts.ts): `]: ` within
 * `maxBracket` bytes, then a `.go:` and a digit somewhere after it.
 */
export function mayBeFlattenedStack(bytes: Uint8Array, after: number, end: number, maxBracket: number): boolean {
  const limit = Math.min(end - 2, after + maxBracket);
  let close = after;
  while (close < limit && bytes[close] !== 0x5d /* ] */) close++;
  if (close >= limit || bytes[close + 1] !== 0x3a /* : */ || bytes[close + 2] !== 0x20) return false;
  for (let i = close + 3; i + 4 < end; i++) {
    if (bytes[i] === 0x2e /* . */ && bytes[i + 1] === 0x67 /* g */ && bytes[i + 2] === 0x6f /* o */ && bytes[i + 3] === 0x3a /* : */ && isDigit(bytes[i + 4])) return true;
  }
  return false;
}

/** The crash words a glued crash line is looked for by: long enough not to be part of a path or an offset. */
const GLUED_CRASH_WORDS = CRASH_LINE_START_WORDS.filter(word => word.length >= 6);

/**
 * Where a crash line glued to the end of the location line text[s, end) (trimmed) starts
 * (`/app/main.go:10 +0x68fatal error: all goroutines are asleep - deadlock!`), or -1: the text
 * before it is a whole location and the rest reads as a crash line.
 */
export function gluedCrashStart(text: string, s: number, end: number): number {
  let first = -1;
  for (const word of GLUED_CRASH_WORDS) {
    const at = indexInLine(text, word, s + 1, end);
    if (at > s && (first < 0 || at < first)) first = at;
  }
  if (first < 0 || !CRASH_LINE.test(text.slice(first, end)) || parseLocationLine(text, s, first) === null) return -1;
  return first;
}

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * Where a sentence glued to the end of the call line text[s, end) (trimmed) starts, or -1: the
 * first `)` followed by a capital and a small letter (a name's `)` is followed by `.`, an
 * argument list's by nothing) with a call before it.
 */
export function proseAfterCallStart(text: string, s: number, end: number): number {
  for (let close = text.indexOf(')', s); close >= 0 && close + 2 < end; close = text.indexOf(')', close + 1)) {
    if (!isUpper(text.charCodeAt(close + 1)) || !isLower(text.charCodeAt(close + 2))) continue;
    return parseCallLine(text, s, close + 1) === null ? -1 : close + 1;
  }
  return -1;
}

/**
 * Where a crash line starts in text[lineStart, at), the text before a goroutine header at `at` whose
 * stack follows on the same line, or -1: a whole dump flattened onto one line behind other words
 * (a desktop app's error dialog, `Error: … panic: boom goroutine 94 [running]: main.f(0x0) /x.go:26 +0x79 …`).
 */
export function flattenedCrashStart(text: string, lineStart: number, at: number, end: number): number {
  if (flattenedStackPieces(text, at, end) === null) return -1;
  const crash = crashLineAfterText(text.slice(lineStart, at));
  if (crash < 0) return -1;
  // A crash line before it that names no word before a colon (`unexpected fault address 0x…` over `fatal error: fault`).
  let first = lineStart + crash;
  for (const word of GLUED_CRASH_WORDS) {
    const earlier = text.indexOf(word, lineStart);
    if (earlier > lineStart && earlier < first && isSpace(text.charCodeAt(earlier - 1)) && CRASH_LINE.test(text.slice(earlier, at))) first = earlier;
  }
  return first;
}

const SIGNAL_OPEN = ' [signal ';

/**
 * The end of the crash's own words in the crash line text[s, end) of a flattened dump: before the
 * `[signal …]` line Go prints under it, which the flattening put after them; `end` when none is there.
 */
export function crashWordsEnd(text: string, s: number, end: number): number {
  const signal = text.indexOf(SIGNAL_OPEN, s);
  return signal < 0 || signal >= end ? end : signal;
}

/** What may end a crash line that the next one is glued to without a space: a value's last digit, bracket, quote or stop. */
const ENDS_GLUED_CRASH_LINE = /[0-9\])}"'.!?]/;

/**
 * Where each crash line starts in the crash line text[s, end) when the lines after it were glued to
 * it (a web page made text lost the breaks between them: `… with length 0panic: …`), the first at
 * `s`. Glued without a space, the line before ends in a value's digit, bracket, quote or stop; in a
 * dump flattened onto one line (`flattened`: its header follows), a space stands between, the tab of
 * a nested panic's line become a space too. Never after `: ` (`failed: panic: …`, an error's
 * chain) or a letter (`nonfatal error: `).
 */
export function gluedCrashLineStarts(text: string, s: number, end: number, flattened: boolean): number[] {
  const starts = [s];
  // A crash line's own words hold no other (`Observed a panic: …` is one crash, not `Observed a` and `panic: …`).
  const ownWords = CRASH_LINE_START_WORDS.reduce((longest, word) => text.startsWith(word, s) ? Math.max(longest, word.length) : longest, 1);
  for (let from = s + ownWords; from < end;) {
    let next = -1;
    for (const word of GLUED_CRASH_WORDS) {
      let at = text.indexOf(word, from);
      while (at >= 0 && at < end && !gluedAt(text, s, at, flattened)) at = text.indexOf(word, at + 1);
      if (at >= 0 && at < end && (next < 0 || at < next)) next = at;
    }
    if (next < 0 || !CRASH_LINE.test(text.slice(next, end))) break;
    starts.push(next);
    from = next + 1;
  }
  return starts;
}

function gluedAt(text: string, s: number, at: number, flattened: boolean): boolean {
  if (at - 1 <= s) return false;
  const before = text[at - 1];
  if (ENDS_GLUED_CRASH_LINE.test(before)) return true;
  if (!flattened || !isSpace(text.charCodeAt(at - 1))) return false;
  let i = at - 1;
  while (i > s && isSpace(text.charCodeAt(i - 1))) i--;
  return i > s && text[i - 1] !== ':';
}
