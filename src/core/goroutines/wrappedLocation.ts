// A narrow terminal or a web form wraps long lines, so a frame's `file:line` line may arrive broken
// inside its path: `\t/home/u/go/pkg/mod/github.com/some/very/long/pa`, then `th/file.go:123 +0x45`
// at the next line's start (or in its offset: `fd_unix.go:614 +0`, then `x234`). Where a call waits
// for its location, a line that reads as the start of a path but holds no `file:line` is held (the scanner's `wrappedHead`); the next line completes
// it when it starts at the line's start (a wrap does not indent), is none of a stack's other lines
// and the two joined read as a `file:line`. Otherwise the held line is read as it would have been.
import { parseLocationLine, startsCreatedBy, type LocationLine } from './lineParsers';
import { isWholeCallLine } from './callShapes';

export interface WrappedHead {
  readonly line: number;
  /** The line's text, trimmed, without the dump's prefix. */
  readonly text: string;
}

/** Paths are long; a wrapped piece of one that is not is more likely junk. */
const MAX_HEAD_CHARS = 4096;

/** A `file:line` whose offset the wrap cut before its `x` (`fd_unix.go:614 +0`, then `x234`). */
const OFFSET_CUT_BEFORE_X = / \+0?$/;

/**
 * Whether the trimmed line text[s, end), under a call that waits for its `file:line`, may be the
 * first piece of a wrapped location line: a path (with a `/` or `\`, no call's parentheses) that
 * holds no `file:line` of its own, or one whose offset was cut before its `x`.
 */
export function mayBeWrappedPathHead(text: string, s: number, end: number): boolean {
  if (end - s < 2 || end - s > MAX_HEAD_CHARS) return false;
  let slash = false;
  let space = -1;
  for (let i = s; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 && space < 0) { space = i; continue; }
    if (c <= 0x20 || c === 0x28 /* ( */ || c === 0x29 /* ) */ || c === 0x22 /* " */ || c === 0x60 /* ` */) return false;
    if (space < 0 && (c === 0x2f /* / */ || c === 0x5c /* \ */)) slash = true;
  }
  if (!slash || text.startsWith('goroutine', s)) return false;
  if (space >= 0) return end - space <= 3 && OFFSET_CUT_BEFORE_X.test(text.slice(space, end)) && parseLocationLine(text, s, space) !== null;
  return parseLocationLine(text, s, end) === null;
}

/**
 * Whether text[s, end), a whole `file:line` (`location`) under a call not inlined, in a dump that
 * prints offsets, may be a location wrapped inside its line number (`logger.go:15`, then
 * `8 +0x25b`): it ends at its number, with no offset after it.
 */
export function mayBeWrappedLineNumber(text: string, s: number, end: number, location: LocationLine): boolean {
  return location.locationEnd === end && end - s <= MAX_HEAD_CHARS;
}

/** The rest of a line number a wrap carried over: digits, then the offset (and marks) or nothing. */
const LINE_NUMBER_TAIL = /^\d{1,8}(?: |$)/;

/**
 * The location that the held head and the line text[s, end) (trimmed; `indented` when white space
 * came before it) make together, with the joined text; null when the line does not continue it.
 */
export function joinWrappedLocation(head: WrappedHead, text: string, s: number, end: number, indented: boolean): { text: string; location: LocationLine } | null {
  if (indented || s === end || startsCreatedBy(text, s) || text.startsWith('goroutine ', s) || isWholeCallLine(text, s, end)) return null;
  // A head that ends in its line number (`file.go:15`) goes on with the rest of that number only.
  if (/:\d+$/.test(head.text) && !LINE_NUMBER_TAIL.test(text.slice(s, Math.min(end, s + 10)))) return null;
  const joined = head.text + text.slice(s, end);
  const location = parseLocationLine(joined, 0, joined.length);
  if (location === null || joined.charCodeAt(location.pathEnd - 1) === 0x2f /* / */) return null;
  return { text: joined, location };
}

/**
 * Whether text[s, end), on the line right after a frame's `file:line`, is that line's whole offset
 * (`+0xc69`), which a wrapping tool moved to a line of its own, under a hanging indent or not.
 */
export function isWrappedOffset(text: string, s: number, end: number): boolean {
  return end - s > 3 && text.startsWith('+0x', s) && isWrappedOffsetTail(text, s + 3, end);
}

/**
 * Whether text[s, end), at the start of the line right after a frame's `file:line`, is the rest of
 * that line's offset that the wrap carried over (`main.go:265 +0x51`, then `c`): a few hex digits.
 * The offset plays no part in the reading, so the line is only passed over.
 */
export function isWrappedOffsetTail(text: string, s: number, end: number): boolean {
  if (end <= s || end - s > 16) return false;
  for (let i = s; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

/**
 * What follows a frame's `file:line` (` +0x74 fp=0x… sp=0x… pc=0x…`), or its tail (`sp=0x… pc=0x…`),
 * that a wrap at a fixed width (a mail reply, `fold`) carried onto the next line.
 */
const LOCATION_SUFFIX = /^(?:\+0x[0-9a-f]+(?: |$))?(?:fp=0x[0-9a-f]+(?: |$))?(?:sp=0x[0-9a-f]+(?: |$))?(?:pc=0x[0-9a-f]+)?$/;

/**
 * The same suffix wrapped inside one of its marks (`… sp=`, then `0xc0019779b0 pc=0xcf339a`; `… sp`, then
 * `=0xc001977a10 pc=…`): the rest of that mark, then whole marks. Hex digits alone are `isWrappedOffsetTail`'s.
 */
const MARK_TAIL = /^(?:(?:[psc]?=0x|0?x)[0-9a-f]+|[0-9a-f]+(?= ))(?: (?:sp|pc)=0x[0-9a-f]+)*$/;

/** Whether text[s, end), at the start of the line right after a frame's `file:line`, is the rest of that line's suffix. */
export function isWrappedLocationSuffix(text: string, s: number, end: number): boolean {
  if (end <= s || end - s > 120) return false;
  const c = text.charCodeAt(s);
  if (c === 0x2b /* + */ || c === 0x66 /* f */ || c === 0x73 /* s */ || c === 0x70 /* p */) return LOCATION_SUFFIX.test(text.slice(s, end)) || MARK_TAIL.test(text.slice(s, end));
  const markTail = c === 0x3d /* = */ || c === 0x78 /* x */ || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);
  return markTail && MARK_TAIL.test(text.slice(s, end));
}

/**
 * Whether text[s, end), at the start of the line under a call cut in its arguments, is the rest of
 * them that a wrap carried over (`0xc000092600, 0xf)`): argument words up to the closing `)`.
 */
export function isWrappedArgumentsTail(text: string, s: number, end: number): boolean {
  if (end - s < 2 || end - s > 4096 || text.charCodeAt(end - 1) !== 0x29 /* ) */) return false;
  const c = text.charCodeAt(s);
  if (c !== 0x30 /* 0 */ && c !== 0x7b /* { */ && c !== 0x7d /* } */ && c !== 0x2e /* . */ && c !== 0x5f /* _ */) return false;
  for (let i = s; i < end - 1; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x28 /* ( */ || d === 0x29 /* ) */ || d === 0x09) return false;
  }
  return true;
}
