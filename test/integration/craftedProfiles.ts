// Profiles crafted byte by byte for the tests of loads that take seconds: many functions (heavy
// to decode and to hold), many sample types, many samples of one stack (slow to decode, small to
// draw). Plain TypeScript without Node, so the web lane's tests can make them too.

/**
 * Sample counts for a test that must act while a load still runs (Cancel, a 1 s time limit):
 * what the view offers comes after a second, and a machine a few times faster than this CI's
 * decodes 3 million samples in about that. A test tries the next count when the profile drew
 * before it could act.
 */
export const SLOW_LOAD_SAMPLES = [3_000_000, 12_000_000];

/** A protobuf writer into one growing buffer: files of a million messages without a Buffer each. */
class ProtoBytes {
  private buf: Uint8Array;
  length = 0;
  constructor(capacity = 64) { this.buf = new Uint8Array(capacity); }
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  varint(v: number): this {
    this.room(10);
    while (v >= 0x80) { this.buf[this.length++] = (v % 0x80) | 0x80; v = Math.floor(v / 0x80); }
    this.buf[this.length++] = v;
    return this;
  }
  field(field: number, v: number): this { return this.varint(field * 8).varint(v); }
  /** A length-delimited field holding what `body` writes into a scratch writer. */
  message(field: number, body: (m: ProtoBytes) => void): this {
    const m = new ProtoBytes();
    body(m);
    return this.raw(field, m.bytes());
  }
  raw(field: number, bytes: Uint8Array): this {
    this.varint(field * 8 + 2).varint(bytes.length);
    this.room(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }
  bytes(): Uint8Array { return this.buf.subarray(0, this.length); }
}

/**
 * A valid profile of `n` distinct functions, each the leaf of one sample under another: decoded
 * and drawn, about 0.5 KB of the worker's heap per function (200,000 of them need ~100 MB, over a
 * 64 MiB limit and under 256 MiB), and a few seconds of work.
 */
export async function manyFunctions(n: number): Promise<Uint8Array> {
  const p = new ProtoBytes(n * 128);
  const text = new TextEncoder();
  for (const s of ['', 'samples', 'count']) p.raw(6, text.encode(s));
  p.message(1, m => m.field(1, 1).field(2, 2));
  for (let i = 0; i < n; i++) {
    // The extension host runs this test: it answers between pieces.
    if (i % 5000 === 0) await new Promise(resolve => setTimeout(resolve, 0));
    p.raw(6, text.encode(`example.com/svc/pkg${i % 97}.(*Type${i}).Method${i}`));
    p.message(5, m => m.field(1, i + 1).field(2, 3 + i).field(3, 3 + i));
    p.message(4, m => m.field(1, i + 1).message(4, l => l.field(1, i + 1).field(2, 10 + (i % 50))));
    p.message(2, m => m.message(1, l => l.varint(i + 1).varint(((i * 7919) % n) + 1)).message(2, v => v.varint(1 + (i % 13))));
  }
  return p.bytes().slice();
}

/**
 * A valid profile of `n` sample types named kind0, kind1… (unit count) over one function, two
 * samples of a value per type each: type i totals i + 1. 10^6 of them sent whole crossed the host
 * as 40 MB (~4.7 s of its thread).
 */
export async function manySampleTypes(n: number): Promise<Uint8Array> {
  const p = new ProtoBytes(n * 24);
  const text = new TextEncoder();
  for (const s of ['', 'count', 'main.f', 'main.go']) p.raw(6, text.encode(s));
  for (let i = 0; i < n; i++) {
    if (i % 50_000 === 0) await new Promise(resolve => setTimeout(resolve, 0));
    p.raw(6, text.encode(`kind${i}`));
    p.message(1, m => m.field(1, 4 + i).field(2, 1));
  }
  p.message(5, m => m.field(1, 1).field(2, 2).field(3, 3));
  p.message(4, m => m.field(1, 1).message(4, l => l.field(1, 1).field(2, 10)));
  p.message(2, m => m.message(1, l => l.varint(1)).message(2, v => { for (let i = 0; i < n; i++) v.varint(i); }));
  p.message(2, m => m.message(1, l => l.varint(1)).message(2, v => { for (let i = 0; i < n; i++) v.varint(1); }));
  return p.bytes().slice();
}

/**
 * A valid profile of `n` samples over 16 functions, each sample the same 16-deep stack: slow to
 * decode (2.5 million take seconds), small to draw.
 */
export async function manySamples(n: number): Promise<Uint8Array> {
  const head = new ProtoBytes(4096);
  const text = new TextEncoder();
  for (const s of ['', 'samples', 'count']) head.raw(6, text.encode(s));
  head.message(1, m => m.field(1, 1).field(2, 2));
  for (let i = 1; i <= 16; i++) {
    head.raw(6, text.encode(`example.com/svc.level${i}`));
    head.message(5, m => m.field(1, i).field(2, 2 + i).field(3, 2 + i));
    head.message(4, m => m.field(1, i).message(4, l => l.field(1, i).field(2, i)));
  }
  const sample = new ProtoBytes().message(2, m => m.message(1, l => { for (let k = 1; k <= 16; k++) l.varint(k); }).message(2, v => v.varint(1))).bytes();
  const out = new Uint8Array(head.length + n * sample.length);
  out.set(head.bytes());
  for (let i = 0, at = head.length; i < n; i++, at += sample.length) {
    if (i % 100_000 === 0) await new Promise(resolve => setTimeout(resolve, 0));
    out.set(sample, at);
    out[at + sample.length - 1] = 1 + (i % 100); // the sample's value
  }
  return out;
}
