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
