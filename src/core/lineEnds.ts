// Where a text's lines end, one rule for every reader of text lines (goroutine dumps and what the
// scanner reads inside them, legacy pprof text profiles): LF, CRLF and a CR alone each end a line,
// in any mix, line by line, as VS Code reads them. Text comes so from old Mac tools, copies through
// mixed editors and terminals, and logs where a `\r` redrew a progress line. A CR before an LF is
// that line end's, never a blank line; `\r\r\n` (CRLF text saved again as CRLF) is two line ends,
// a blank line after each, which the goroutine scanner reads as a double-spaced paste.

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a string, one at a time: `next` gives each line's bounds. Linear whatever the text
 * (the next CR is searched once and kept until passed, so a text of LFs alone never rescans).
 */
export class TextLineEnds {
  /** Where the last line read starts and ends (its line end excluded). */
  start = 0;
  end = 0;
  /** Where the next line starts; past the text's end once its last line was read (`seek` to move it). */
  pos = 0;
  private nextLf = -1;
  private nextCr = -1;

  constructor(private readonly text: string, from = 0, private readonly to = text.length) {
    this.pos = from;
  }

  /** Reads from `pos` on (a line start `pos` had before: to read lines again). */
  seek(pos: number): void {
    this.pos = pos;
    this.nextLf = this.nextCr = -1;
  }

  /** Reads the next line's bounds into `start` and `end`; false once the text's lines are all read. */
  next(): boolean {
    const text = this.text, to = this.to, pos = this.pos;
    if (pos > to) return false;
    if (this.nextLf < pos) this.nextLf = find(text, '\n', pos, to);
    if (this.nextCr < pos) this.nextCr = find(text, '\r', pos, to);
    const lf = this.nextLf, cr = this.nextCr;
    this.start = pos;
    // An LF first, or no line end at all (the text's last line, without one).
    const end = cr < lf ? cr : lf;
    this.end = end;
    this.pos = end === cr && cr + 1 === lf && lf < to ? lf + 1 : end + 1;
    return true;
  }
}

/** Index of `char` in text[from, to), or `to` when it holds none. */
function find(text: string, char: string, from: number, to: number): number {
  const found = text.indexOf(char, from);
  return found < 0 || found > to ? to : found;
}

/** A string's lines, each without its line end (as `split` would give them: a text ending in a line end has an empty last line). */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  const cursor = new TextLineEnds(text);
  while (cursor.next()) lines.push(text.slice(cursor.start, cursor.end));
  return lines;
}

/** Whether a string holds a CR that is a line end of its own (no LF follows it). */
export function holdsBareCr(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
    if (text.charCodeAt(cr + 1) !== LF) return true;
  }
  return false;
}

/** A string with each CR that ends a line alone made an LF (the text itself when it holds none). */
export function withLfLineEnds(text: string): string {
  if (!holdsBareCr(text)) return text;
  const lines = splitLines(text);
  return lines.join('\n');
}

/**
 * Bytes read in chunks of any size, rewritten so that every line ends in an LF: each CR that ends a
 * line alone made an LF, a CR before an LF left to it. A CR at a chunk's end is held until the next
 * chunk says whether an LF follows it (a CRLF split between two chunks stays one line end). A chunk
 * without a bare CR is passed on as it is, uncopied.
 */
export class LfLineEnds {
  /** The CR that ended the last chunk, not passed on yet. */
  private heldCr = false;

  /**
   * `firstCr` finds a chunk's first CR (a host's faster search: most chunks hold none); the CRs
   * after it, one per line in CRLF text, are found by the typed array's own search.
   */
  constructor(private readonly firstCr: (bytes: Uint8Array, from: number) => number = (bytes, from) => bytes.indexOf(CR, from)) {}

  rewrite(chunk: Uint8Array): Uint8Array {
    if (chunk.length === 0) return chunk;
    // Before an LF the held CR was that line end's: dropped, the LF ends the line alone.
    const leadingLf = this.heldCr && chunk[0] !== LF;
    this.heldCr = false;
    let cr = this.firstCr(chunk, 0);
    if (cr < 0 && !leadingLf) return chunk;
    const shift = leadingLf ? 1 : 0;
    let out: Uint8Array | null = leadingLf ? copyWithLeadingLf(chunk) : null;
    let end = chunk.length;
    for (; cr >= 0; cr = chunk.indexOf(CR, cr + 1)) {
      if (cr + 1 === chunk.length) {
        // The chunk ends in a CR: whether an LF follows it is the next chunk's to say.
        this.heldCr = true;
        end = cr;
      } else if (chunk[cr + 1] !== LF) {
        out ??= copyWithLeadingLf(chunk, shift);
        out[cr + shift] = LF;
      }
    }
    if (out === null) return chunk.subarray(0, end);
    return out.subarray(0, end + shift);
  }

  /** The CR that ended the text: a line end. */
  flush(): Uint8Array {
    const held = this.heldCr;
    this.heldCr = false;
    return held ? Uint8Array.of(LF) : new Uint8Array(0);
  }
}

/** A copy of the chunk, after an LF when `shift` is 1. */
function copyWithLeadingLf(chunk: Uint8Array, shift = 1): Uint8Array {
  const out = new Uint8Array(chunk.length + shift);
  if (shift === 1) out[0] = LF;
  out.set(chunk, shift);
  return out;
}

/** Bytes with every line ending in an LF, as `LfLineEnds` makes them of the whole text (the bytes themselves when no CR ends a line alone). */
export function withLfLineEndBytes(bytes: Uint8Array, firstCr?: (bytes: Uint8Array, from: number) => number): Uint8Array {
  const lineEnds = new LfLineEnds(firstCr);
  const body = lineEnds.rewrite(bytes);
  const tail = lineEnds.flush();
  if (tail.length === 0) return body;
  const joined = new Uint8Array(body.length + tail.length);
  joined.set(body);
  joined.set(tail, body.length);
  return joined;
}
