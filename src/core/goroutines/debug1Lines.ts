// Lines of a debug=1 goroutine profile (`N @ 0x…` records):
//   # labels: {"k":"v", "k2":"v2"}
//   #	0x106cd1e	time.Sleep+0xbe			/usr/local/go/src/runtime/time.go:188
// text/tabwriter pads the columns with several tabs (or spaces once pasted).

import { isBlank, lastIndexInLine, parseLocationLine } from './lineParsers';
import { detachString } from './textChunks';
import { PROPERTY_KEY_LIMIT, propertyKey } from '../propertyKey';

export interface RecordFrameLine {
  /** The frame's PC, `0x…`. */
  addressStart: number;
  addressEnd: number;
  funcStart: number;
  funcEnd: number;
  pathStart: number;
  /** -1 when the line has no `file:line` column (binary without symbols). */
  pathEnd: number;
  line: number;
}

export function parseRecordFrameLine(text: string, s: number, end: number): RecordFrameLine | null {
  let p = s + 1;
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  if (!text.startsWith('0x', p)) return null;
  const addressStart = p;
  while (p < end && !isBlank(text.charCodeAt(p))) p++;
  const addressEnd = p;
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  const funcStart = p;
  while (p < end && !isBlank(text.charCodeAt(p))) p++;
  // runtime/pprof prints only the address of a PC it has no function for (`#\t0x7f01`).
  if (p === funcStart) return { addressStart, addressEnd, funcStart: addressStart, funcEnd: addressEnd, pathStart: end, pathEnd: -1, line: 0 };
  let funcEnd = p;
  const offset = lastIndexInLine(text, '+0x', funcStart, funcEnd);
  if (offset > funcStart) funcEnd = offset;
  while (p < end && isBlank(text.charCodeAt(p))) p++;
  const location = p < end ? parseLocationLine(text, p, end) : null;
  return location
    ? { addressStart, addressEnd, funcStart, funcEnd, pathStart: p, pathEnd: location.pathEnd, line: location.line }
    : { addressStart, addressEnd, funcStart, funcEnd, pathStart: p, pathEnd: -1, line: 0 };
}

/**
 * `{"a":"b", "c":"d"}` as printed by runtime/pprof (Go-quoted strings, JSON-compatible in practice).
 * A key past the property-name limit is cut (propertyKey); JSON.parse would intern it whole.
 */
export function parseLabels(text: string): Record<string, string> {
  const body = text.trim();
  const pairs = body.length > PROPERTY_KEY_LIMIT ? quotedPairs(body) : null;
  const longKey = pairs !== null && pairs.some(([key]) => key.length > PROPERTY_KEY_LIMIT);
  if (!longKey) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const labels: Record<string, string> = {};
        for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) labels[key] = String(value);
        return labels;
      }
    } catch {
      // Go's %q escapes (\x00, \u00e9 forms) are not always JSON; fall back to pairwise matching.
    }
  }
  const raw = pairs ?? quotedPairs(body);
  // With a long key the pairs are unquoted one by one as the whole would have been, when all are JSON.
  const unquoted = longKey ? unquoteAll(raw) : null;
  const labels: Record<string, string> = {};
  for (const [key, value] of unquoted ?? raw) labels[propertyKey(key)] = value;
  return labels;
}

/**
 * The `"key": "value"` pairs of `body` as they stand between their quotes, left to right: a regex
 * retried at every quote backtracks quadratically on a long run of escaped quotes.
 */
function quotedPairs(body: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  let p = body.indexOf('"');
  while (p >= 0) {
    const key = quotedEnd(body, p);
    if (key < 0) break;
    let q = key;
    while (q < body.length && /\s/.test(body[q])) q++;
    if (body[q] !== ':') { p = body.indexOf('"', key); continue; }
    q++;
    while (q < body.length && /\s/.test(body[q])) q++;
    const value = body[q] === '"' ? quotedEnd(body, q) : -1;
    if (value < 0) { p = body.indexOf('"', key); continue; }
    pairs.push([detachString(body.slice(p + 1, key - 1)), detachString(body.slice(q + 1, value - 1))]);
    p = body.indexOf('"', value);
  }
  return pairs;
}

/** Every pair's strings unquoted as JSON strings, or null when one is not JSON. */
function unquoteAll(pairs: ReadonlyArray<[string, string]>): Array<[string, string]> | null {
  try {
    return pairs.map(([key, value]) => [JSON.parse(`"${key}"`) as string, JSON.parse(`"${value}"`) as string]);
  } catch {
    return null;
  }
}

/** Where the Go-quoted string that opens at `open` ends (after its closing quote), or -1. */
function quotedEnd(text: string, open: number): number {
  for (let p = open + 1; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x5c) p++;
    else if (c === 0x22) return p + 1;
  }
  return -1;
}

/**
 * The line of the first record whose count takes the records' sum past 2^53, or -1. Past it a
 * double cannot hold every integer, so the sums (a group's count, the total) are rounded.
 */
export function lineWhereCountsPassExact(records: readonly { readonly count: number; readonly lines: { readonly start: number } | null }[]): number {
  let sum = 0;
  for (const record of records) {
    sum += record.count;
    if (sum > Number.MAX_SAFE_INTEGER) return record.lines?.start ?? 0;
  }
  return -1;
}
