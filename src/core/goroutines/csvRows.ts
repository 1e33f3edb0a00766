// A log export downloaded as CSV (Google Cloud Logging's, Stackdriver's, a log viewer's) writes each
// record as a row of quoted fields, its time in one, the line the program wrote in another, maybe a
// severity, a resource or a host in others, a quote in any doubled:
//   "06/03/2020 11:38:55.990 -0700","	/usr/local/go/src/net/http/server.go:1767 +0x139"
//   "goroutine 8166 [running]:","2020-06-03T18:38:55.990Z"
//   "2024-02-11T09:14:10.120Z","ERROR","api-7d9f","main.main()"
// An export may quote only the fields that need it (a comma, a quote, a line break in them: Go's
// encoding/csv and Python's csv write so), leaving a time or a bare `main.main()` unquoted, and a
// record of several lines (a whole stack logged at once) is one quoted field holding its line breaks:
//   2024-02-11T09:14:10.120Z,"main.f(0x1, 0x2)"
//   2024-02-11T09:14:11.004Z,"panic: boom
//   <BLANKLINE>
//   goroutine 1 [running]:"
// Such a text is told from its first bytes (rows of one column count with a time in one column, the
// line column told by its fields that read as a dump's lines) and read with each row made its line
// field, its `""` undone, before it is cut into lines, so every reader of lines (order vote aside: it
// reads a row's line with `csvRowLine`) sees the line Go printed.
import { concatBytes, HeldBytes, type ByteRewrite } from './heldBytes';
import { decodeLineEscapingBytes } from '../byteEscapes';

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
 * Where the export's columns stand: how many a row has (an export may add a severity, a resource,
 * a host beside the time and the line), which is the time and which the line the program wrote.
 */
export interface CsvLayout { columns: number; time: number; line: number }

/** Quoted fields in a row at most: more are no log export's. */
const MAX_COLUMNS = 32;

/**
 * The fields of the row that starts at bytes[s], read up to `limit`: each field's [start, end) without
 * its quotes, two numbers a field in `out.bounds`; the number of fields, or -1 when the text there is no
 * row. A field is quoted (its `""` passed over) or bare (no quote, no comma in it). The row ends at a
 * line break outside a quote or at `limit`: a quoted field holds line breaks only when `acrossLines`
 * (else `limit` is the line's end). `out.end` is where the row ends (its line break, or `limit`);
 * `out.cut` is set when `limit` falls inside a quoted field.
 */
function rowFields(bytes: Uint8Array, s: number, limit: number, acrossLines: boolean, out: FieldBounds): number {
  out.cut = false;
  if (limit - s < 3 || bytes[s] === NEWLINE) return -1;
  let count = 0;
  for (let at = s; ;) {
    if (count === MAX_COLUMNS) return -1;
    let after: number;
    if (at < limit && bytes[at] === QUOTE) {
      const close = closingQuote(bytes, at, acrossLines ? limit : lineEnd(bytes, at, limit));
      out.bounds[2 * count] = at + 1;
      if (close < 0) {
        out.bounds[2 * count + 1] = acrossLines ? limit : lineEnd(bytes, at, limit);
        out.cut = true;
        out.end = limit;
        return count + 1;
      }
      out.bounds[2 * count + 1] = close;
      after = close + 1;
    } else {
      after = at;
      while (after < limit && bytes[after] !== COMMA && bytes[after] !== NEWLINE) {
        if (bytes[after] === QUOTE) return -1;
        after++;
      }
      out.bounds[2 * count] = at;
      out.bounds[2 * count + 1] = after > at && bytes[after - 1] === CR && (after === limit || bytes[after] === NEWLINE) ? after - 1 : after;
    }
    count++;
    if (after < limit && bytes[after] === COMMA) { at = after + 1; continue; }
    // A quoted field's CR before the line break.
    if (after < limit && bytes[after] === CR && (after + 1 === limit || bytes[after + 1] === NEWLINE)) after++;
    if (after < limit && bytes[after] !== NEWLINE) return -1;
    out.end = after;
    return count;
  }
}

/** Where the line holding bytes[at] ends: its line break, or `limit`. */
function lineEnd(bytes: Uint8Array, at: number, limit: number): number {
  const newline = bytes.indexOf(NEWLINE, at);
  return newline < 0 || newline > limit ? limit : newline;
}

interface FieldBounds { bounds: number[]; cut: boolean; end: number }

/**
 * The row's line field in the export's layout, its fields read by rowFields into `fields` (`count` of
 * them), or null when they are no such row. A row that ends inside a quoted field is a paste cut: in its
 * line field, that field as far as it goes, marked cut; after it, the line field whole; before it, no row.
 */
function layoutField(bytes: Uint8Array, count: number, layout: CsvLayout, fields: FieldBounds): RowField | null {
  if (count < 0 || count > layout.columns || (count < layout.columns && !fields.cut) || count <= layout.line) return null;
  const b = fields.bounds;
  // The time must be whole where the row shows it: before a cut in the line, or anywhere in a whole row.
  if (layout.time < count - (fields.cut ? 1 : 0)) {
    if (!isTimeField(bytes, b[2 * layout.time], b[2 * layout.time + 1]) || isCommaFraction(bytes, fields, count, layout.time)) return null;
  } else if (layout.time < layout.line || !fields.cut || count - 1 !== layout.line) return null;
  return { start: b[2 * layout.line], end: b[2 * layout.line + 1], cut: fields.cut && count - 1 === layout.line };
}

/** The row bytes[s, e) (a line without its break) read in the export's layout: its line field, or null. */
function rowField(bytes: Uint8Array, s: number, e: number, layout: CsvLayout, fields: FieldBounds): RowField | null {
  if (e > s && bytes[e - 1] === CR) e--;
  return layoutField(bytes, rowFields(bytes, s, e, false, fields), layout, fields);
}

/**
 * The time field is bare and the field after it starts with digits then a space or its end: an ISO 8601
 * time's fraction after its comma (log4j's, Python logging's `2024-02-11 09:14:10,123 ERROR …`), no column.
 */
function isCommaFraction(bytes: Uint8Array, fields: FieldBounds, count: number, time: number): boolean {
  const b = fields.bounds;
  if (time + 1 >= count || b[2 * time] === 0 || bytes[b[2 * time] - 1] === QUOTE) return false;
  const s = b[2 * time + 2];
  const e = b[2 * time + 3];
  if (bytes[s - 1] === QUOTE) return false;
  let i = s;
  while (i < e && bytes[i] >= 0x30 && bytes[i] <= 0x39) i++;
  return i > s && (i === e || bytes[i] === 0x20);
}

/** The first of a whole row's fields that is a time, or -1. */
function timeColumn(bytes: Uint8Array, fields: FieldBounds, count: number): number {
  for (let k = 0; k < count; k++) if (isTimeField(bytes, fields.bounds[2 * k], fields.bounds[2 * k + 1])) return k;
  return -1;
}

/** A field that reads as a line of a dump: a tab first (a location), a header, a call, `created by`. */
function looksLikeDumpLine(bytes: Uint8Array, s: number, e: number): boolean {
  if (e <= s) return false;
  if (bytes[s] === 0x09 || bytes[e - 1] === 0x29 /* ) */) return true;
  return e - s > 2 && bytes[e - 1] === 0x3a && bytes[e - 2] === 0x5d; // `]:`
}

/**
 * The export's layout, told from the text's first bytes; null when they are no such export. The
 * rows of one column count with a time in one column make it (a paste's prose may come before
 * them); of the other columns the line is the one whose fields read most often as a dump's lines
 * (a severity or a host repeats one word), the last of equals. A row whose field holds line breaks
 * counts once, read across them.
 */
export function csvRowsLayout(head: Uint8Array): CsvLayout | null {
  const fields: FieldBounds = { bounds: [], cut: false, end: 0 };
  const shapes = new Map<number, { rows: number; dumpLike: number[] }>();
  let rows = 0;
  let lines = 0;
  let s = 0;
  // The first comma at or after `s` (-1 when none; -2 until looked for): lines only move forward.
  let comma = -2;
  while (s < head.length && lines < SAMPLE_LINES && rows < SAMPLE_ROWS) {
    const newline = head.indexOf(NEWLINE, s);
    const e = newline < 0 ? head.length : newline;
    let next = newline < 0 ? head.length : newline + 1;
    if (comma !== -1 && comma < s) comma = head.indexOf(COMMA, s);
    // A line that neither opens a quote nor holds a comma is one field at most, no row: a dump's
    // lines are mostly such, and reading each one's fields ran a cold scan's first 64 KB byte by
    // byte in the interpreter (~10 ms), where the builtin searches take a fraction of that.
    const count = head[s] === QUOTE || (comma >= 0 && comma < e) ? rowFields(head, s, Math.min(head.length, s + MAX_ROW_BYTES), true, fields) : -1;
    const time = count >= 2 && !fields.cut ? timeColumn(head, fields, count) : -1;
    if (time >= 0 && !isCommaFraction(head, fields, count, time)) {
      rows++;
      next = fields.end + 1;
      const key = count * MAX_COLUMNS + time;
      let shape = shapes.get(key);
      if (shape === undefined) shapes.set(key, shape = { rows: 0, dumpLike: new Array<number>(count).fill(0) });
      shape.rows++;
      for (let k = 0; k < count; k++) if (k !== time && looksLikeDumpLine(head, fields.bounds[2 * k], fields.bounds[2 * k + 1])) shape.dumpLike[k]++;
    }
    if (e > s) lines++;
    s = next;
  }
  let best: { key: number; rows: number; dumpLike: number[] } | null = null;
  for (const [key, shape] of shapes) if (best === null || shape.rows > best.rows) best = { key, ...shape };
  // Two rows make an export; only lines of its exact shape are rewritten.
  if (best === null || best.rows < 2) return null;
  const columns = Math.floor(best.key / MAX_COLUMNS);
  const time = best.key % MAX_COLUMNS;
  let line = -1;
  for (let k = 0; k < columns; k++) if (k !== time && (line < 0 || best.dumpLike[k] >= best.dumpLike[line])) line = k;
  return { columns, time, line };
}

/**
 * The line a row of such an export holds, unescaped, with no layout learnt (the order vote reads
 * lines one by one): of a row of fields with a time among them, the field that reads as a dump's
 * line, else the last that is not the time; null when the line is no such row.
 */
export function csvRowLine(line: string): string | null {
  const first = line.charCodeAt(0);
  if (first !== QUOTE && !(first >= 0x30 && first <= 0x39)) return null;
  const bytes = new TextEncoder().encode(line);
  const fields: FieldBounds = { bounds: [], cut: false, end: 0 };
  const count = rowFields(bytes, 0, bytes.length, false, fields);
  if (count < 2) return null;
  const time = timeColumn(bytes, fields, fields.cut ? count - 1 : count);
  if (time < 0 || isCommaFraction(bytes, fields, count, time)) return null;
  let chosen = -1;
  for (let k = 0; k < count; k++) {
    if (k === time) continue;
    if (looksLikeDumpLine(bytes, fields.bounds[2 * k], fields.bounds[2 * k + 1])) { chosen = k; break; }
    chosen = k;
  }
  const field = { start: fields.bounds[2 * chosen], end: fields.bounds[2 * chosen + 1], cut: false };
  return decodeLineEscapingBytes(unescapedField(bytes, field));
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
 * held until the next chunk (or `flush`) ends it, and so is a row whose line field holds line breaks
 * until its closing quote; a line longer than a row may be passes as it is.
 */
export class CsvRowReader implements ByteRewrite {
  private readonly held = new HeldBytes();
  /** Inside a line too long to be a row: its bytes pass until its line break. */
  private passing = false;
  /** Held: a row whose quoted line field is still open; its closing quote is looked for from here on. */
  private quoteSearchFrom = -1;
  private readonly fields: FieldBounds = { bounds: [], cut: false, end: 0 };

  constructor(private readonly layout: CsvLayout) {}

  rewrite(chunk: Uint8Array): Uint8Array {
    return this.read(this.held.before(chunk), false);
  }

  flush(): Uint8Array {
    return this.read(this.held.flush(), true);
  }

  /** The text's next bytes as the scanner is to read them; at its end (`final`) nothing is held. */
  private read(input: Uint8Array, final: boolean): Uint8Array {
    const pieces: Uint8Array[] = [];
    let pos = 0;
    // An open row whose closing quote the new bytes cannot hold: held on, not read again.
    if (!final && this.quoteSearchFrom >= 0 && input.length <= MAX_ROW_BYTES && input.indexOf(QUOTE, this.quoteSearchFrom) < 0) {
      this.held.hold(input);
      return new Uint8Array(0);
    }
    this.quoteSearchFrom = -1;
    while (pos < input.length) {
      const newline = input.indexOf(NEWLINE, pos);
      if (this.passing) {
        const to = newline < 0 ? input.length : newline + 1;
        pieces.push(input.subarray(pos, to));
        if (newline >= 0) this.passing = false;
        pos = to;
        continue;
      }
      if (newline < 0 && !final) {
        if (input.length - pos > MAX_ROW_BYTES) { this.passing = true; continue; }
        this.held.hold(input.subarray(pos));
        break;
      }
      const e = newline < 0 ? input.length : newline;
      const joined = this.rowAcrossLines(input, pos, e, final);
      if (joined === 'more') {
        this.held.hold(input.subarray(pos));
        // The closing quote may pair with a quote the next bytes start with.
        this.quoteSearchFrom = input.length - pos - 1;
        break;
      }
      if (joined !== null) {
        pieces.push(this.withBreak(unescapedField(input, joined), this.fields.end < input.length));
        pos = this.fields.end + 1;
        continue;
      }
      pieces.push(this.line(input, pos, e, newline >= 0));
      pos = e + 1;
    }
    return concatBytes(pieces);
  }

  /**
   * The row at bytes[s] whose line field, open at the line's end e, holds line breaks: that field when
   * the row closes within MAX_ROW_BYTES in the export's layout; 'more' when the bytes so far end inside
   * it (not at the text's end); null when the line is none (a row the paste cut is read as its line).
   */
  private rowAcrossLines(bytes: Uint8Array, s: number, e: number, final: boolean): RowField | 'more' | null {
    const fields = this.fields;
    const lineCount = rowFields(bytes, s, e > s && bytes[e - 1] === CR ? e - 1 : e, false, fields);
    if (!fields.cut || lineCount - 1 !== this.layout.line || layoutField(bytes, lineCount, this.layout, fields) === null) return null;
    const limit = Math.min(bytes.length, s + MAX_ROW_BYTES);
    const count = rowFields(bytes, s, limit, true, fields);
    if (fields.cut || (fields.end === bytes.length && !final)) return !final && limit === bytes.length ? 'more' : null;
    return layoutField(bytes, count, this.layout, fields);
  }

  /** The line bytes[s, e) as the scanner is to read it, its line break after it when `withBreak`. */
  private line(bytes: Uint8Array, s: number, e: number, withBreak: boolean): Uint8Array {
    const field = rowField(bytes, s, e, this.layout, this.fields);
    if (field === null) return bytes.subarray(s, withBreak ? e + 1 : e);
    return this.withBreak(unescapedField(bytes, field), withBreak);
  }

  private withBreak(text: Uint8Array, withBreak: boolean): Uint8Array {
    if (!withBreak) return text;
    const out = new Uint8Array(text.length + 1);
    out.set(text);
    out[text.length] = NEWLINE;
    return out;
  }
}
