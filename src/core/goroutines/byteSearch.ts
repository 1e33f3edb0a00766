// The searches over bytes that the goroutine scanner runs on long spans: a newline in a line
// that has none for megabytes (3 GB of NUL bytes, a binary file), a chunk's last newline. The
// core's own are portable (V8's `Uint8Array.prototype.indexOf` runs at ~3 GB/s); a host with a
// faster one passes it in (Node's `Buffer.prototype.indexOf` is memchr: 10× faster on the same
// bytes). Short spans never come here: a native call costs more than a short loop.

export interface ByteSearch {
  /** First index of `byte` in bytes[from, to), or -1. */
  indexOf(bytes: Uint8Array, byte: number, from: number, to: number): number;
  /** Last index of `byte` in bytes[from, to), or -1. */
  lastIndexOf(bytes: Uint8Array, byte: number, from: number, to: number): number;
  /**
   * The search for each line's end in one chunk: the first newline at or after `from`, or -1. Made
   * once per chunk and called once per line, so a host's setup (a view of the chunk) is paid once.
   */
  lineBreaks(bytes: Uint8Array): (from: number) => number;
  /** Whether a[aFrom, aFrom + length) holds the bytes of b[bFrom, bFrom + length); both spans inside their arrays. */
  equalSpans(a: Uint8Array, aFrom: number, b: Uint8Array, bFrom: number, length: number): boolean;
}

/** equalSpans byte by byte: for short spans, and for hosts without a faster compare. */
export function equalSpansByBytes(a: Uint8Array, aFrom: number, b: Uint8Array, bFrom: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[aFrom + i] !== b[bFrom + i]) return false;
  return true;
}

/** What any JavaScript host has: the typed array's own searches. */
export const portableByteSearch: ByteSearch = {
  indexOf(bytes, byte, from, to) {
    if (from >= to) return -1;
    // The typed array's search runs to its end: bounded by a view when the span ends much earlier.
    if (to < bytes.length - 4096) {
      const found = bytes.subarray(from, to).indexOf(byte);
      return found < 0 ? -1 : from + found;
    }
    const found = bytes.indexOf(byte, from);
    return found >= 0 && found < to ? found : -1;
  },
  lastIndexOf(bytes, byte, from, to) {
    if (from >= to) return -1;
    const found = bytes.lastIndexOf(byte, to - 1);
    return found >= from ? found : -1;
  },
  lineBreaks(bytes) {
    return from => bytes.indexOf(0x0a, from);
  },
  equalSpans: equalSpansByBytes,
};
