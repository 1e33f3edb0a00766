// A race detector report whose excerpt starts inside it, behind a log's prefix the scanner has not
// learnt yet: a CI log's timestamps before `Read at 0x… by goroutine 290:` with no
// `WARNING: DATA RACE` line above to teach the prefix (cilium's reports are pasted so). Bare, such a
// line is the 'race section' line kind (lineKinds.ts); behind a prefix its section starts after the
// prefix, which is taken as the dump's, as it is before `WARNING: DATA RACE`.
import { asciiBytes, startsWithBytes } from './byteLineParsers';

/** An access or creator section's line, alone up to the line's end, after a space (the prefix's last byte). */
const SECTION_AFTER_PREFIX = / ((?:Read|Write|Atomic|Previous)(?: [a-z]+){0,2}(?: at 0x[0-9a-fA-F]+)? by (?:goroutine \d+|main goroutine)|Goroutine \d+ \([a-z ]+\) created at):$/;
/** Longer lines are no prefix and section (a prefix is a timestamp, a host and a tag). */
const MAX_LINE_CHARS = 400;

/** Where a race report's section starts on the line after a prefix (`lineStart` to it), or -1. */
export function prefixedRaceSectionStart(text: string, lineStart: number, end: number): number {
  if (end - lineStart > MAX_LINE_CHARS || text.charCodeAt(end - 1) !== 0x3a /* : */) return -1;
  const found = SECTION_AFTER_PREFIX.exec(text.slice(lineStart, end));
  return found === null ? -1 : lineStart + found.index + 1;
}

const GOROUTINE = asciiBytes('goroutine');
const CREATED_AT = asciiBytes(') created at');

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

/**
 * On the bytes, before the line is decoded: bytes[start, end) ends as a race section's line does
 * (`goroutine 290:`, `main goroutine:`, `(running) created at:`), so `prefixedRaceSectionStart`
 * may find one. The junk gate (prefixedStarts.ts) lets it through for the text path to judge.
 */
export function mayEndRaceSection(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start > MAX_LINE_CHARS || bytes[end - 1] !== 0x3a /* : */) return false;
  let i = end - 1;
  while (i > start && isDigit(bytes[i - 1])) i--;
  const digits = end - 1 - i;
  const word = digits > 0 ? i - 1 - GOROUTINE.length : end - 1 - GOROUTINE.length;
  if (digits > 0 && bytes[i - 1] !== 0x20) return false;
  return (word >= start && startsWithBytes(bytes, word, word + GOROUTINE.length, GOROUTINE)) ||
    (end - 1 - CREATED_AT.length >= start && startsWithBytes(bytes, end - 1 - CREATED_AT.length, end - 1, CREATED_AT));
}
