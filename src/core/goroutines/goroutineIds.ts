// Goroutine ids past 2^53 kept exact: Go prints them as uint64 and a double rounds nearby ones
// alike, so such an id is a bigint (GoroutineId), made only when the rounded double passes
// Number.MAX_SAFE_INTEGER: one comparison per id read, nothing more, on a dump of ordinary ids.
// A longer run of digits than a uint64's, which no Go runtime prints, is kept exact alike, up to
// MAX_GOROUTINE_ID_DIGITS (byteLineParsers.ts); past that it is no id and stays the double it reads as.
import { MAX_GOROUTINE_ID_DIGITS } from './byteLineParsers';

/**
 * A goroutine id as Go prints it, a uint64: a number, or a bigint past Number.MAX_SAFE_INTEGER,
 * where a double rounds nearby ids alike (made so, or after 2^53 goroutines). Each id has one form,
 * so equal ids are === and the same Map key; a bigint prints its digits (`${id}`, the CLI's JSON).
 */
export type GoroutineId = number | bigint;

/** The id whose decimal digits are text[start, end) and whose double is `rounded`: the digits are read again only past 2^53. */
export function goroutineIdAt(text: string, start: number, end: number, rounded: number): GoroutineId {
  return rounded > Number.MAX_SAFE_INTEGER && end - start <= MAX_GOROUTINE_ID_DIGITS ? BigInt(text.slice(start, end)) : rounded;
}

/** The same for ASCII digits in bytes[start, end). */
export function goroutineIdInBytes(bytes: Uint8Array, start: number, end: number, rounded: number): GoroutineId {
  return rounded > Number.MAX_SAFE_INTEGER && end - start <= MAX_GOROUTINE_ID_DIGITS ? BigInt(String.fromCharCode(...bytes.subarray(start, end))) : rounded;
}

/** The id whose decimal digits are `digits` (matched as digits by the caller). */
export function goroutineIdOfDigits(digits: string): GoroutineId {
  return goroutineIdAt(digits, 0, digits.length, Number(digits));
}

/** The id in a form every JSON encoder takes (a webview message): a number, or past 2^53 its digits. */
export function idForView(id: GoroutineId): number | string {
  return typeof id === 'bigint' ? id.toString() : id;
}

const HEADER_WORD = 'goroutine ';

/** How many decimal digits run from text[at], up to `end`. */
export function idDigitsAt(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  return i - at;
}

/**
 * Whether text[s, end) is a goroutine header (`goroutine N [`) whose id has more digits than are read
 * (MAX_GOROUTINE_ID_DIGITS): no header to the scanner, said apart so the reason is told. Counts past
 * the limit only on such a line.
 */
export function headerIdTooLong(text: string, s: number, end: number): boolean {
  if (text.charCodeAt(s) !== 0x67 /* g */ || !text.startsWith(HEADER_WORD, s)) return false;
  const at = s + HEADER_WORD.length;
  if (idDigitsAt(text, at, Math.min(end, at + MAX_GOROUTINE_ID_DIGITS + 1)) <= MAX_GOROUTINE_ID_DIGITS) return false;
  return text.startsWith(' [', at + idDigitsAt(text, at, end));
}
