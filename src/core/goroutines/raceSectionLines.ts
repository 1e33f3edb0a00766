// A race report's section headers, as text and on the bytes: an access (`Previous write at 0x… by
// goroutine 8:`, `Read by main goroutine:` before Go 1.6) and a creator (`Goroutine 8 (running)
// created at:`). The regexes read any line; the byte readers take only lines of printable ASCII,
// Go's own, and decline the rest for the regexes, so a line means the same on either path.

import { asciiBytes, MAX_GOROUTINE_ID_DIGITS, readDecimalBytes, startsWithBytes } from './byteLineParsers';

// Before Go 1.6 the access line names no address: `Write by goroutine 93:`, `Previous read by main goroutine:`.
export const ACCESS_HEADER = /^(.+?)(?: at (0x[0-9a-fA-F]+))? by (?:goroutine (\d+)|(main) goroutine):$/;
export const CREATED_AT = /^Goroutine (\d+) \([^)]*\) created at:$/;
/** An access line's words, before its goroutine: a terminal or a log wrapper may break the line there. */
export const ACCESS_START = /^(?:Previous )?(?:[Aa]tomic )?(?:[Rr]ead|[Ww]rite)\b/;
export const ACCESS_CUT_ENDS = [' by', ' by goroutine', ' by main'];
/** What follows a creator section's id, whole: the goroutine's state as the race detector prints it. */
const CREATOR_HEADER_TAILS = ['(running) created at:', '(finished) created at:'];

/**
 * The trimmed line is a creator section's header cut short by the text's end (`Goroutine 67 (running) cre`):
 * its id whole, then the start of what Go prints after it, not all of it.
 */
export function isCreatorHeaderCutShort(line: string): boolean {
  const id = /^Goroutine \d+(?: |$)/.exec(line);
  if (id === null) return false;
  const rest = line.slice(id[0].length);
  return CREATOR_HEADER_TAILS.some(tail => rest.length < tail.length && tail.startsWith(rest));
}

/** Where the parts of a section header read on the bytes are (reused: read before the next line). */
export interface ByteSectionHeader {
  /** The access's words end here (they start at the line's start); unused for a creator. */
  wordsEnd: number;
  /** The raced address, `0x…`; -1 without one. */
  addressStart: number;
  addressEnd: number;
  /** The goroutine's id digits; -1 for the main goroutine. */
  idStart: number;
  idEnd: number;
  /** The id as a double (rounded past 2^53: read again from its digits then). */
  id: number;
}

const BY_MAIN_GOROUTINE = asciiBytes(' by main goroutine:');
const BY_GOROUTINE = asciiBytes(' by goroutine ');
const AT_HEX = asciiBytes(' at 0x');
const GOROUTINE_WORD = asciiBytes('Goroutine ');
const CREATED_AT_END = asciiBytes(') created at:');
const COLON = 0x3a;
const SPACE = 0x20;

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

function isHex(b: number): boolean {
  return isDigit(b) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46);
}

/** Printable ASCII only: what `.` and `[^)]` of the regexes match alike on bytes and characters. */
function isPrintableAscii(bytes: Uint8Array, s: number, end: number): boolean {
  for (let i = s; i < end; i++) if (bytes[i] < SPACE || bytes[i] > 0x7e) return false;
  return true;
}

/** Digits ending at `end`, at most a goroutine id's: where they start, or -1. */
function idDigitsBefore(bytes: Uint8Array, s: number, end: number): number {
  let d = end;
  while (d > s && isDigit(bytes[d - 1])) d--;
  return d === end || end - d > MAX_GOROUTINE_ID_DIGITS ? -1 : d;
}

const decimalRead = { value: 0, end: 0 };

function decimal(bytes: Uint8Array, start: number, end: number): number {
  readDecimalBytes(bytes, start, end, decimalRead);
  return decimalRead.value;
}

/** ACCESS_HEADER on the trimmed line bytes[s, end); false when it is none or not printable ASCII. */
export function parseAccessHeaderBytes(bytes: Uint8Array, s: number, end: number, header: ByteSectionHeader): boolean {
  if (end - s < BY_MAIN_GOROUTINE.length + 1 || bytes[end - 1] !== COLON || !isPrintableAscii(bytes, s, end)) return false;
  let by = end - BY_MAIN_GOROUTINE.length;
  if (startsWithBytes(bytes, by, end, BY_MAIN_GOROUTINE)) header.idStart = header.idEnd = -1;
  else {
    const digits = idDigitsBefore(bytes, s, end - 1);
    by = digits - BY_GOROUTINE.length;
    if (digits < 0 || by <= s || !startsWithBytes(bytes, by, end, BY_GOROUTINE)) return false;
    header.idStart = digits;
    header.idEnd = end - 1;
    header.id = decimal(bytes, digits, end - 1);
  }
  // The words are as short as the regex's lazy `.+?` makes them: ` at 0x…` right before ` by` is the address.
  let hex = by;
  while (hex > s && isHex(bytes[hex - 1])) hex--;
  const at = hex - AT_HEX.length;
  if (hex < by && at > s && startsWithBytes(bytes, at, end, AT_HEX)) {
    header.wordsEnd = at;
    header.addressStart = at + 4;
    header.addressEnd = by;
  } else {
    header.wordsEnd = by;
    header.addressStart = header.addressEnd = -1;
  }
  return true;
}

/** CREATED_AT on the trimmed line bytes[s, end); false when it is none or not printable ASCII. */
export function parseCreatorHeaderBytes(bytes: Uint8Array, s: number, end: number, header: ByteSectionHeader): boolean {
  const close = end - CREATED_AT_END.length;
  if (bytes[s] !== GOROUTINE_WORD[0] || close <= s || !startsWithBytes(bytes, s, end, GOROUTINE_WORD) || !startsWithBytes(bytes, close, end, CREATED_AT_END) ||
    !isPrintableAscii(bytes, s, end)) return false;
  const digitsStart = s + GOROUTINE_WORD.length;
  let digitsEnd = digitsStart;
  while (digitsEnd < close && isDigit(bytes[digitsEnd])) digitsEnd++;
  if (digitsEnd === digitsStart || digitsEnd - digitsStart > MAX_GOROUTINE_ID_DIGITS || bytes[digitsEnd] !== SPACE || bytes[digitsEnd + 1] !== 0x28 /* ( */) return false;
  // `[^)]*`: the state holds no `)` before the one that closes it.
  for (let i = digitsEnd + 2; i < close; i++) if (bytes[i] === 0x29) return false;
  header.idStart = digitsStart;
  header.idEnd = digitsEnd;
  header.id = decimal(bytes, digitsStart, digitsEnd);
  return true;
}
