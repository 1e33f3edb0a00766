// A log export downloaded as CSV (Google Cloud Logging's, Stackdriver's, a log viewer's) writes each
// record as a row of quoted fields, its time in one, the line the program wrote in another, maybe a
// severity, a resource or a host in others, a quote in any doubled:
//   "06/03/2020 11:38:55.990 -0700","	/usr/local/go/src/net/http/server.go:1767 +0x139"
//   "goroutine 8166 [running]:","2020-06-03T18:38:55.990Z"
//   "2024-02-11T09:14:10.120Z","ERROR","api-7d9f","main.main()"
// Such a text is told from its first bytes (rows of one column count with a time in one column, the
// line column told by its fields that read as a dump's lines) and read with each row made its line
// field, its `""` undone, before it is cut into lines, so every reader of lines (order vote aside: it
// reads a row's line with `csvRowLine`) sees the line Go printed.
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
 * Where the export's columns stand: how many a row has (an export may add a severity, a resource,
 * a host beside the time and the line), which is the time and which the line the program wrote.
 */
export interface CsvLayout { columns: number; time: number; line: number }

/** Quoted fields in a row at most: more are no log export's. */
const MAX_COLUMNS = 32;

/**
 * The quoted fields of the row bytes[s, e) (a line without its break, its CR dropped): each field's
 * [start, end) without its quotes, two numbers a field in `out`; the number of fields, or -1 when the
 * line is no row of quoted fields. `out.cut` is set when the line ends inside its last field.
 */
function rowFields(bytes: Uint8Array, s: number, e: number, out: FieldBounds): number {
  out.cut = false;
  if (e - s < 5 || e - s > MAX_ROW_BYTES || bytes[s] !== QUOTE) return -1;
  let count = 0;
  for (let at = s; ;) {
    const close = closingQuote(bytes, at, e);
    out.bounds[2 * count] = at + 1;
    out.bounds[2 * count + 1] = close < 0 ? e : close;
    count++;
    if (close < 0) { out.cut = true; return count; }
    if (close === e - 1) return count;
    if (count === MAX_COLUMNS || close + 2 >= e || bytes[close + 1] !== COMMA || bytes[close + 2] !== QUOTE) return -1;
    at = close + 2;
  }
}

interface FieldBounds { bounds: number[]; cut: boolean }

/**
 * The row bytes[s, e) (a line without its break) read in the export's layout: its line field, or
 * null when the line is no such row. A row the line ends inside of is a paste cut: in its line
 * field, that field as far as it goes, marked cut; after it, the line field whole; before it, no row.
 */
function rowField(bytes: Uint8Array, s: number, e: number, layout: CsvLayout, fields: FieldBounds): RowField | null {
  if (e > s && bytes[e - 1] === CR) e--;
  const count = rowFields(bytes, s, e, fields);
  if (count < 0 || count > layout.columns || (count < layout.columns && !fields.cut) || count <= layout.line) return null;
  const b = fields.bounds;
  // The time must be whole where the row shows it: before a cut in the line, or anywhere in a whole row.
  if (layout.time < count - (fields.cut ? 1 : 0)) {
    if (!isTimeField(bytes, b[2 * layout.time], b[2 * layout.time + 1])) return null;
  } else if (layout.time < layout.line || !fields.cut || count - 1 !== layout.line) return null;
  return { start: b[2 * layout.line], end: b[2 * layout.line + 1], cut: fields.cut && count - 1 === layout.line };
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
 * (a severity or a host repeats one word), the last of equals.
 */
export function csvRowsLayout(head: Uint8Array): CsvLayout | null {
  const fields: FieldBounds = { bounds: [], cut: false };
  const shapes = new Map<number, { rows: number; dumpLike: number[] }>();
  let rows = 0;
  let lines = 0;
  let s = 0;
  while (s < head.length && lines < SAMPLE_LINES && rows < SAMPLE_ROWS) {
    const newline = head.indexOf(NEWLINE, s);
    let e = newline < 0 ? head.length : newline;
    if (e > s && head[e - 1] === CR) e--;
    const count = e > s && head[s] === QUOTE ? rowFields(head, s, e, fields) : -1;
    const time = count >= 2 && !fields.cut ? timeColumn(head, fields, count) : -1;
    if (time >= 0) {
      rows++;
      const key = count * MAX_COLUMNS + time;
      let shape = shapes.get(key);
      if (shape === undefined) shapes.set(key, shape = { rows: 0, dumpLike: new Array<number>(count).fill(0) });
      shape.rows++;
      for (let k = 0; k < count; k++) if (k !== time && looksLikeDumpLine(head, fields.bounds[2 * k], fields.bounds[2 * k + 1])) shape.dumpLike[k]++;
    }
    if (e > s) lines++;
    if (newline < 0) break;
    s = newline + 1;
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
 * lines one by one): of a row of quoted fields with a time among them, the field that reads as a
 * dump's line, else the last that is not the time; null when the line is no such row.
 */
export function csvRowLine(line: string): string | null {
  if (line.charCodeAt(0) !== QUOTE) return null;
  const bytes = new TextEncoder().encode(line);
  const fields: FieldBounds = { bounds: [], cut: false };
  const count = rowFields(bytes, 0, bytes.length, fields);
  if (count < 2) return null;
  const time = timeColumn(bytes, fields, fields.cut ? count - 1 : count);
  if (time < 0) return null;
  let chosen = -1;
  for (let k = 0; k < count; k++) {
    if (k === time) continue;
    if (looksLikeDumpLine(bytes, fields.bounds[2 * k], fields.bounds[2 * k + 1])) { chosen = k; break; }
    chosen = k;
  }
  const field = { start: fields.bounds[2 * chosen], end: fields.bounds[2 * chosen + 1], cut: false };
  return new TextDecoder().decode(unescapedField(bytes, field));
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
  private readonly fields: FieldBounds = { bounds: [], cut: false };

  constructor(private readonly layout: CsvLayout) {}

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
    const field = rowField(bytes, s, e, this.layout, this.fields);
    if (field === null) return bytes.subarray(s, withBreak ? e + 1 : e);
    const text = unescapedField(bytes, field);
    if (!withBreak) return text;
    const out = new Uint8Array(text.length + 1);
    out.set(text);
    out[text.length] = NEWLINE;
    return out;
  }
}
