// Outside a stack, a line of no known kind (lineKinds.ts) may still start a dump behind a prefix
// the scanner has not learnt yet: a goroutine header or `goroutine profile: total N`, a crash header
// (`… panic: `, `… SIGQUIT: quit`), a race report's rule or start, a dump logged as one escaped
// string. Each holds one of a few words, so a line without any is junk, told on its bytes before it
// is decoded: logs and binary files are mostly such lines.
import { asciiBytes, startsWithBytes } from './byteLineParsers';
import { CRASH_GATE_WORDS } from './crashLines';
import { MAX_HELD_LINE_CHARS } from './crashBeforeDump';
import { RACE_START, RUNTIME_STACK_LINE } from './lineKinds';
import { mayEndRaceSection } from './prefixedRaceSection';
import { mayBeFlattenedStack } from './flattenedStack';
import { byteClasses, NON_ASCII_CLASS, rareByteClass } from './byteClasses';

const GOROUTINE_WORD = asciiBytes('goroutine ');
const PROFILE_TOTAL = asciiBytes('profile: total ');
const RACE_START_BYTES = asciiBytes(RACE_START);
const RUNTIME_STACK_BYTES = asciiBytes(RUNTIME_STACK_LINE);
const REMOTE = asciiBytes('remote');
const COLON = 0x3a;
const SPACE = 0x20;

const isDigitByte = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isUpperOrDigit = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || isDigitByte(b);

/**
 * Words that end right before `: ` in a crash line (`runtime: goroutine stack exceeds …` included).
 * One that ends in another (`Observed a panic`, `panic`) finds no line the other misses: left out.
 */
const BEFORE_COLON = CRASH_GATE_WORDS.beforeColon
  .filter((word, i, all) => all.indexOf(word) === i && !all.some(other => other !== word && word.endsWith(other)))
  .map(asciiBytes);
/** After a server's error log name: `http: panic serving …`, `monitoring: panic serving …`. */
const AFTER_COLON = CRASH_GATE_WORDS.afterColon.map(asciiBytes);
/** Per first byte, the crash words looked for anywhere on the line (`Exception 0x`, `unexpected fault address `). */
const ANYWHERE_BY_FIRST_BYTE: Uint8Array[][] = Array.from({ length: 256 }, () => []);
/** Per first two bytes (the first times 256 plus the second), whether a crash word looked for anywhere starts so: most bytes go no further. */
const ANYWHERE_FIRST_TWO_BYTES = new Uint8Array(256 * 256);
for (const word of CRASH_GATE_WORDS.anywhere.map(asciiBytes)) {
  ANYWHERE_BY_FIRST_BYTE[word[0]].push(word);
  for (let second = 0; second < 256; second++) if (word.length === 1 || second === word[1]) ANYWHERE_FIRST_TWO_BYTES[(word[0] << 8) | second] = 1;
}

/** The bytes right before `: ` that may end a crash word: the words' last bytes, and capitals and digits after `SIG`. */
const BEFORE_COLON_LAST_BYTES = new Uint8Array(256);
for (const word of BEFORE_COLON) BEFORE_COLON_LAST_BYTES[word[word.length - 1]] = 1;
if (CRASH_GATE_WORDS.signalBeforeColon) for (let b = 0; b < 256; b++) if (isUpperOrDigit(b)) BEFORE_COLON_LAST_BYTES[b] = 1;

const GOROUTINE_START = 1;
const COLON_START = 2;
const CRASH_WORD_START = 3;
/** What a byte may begin: `goroutine `, `: ` (after a crash word, or before one), a crash word looked for anywhere. */
const WORD_STARTS = new Uint8Array(256);
for (let b = 0; b < 256; b++) if (ANYWHERE_BY_FIRST_BYTE[b].length > 0) WORD_STARTS[b] = CRASH_WORD_START;
// A crash word that began with either would be passed over by their branch of the loop.
if (WORD_STARTS[0x67 /* g */] !== 0 || WORD_STARTS[COLON] !== 0) throw new Error('a crash word looked for anywhere starts with `g` or `:`');
WORD_STARTS[0x67 /* g */] = GOROUTINE_START;
WORD_STARTS[COLON] = COLON_START;

/**
 * The byte classes (byteClasses.ts) one of which a line holds for `mayHoldPrefixedStart` to find a
 * goroutine header behind a prefix, unless its last byte is one of PREFIXED_START_LAST_BYTES: a
 * quote or backslash before an escaped dump's header, a non-ASCII byte (a last byte the text path
 * may trim). Without them only a crash's start is left (`mayHoldPrefixedCrash`).
 */
export const PREFIXED_HEADER_CLASSES = byteClasses('"\\') | NON_ASCII_CLASS;
/** The classes one of which a line holds for the crash words behind a prefix: a colon, a rare byte of each crash word looked for anywhere. */
export const PREFIXED_CRASH_CLASSES = CRASH_GATE_WORDS.anywhere.reduce((classes, word) => classes | rareByteClass(word), byteClasses(':'));

/** The last bytes that let a line hold a prefixed start without any of PREFIXED_HEADER_CLASSES: `=`, `WARNING: DATA RACE`'s, a header's last bytes (`startsDumpAt`), a separator after one (`bracketThenSuffix`). */
export const PREFIXED_START_LAST_BYTES = new Uint8Array(256);
for (const b of asciiBytes('=E]:}`\'"|\v\f,;')) PREFIXED_START_LAST_BYTES[b] = 1;
/** The classes a line holds all of when it may be a header followed by a log's fields (`bracketThenSuffix`), whatever its last byte. */
export const SUFFIXED_HEADER_CLASSES = byteClasses(']:=');
/** The classes a line holds all of when it may be a header followed by an export's column (`endsInColumnAfterBracket`). */
export const COLUMN_HEADER_CLASSES = byteClasses(']:');
for (let b = 0x80; b < 256; b++) PREFIXED_START_LAST_BYTES[b] = 1;

/** Whether bytes[start, end) ends with `word`. */
function endsWithBytes(bytes: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  return end - start >= word.length && startsWithBytes(bytes, end - word.length, end, word);
}

/**
 * Whether the line bytes[start, end) (UTF-8, untrimmed at the start, trimmed at the end) may hold
 * the start of a dump behind a prefix: `goroutine N ` that may be a header or an escaped dump's
 * (`startsDumpAt`) or `goroutine profile: total `, a crash line's words (crashLines.ts: a word
 * before `: `, `SIG…: ` too, or after it, or a word anywhere), or an end in `=`,
 * `WARNING: DATA RACE`, `runtime stack:` or a race section's (prefixedRaceSection.ts). False means the scanner's text path would skip the line, unless it is of a
 * known kind (`mayBeKnownLine`). One pass over the bytes, most of them one table look-up each.
 */
export function mayHoldPrefixedStart(bytes: Uint8Array, start: number, end: number): boolean {
  const last = bytes[end - 1];
  if (end > start && (last === 0x3d /* = */ || (last === 0x45 /* E */ && startsWithBytes(bytes, end - RACE_START_BYTES.length, end, RACE_START_BYTES)))) return true;
  if (last === COLON && (mayEndRaceSection(bytes, start, end) || endsWithBytes(bytes, start, end, RUNTIME_STACK_BYTES))) return true;
  if (!mayHaveCrashPrefix(bytes, start, end)) return holdsGoroutineWord(bytes, start, end);
  for (let i = start; i < end; i++) {
    const starts = WORD_STARTS[bytes[i]];
    if (starts === 0) continue;
    if (starts === GOROUTINE_START) {
      if (bytes[i + 1] === 0x6f /* o */ && startsWithBytes(bytes, i, end, GOROUTINE_WORD) && startsDumpAt(bytes, start, i, end)) return true;
    } else if (starts === COLON_START) {
      if (i + 1 < end && bytes[i + 1] === SPACE && (crashWordBefore(bytes, start, i) || crashWordAfter(bytes, i + 2, end))) return true;
    } else if (ANYWHERE_FIRST_TWO_BYTES[(bytes[i] << 8) | bytes[i + 1]] === 1 && crashWordAt(bytes, i, end)) return true;
  }
  return false;
}

/**
 * `mayHoldPrefixedStart` for a line that holds none of PREFIXED_HEADER_CLASSES and whose last byte
 * is none of PREFIXED_START_LAST_BYTES: of a header's starts only `goroutine profile: total ` is
 * left, and the crash words only behind a crash prefix (most junk's first word is none).
 */
export function mayHoldPrefixedCrash(bytes: Uint8Array, start: number, end: number): boolean {
  if (mayHaveCrashPrefix(bytes, start, end)) return mayHoldPrefixedStart(bytes, start, end);
  return GOROUTINE_PROFILE_SEARCH.find(bytes, start, end) < end;
}

/** A crash word looked for anywhere, at bytes[i]. */
function crashWordAt(bytes: Uint8Array, i: number, end: number): boolean {
  const words = ANYWHERE_BY_FIRST_BYTE[bytes[i]];
  for (let k = 0; k < words.length; k++) if (startsWithBytes(bytes, i, end, words[k])) return true;
  return false;
}

/** A crash word that follows a name and `: `, at bytes[i]. */
function crashWordAfter(bytes: Uint8Array, i: number, end: number): boolean {
  for (let k = 0; k < AFTER_COLON.length; k++) if (startsWithBytes(bytes, i, end, AFTER_COLON[k])) return true;
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
const GOROUTINE_PROFILE_SEARCH = new WordSearch(asciiBytes('goroutine profile: total '));

/** `goroutine ` at some bytes[at] in bytes[start, end) for which `startsDumpAt` holds. */
function holdsGoroutineWord(bytes: Uint8Array, start: number, end: number): boolean {
  for (let at = GOROUTINE_SEARCH.find(bytes, start, end); at < end; at = GOROUTINE_SEARCH.find(bytes, at + 1, end)) {
    if (startsDumpAt(bytes, start, at, end)) return true;
  }
  return false;
}

/**
 * Whether `goroutine ` at bytes[at] may start what the text path reads as a dump's start:
 * `goroutine profile: total `, or `goroutine N ` opening an escaped dump (right after `"` or `\n`)
 * or a header. A header's line ends (but for white space) in its bracket, the bracket's colon or
 * its labels' brace, so `log: goroutine 12 [IO wait]: see above` is none; a last byte that may be
 * part of white space the text path trims (`\v`, `\f`, non-ASCII) or a box's closing border (`|`, boxBorder.ts) is not ruled out.
 */
function startsDumpAt(bytes: Uint8Array, start: number, at: number, end: number): boolean {
  const after = at + GOROUTINE_WORD.length;
  if (startsWithBytes(bytes, after, end, PROFILE_TOTAL)) return true;
  if (!numberThenSpace(bytes, after, end)) return false;
  const last = bytes[end - 1];
  if (last === 0x5d /* ] */ || last === COLON || last === 0x7d /* } */ || last === 0x0b || last === 0x0c || last >= 0x80 ||
    last === 0x60 /* ` */ || last === 0x27 /* ' */ || last === 0x22 /* " */ || last === 0x7c /* | */) return true;
  return (at > start && bytes[at - 1] === 0x22 /* " */) || (at > start + 1 && bytes[at - 1] === 0x6e /* n */ && bytes[at - 2] === 0x5c /* \ */) ||
    bracketThenEscapedBreak(bytes, after, end) || bracketThenSuffix(bytes, after, end) || (onlyBlanksBefore(bytes, start, at) && mayBeFlattenedStack(bytes, after, end, MAX_BRACKET_BYTES));
}

/** Nothing but white space in bytes[start, at): the line starts with what is at `at` (a stack flattened onto it starts so, flattenedStack.ts). */
function onlyBlanksBefore(bytes: Uint8Array, start: number, at: number): boolean {
  for (let i = start; i < at; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09) return false;
  return true;
}

/** The header's bracket closes within a state's length of bytes[from] and `:\n` (escaped) follows: a dump logged as one escaped string behind text. */
function bracketThenEscapedBreak(bytes: Uint8Array, from: number, end: number): boolean {
  const limit = Math.min(end - 3, from + MAX_BRACKET_BYTES);
  for (let i = from; i < limit; i++) {
    if (bytes[i] !== 0x5d /* ] */) continue;
    return bytes[i + 1] === COLON && bytes[i + 2] === 0x5c /* \ */ && bytes[i + 3] === 0x6e /* n */;
  }
  return false;
}

/**
 * The header's bracket closes within a state's length of bytes[from], its `:` followed by white
 * space (a log's fields after every line, or an export's column: one value) or by a separator that
 * ends the line: the suffix a log puts after each line (lineSuffix.ts), which the text path reads.
 */
function bracketThenSuffix(bytes: Uint8Array, from: number, end: number): boolean {
  const limit = Math.min(end - 2, from + MAX_BRACKET_BYTES);
  for (let i = from; i < limit; i++) {
    if (bytes[i] !== 0x5d /* ] */) continue;
    if (bytes[i + 1] !== COLON) return false;
    const next = bytes[i + 2];
    const last = bytes[end - 1];
    if (end - (i + 2) <= 2) return last === 0x2c /* , */ || last === 0x3b /* ; */ || columnFrom(bytes, i + 2, end);
    if (next !== SPACE && next !== 0x09) return false;
    for (let k = i + 3; k < end; k++) if (bytes[k] === 0x3d /* = */) return true;
    return columnFrom(bytes, i + 2, end);
  }
  return false;
}

/** The longest export's column after a header that lineSuffix.ts learns (its COLUMN). */
const MAX_COLUMN_BYTES = 64;

const isColumnByte = (b: number): boolean => isPathByte(b) && b !== 0x2f /* / */;

/** White space from bytes[from], then one column value (`[\w.-]`, up to 64 bytes) to the end: lineSuffix.ts' COLUMN. */
function columnFrom(bytes: Uint8Array, from: number, end: number): boolean {
  let i = from;
  while (i < end && (bytes[i] === SPACE || bytes[i] === 0x09)) i++;
  if (i === from || end - i > MAX_COLUMN_BYTES || i === end) return false;
  for (; i < end; i++) if (!isColumnByte(bytes[i])) return false;
  return true;
}

/**
 * Whether the trimmed line ends in `]:`, white space and one column value (Kibana's `-` for an empty
 * field, a host's name): a header behind a prefix with an export's column after it (lineSuffix.ts),
 * told from the line's end alone, so junk without it pays a few bytes' look.
 */
export function endsInColumnAfterBracket(bytes: Uint8Array, s: number, end: number): boolean {
  let i = end;
  while (i > s && end - i < MAX_COLUMN_BYTES && isColumnByte(bytes[i - 1])) i--;
  if (i === end) return false;
  const valueStart = i;
  while (i > s && (bytes[i - 1] === SPACE || bytes[i - 1] === 0x09)) i--;
  return i < valueStart && i - 2 >= s && bytes[i - 1] === COLON && bytes[i - 2] === 0x5d /* ] */;
}

/** How far a header's closing bracket may be from its number: the longest wait reason with its minutes and markers. */
const MAX_BRACKET_BYTES = 200;

const isPathByte = (b: number): boolean =>
  (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || isDigitByte(b) || b === 0x5f /* _ */ || b === 0x2e /* . */ || b === 0x2f /* / */ || b === 0x2d /* - */;

/**
 * Whether a crash word may follow a log prefix on this line: whether the prefixed-crash pattern of
 * prefixLearner.ts (anchored at the line's start) may match, told by how the line starts. Its
 * prefix starts with one of its pieces: grep's `12:` / `file:12:` / `file-12-` (a word, then
 * digits and `:` or `-`), a timestamp (`2024-05-01T…`, `2024/05/01 …`: digits, then `-` or `/`; a compact `220308.175025`),
 * klog's header without its letter (`1207 17:55:55…`), `stdout`/`stderr`, a compose `app-1  |`, a journal's tag alone (`app[12]:`), journalctl's month in CJK locales (`4月`), kubectl's `[pod/…]` (then white space), or a capital,
 * `<`, `>` or a character stuck to a crash line (`^\`, a quote). White space, `{`, `}`, `(`, `)`,
 * `,` and `;` start none of them. (A crash word that starts the line has no prefix: that line is
 * of a known kind, `mayBeKnownLine`.) A line that starts otherwise holds no prefixed crash: only a
 * goroutine header behind a prefix remains to look for.
 */
function mayHaveCrashPrefix(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start];
  if (first === 0x5b /* [ */) return bracketThenSpace(bytes, start, end);
  if (!isPathByte(first) || (first >= 0x41 && first <= 0x5a)) {
    return !(first === 0x7b /* { */ || first === 0x7d /* } */ || first === 0x28 /* ( */ || first === 0x29 /* ) */ || first === 0x2c /* , */ ||
      first === 0x3b /* ; */ || first === SPACE || first === 0x09 || first === 0x0d);
  }
  // A word of path bytes (grep's file name, a timestamp's date, a compose service, a crash word).
  let i = start;
  let digitThenSeparator = false;
  for (; i < end && isPathByte(bytes[i]); i++) {
    const next = bytes[i + 1];
    if (isDigitByte(bytes[i]) && (next === 0x2d /* - */ || next === 0x2f /* / */)) digitThenSeparator = true;
  }
  if (i === end) return false;
  if (digitThenSeparator || startsWithCompactTime(bytes, start, i)) return true;
  const after = bytes[i];
  // klog's header without its severity letter (`1207 17:55:55.339885 …`): four digits, then a clock.
  if (i - start === 4 && after === SPACE && isDigitByte(bytes[start]) && isDigitByte(bytes[i - 1]) && isDigitByte(bytes[i + 1]) && isDigitByte(bytes[i + 2]) && bytes[i + 3] === COLON) return true;
  // grep's `12:`, `file-12:`, `file:12:` (`main.go:12 ` is a path, no prefix).
  if (after === COLON) return isDigitByte(bytes[i - 1]) || digitsThenSeparator(bytes, i + 1, end) || (i - start === 6 && startsWithBytes(bytes, start, end, REMOTE));
  if (i - start === 6 && bytes[start] === 0x73 /* s */ && bytes[start + 1] === 0x74 /* t */ && bytes[start + 2] === 0x64 /* d */) return true;
  // A journal's process tag alone, its time and host cut off (`minio[149306]:`).
  if (after === 0x5b /* [ */ && i > start && processIdThenColon(bytes, i + 1, end)) return true;
  // journalctl's month in Chinese, Japanese or Korean (`4月 03 09:26:35 host app[1]:`): digits, then the sign's UTF-8.
  if (after >= 0x80 && i > start && isDigitByte(bytes[i - 1])) return true;
  // docker compose's `app-1  |`.
  while (i < end && bytes[i] === SPACE) i++;
  return i < end && bytes[i] === 0x7c /* | */;
}

/** A compact time at the start of the word bytes[start, end): 6 or 8 digits, `.`, `T` or `_`, 6 digits (`220308.175025`, `20220308T175025Z`). */
function startsWithCompactTime(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end && isDigitByte(bytes[i])) i++;
  const separator = bytes[i];
  if ((i - start !== 6 && i - start !== 8) || !(separator === 0x2e /* . */ || separator === 0x54 /* T */ || separator === 0x5f /* _ */)) return false;
  const time = ++i;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i - time === 6;
}

/** A process id's digits, `]` and `:` at bytes[i]. */
function processIdThenColon(bytes: Uint8Array, i: number, end: number): boolean {
  const first = i;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i > first && i + 1 < end && bytes[i] === 0x5d /* ] */ && bytes[i + 1] === COLON;
}

/** kubectl's `[pod/…]` piece: `[`, something, the first `]`, then white space (ASCII, or a byte of a non-ASCII space). */
function bracketThenSpace(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start + 2;
  while (i < end && bytes[i] !== 0x5d /* ] */) i++;
  if (i + 1 >= end) return false;
  const after = bytes[i + 1];
  return after === SPACE || (after >= 0x09 && after <= 0x0d) || after >= 0x80;
}

/** Digits from bytes[i], then `:` or `-` (grep's line number after its file name). */
function digitsThenSeparator(bytes: Uint8Array, i: number, end: number): boolean {
  const start = i;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i > start && i < end && (bytes[i] === COLON || bytes[i] === 0x2d /* - */);
}

/** Digits, then a space: the goroutine id of a header (`goroutine 12 [`, `goroutine 12 gp=…`). */
function numberThenSpace(bytes: Uint8Array, i: number, end: number): boolean {
  const start = i;
  while (i < end && isDigitByte(bytes[i])) i++;
  return i > start && i < end && bytes[i] === SPACE;
}

/** A crash word (`panic`, `fatal error`, …), or capitals and digits holding `SIG` and more, right before bytes[colon]. */
function crashWordBefore(bytes: Uint8Array, start: number, colon: number): boolean {
  if (BEFORE_COLON_LAST_BYTES[bytes[colon - 1]] === 0) return false;
  for (const word of BEFORE_COLON) {
    if (colon - word.length >= start && startsWithBytes(bytes, colon - word.length, colon, word)) return true;
  }
  if (!CRASH_GATE_WORDS.signalBeforeColon) return false;
  let i = colon;
  while (i > start && isUpperOrDigit(bytes[i - 1])) i--;
  for (let at = i; at + 3 < colon; at++) if (bytes[at] === 0x53 /* S */ && bytes[at + 1] === 0x49 /* I */ && bytes[at + 2] === 0x47 /* G */) return true;
  return false;
}

/** A longer line has more characters than a held crash line (crashBeforeDump.ts): UTF-8 takes at most 3 bytes a character. */
const MAX_HELD_LINE_BYTES = 3 * MAX_HELD_LINE_CHARS;

/**
 * Whether the line bytes[start, end) may hold a crash word right before `: `, or a recovered panic's
 * words right after one (`http: panic serving`), anywhere (a crash line glued to other output or
 * behind an unknown prefix, which crashBeforeDump.ts holds): true for
 * every line its `crashLineAfterText` finds one on, so a skipped line is decoded only then.
 */
export function holdsCrashWordBeforeColon(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start > MAX_HELD_LINE_BYTES) return false;
  for (let colon = start; colon + 1 < end; colon++) {
    if (bytes[colon] === COLON && bytes[colon + 1] === SPACE && (crashWordBefore(bytes, start, colon) || crashWordAfter(bytes, colon + 2, end))) return true;
  }
  return false;
}
