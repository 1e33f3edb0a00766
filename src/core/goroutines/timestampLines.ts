// Log viewers (Grafana, Kibana, Cloud Logging, a CI job's raw log) copy each record's time on a line
// of its own: before every dump line, or between groups of them. Such a line is no text of the dump
// and no break in it (a blank line ends a goroutine; this does not): the scanner passes over it.

/** Longer lines are never a time alone: the test stays one bounded regex on short lines. */
const MAX_TIMESTAMP_CHARS = 48;

/**
 * A time and nothing else: RFC 3339 or `2023-03-14 10:22:10.123` (with a zone or not), Go's
 * `2023/03/14 10:22:10`, Kibana's `Mar 14, 2023 @ 10:22:10.123`, syslog's `Mar 14 10:22:10`, a
 * clock `10:22:10.123`, Unix seconds or milliseconds (`1678789330.123`, `1678789330123`).
 */
const TIMESTAMP_ONLY = new RegExp('^(?:' + [
  String.raw`\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?: ?(?:Z|[+-]\d\d:?\d\d))?(?: [A-Z]{2,5})?`,
  String.raw`\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)?`,
  String.raw`[A-Z][a-z]{2} {1,2}\d{1,2},? (?:\d{4} )?(?:@ )?\d\d:\d\d:\d\d(?:\.\d+)?`,
  String.raw`\d\d:\d\d:\d\d(?:\.\d+)?`,
  String.raw`\d{10}(?:\.\d+)?`,
  String.raw`\d{13}`,
].join('|') + ')$');

const isBlankCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d;
const startsTimestamp = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Every form ends in a digit, a zone's `Z` or its letters (`UTC`). */
const endsTimestamp = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x5a);

/** Whether text[from, to) holds a time alone (white space around it allowed). */
export function isTimestampOnlyLine(text: string, from: number, to: number): boolean {
  while (from < to && isBlankCode(text.charCodeAt(from))) from++;
  while (to > from && isBlankCode(text.charCodeAt(to - 1))) to--;
  if (to - from < 8 || to - from > MAX_TIMESTAMP_CHARS || !startsTimestamp(text.charCodeAt(from))) return false;
  return TIMESTAMP_ONLY.test(text.slice(from, to));
}

/** The same on UTF-8 bytes (a time is ASCII), for the junk gate that reads lines before decoding them. */
export function isTimestampOnlyBytes(bytes: Uint8Array, from: number, to: number): boolean {
  while (from < to && isBlankCode(bytes[from])) from++;
  while (to > from && isBlankCode(bytes[to - 1])) to--;
  if (to - from < 8 || to - from > MAX_TIMESTAMP_CHARS || !startsTimestamp(bytes[from]) || !endsTimestamp(bytes[to - 1]) ||
    !(isDigit(bytes[from]) ? isDigit(bytes[from + 1]) : bytes[from + 1] >= 0x61 && bytes[from + 1] <= 0x7a)) return false;
  // Char by char, not `fromCharCode(...subarray)`: the spread walks an iterator, and race reports'
  // short capitalised lines ("Read at 0x… by goroutine 7:") all come here.
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCharCode(bytes[i]);
  return TIMESTAMP_ONLY.test(text);
}

/**
 * The log viewer's time lines the scanner passed over, the one place that knows them: a line so
 * passed over is no line of the dump (a panic's value does not end at it), and the lines around a
 * run of them read as neighbours (a stack of `file:line` lines, a crash chain, go on over it).
 */
export class PassedTimeLines {
  private runStart = -1;
  private runEnd = -1;

  pass(lineNo: number): void {
    if (this.runEnd !== lineNo - 1) this.runStart = lineNo;
    this.runEnd = lineNo;
  }

  /** Whether `lineNo` was passed over as a time alone. */
  passed(lineNo: number): boolean {
    return lineNo >= this.runStart && lineNo <= this.runEnd;
  }

  /** The line of the dump before `lineNo`: the one above the run of time lines right above it. */
  lineBefore(lineNo: number): number {
    return this.runEnd === lineNo - 1 ? this.runStart - 1 : lineNo - 1;
  }
}
