// A selection that starts inside the first line's time: a CI log copied from its raw view carries
// `2024-10-09T09:16:43.6370024Z ` before every line, and the paste's first line keeps only the
// time's last characters (`3.6367390Z panic: test timed out after 40m0s`). The crash line is read
// behind such a tail; the whole time on the line under it, when it ends the same way, is the dump's prefix.
import { CRASH_LINE_BEHIND_PREFIX } from './crashLines';

/**
 * The end of an RFC 3339 time from inside it (a digit, or a separator before one): more of its
 * digits and separators, a fraction, and its zone, which the tail must keep (a number alone is no time).
 */
const TIME_TAIL = String.raw`[:T.-]?\d[\d:T-]*(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)`;

const CUT_TIME_CRASH_HEADER = new RegExp(`^${TIME_TAIL}\\s+(?=${CRASH_LINE_BEHIND_PREFIX})`);

/** Longer text is no time's tail: the test reads at most this much of a line. */
const MAX_TAIL_CHARS = 64;

/** The length of the tail of a time before a crash line at the line's start, or 0. */
export function cutTimeCrashPrefixLength(line: string): number {
  return CUT_TIME_CRASH_HEADER.exec(line.slice(0, MAX_TAIL_CHARS + 200))?.[0].length ?? 0;
}

/** A whole RFC 3339 time at a line's start, and the white space after it. */
const WHOLE_TIME = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)\s+/;

/** Digits vary from line to line: each run of them reads as one. */
const shape = (text: string): string => text.trimEnd().replace(/\d+/g, '0');

/**
 * The length of the whole time before `line`'s text when `tail` (a cut time, as
 * `cutTimeCrashPrefixLength` took it) is its end, the first of its pieces cut; else 0.
 */
export function wholeTimeEndingIn(line: string, tail: string): number {
  const time = WHOLE_TIME.exec(line.slice(0, MAX_TAIL_CHARS));
  if (time === null) return 0;
  const whole = shape(time[0]);
  const cut = shape(tail);
  // The tail's first run of digits may be the end of a longer one: both read as one digit.
  return cut.length > 1 && whole.length > cut.length && whole.endsWith(cut) ? time[0].length : 0;
}
