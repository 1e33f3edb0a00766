// A run of junk lines outside any stack (logs, a binary file, text in which slivers read like
// headers), skipped on its bytes without the scanner's per-line bookkeeping. Junk is mostly short
// lines, so what each costs is what counts: its end is found four bytes at a time (a 32-bit view
// of the bytes, SWAR), and the exact tests that tell it from a line the scanner must read
// (lineKinds.ts, prefixedStarts.ts) look at its first word and skip through the rest.
import { asciiBytes, isBlankByte, startsWithBytes } from './byteLineParsers';
import { mayBeKnownLine } from './lineKinds';
import { mayHoldPrefixedStart } from './prefixedStarts';
import { mayStartHeadlessStack } from './headlessStart';
import { mayBeRecordStartingDump } from './logRecords';
import { isTimestampOnlyBytes } from './timestampLines';

const NEWLINE = 0x0a;
const NEWLINES = 0x0a0a0a0a;

/** Lines longer than this are left to the scanner's general loop (which cuts lines too long). */
const MAX_JUNK_LINE = 4096;

/** The 32-bit view reads bytes in memory order only on a little-endian machine (all JavaScript hosts in practice). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

/** Per byte of a 32-bit word, the high bit set where the byte is 0 (exact: no borrow crosses bytes). */
function zeroBytes(x: number): number {
  return ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
}

/** The bytes as 32-bit words from the first 4-byte-aligned one (`start`, an index into the bytes). */
interface WordView {
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
  readonly start: number;
}

/** The view of `bytes`: the run's own when it was made for them (junk asks for a run every few dozen lines of one chunk). */
function wordView(bytes: Uint8Array, run: JunkRun): WordView {
  if (run.view?.bytes === bytes) return run.view;
  const start = (4 - (bytes.byteOffset & 3)) & 3;
  const count = LITTLE_ENDIAN && bytes.length > start ? (bytes.length - start) >> 2 : 0;
  run.view = { bytes, words: new Int32Array(bytes.buffer, bytes.byteOffset + start, count), start };
  return run.view;
}

/** Index of the first newline in bytes[pos, limit), or `limit`. */
function newlineAt(bytes: Uint8Array, view: WordView, pos: number, limit: number): number {
  const { words, start } = view;
  if (pos >= start) {
    let w = (pos - start) >> 2;
    const lastWord = Math.min(words.length, ((limit - start) >> 2) + 1);
    if (w < lastWord) {
      // The bytes of the first word before `pos` are masked off.
      let found = zeroBytes(words[w] ^ NEWLINES) & (-1 << (((pos - start) & 3) << 3));
      while (found === 0 && ++w < lastWord) found = zeroBytes(words[w] ^ NEWLINES);
      if (found !== 0) {
        const at = start + (w << 2) + ((31 - Math.clz32(found & -found)) >> 3);
        return at < limit ? at : limit;
      }
      pos = start + (w << 2);
    }
  }
  for (; pos < limit; pos++) if (bytes[pos] === NEWLINE) return pos;
  return limit;
}

/** Where a run stopped and how many lines it skipped (and the word view of the last bytes it read, kept by its owner). */
export interface JunkRun {
  pos: number;
  lines: number;
  view?: WordView;
}

/**
 * From bytes[pos] (a line's start), skips the lines that are plainly junk: none blank, none
 * starting with `goroutine ` and a digit or `p` (anything else after `goroutine ` is no header or
 * profile on either of the scanner's paths), none of a kind the line-kind table may name
 * (`mayBeKnownLine`), none holding a dump's start behind a prefix (`mayHoldPrefixedStart`) and none
 * that may be the first frame of a stack without its header (`mayStartHeadlessStack`).
 * Stops before the first line that is not, before a line longer than MAX_JUNK_LINE, and before
 * the last line of bytes[…, end) (it may be the text's last, which the scanner looks at on its own).
 */
export function skipJunkLines(bytes: Uint8Array, pos: number, end: number, run: JunkRun): void {
  const view = wordView(bytes, run);
  let lines = 0;
  for (;;) {
    const limit = Math.min(end, pos + MAX_JUNK_LINE);
    const newline = newlineAt(bytes, view, pos, limit);
    if (newline >= limit || newline + 1 >= end) break;
    let s = pos;
    while (s < newline && isBlankByte(bytes[s])) s++;
    let lineEnd = newline;
    while (lineEnd > s && isBlankByte(bytes[lineEnd - 1])) lineEnd--;
    if (s === lineEnd || (bytes[s] === 0x67 /* g */ && goroutineThenDigitOrP(bytes, s, lineEnd)) ||
      mayBeKnownLine(bytes, s, lineEnd) || mayHoldPrefixedStart(bytes, pos, lineEnd) || mayStartHeadlessStack(bytes, s, lineEnd) ||
        mayBeRecordStartingDump(bytes, s, lineEnd) || isTimestampOnlyBytes(bytes, s, lineEnd)) break;
    lines++;
    pos = newline + 1;
  }
  run.pos = pos;
  run.lines = lines;
}

const GOROUTINE_WORD = asciiBytes('goroutine ');

/** `goroutine ` and a digit or `p` at bytes[s]: what may be a header or `goroutine profile: total N`. */
function goroutineThenDigitOrP(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s <= GOROUTINE_WORD.length || !startsWithBytes(bytes, s, end, GOROUTINE_WORD)) return false;
  const next = bytes[s + GOROUTINE_WORD.length];
  return isDigit(next) || next === 0x70 /* p */;
}
