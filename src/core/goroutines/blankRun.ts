// A run of blank lines (a sparse file, a hostile gigabyte of line breaks), counted on its bytes:
// line breaks alone are counted four bytes at a time (a 32-bit view of the bytes), the rest
// (white space before a line break) one byte at a time.
import { isBlankByte } from './byteLineParsers';

const NEWLINE = 0x0a;
const FOUR_NEWLINES = 0x0a0a0a0a;

/** The 32-bit view reads bytes in memory order only on a little-endian machine (for four equal bytes any order does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The bytes as 32-bit words from the first 4-byte-aligned one (`start`, an index into the bytes). */
interface WordView {
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
  readonly start: number;
}

/** Where a run of blank lines stopped (the start of the first line with content, or of an unfinished last line) and how many lines it counted. */
export interface BlankRun {
  lineStart: number;
  lines: number;
  view?: WordView;
}

/** The view of `bytes`: the run's own when it was made for them. */
function wordView(bytes: Uint8Array, run: BlankRun): WordView {
  if (run.view?.bytes === bytes) return run.view;
  const start = (4 - (bytes.byteOffset & 3)) & 3;
  const count = LITTLE_ENDIAN && bytes.length > start ? (bytes.length - start) >> 2 : 0;
  run.view = { bytes, words: new Int32Array(bytes.buffer, bytes.byteOffset + start, count), start };
  return run.view;
}

/** From bytes[pos] (a line's start), counts the blank lines before the first line with content or the end of bytes[…, end). */
export function countBlankLines(bytes: Uint8Array, pos: number, end: number, run: BlankRun): void {
  const { words, start } = wordView(bytes, run);
  let lines = 0;
  let lineStart = pos;
  let i = pos;
  while (i < end) {
    // Whole words of line breaks, once aligned.
    if (i >= start && ((i - start) & 3) === 0) {
      let w = (i - start) >> 2;
      const lastWord = Math.min(words.length, (end - start) >> 2);
      const first = w;
      while (w < lastWord && words[w] === FOUR_NEWLINES) w++;
      if (w > first) {
        lines += (w - first) << 2;
        i = start + (w << 2);
        lineStart = i;
        continue;
      }
    }
    const b = bytes[i];
    if (b === NEWLINE) {
      lines++;
      lineStart = i + 1;
    } else if (!isBlankByte(b)) break;
    i++;
  }
  run.lineStart = lineStart;
  run.lines = lines;
}
