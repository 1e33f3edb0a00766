// Outside a stack, a line of no known kind (lineKinds.ts) may still start a dump behind a prefix
// the scanner has not learnt yet: a goroutine header or `goroutine profile: total N`, a crash header
// (`… panic: `, `… SIGQUIT: quit`), a race report's rule or start, a dump logged as one escaped
// string. Each holds one of a few words, so a line without any is junk, told on its bytes before it
// is decoded: logs and binary files are mostly such lines.
import { asciiBytes, startsWithBytes } from './byteLineParsers';
import { RACE_START } from './lineKinds';

const GOROUTINE_WORD = asciiBytes('goroutine ');
const PROFILE_TOTAL = asciiBytes('profile: total ');
const EXCEPTION = asciiBytes('Exception 0x');
const UNEXPECTED_FAULT = asciiBytes('unexpected fault address ');
const RACE_START_BYTES = asciiBytes(RACE_START);
/** Words that end right before `: ` in a crash header (`runtime: goroutine stack exceeds …` included). */
const BEFORE_COLON = ['panic', 'fatal error', 'runtime'].map(asciiBytes);
const COLON = 0x3a;
const SPACE = 0x20;

const isDigitByte = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isUpperOrDigit = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || isDigitByte(b);

/** The bytes that may begin a word looked for: `goroutine `, `: ` (after a crash word), `Exception 0x`, `unexpected fault address `. */
const WORD_STARTS = new Uint8Array(256);
for (const c of 'g:Eu') WORD_STARTS[c.charCodeAt(0)] = 1;

/**
 * Whether the line bytes[start, end) (UTF-8, untrimmed at the start, trimmed at the end) may hold
 * the start of a dump behind a prefix: `goroutine N ` or `goroutine profile: total `, a crash word
 * before `: ` (`SIG…: ` too), `Exception 0x`, `unexpected fault address `, or an end in `=` or
 * `WARNING: DATA RACE`. False means the scanner's text path would skip the line, unless it is of a
 * known kind (`mayBeKnownLine`). One pass over the bytes, most of them one table look-up each.
 */
export function mayHoldPrefixedStart(bytes: Uint8Array, start: number, end: number): boolean {
  const last = bytes[end - 1];
  if (end > start && (last === 0x3d /* = */ || (last === 0x45 /* E */ && startsWithBytes(bytes, end - RACE_START_BYTES.length, end, RACE_START_BYTES)))) return true;
  if (!mayHaveCrashPrefix(bytes, start, end)) return holdsGoroutineWord(bytes, start, end);
  for (let i = start; i < end; i++) {
    if (WORD_STARTS[bytes[i]] === 0) continue;
    const b = bytes[i];
    if (b === 0x67 /* g */) {
      if (bytes[i + 1] === 0x6f /* o */ && startsWithBytes(bytes, i, end, GOROUTINE_WORD) &&
        (numberThenSpace(bytes, i + GOROUTINE_WORD.length, end) || startsWithBytes(bytes, i + GOROUTINE_WORD.length, end, PROFILE_TOTAL))) return true;
    } else if (b === COLON) {
      if (i + 1 < end && bytes[i + 1] === SPACE && crashWordBefore(bytes, start, i)) return true;
    } else if (b === 0x45 /* E */) {
      if (startsWithBytes(bytes, i, end, EXCEPTION)) return true;
    } else if (bytes[i + 1] === 0x6e /* n */ && startsWithBytes(bytes, i, end, UNEXPECTED_FAULT)) return true;
  }
  return false;
}

/** Boyer–Moore–Horspool search for one word: most bytes are passed over unread. */
class WordSearch {
  private readonly shift = new Uint8Array(256);
  constructor(private readonly word: Uint8Array) {
    this.shift.fill(word.length);
    for (let i = 0; i < word.length - 1; i++) this.shift[word[i]] = word.length - 1 - i;
  }

  /** First index of the word in bytes[from, end), or `end`. */
  find(bytes: Uint8Array, from: number, end: number): number {
    const word = this.word;
    const last = word.length - 1;
    const lastByte = word[last];
    for (let i = from; i + last < end; i += this.shift[bytes[i + last]]) {
      if (bytes[i + last] === lastByte && startsWithBytes(bytes, i, end, word)) return i;
    }
    return end;
  }
}

const GOROUTINE_SEARCH = new WordSearch(GOROUTINE_WORD);

/** `goroutine N ` or `goroutine profile: total ` in bytes[start, end). */
function holdsGoroutineWord(bytes: Uint8Array, start: number, end: number): boolean {
  for (let at = GOROUTINE_SEARCH.find(bytes, start, end); at < end; at = GOROUTINE_SEARCH.find(bytes, at + 1, end)) {
    const after = at + GOROUTINE_WORD.length;
    if (numberThenSpace(bytes, after, end) || startsWithBytes(bytes, after, end, PROFILE_TOTAL)) return true;
  }
  return false;
}

const isPathByte = (b: number): boolean =>
  (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || isDigitByte(b) || b === 0x5f /* _ */ || b === 0x2e /* . */ || b === 0x2f /* / */ || b === 0x2d /* - */;

/**
 * Whether a crash word may follow a log prefix on this line (the prefixed-crash pattern of
 * prefixLearner.ts, anchored at the line's start): the prefix's first piece starts with a digit
 * (timestamps, grep's `12:`), `<`, `[`, `>`, a capital (syslog's month), a character stuck to a
 * crash line (`^\`, a quote), white space, or is a word that a grep `:`/`-`, a compose `|` or a
 * space-separated `stdout`/`stderr` word follows. A line that starts with any other word holds
 * no prefixed crash: only a goroutine header behind a prefix remains to look for.
 */
function mayHaveCrashPrefix(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start];
  if (!((first >= 0x61 && first <= 0x7a) || first === 0x5f || first === 0x2e || first === 0x2f || first === 0x2d)) {
    // Not a lowercase word's start: a capital or digit may start a prefix; punctuation other than these, or non-ASCII, none.
    return !(first === 0x7b /* { */ || first === 0x7d /* } */ || first === 0x28 /* ( */ || first === 0x29 /* ) */ || first === 0x2c /* , */ || first === 0x3b /* ; */);
  }
  let i = start;
  while (i < end && isPathByte(bytes[i])) i++;
  if (i === end) return false;
  const after = bytes[i];
  if (after === COLON || after === 0x2d) return true;
  // A word with digits or `-` may be grep's `file-12-` (its `-`s are taken by the word here); `stdout`/`stderr`.
  for (let k = start; k < i; k++) if (isDigitByte(bytes[k]) || bytes[k] === 0x2d) return true;
  if (i - start === 6 && bytes[start] === 0x73 /* s */ && bytes[start + 1] === 0x74 /* t */ && bytes[start + 2] === 0x64 /* d */) return true;
  // docker compose's `app-1  |`.
  while (i < end && bytes[i] === SPACE) i++;
  return i < end && bytes[i] === 0x7c /* | */;
}

/** Digits, then a space: the goroutine id of a header (`goroutine 12 [`, `goroutine 12 gp=…`). */
function numberThenSpace(bytes: Uint8Array, i: number, end: number): boolean {
  const start = i;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i > start && i < end && bytes[i] === SPACE;
}

/** `panic`, `fatal error`, `runtime`, or capitals and digits holding `SIG` and more, right before bytes[colon]. */
function crashWordBefore(bytes: Uint8Array, start: number, colon: number): boolean {
  const before = bytes[colon - 1];
  if (before !== 0x63 /* c */ && before !== 0x72 /* r */ && before !== 0x65 /* e */ && !isUpperOrDigit(before)) return false;
  for (const word of BEFORE_COLON) {
    if (colon - word.length >= start && startsWithBytes(bytes, colon - word.length, colon, word)) return true;
  }
  let i = colon;
  while (i > start && isUpperOrDigit(bytes[i - 1])) i--;
  for (let at = i; at + 3 < colon; at++) if (bytes[at] === 0x53 /* S */ && bytes[at + 1] === 0x49 /* I */ && bytes[at + 2] === 0x47 /* G */) return true;
  return false;
}
