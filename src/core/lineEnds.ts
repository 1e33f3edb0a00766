// Where a text's lines end, one rule for every reader of text lines (goroutine dumps and what the
// scanner reads inside them, legacy pprof text profiles): LF, CRLF and a CR alone each end a line,
// in any mix, line by line, as VS Code reads them. Text comes so from old Mac tools, copies through
// mixed editors and terminals, and logs where a `\r` redrew a progress line. CRs right before an LF
// all belong to that line end (`\r\r\n` is CRLF text saved again as CRLF), so a CR before an LF
// never makes a blank line (blank lines end stacks); VS Code would show `\r\r\n` as two.

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
  /** The end of the last run of CRs looked at (a run not before an LF is that many line ends, each looked at once). */
  private crRunEnd = -1;

  constructor(private readonly text: string, from = 0, private readonly to = text.length) {
    this.pos = from;
  }

  /** Reads from `pos` on (a line start `pos` had before: to read lines again). */
  seek(pos: number): void {
    this.pos = pos;
    this.nextLf = this.nextCr = this.crRunEnd = -1;
  }

  /** Reads the next line's bounds into `start` and `end`; false once the text's lines are all read. */
  next(): boolean {
    const text = this.text, to = this.to, pos = this.pos;
    if (pos > to) return false;
    if (this.nextLf < pos) this.nextLf = find(text, '\n', pos, to);
    if (this.nextCr < pos) this.nextCr = find(text, '\r', pos, to);
    const lf = this.nextLf, cr = this.nextCr;
    this.start = pos;
    if (cr >= lf) {
      // An LF first (or no line end at all: the text's last line, without one).
      this.end = lf;
      this.pos = lf + 1;
      return true;
    }
    // A CR first: a line end of its own unless only CRs stand between it and the next LF.
    if (cr >= this.crRunEnd) {
      let after = cr + 1;
      while (after < to && text.charCodeAt(after) === CR) after++;
      this.crRunEnd = after;
    }
    const after = this.crRunEnd;
    this.end = cr;
    this.pos = after === lf && lf < to ? lf + 1 : cr + 1;
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

/** Whether a string holds a CR that is a line end of its own (an LF does not follow it, past CRs). */
export function holdsBareCr(text: string): boolean {
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
    let after = cr + 1;
    while (after < text.length && text.charCodeAt(after) === CR) after++;
    if (after === text.length || text.charCodeAt(after) !== LF) return true;
    cr = after;
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
 * line alone made an LF, CRs before an LF left to it. CRs at a chunk's end are held until the next
 * chunk says whether an LF follows them (a CRLF split between two chunks stays one line end). A
 * chunk without a bare CR is passed on as it is, uncopied.
 */
export class LfLineEnds {
  /** CRs that ended the last chunk, not passed on yet. */
  private heldCrs = 0;

  /**
   * `firstCr` finds a chunk's first CR (a host's faster search: most chunks hold none); the CRs
   * after it, one per line in CRLF text, are found by the typed array's own search.
   */
  constructor(private readonly firstCr: (bytes: Uint8Array, from: number) => number = (bytes, from) => bytes.indexOf(CR, from)) {}

  rewrite(chunk: Uint8Array): Uint8Array {
    let from = 0;
    let leadingLfs = 0;
    if (this.heldCrs > 0) {
      while (from < chunk.length && chunk[from] === CR) from++;
      if (from === chunk.length) { this.heldCrs += from; return chunk.subarray(chunk.length); }
      // Before an LF the held CRs were that line end's: dropped, the LF ends the line alone.
      if (chunk[from] !== LF) leadingLfs = this.heldCrs + from;
      this.heldCrs = 0;
    }
    let cr = this.firstCr(chunk, from);
    if (cr < 0 && leadingLfs === 0) return from === 0 ? chunk : chunk.subarray(from);
    let out: Uint8Array | null = null;
    let end = chunk.length;
    for (; cr >= 0; cr = chunk.indexOf(CR, cr + 1)) {
      let after = cr + 1;
      while (after < chunk.length && chunk[after] === CR) after++;
      if (after === chunk.length) {
        // The chunk ends in CRs: whether an LF follows them is the next chunk's to say.
        this.heldCrs = after - cr;
        end = cr;
        break;
      }
      if (chunk[after] !== LF) {
        if (out === null) out = copyWithLeadingLfs(chunk, from, leadingLfs);
        out.fill(LF, cr - from + leadingLfs, after - from + leadingLfs);
      }
      cr = after - 1;
    }
    if (out === null && leadingLfs > 0) out = copyWithLeadingLfs(chunk, from, leadingLfs);
    if (out === null) return chunk.subarray(from, end);
    return out.subarray(0, end - from + leadingLfs);
  }

  /** The CRs that ended the text: each a line end. */
  flush(): Uint8Array {
    const held = this.heldCrs;
    this.heldCrs = 0;
    return new Uint8Array(held).fill(LF);
  }
}

function copyWithLeadingLfs(chunk: Uint8Array, from: number, leadingLfs: number): Uint8Array {
  const out = new Uint8Array(chunk.length - from + leadingLfs);
  out.fill(LF, 0, leadingLfs);
  out.set(chunk.subarray(from), leadingLfs);
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
