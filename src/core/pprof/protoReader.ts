// Minimal protobuf wire-format primitives over a Uint8Array, written for speed: the
// readers return the value and leave the position after it in `cursor.pos`, so the hot
// loops allocate nothing. Every read is bounds-checked against `end` and reports the
// byte offset of the problem.
import { ProfileParseError } from './errors';

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

const TWO_32 = 4294967296;

export class ProtoCursor {
  pos: number;
  /** The two 32-bit halves of the last varint of 5 bytes or more: an int64 past 2^53 rebuilt exactly (`lastInt64`). */
  lastHigh = 0;
  lastLow = 0;
  constructor(readonly buf: Uint8Array, pos = 0) { this.pos = pos; }

  /** Unsigned varint as a JS number (exact up to 2^53). */
  uvarint(end: number): number {
    const buf = this.buf;
    let pos = this.pos;
    if (pos >= end) throw truncated(pos);
    let b = buf[pos++];
    if (b < 0x80) { this.pos = pos; return b; }
    let lo = b & 0x7f;
    for (let shift = 7; shift < 28; shift += 7) {
      if (pos >= end) throw truncated(pos);
      b = buf[pos++];
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) { this.pos = pos; return lo; }
    }
    return this.slowTail(lo, pos, end, false);
  }

  /** int64 varint (two's complement for negatives, 10 bytes) as a JS number. */
  svarint(end: number): number {
    const buf = this.buf;
    let pos = this.pos;
    if (pos >= end) throw truncated(pos);
    let b = buf[pos++];
    if (b < 0x80) { this.pos = pos; return b; }
    let lo = b & 0x7f;
    for (let shift = 7; shift < 28; shift += 7) {
      if (pos >= end) throw truncated(pos);
      b = buf[pos++];
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) { this.pos = pos; return lo; }
    }
    return this.slowTail(lo, pos, end, true);
  }

  // Bytes 5..10 of a varint: split into the low and high 32-bit halves.
  private slowTail(lo28: number, pos: number, end: number, signed: boolean): number {
    const buf = this.buf;
    const start = pos - 4;
    if (pos >= end) throw truncated(pos);
    let b = buf[pos++];
    const lo = (lo28 | ((b & 0x0f) << 28)) >>> 0;
    let hi = (b & 0x7f) >> 4;
    if (b >= 0x80) {
      for (let shift = 3; ; shift += 7) {
        if (pos >= end) throw truncated(pos);
        if (shift > 31) throw new ProfileParseError('malformed varint longer than 10 bytes', { offset: start });
        b = buf[pos++];
        hi |= (b & 0x7f) << shift;
        if (b < 0x80) break;
      }
    }
    this.pos = pos;
    this.lastHigh = hi;
    this.lastLow = lo;
    return signed ? (hi | 0) * TWO_32 + lo : (hi >>> 0) * TWO_32 + lo;
  }

  /** The last `svarint` exactly, as Go's int64, when it was past 2^53 (a number rounds it). */
  lastInt64(): bigint {
    return BigInt.asIntN(64, (BigInt(this.lastHigh >>> 0) << 32n) | BigInt(this.lastLow >>> 0));
  }

  /** Reads a length prefix and returns the end offset of the delimited bytes. */
  lengthEnd(end: number): number {
    const at = this.pos;
    const len = this.uvarint(end);
    const stop = this.pos + len;
    if (stop > end) {
      throw new ProfileParseError(`field length ${len} runs past the end of its message (${end - this.pos} bytes left)`, { offset: at });
    }
    return stop;
  }

  /** Skips one field value of the given wire type. */
  skip(wireType: number, end: number): void {
    const at = this.pos;
    switch (wireType) {
      case WIRE_VARINT: this.uvarint(end); return;
      case WIRE_FIXED64: this.pos += 8; break;
      case WIRE_LEN: this.pos = this.lengthEnd(end); return;
      case WIRE_FIXED32: this.pos += 4; break;
      default: throw new ProfileParseError(`unsupported protobuf wire type ${wireType}`, { offset: at });
    }
    if (this.pos > end) throw truncated(at);
  }
}

function truncated(offset: number): ProfileParseError {
  return new ProfileParseError('truncated protobuf data', { offset });
}

/**
 * Counts the varints in packed fields: one terminating byte (< 0x80) per value. Reads
 * four bytes at a time through an aligned Uint32Array over the same memory (pass 1 of the
 * decoder runs this over every stack of the profile, tens of MB).
 */
export class VarintEndCounter {
  private readonly words: Uint32Array;
  /** Byte offset in `buf` of words[0]. */
  private readonly wordsAt: number;

  constructor(private readonly buf: Uint8Array) {
    this.wordsAt = (4 - (buf.byteOffset & 3)) & 3;
    const wordCount = (buf.length - this.wordsAt) >> 2;
    this.words = wordCount > 0 ? new Uint32Array(buf.buffer, buf.byteOffset + this.wordsAt, wordCount) : new Uint32Array(0);
  }

  count(start: number, end: number): number {
    const buf = this.buf;
    let n = 0, i = start;
    while (i < end && ((i - this.wordsAt) & 3) !== 0) { if (buf[i] < 0x80) n++; i++; }
    const words = this.words;
    const lastWord = (end - this.wordsAt) >> 2;
    let w = (i - this.wordsAt) >> 2;
    if (i >= this.wordsAt) {
      for (; w < lastWord; w++) {
        // One bit per byte whose high bit is set (a continuation byte); sum the four bits.
        const continuation = (words[w] & 0x80808080) >>> 7;
        n += 4 - (Math.imul(continuation, 0x01010101) >>> 24);
      }
      i = Math.max(i, this.wordsAt + (lastWord << 2));
    }
    for (; i < end; i++) if (buf[i] < 0x80) n++;
    return n;
  }
}

/** Whether bytes [start, end) are all NUL (a file's padding after its last field). */
export function allZero(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] !== 0) return false;
  return true;
}
