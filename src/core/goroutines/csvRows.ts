// A log export downloaded as CSV (Google Cloud Logging's, Stackdriver's) writes each record as a
// row of quoted fields, its time in one and the line the program wrote in the other, a quote in
// either doubled:
//   "06/03/2020 11:38:55.990 -0700","	/usr/local/go/src/net/http/server.go:1767 +0x139"
//   "goroutine 8166 [running]:","2020-06-03T18:38:55.990Z"
// Such a text is told from its first bytes (rows of a time and a quoted field) and read
// with each row made its line field, its `""` undone, before it is cut into lines, so every reader
// of lines (order vote aside: it reads a row's line with `csvRowLine`) sees the line Go printed.
import { concatBytes, HeldBytes, type ByteRewrite } from './heldBytes';

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const CR = 0x0d;
/** A row longer than this is not looked for: its bytes pass as they are. */
const MAX_ROW_BYTES = 64 << 10;
/** Lines looked at in the text's first bytes to tell the export, and the rows among them that tell its column order. */
const SAMPLE_LINES = 1000;
const SAMPLE_ROWS = 20;

/** A time as an export writes it: digits first, then digits, `/`, `-`, `:`, `.`, `T`, `Z`, `+` and spaces, with a `:`. */
function isTimeField(bytes: Uint8Array, s: number, e: number): boolean {
  if (e - s < 8 || e - s > 40 || bytes[s] < 0x30 || bytes[s] > 0x39) return false;
  let colon = false;
  for (let i = s; i < e; i++) {
    const b = bytes[i];
    if (b === 0x3a) colon = true;
    else if (!((b >= 0x30 && b <= 0x39) || b === 0x2f || b === 0x2d || b === 0x2e || b === 0x20 || b === 0x54 || b === 0x5a || b === 0x2b)) return false;
  }
  return colon;
}

/** Where the quoted field opened at bytes[s] (a quote) closes, its doubled quotes passed over; -1 when the line ends inside it. */
function closingQuote(bytes: Uint8Array, s: number, e: number): number {
  for (let i = s + 1; i < e; i++) {
    if (bytes[i] !== QUOTE) continue;
    if (i + 1 < e && bytes[i + 1] === QUOTE) { i++; continue; }
    return i;
  }
  return -1;
}

/** The line field of a row, bytes[start, end) still escaped; `cut` when the row ends inside it (the paste's cut). */
interface RowField { start: number; end: number; cut: boolean }

/**
 * The row bytes[s, e) (a line without its break) read as two quoted fields, the time first
 * (`timeFirst`) or last: its line field, or null when the line is no such row. A row whose line
 * field, the last, is not closed is a paste cut in it.
 */
function rowField(bytes: Uint8Array, s: number, e: number, timeFirst: boolean): RowField | null {
  if (e > s && bytes[e - 1] === CR) e--;
  if (e - s < 5 || e - s > MAX_ROW_BYTES || bytes[s] !== QUOTE) return null;
  const firstClose = closingQuote(bytes, s, e);
  if (firstClose < 0) return null;
  if (firstClose + 2 >= e || bytes[firstClose + 1] !== COMMA || bytes[firstClose + 2] !== QUOTE) return null;
  const second = firstClose + 2;
  const secondClose = closingQuote(bytes, second, e);
  if (timeFirst) {
    if (!isTimeField(bytes, s + 1, firstClose)) return null;
    if (secondClose < 0) return { start: second + 1, end: e, cut: true };
    return secondClose === e - 1 ? { start: second + 1, end: secondClose, cut: false } : null;
  }
  if (secondClose !== e - 1 || !isTimeField(bytes, second + 1, secondClose)) return null;
  return { start: s + 1, end: firstClose, cut: false };
}

/** The export's column order, told from the text's first bytes; null when they are no such export. */
export function csvRowsOrder(head: Uint8Array): { timeFirst: boolean } | null {
  let rows = 0;
  let timeFirst = 0;
  let lines = 0;
  let s = 0;
  while (s < head.length && lines < SAMPLE_LINES && rows < SAMPLE_ROWS) {
    const newline = head.indexOf(NEWLINE, s);
    const e = newline < 0 ? head.length : newline;
    if (e > s && head[s] === QUOTE) {
      if (rowField(head, s, e, true) !== null) { rows++; timeFirst++; } else if (rowField(head, s, e, false) !== null) rows++;
    }
    if (e > s) lines++;
    if (newline < 0) break;
    s = newline + 1;
  }
  // Two rows make an export (a paste's prose may come before them); only lines of a row's exact shape are rewritten.
  if (rows < 2) return null;
  return { timeFirst: timeFirst * 2 >= rows };
}

/** The line a row of such an export holds (either column order), unescaped; null when the line is no such row. */
export function csvRowLine(line: string): string | null {
  if (line.charCodeAt(0) !== QUOTE) return null;
  const bytes = new TextEncoder().encode(line);
  const field = rowField(bytes, 0, bytes.length, true) ?? rowField(bytes, 0, bytes.length, false);
  return field === null ? null : new TextDecoder().decode(unescapedField(bytes, field));
}

function unescapedField(bytes: Uint8Array, field: RowField): Uint8Array {
  const out = new Uint8Array(field.end - field.start);
  let written = 0;
  for (let i = field.start; i < field.end; i++) {
    out[written++] = bytes[i];
    if (bytes[i] === QUOTE && i + 1 < field.end && bytes[i + 1] === QUOTE) i++;
  }
  return out.subarray(0, written);
}

/**
 * Makes each row its line field in a text read in chunks of any size: a line a chunk's end cuts is
 * held until the next chunk (or `flush`) ends it; a line longer than a row may be passes as it is.
 */
export class CsvRowReader implements ByteRewrite {
  private readonly held = new HeldBytes();
  /** Inside a line too long to be a row: its bytes pass until its line break. */
  private passing = false;

  constructor(private readonly timeFirst: boolean) {}

  rewrite(chunk: Uint8Array): Uint8Array {
    const input = this.held.before(chunk);
    const pieces: Uint8Array[] = [];
    let pos = 0;
    while (pos < input.length) {
      const newline = input.indexOf(NEWLINE, pos);
      if (this.passing) {
        const to = newline < 0 ? input.length : newline + 1;
        pieces.push(input.subarray(pos, to));
        if (newline >= 0) this.passing = false;
        pos = to;
        continue;
      }
      if (newline < 0) {
        if (input.length - pos > MAX_ROW_BYTES) { this.passing = true; continue; }
        this.held.hold(input.subarray(pos));
        break;
      }
      pieces.push(this.line(input, pos, newline, true));
      pos = newline + 1;
    }
    return concatBytes(pieces);
  }

  flush(): Uint8Array {
    const rest = this.held.flush();
    return rest.length === 0 || this.passing ? rest : this.line(rest, 0, rest.length, false);
  }

  /** The line bytes[s, e) as the scanner is to read it, its line break after it when `withBreak`. */
  private line(bytes: Uint8Array, s: number, e: number, withBreak: boolean): Uint8Array {
    const field = rowField(bytes, s, e, this.timeFirst);
    if (field === null) return bytes.subarray(s, withBreak ? e + 1 : e);
    const text = unescapedField(bytes, field);
    if (!withBreak) return text;
    const out = new Uint8Array(text.length + 1);
    out.set(text);
    out[text.length] = NEWLINE;
    return out;
  }
}
