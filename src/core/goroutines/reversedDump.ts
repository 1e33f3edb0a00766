// Log viewers that show the newest line first (Grafana and Loki's Explore, Kibana, Cloud Logging,
// `journalctl -r`) copy a dump upside down: each goroutine's `created by` line before its frames,
// its header after them, the crash line last. Such a text is told by where the call lines stand
// around the goroutine headers (after a header when the dump reads forward, before it when it is
// reversed) in its first ORDER_SAMPLE_BYTES, and read with its lines in reverse. Reversing needs the
// whole text: it is held (one copy, in blocks, up to MAX_REVERSED_BYTES) and fed to the scanner in
// pieces of reversed lines, so no second copy of it is ever made.

import { decodeLineEscapingBytes, encodeKeepingBytes } from '../byteEscapes';
import { gluedCloserStart, isClosingLine } from './trailingClosers';
import { recordMessageLine } from './logRecords';
import { csvRowLine } from './csvRows';
import { CREATED_BY, parseCallLine, startsCreatedBy } from './lineParsers';
import { locationOwnerVotes } from './locationOwners';
import { splitLines as splitTextLines } from '../lineEnds';

/** A text's order is told from its first bytes, held until they pass this size or the text ends there. */
export const ORDER_SAMPLE_BYTES = 1 << 20;

/**
 * A text newest line first is held whole to be read in reverse, up to this size (as UTF-16 text is
 * decoded whole, up to the same): with the scanner's own memory, well under the analysis worker's heap limit.
 */
export const MAX_REVERSED_BYTES = 256 << 20;

export const REVERSED_WARNING = 'lines were newest first; read in reverse (line numbers count from the last line)';

export const REVERSED_CUT_WARNING = `the text is newest line first and longer than ${MAX_REVERSED_BYTES >> 20} MiB: ` +
  `only its first ${MAX_REVERSED_BYTES >> 20} MiB (its newest lines) are read, in reverse`;

/**
 * A goroutine header, as its line ends (a log viewer's columns may come before it), with the
 * ` gp=… m=… mp=…` that crash tracebacks print before the bracket since Go 1.23.
 */
export const HEADER_LINE = /goroutine \d+ (?:gp=\S+ m=\S+ (?:mp=\S+ )?)?\[[^\]]{1,200}\]:$/;
const NEWLINE = 0x0a;
/** Held text is kept in blocks of this size (one block holds the whole order sample), and read back in pieces of it. */
const BLOCK_BYTES = ORDER_SAMPLE_BYTES;

const EMPTY = new Uint8Array(0);

/** The line as the dump printed it: a CSV export's row (csvRows.ts) read as its line field. */
const trimmedEnd = (line: string): string => (csvRowLine(line.trimEnd()) ?? line).trimEnd();

/** Whether the lines read as a dump printed bottom up: more headers with their call line above than below. */
export function looksReversed(lines: readonly string[]): boolean {
  let forward = 0;
  let backward = 0;
  const content = (i: number, step: number): string | null => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const line = trimmedEnd(lines[j]);
      // Blank, or a viewer's time alone (its tab-separated column with an empty line after it).
      if (line.trim() !== '' && !/^[\d :.TZ+-]*$/.test(line)) return line;
    }
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = trimmedEnd(lines[i]);
    if (!line.endsWith(']:') || !HEADER_LINE.test(line)) continue;
    if (content(i, 1)?.endsWith(')')) forward++;
    if (content(i, -1)?.endsWith(')')) backward++;
  }
  if (forward > 0 || backward > 0) return backward > forward;
  return stacksWithoutHeadersLookReversed(lines);
}

/** A `file:line` as Go prints it, its offset and a traceback's `fp= sp= pc=` after it or not. */
const LOCATION = /^\S+\.(?:go|s|c):\d+(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$/;
/** A log viewer's time column before each line (`2022-06-28T15:45:17+01:00\t`), the copy's cut maybe in it. */
const TIME_COLUMN = /^[\d:.TZ+-]+\s+/;

/** The line without a time column before it and without the white space around it; a log record's, the line its message holds. */
function dumpText(line: string): string {
  const row = csvRowLine(line.trimEnd());
  if (row !== null) return row.trim();
  const message = recordMessageLine(line);
  if (message !== null) return message.trim();
  const time = TIME_COLUMN.exec(line);
  return (time !== null && time[0].includes(':') ? line.slice(time[0].length) : line).trim();
}

/**
 * Stacks pasted without their goroutine headers: told by where the first of their lines stands, by
 * what follows a `created by` line and by whose location stands around each call. Go starts a stack
 * with a call and prints a `created by`'s location under it, then ends the stack; upside down, the
 * stack starts with a location, and the one under the `created by` is the next frame's, followed by
 * that frame's call.
 */
function stacksWithoutHeadersLookReversed(text: readonly string[]): boolean {
  const creatorColumns = columnsBeforeCreator(text);
  if (creatorColumns !== null) return headlessOrderVote(text.map(line => afterColumns(line, creatorColumns))) ?? false;
  const plain = headlessOrderVote(text);
  if (plain !== null) return plain;
  // No stack line in sight as the lines stand: columns before each (a journal's) may hide them.
  const columns = columnsBeforeLocation(text);
  return columns === null ? false : headlessOrderVote(text.map(line => afterColumns(line, columns))) ?? false;
}

/** The vote of `stacksWithoutHeadersLookReversed` on lines without columns; null when the first stack line is no location. */
function headlessOrderVote(lines: readonly string[]): boolean | null {
  // Each line's dump text, made once (a vote reads most lines twice).
  const texts = new Array<string | undefined>(lines.length);
  const textAt = (i: number): string => (texts[i] ??= dumpText(lines[i]));
  let first = -1;
  for (let i = 0; i < lines.length && first < 0; i++) {
    const trimmed = textAt(i);
    if (LOCATION.test(trimmed) || startsCreatedBy(trimmed, 0) || (trimmed.endsWith(')') && /^[\w./*()-]+\(/.test(trimmed))) first = i;
  }
  if (first < 0 || !LOCATION.test(textAt(first))) return null;
  let forward = 0;
  let backward = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!startsCreatedBy(textAt(i), 0)) continue;
    const nextAt = lineAfterTimes(lines, i + 1);
    const next = nextAt < lines.length ? textAt(nextAt) : '';
    if (!LOCATION.test(next)) continue;
    const afterAt = lineAfterTimes(lines, nextAt + 1);
    const after = afterAt < lines.length ? textAt(afterAt) : '';
    if (after.endsWith(')') && !startsCreatedBy(after, 0) && !LOCATION.test(after)) backward++;
    else forward++;
  }
  // Whose location each call's neighbour is (locationOwners.ts): a viewer's time alone on its line is passed over.
  const owners = locationOwnerVotes(lines.map((line, i) => (TIME_ALONE.test(line.trim()) ? '' : textAt(i))));
  forward += owners.forward;
  backward += owners.backward;
  return backward > forward;
}

/** A log viewer's time alone on a line (Grafana's record time over its message), not a blank line. */
const TIME_ALONE = /^[\d :.TZ+-]+$/;

/** The index of the first line from `from` on that is no time alone on its line (`lines.length` when none is). */
function lineAfterTimes(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && TIME_ALONE.test(lines[i].trim())) i++;
  return i;
}

/** A log viewer's columns are short; a long run of text before `created by` is prose. */
const MAX_COLUMNS_CHARS = 200;

/**
 * The columns a log viewer's table puts before every line (`  |   | Apr 23 02:16:11.184 | `),
 * learnt from the first `created by` line with text before it, or null. No viewer's layout is
 * assumed: the other lines carry the same text, digits aside (a time's).
 */
function columnsBeforeCreator(lines: readonly string[]): string | null {
  for (const line of lines) {
    const at = line.indexOf(CREATED_BY);
    if (at > 0 && at <= MAX_COLUMNS_CHARS && /\s$/.test(line.slice(0, at))) return line.slice(0, at);
  }
  return null;
}

/** A line ending in a `file:line` after white space: the text before it, and where the location starts. */
const LOCATION_AT_END = /\s\S+\.(?:go|s|c):\d+(?: \+0x[0-9a-f]+)?$/;
/** Longer lines are looked at no further for columns. */
const MAX_COLUMNS_LINE = 2000;

/**
 * The columns a log puts before every line (journald's `Jun 16 19:26:55 gitea[3594]:`), learnt from
 * the first location line with text before it whose neighbour line carries the same text (digits
 * aside) before a call; or null. A dump without `created by` in sight (a few lines of a journal) has
 * no other line to learn them from.
 */
function columnsBeforeLocation(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A location ends in its line number or offset's last digit, and holds `.go:`, `.s:` or `.c:`: told before the pattern runs.
    if (line.length > MAX_COLUMNS_LINE || !isHexDigitCode(line.charCodeAt(line.length - 1)) || !holdsSourceSuffix(line)) continue;
    const found = LOCATION_AT_END.exec(line);
    if (found === null || found.index > MAX_COLUMNS_CHARS) continue;
    const columns = line.slice(0, found.index).trimEnd();
    if (columns.trim() === '') continue;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= lines.length || !startsWithColumns(lines[j], columns)) continue;
      const rest = lines[j].slice(columns.length).trim();
      if (parseCallLine(rest, 0, rest.length) !== null) return columns;
    }
  }
  return null;
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHexDigitCode = (c: number): boolean => isDigitCode(c) || (c >= 0x61 && c <= 0x66);
const holdsSourceSuffix = (line: string): boolean => line.includes('.go:') || line.includes('.s:') || line.includes('.c:');

/**
 * The line after the columns, or after their part from the first digit on (the copy's first row
 * loses its empty cells, `2024-08-17 20:57:06 | ` of `  |   | 2024-08-17 20:57:06 | `); the line
 * itself when it starts with neither.
 */
function afterColumns(line: string, columns: string): string {
  if (startsWithColumns(line, columns)) return line.slice(columns.length);
  const time = columns.search(/\d/);
  if (time <= 0) return line;
  const tail = columns.slice(time);
  return startsWithColumns(line, tail) ? line.slice(tail.length) : line;
}

/** Whether the line starts with the columns, its digits free to differ. */
function startsWithColumns(line: string, columns: string): boolean {
  if (line.length < columns.length) return false;
  for (let i = 0; i < columns.length; i++) {
    const a = line.charCodeAt(i);
    const b = columns.charCodeAt(i);
    if (a !== b && !(isDigitCode(a) && isDigitCode(b))) return false;
  }
  return true;
}

/**
 * The text with its lines in reverse order (the last line's missing line break added), read back
 * as the held bytes are (`HeldText.scanReversed`), so a string and bytes are reversed by one rule.
 */
export function reverseLines(text: string): string {
  const held = new HeldText(Number.MAX_SAFE_INTEGER);
  held.append(encodeKeepingBytes(text, new TextEncoder()));
  let reversed = '';
  // Each piece ends at a line break, so no character is split between two.
  held.scanReversed(piece => { reversed += decodeLineEscapingBytes(piece); });
  return reversed;
}

/** The lines of a text, without the empty piece a final line break leaves. */
export function splitLines(text: string): string[] {
  const lines = splitTextLines(text);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A text's bytes held while its order is not known, or to be read in reverse: copied once into
 * blocks (a stream's chunks may be reused), up to `limit`; what comes after is counted, not kept.
 */
export class HeldText {
  private readonly blocks: Uint8Array[] = [];
  /** Bytes used in the last block; every block before it is full. */
  private lastUsed = 0;
  /** Bytes held. */
  length = 0;
  /** Bytes past the limit, not held. */
  dropped = 0;

  constructor(private readonly limit = MAX_REVERSED_BYTES) {}

  append(chunk: Uint8Array): void {
    const take = Math.min(chunk.length, this.limit - this.length);
    this.dropped += chunk.length - take;
    let from = 0;
    while (from < take) {
      let last = this.blocks.length === 0 ? null : this.blocks[this.blocks.length - 1];
      if (last === null || this.lastUsed === last.length) {
        last = new Uint8Array(Math.max(BLOCK_BYTES, take - from));
        this.blocks.push(last);
        this.lastUsed = 0;
      }
      const n = Math.min(take - from, last.length - this.lastUsed);
      last.set(chunk.subarray(from, from + n), this.lastUsed);
      this.lastUsed += n;
      from += n;
    }
    this.length += take;
  }

  /** The held bytes, block by block, in text order. */
  views(): Uint8Array[] {
    return this.blocks.map((block, i) => (i === this.blocks.length - 1 ? block.subarray(0, this.lastUsed) : block));
  }

  /** The text's first bytes, up to `count` (the first block holds ORDER_SAMPLE_BYTES). */
  start(count: number): Uint8Array {
    return this.blocks.length === 0 ? new Uint8Array(0) : this.views()[0].subarray(0, count);
  }

  /** Whether the held text starts as UTF-16 does (a byte order mark): no line of it is read here. */
  isUtf16(): boolean {
    const b = this.start(2);
    return b.length === 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
  }

  /**
   * Feeds the held lines, last first, each ended by a line break, in pieces of about BLOCK_BYTES
   * (one buffer, reused: `scan` keeps nothing it is given), and lets each block go once read, so
   * memory shrinks as it goes. A UTF-8 byte order mark is left out; when bytes were dropped the
   * held text's last line is cut, and left out too. The held text is empty after.
   */
  scanReversed(scan: (piece: Uint8Array) => void): void {
    const head = this.start(3);
    const bom = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const views = this.views();
    this.blocks.length = 0;
    // What closes the paste (a fence, blank lines, `</details>`) stays last, as `reverseLines` keeps it.
    const tail = this.dropped > 0 || views.length === 0 ? EMPTY : closingTail(views[views.length - 1]);
    if (tail.length > 0) views[views.length - 1] = views[views.length - 1].subarray(0, views[views.length - 1].length - tail.length);
    let piece = new Uint8Array(BLOCK_BYTES);
    let used = 0;
    /** Pieces of the line being gathered from later blocks, the latest first. */
    const later: Uint8Array[] = [];
    let laterLength = 0;
    let afterLastBreak = true;
    /** The line view[start, end) and the pieces in `later` after it. */
    const emit = (view: Uint8Array, start: number, end: number): void => {
      const size = end - start + laterLength;
      // The piece after the text's last line break: nothing, or the last line unterminated, or cut at the bound.
      const skip = afterLastBreak && (size === 0 || this.dropped > 0);
      afterLastBreak = false;
      if (!skip) {
        if (used + size + 1 > piece.length) {
          if (used > 0) scan(piece.subarray(0, used));
          if (size + 1 > piece.length) piece = new Uint8Array(size + 1);
          used = 0;
        }
        // Most lines are short: copied by a loop, faster than a subarray and `set` each (with `lastIndexOf` for the line breaks, 46 MB take 0.15 s of CPU, half what a loop over every byte takes).
        if (end - start > 64) {
          piece.set(view.subarray(start, end), used);
          used += end - start;
        } else for (let i = start; i < end; i++) piece[used++] = view[i];
        for (let k = later.length - 1; k >= 0; k--) { piece.set(later[k], used); used += later[k].length; }
        piece[used++] = NEWLINE;
      }
      if (laterLength > 0 || later.length > 0) { later.length = 0; laterLength = 0; }
    };
    /**
     * The line view[start, end) (and the pieces in `later` after it), split where the paste glued a
     * markdown fence to it: an opening fence before the dump's newest line stood before it, a closer
     * after the oldest after it, so each goes on the other side of the line when the lines are reversed.
     */
    const emitLine = (view: Uint8Array, start: number, end: number): void => {
      if (end - start > 3 && later.length === 0) {
        const first = view[start];
        const fenceEnd = first === 0x60 /* ` */ || first === 0x7e /* ~ */ ? afterGluedFence(view, start, end) : -1;
        if (fenceEnd >= 0) { emit(view, fenceEnd, end); emit(view, start, fenceEnd); return; }
        // A fence only: a message may end in a backtick of its own, quoting a name.
        const last = view[end - 1];
        const closer = last === 0x60 /* ` */ || last === 0x0d /* \r */ ? gluedCloserStart(view, start, end) : end;
        if (closer < end && isGluedFence(view, closer, end)) { emit(view, closer, end); emit(view, start, closer); return; }
      }
      emit(view, start, end);
    };
    for (let b = views.length - 1; b >= 0; b--) {
      const view = views[b];
      const from = b === 0 ? bom : 0;
      let end = view.length;
      for (let i = view.lastIndexOf(NEWLINE, end - 1); i >= from; i = i > 0 ? view.lastIndexOf(NEWLINE, i - 1) : -1) {
        emitLine(view, i + 1, end);
        end = i;
      }
      if (b > 0) {
        later.push(view.subarray(from, end));
        laterLength += end - from;
      } else emitLine(view, from, end);
      // Read: only the start of its first line may live on, in `later`, until that line is whole.
      views[b] = EMPTY;
    }
    if (used > 0) scan(piece.subarray(0, used));
    if (tail.length > 0 && tail[tail.length - 1] === NEWLINE) scan(tail);
    else if (tail.length > 0) {
      const ended = new Uint8Array(tail.length + 1);
      ended.set(tail);
      ended[tail.length] = NEWLINE;
      scan(ended);
    }
  }
}

/** A closing line longer than this is text, not what closes a paste. */
const MAX_CLOSING_LINE = 200;

/**
 * What closes the paste at the end of `view`, from where it starts: the closing lines after the
 * last line with content (a fence, blank lines, `</details>`, each shorter than MAX_CLOSING_LINE)
 * and a closer glued to that line's end (trailingClosers.ts). It stays last when the lines are
 * reversed, so what closes a paste does not move the dump's line numbers. The line at the view's
 * start is never taken whole: it may be the text's first, or go on from the block before.
 */
function closingTail(view: Uint8Array): Uint8Array {
  let lineEnd = view.length > 0 && view[view.length - 1] === NEWLINE ? view.length - 1 : view.length;
  let tailStart = view.length;
  while (lineEnd > 0) {
    const lineStart = view.lastIndexOf(NEWLINE, lineEnd - 1) + 1;
    if (lineEnd - lineStart < MAX_CLOSING_LINE && lineStart > 0 && isClosingLine(view, lineStart, lineEnd)) {
      tailStart = lineStart;
      lineEnd = lineStart - 1;
      continue;
    }
    const glued = gluedCloserStart(view, lineStart, lineEnd);
    if (glued < lineEnd) tailStart = glued;
    break;
  }
  return view.subarray(tailStart);
}

/**
 * Where the content after a markdown fence glued to the start of the line bytes[start, end) starts
 * (the paste's opening fence without its line break, before the dump's newest line), or -1. A word
 * alone after the fence is its language tag, not a line of the dump.
 */
function afterGluedFence(bytes: Uint8Array, start: number, end: number): number {
  const mark = bytes[start];
  if (end - start < 4 || (mark !== 0x60 /* ` */ && mark !== 0x7e /* ~ */)) return -1;
  let i = start;
  while (i < end && bytes[i] === mark) i++;
  if (i - start < 3) return -1;
  let k = i;
  while (k < end && isBlankByte(bytes[k])) k++;
  for (; k < end; k++) if (!isTagByte(bytes[k]) && !isBlankByte(bytes[k])) return i;
  return -1;
}

/** Whether bytes[start, end) holds a fence of three backticks or more among white space. */
function isGluedFence(bytes: Uint8Array, start: number, end: number): boolean {
  let ticks = 0;
  for (let i = start; i < end; i++) if (bytes[i] === 0x60) ticks++;
  return ticks >= 3;
}

const isBlankByte = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d;

const isTagByte = (b: number): boolean =>
  (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b === 0x5f || b === 0x2b || b === 0x2d || b === 0x2e;
