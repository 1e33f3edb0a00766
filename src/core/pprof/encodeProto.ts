// The inverse of decodeProto.ts: a Profile as profile.proto bytes (uncompressed), so a filtered
// or diffed view can be handed to `go tool pprof` or any other pprof reader. Ids are written as
// index + 1 (a merged or reshaped profile may hold repeated ids from its sources), strings are
// interned afresh, and values are int64 (negative values, as in a diff, in two's complement).
import type { Profile } from './model';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

// Field numbers (github.com/google/pprof/proto/profile.proto).
const P_SAMPLE_TYPE = 1, P_SAMPLE = 2, P_MAPPING = 3, P_LOCATION = 4, P_FUNCTION = 5, P_STRING = 6,
  P_TIME = 9, P_DURATION = 10, P_PERIOD_TYPE = 11, P_PERIOD = 12, P_COMMENT = 13, P_DEFAULT_SAMPLE_TYPE = 14;

const TWO_32 = 2 ** 32;

/** A growable byte buffer with protobuf primitives. */
class ProtoWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(initialSize = 256) { this.buf = new Uint8Array(initialSize); }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** A varint of a non-negative integer below 2^64, or of a negative int64 (two's complement). */
  varint(value: number): void {
    this.reserve(10);
    let v = Math.round(value);
    if (v < 0) {
      // int64 as uint64: ten bytes. Split into 32-bit halves of 2^64 + v.
      let low = (v % TWO_32 + TWO_32) % TWO_32;
      let high = Math.floor(v / TWO_32) + TWO_32;
      if (low === TWO_32) { low = 0; high += 1; }
      this.varintHalves(low, high);
      return;
    }
    if (v < 0x80000000) {
      while (v >= 0x80) { this.buf[this.length++] = (v & 0x7f) | 0x80; v >>>= 7; }
      this.buf[this.length++] = v;
      return;
    }
    this.varintHalves(v % TWO_32, Math.floor(v / TWO_32));
  }

  /** A varint of an int64 given exactly (a value past 2^53). */
  varintInt64(value: bigint): void {
    this.reserve(10);
    const u = BigInt.asUintN(64, value);
    this.varintHalves(Number(u & 0xffffffffn), Number(u >> 32n));
  }

  private varintHalves(low: number, high: number): void {
    // 64 bits as 9 groups of 7 bits and a last bit, low half first.
    for (;;) {
      const byte = low & 0x7f;
      low = Math.floor(low / 128) + (high & 0x7f) * 2 ** 25;
      high = Math.floor(high / 128);
      if (low === 0 && high === 0) { this.buf[this.length++] = byte; return; }
      this.buf[this.length++] = byte | 0x80;
    }
  }

  tag(field: number, wire: number): void { this.varint(field * 8 + wire); }

  /** A varint field, left out when 0 (proto3's default). */
  uint(field: number, value: number): void {
    if (value === 0) return;
    this.tag(field, 0);
    this.varint(value);
  }

  bool(field: number, value: boolean): void { if (value) this.uint(field, 1); }

  bytes(field: number, data: Uint8Array): void {
    this.tag(field, 2);
    this.varint(data.length);
    this.reserve(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  /** A length-delimited submessage written by `fill` into a writer of its own. */
  message(field: number, fill: (w: ProtoWriter) => void): void {
    const w = new ProtoWriter();
    fill(w);
    this.bytes(field, w.result());
  }

  /** A packed repeated varint field (left out when empty). */
  packed(field: number, values: ArrayLike<number>): void {
    if (values.length === 0) return;
    this.message(field, w => { for (let i = 0; i < values.length; i++) w.varint(values[i]); });
  }

  result(): Uint8Array { return this.buf.subarray(0, this.length); }
}

export interface EncodeOptions {
  /** The sample type readers show first (written as default_sample_type); default: the profile's. */
  defaultSampleType?: number;
}

/** The profile as uncompressed profile.proto bytes. */
export function encodeProfileProto(profile: Profile, options: EncodeOptions = {}): Uint8Array {
  const strings = [''];
  const stringIndex = new ContentKeyedMap<number>([['', 0]]);
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); stringIndex.set(s, i); }
    return i;
  };
  const out = new ProtoWriter(1 << 16);
  for (const t of profile.sampleTypes) out.message(P_SAMPLE_TYPE, w => { w.uint(1, str(t.type)); w.uint(2, str(t.unit)); });

  const s = profile.samples, vc = s.valueCount;
  for (let i = 0; i < s.count; i++) {
    out.message(P_SAMPLE, w => {
      const locs: number[] = [];
      for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) locs.push(s.locations[p] + 1);
      w.packed(1, locs);
      if (s.valuesExact) {
        const exact = s.valuesExact.subarray(i * vc, (i + 1) * vc);
        w.message(2, v => { for (const x of exact) v.varintInt64(x); });
      } else w.packed(2, s.values.subarray(i * vc, (i + 1) * vc));
      for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
        w.message(3, l => {
          l.uint(1, str(profile.strings[s.labelKey[j]]));
          if (s.labelStr[j] !== 0) l.uint(2, str(profile.strings[s.labelStr[j]]));
          else {
            l.uint(3, s.labelNum[j]);
            l.uint(4, str(profile.strings[s.labelUnit[j]]));
          }
        });
      }
    });
  }
  profile.mappings.forEach((m, i) => out.message(P_MAPPING, w => {
    w.uint(1, i + 1); w.uint(2, m.start); w.uint(3, m.limit); w.uint(4, m.offset);
    w.uint(5, str(m.file)); w.uint(6, str(m.buildId));
    w.bool(7, m.hasFunctions); w.bool(8, m.hasFilenames); w.bool(9, m.hasLineNumbers); w.bool(10, m.hasInlineFrames);
  }));
  profile.locations.forEach((loc, i) => out.message(P_LOCATION, w => {
    w.uint(1, i + 1);
    w.uint(2, loc.mappingIndex >= 0 ? loc.mappingIndex + 1 : 0);
    w.uint(3, loc.address);
    for (const ln of loc.lines) {
      w.message(4, l => { l.uint(1, ln.functionIndex >= 0 ? ln.functionIndex + 1 : 0); l.uint(2, ln.line); l.uint(3, ln.column); });
    }
    w.bool(5, loc.isFolded);
  }));
  profile.functions.forEach((f, i) => out.message(P_FUNCTION, w => {
    w.uint(1, i + 1); w.uint(2, str(f.name)); w.uint(3, str(f.systemName)); w.uint(4, str(f.filename)); w.uint(5, f.startLine);
  }));
  out.uint(P_TIME, profile.timeNanos);
  out.uint(P_DURATION, profile.durationNanos);
  if (profile.periodType) {
    const pt = profile.periodType;
    out.message(P_PERIOD_TYPE, w => { w.uint(1, str(pt.type)); w.uint(2, str(pt.unit)); });
  }
  out.uint(P_PERIOD, profile.period);
  for (const c of profile.comments) out.uint(P_COMMENT, str(c));
  const defaultType = profile.sampleTypes[options.defaultSampleType ?? profile.defaultSampleTypeIndex];
  if (defaultType) out.uint(P_DEFAULT_SAMPLE_TYPE, str(defaultType.type));
  // The string table last: every string above has been interned by now.
  const encoder = new TextEncoder();
  for (const text of strings) out.bytes(P_STRING, encoder.encode(text));
  return out.result();
}
