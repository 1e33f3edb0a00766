// A profile's strings are Go strings, bytes that need not be UTF-8 (a Latin-1 "é" is one byte,
// 0xE9). Decoded as text, each byte that is not part of a UTF-8 sequence becomes the lone low
// surrogate U+DC00 + byte (the "surrogate escape" of Python's file names), where U+FFFD would
// merge every such byte into one character: two names apart by one byte stay two names, and the
// text output writes the bytes back as `go tool pprof` prints them. No UTF-8 text decodes to a
// lone surrogate, so the escape never stands for anything else.

const ESCAPE_BASE = 0xdc00;

/** A lone low surrogate of the escape range: not after a high surrogate, where it would be half of a pair. */
const ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

const utf8 = new TextDecoder('utf-8');

/** `bytes` as text, each byte that is not UTF-8 escaped; the common text decoder where every byte is. */
export function decodeEscapingBytes(bytes: Uint8Array): string {
  const text = utf8.decode(bytes);
  // A bad byte decodes to U+FFFD; so does EF BF BD, a U+FFFD written as UTF-8, which is kept.
  return text.includes('\ufffd') ? decodeSlowly(bytes) : text;
}

// A line of a goroutine dump: its byte order mark was taken once at the text's start, so a U+FEFF
// that starts a line is text.
const utf8KeepingMark = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A goroutine dump's line (or part of one) as text, each byte that is not UTF-8 escaped as a
 * profile's string is: two dumps apart by one byte read apart, and the byte is shown as a mark.
 */
export function decodeLineEscapingBytes(bytes: Uint8Array): string {
  const text = utf8KeepingMark.decode(bytes);
  // Most lines are ASCII, held by V8 as one byte a character: `includes` of U+FFFD is then answered without a scan.
  return text.includes('\ufffd') ? decodeSlowly(bytes) : text;
}

function decodeSlowly(bytes: Uint8Array): string {
  // A sequence of n bytes is at most n − 2 units: room for every byte is room enough.
  const units = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      units[n++] = ESCAPE_BASE + b;
      i++;
    } else if (length === 1) {
      units[n++] = b;
      i++;
    } else {
      let cp = b & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
      if (cp >= 0x10000) {
        units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      } else units[n++] = cp;
      i += length;
    }
  }
  const pieces: string[] = [];
  for (let at = 0; at < n; at += UNITS_PER_CALL) pieces.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(n, at + UNITS_PER_CALL)) as unknown as number[]));
  return pieces.join('');
}

/** fromCharCode takes its units as arguments: this many at a time stays far below any engine's limit. */
const UNITS_PER_CALL = 8192;

const inRange = (bytes: Uint8Array, at: number, lo: number, hi: number): boolean => at < bytes.length && bytes[at] >= lo && bytes[at] <= hi;

/** The length of the well-formed UTF-8 sequence at `i` (Unicode's table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return inRange(bytes, i + 1, 0x80, 0xbf) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80, hi = b === 0xed ? 0x9f : 0xbf;
    return inRange(bytes, i + 1, lo, hi) && inRange(bytes, i + 2, 0x80, 0xbf) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80, hi = b === 0xf4 ? 0x8f : 0xbf;
    return inRange(bytes, i + 1, lo, hi) && inRange(bytes, i + 2, 0x80, 0xbf) && inRange(bytes, i + 3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

/** The escape of the byte `b` (0x80–0xFF) that is not UTF-8: one character. */
export function escapedByte(b: number): string {
  return String.fromCharCode(ESCAPE_BASE + b);
}

/** Whether `text` holds an escaped byte. */
export function hasEscapedBytes(text: string): boolean {
  return ESCAPED_BYTE.test(text);
}

/** `text` as UTF-8 with each escaped byte written back as that byte: the bytes it was decoded from. */
export function encodeEscapedBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
    } else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      const cp = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 0x3f);
      out[n++] = 0x80 | ((cp >> 6) & 0x3f);
      out[n++] = 0x80 | (cp & 0x3f);
    } else if (c >= 0xdc80 && c <= 0xdcff) {
      out[n++] = c - ESCAPE_BASE;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // Any other lone surrogate: what TextEncoder writes for it.
      out[n++] = 0xef; out[n++] = 0xbf; out[n++] = 0xbd;
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

/**
 * `text` as UTF-8, an escaped byte written back as that byte (encodeEscapedBytes), the common
 * encoder where none is: a dump's text handed on as bytes keeps the bytes it was read from.
 */
export function encodeKeepingBytes(text: string, encoder: { encode(text: string): Uint8Array }): Uint8Array {
  return hasEscapedBytes(text) ? encodeEscapedBytes(text) : encoder.encode(text);
}

/** `text` with each escaped byte shown as `\xE9`: where the bytes cannot be written back (a web page). */
export function showEscapedBytes(text: string): string {
  if (!hasEscapedBytes(text)) return text;
  return text.replace(new RegExp(ESCAPED_BYTE.source, 'g'), c => `\\x${(c.charCodeAt(0) - ESCAPE_BASE).toString(16).toUpperCase().padStart(2, '0')}`);
}
