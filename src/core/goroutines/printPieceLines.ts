// The Go runtime prints a traceback one `print` argument at a time, each a write of its own to
// stderr: `goroutine `, `32`, ` [`, `running`, `]:\n`, then `main.f`, `(`, `0xc0000b6000`, `)\n`,
// `\t`, `/app/main.go`, `:`, `44`, ` +`, `0x5b`, `\n`. A relay that makes a log record of every
// write it reads (a log shipper, docker compose's reader of a slow pipe) puts each on a line of its
// own behind its prefix, the writes of `\n` alone as empty records:
//   api_1  | goroutine
//   api_1  | 32
//   api_1  |  [
//   api_1  | running
//   api_1  | ]:
// Such a text, told from those three records in its first bytes (the prefix they share, its digits
// any digits, a time's), is read with each line's pieces joined back before the text is cut into
// lines: a piece ends its line where the runtime's write ended in a line break, which is an empty
// record, or a write that holds the line break with its last words (`]:` of a header, the `)` that
// closes a call's arguments, an inlined call's `(...)`, `...additional frames elided...`); a `\t`
// write starts a `file:line`. The joined line keeps its first record's prefix; an empty record
// with nothing before it is a blank line of the dump and stays as it is. A line without the prefix
// ends the line being joined and is read as it stands.
import { concatBytes, HeldBytes, type ByteRewrite } from './heldBytes';
import { decodeEscapingBytes } from '../byteEscapes';

const NEWLINE = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
/** A relay's prefix is at most this long (a time, a host, a program and its pid, a stream). */
const MAX_PREFIX_CHARS = 160;

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;

/**
 * The relay's prefix (UTF-8) when the text's first bytes hold a goroutine header written one print
 * per line: a line ending in `goroutine `, the next holding the id alone behind the same prefix, the
 * next ` [`; null when they hold none.
 */
export function printPiecePrefix(head: Uint8Array): Uint8Array | null {
  const text = decodeEscapingBytes(head);
  // Cut into lines only when one ends in `goroutine `: every text's head is looked at, almost none holds one.
  if (!LINE_ENDING_IN_GOROUTINE_WORD.test(text)) return null;
  const lines = text.split('\n').map(line => line.endsWith('\r') ? line.slice(0, -1) : line);
  // The head's last line may be cut by the head's end: not looked at.
  for (let i = 0; i + 3 < lines.length; i++) {
    const line = lines[i];
    if (!line.endsWith('goroutine ') || line.length - 10 > MAX_PREFIX_CHARS) continue;
    const prefix = new TextEncoder().encode(line.slice(0, line.length - 10));
    const id = pieceOf(prefix, new TextEncoder().encode(lines[i + 1]));
    const bracket = pieceOf(prefix, new TextEncoder().encode(lines[i + 2]));
    if (id !== null && id.length > 0 && id.length <= 20 && id.every(isDigit) && bracket !== null && bracket.length === 2 && bracket[0] === SPACE && bracket[1] === 0x5b /* [ */) {
      return prefix;
    }
  }
  return null;
}

/** A line that ends in `goroutine `: a fixed word, so the search is linear. */
const LINE_ENDING_IN_GOROUTINE_WORD = /goroutine \r?\n/;

/** The piece the line carries behind `prefix` (its digits any digits), or null when the line has no such prefix. */
function pieceOf(prefix: Uint8Array, line: Uint8Array, start = 0, end = line.length): Uint8Array | null {
  const length = end - start;
  for (let i = 0; i < prefix.length; i++) {
    if (i >= length) {
      // An empty record whose trailing blanks the log or the paste trimmed.
      for (let k = i; k < prefix.length; k++) if (prefix[k] !== SPACE && prefix[k] !== TAB) return null;
      return line.subarray(end, end);
    }
    const want = prefix[i];
    const got = line[start + i];
    if (got !== want && !(isDigit(want) && isDigit(got))) return null;
  }
  return line.subarray(start + prefix.length, end);
}

const ELIDED = new TextEncoder().encode('...additional frames elided...');

function equalsAscii(bytes: Uint8Array, text: string): boolean {
  if (bytes.length !== text.length) return false;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

function equalsBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Joins the pieces of each line back, in a text read in chunks of any size (a line cut by a chunk's end waits for the next). */
export class PrintPieceJoiner implements ByteRewrite {
  private readonly held = new HeldBytes();
  /** The line being joined: its first record's prefix, then its pieces (copies: they may span chunks). */
  private line: Uint8Array[] = [];
  /** Open parentheses in the line being joined (a call's arguments). */
  private depth = 0;
  /** No record with the prefix has been read yet. */
  private beforePieces = true;
  /**
   * A line without the prefix that ends in a space, before any record with it: the paste may start
   * inside the record it ends (`panic: ` copied without the prefix before it). Held, with its line
   * break, until the next record tells.
   */
  private bare: Uint8Array | null = null;

  constructor(private readonly prefix: Uint8Array) {}

  rewrite(chunk: Uint8Array): Uint8Array {
    const input = this.held.before(chunk);
    const out: Uint8Array[] = [];
    let pos = 0;
    while (pos < input.length) {
      const found = input.indexOf(NEWLINE, pos);
      if (found < 0) { this.held.hold(input.subarray(pos)); break; }
      const end = found > pos && input[found - 1] === CR ? found - 1 : found;
      this.record(input, pos, end, found + 1, out);
      pos = found + 1;
    }
    return concatBytes(out);
  }

  /** The record input[start, end), its line break up to `next`. */
  private record(input: Uint8Array, start: number, end: number, next: number, out: Uint8Array[]): void {
    const piece = pieceOf(this.prefix, input, start, end);
    if (piece === null) {
      this.endLine(out);
      this.releaseBare(out);
      if (this.beforePieces && end > start && input[end - 1] === SPACE) this.bare = input.slice(start, next);
      else out.push(input.subarray(start, next));
      return;
    }
    this.beforePieces = false;
    if (this.bare !== null && piece.length > 0) {
      // The paste's first line was a piece whose prefix the copy left out: the line's start, behind
      // the prefix of the record it goes on in, as the relay wrote it.
      const bare = this.bare;
      this.bare = null;
      const text = bare.subarray(0, bare.length - (bare[bare.length - 1] === NEWLINE ? 1 : 0));
      this.line.push(input.slice(start, end - piece.length), text.subarray(0, text.length - (text[text.length - 1] === CR ? 1 : 0)));
    }
    this.releaseBare(out);
    if (piece.length === 0) {
      // The runtime's `\n` write: the end of the line joined, or a blank line of the dump.
      if (this.line.length > 0) this.endLine(out); else out.push(input.subarray(start, next));
      return;
    }
    if (piece[0] === TAB && this.line.length > 0) this.endLine(out);
    if (this.line.length === 0) this.line.push(input.slice(start, start + (end - start - piece.length)));
    this.line.push(piece.slice());
    for (const b of piece) {
      if (b === 0x28 /* ( */) this.depth++;
      else if (b === 0x29 /* ) */ && this.depth > 0) this.depth--;
    }
    if (equalsAscii(piece, ']:') || equalsAscii(piece, '(...)') || (equalsAscii(piece, ')') && this.depth === 0) || equalsBytes(piece, ELIDED)) this.endLine(out);
  }

  private releaseBare(out: Uint8Array[]): void {
    if (this.bare === null) return;
    out.push(this.bare);
    this.bare = null;
  }

  private endLine(out: Uint8Array[]): void {
    if (this.line.length === 0) return;
    out.push(...this.line, Uint8Array.of(NEWLINE));
    this.line = [];
    this.depth = 0;
  }

  flush(): Uint8Array {
    const out: Uint8Array[] = [];
    this.releaseBare(out);
    const rest = this.held.flush();
    if (rest.length > 0) {
      // The text's last record, without its line break: what the line joined so far ends with.
      const end = rest[rest.length - 1] === CR ? rest.length - 1 : rest.length;
      const piece = pieceOf(this.prefix, rest, 0, end);
      if (piece === null) { this.endLine(out); out.push(rest); }
      else if (piece.length === 0) { if (this.line.length > 0) this.endLine(out); else out.push(rest); }
      else {
        if (this.line.length === 0) this.line.push(rest.slice(0, end - piece.length));
        this.line.push(piece.slice());
      }
    }
    // A line the text's end cut: left without its line break, as the cut left it.
    if (this.line.length > 0) { out.push(...this.line); this.line = []; }
    return concatBytes(out);
  }
}
