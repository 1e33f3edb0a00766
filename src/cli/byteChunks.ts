// Output written as bytes into chunks of a fixed size, for outputs of millions of small parts
// (a flame tree's JSON: ~70 bytes a node, 2·10^6 nodes). Built as strings, each part was a few
// short-lived strings and each piece a rope flattened to be encoded: most of the time went to the
// garbage collector. Here a part is its bytes copied into the chunk, a number its digits.

const textEncoder = new TextEncoder();

/** The UTF-8 bytes of `text`, for the parts written again and again (keys, names): encoded once. */
export function utf8(text: string): Uint8Array {
  return textEncoder.encode(text);
}

/** Past this many characters a text's JSON is written without a quoted copy of it. */
const LONG_JSON_TEXT = 1 << 16;
/**
 * A character of ASCII that JSON.stringify writes escaped: a control character, `"`, `\\` (a lone
 * surrogate, escaped too, is not ASCII; a class with the surrogates in it scanned 3× slower).
 */
// eslint-disable-next-line no-control-regex
const ESCAPED_ASCII_IN_JSON = /[\u0000-\u001f"\\]/;

/**
 * The UTF-8 bytes of `prefix` followed by `text` as JSON.stringify writes it. A long ASCII text
 * with nothing to escape is encoded once into place: quoting a 96 MB function name first, then
 * joining and encoding the copy, took ~0.3 s more.
 */
export function utf8OfJsonString(prefix: string, text: string): Uint8Array {
  if (text.length > LONG_JSON_TEXT && !ESCAPED_ASCII_IN_JSON.test(text)) {
    const head = textEncoder.encode(`${prefix}"`);
    const bytes = new Uint8Array(head.length + text.length + 1);
    bytes.set(head);
    const { read, written } = textEncoder.encodeInto(text, bytes.subarray(head.length, head.length + text.length));
    if (read === text.length && written === text.length) {
      bytes[bytes.length - 1] = 0x22;
      return bytes;
    }
  }
  return textEncoder.encode(prefix + JSON.stringify(text));
}

export class ByteChunks {
  private chunk: Uint8Array;
  /** A DataView of `chunk`, for `putByWords`. */
  private chunkView: DataView;
  private at = 0;
  /** Chunks filled, waiting for `take`. */
  private full: Uint8Array[] = [];

  constructor(private readonly chunkBytes = 1 << 20) {
    this.chunk = new Uint8Array(chunkBytes);
    this.chunkView = new DataView(this.chunk.buffer);
  }

  /** Bytes written and not yet taken, about. */
  get pendingBytes(): number {
    return this.at + this.full.length * this.chunkBytes;
  }

  /** Bytes the chunk being written still holds: a part at most as long goes into it. */
  get room(): number {
    return this.chunk.length - this.at;
  }

  put(bytes: Uint8Array): void {
    if (this.at + bytes.length > this.chunk.length) {
      this.endChunk();
      // A part larger than a chunk (a name of megabytes) is a piece of its own.
      if (bytes.length > this.chunk.length) { this.full.push(bytes); return; }
    }
    // Most parts are a few bytes (a comma, an indent, a quoted key): a loop costs less than `set`'s call.
    if (bytes.length <= 16) {
      const chunk = this.chunk;
      for (let i = 0, at = this.at; i < bytes.length; i++) chunk[at + i] = bytes[i];
    } else this.chunk.set(bytes, this.at);
    this.at += bytes.length;
  }

  /**
   * `put(bytes)` for a part written again and again (a frame's joined separators, 20–40 bytes),
   * given `view`, a DataView of exactly its bytes: copied four bytes at a time, where TurboFan checks
   * a typed array's store at every byte and `set` is a builtin's call, dear for a few dozen bytes.
   */
  putByWords(bytes: Uint8Array, view: DataView): void {
    const length = bytes.length;
    if (this.at + length > this.chunk.length) { this.put(bytes); return; }
    const chunkView = this.chunkView;
    const at = this.at;
    let i = 0;
    for (; i + 4 <= length; i += 4) chunkView.setUint32(at + i, view.getUint32(i));
    const chunk = this.chunk;
    for (; i < length; i++) chunk[at + i] = bytes[i];
    this.at = at + length;
  }

  /**
   * Writes `text` as its bytes when every character is printable ASCII other than `"` and `\` (a
   * JSON string's text that needs no escape), and says so; writes nothing and says false otherwise.
   * Names and paths nearly always are: no string made to quote them, no encoder called.
   */
  putPlainAscii(text: string): boolean {
    const length = text.length;
    if (length > this.chunk.length) return false;
    if (this.at + length > this.chunk.length) this.endChunk();
    const chunk = this.chunk;
    const at = this.at;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
      chunk[at + i] = c;
    }
    this.at = at + length;
    return true;
  }

  /** `n` as JSON.stringify writes it. */
  number(n: number): void {
    // Whole numbers (nearly all: counts, bytes, nanoseconds) digit by digit; -0 is "0", as JSON writes it.
    if (!Number.isSafeInteger(n)) { this.put(utf8(JSON.stringify(n))); return; }
    if (this.at + 17 > this.chunk.length) this.endChunk();
    const chunk = this.chunk;
    if (n < 0) { chunk[this.at++] = 0x2d; n = -n; }
    if (n <= 0x7fffffff) { this.smallNumber(n | 0); return; }
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let p = this.at + digits;
    this.at = p;
    do {
      const q = Math.floor(n / 10);
      chunk[--p] = 0x30 + (n - q * 10);
      n = q;
    } while (n > 0);
  }

  /**
   * A whole number from 0 to 2^31 - 1 (a line, a count: nearly all), in 32-bit integer steps: a
   * division by 10 truncated to an integer is a multiplication where a double's is a division and
   * a rounding, twice per digit (10^6 frames' lines: ~14 such steps each).
   */
  private smallNumber(n: number): void {
    const digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5
      : n < 1000000 ? 6 : n < 10000000 ? 7 : n < 100000000 ? 8 : n < 1000000000 ? 9 : 10;
    const chunk = this.chunk;
    let p = this.at + digits;
    this.at = p;
    do {
      const q = (n / 10) | 0;
      chunk[--p] = 0x30 + (n - q * 10);
      n = q;
    } while (n > 0);
  }

  /** The chunks filled so far, the one being written kept. */
  takeFull(): Uint8Array[] {
    const out = this.full;
    this.full = [];
    return out;
  }

  /** The chunks written so far, the last one cut where writing stopped. */
  take(): Uint8Array[] {
    if (this.at > 0) this.endChunk();
    const out = this.full;
    this.full = [];
    return out;
  }

  private endChunk(): void {
    if (this.at === 0) return;
    this.full.push(this.chunk.subarray(0, this.at));
    this.chunk = new Uint8Array(this.chunkBytes);
    this.chunkView = new DataView(this.chunk.buffer);
    this.at = 0;
  }
}
