// The scanner's searches over bytes: the portable ones and Node's (Buffer views, memchr) must
// answer alike on any span, including spans well inside a larger chunk and at its edges.
import assert from 'node:assert/strict';
import { portableByteSearch, type ByteSearch } from '../../../src/core/goroutines/byteSearch';
import { nodeByteSearch } from '../../../src/node/byteSearch';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function naiveIndexOf(bytes: Uint8Array, byte: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (bytes[i] === byte) return i;
  return -1;
}

function naiveLastIndexOf(bytes: Uint8Array, byte: number, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (bytes[i] === byte) return i;
  return -1;
}

const SEARCHES: [string, ByteSearch][] = [['portable', portableByteSearch], ['node', nodeByteSearch]];

describe('goroutines: searches over bytes', () => {
  for (const [name, search] of SEARCHES) {
    it(`${name}: a byte in any span, first and last, as a plain loop finds them`, () => {
      const next = random(name.length);
      // Sparse newlines, so that spans both hold and lack them; longer than the 4 KiB margins.
      for (const length of [0, 1, 17, 5000, 20_000]) {
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; i++) bytes[i] = next() < 0.002 ? 0x0a : 0x61 + Math.floor(next() * 3);
        for (let round = 0; round < 200; round++) {
          const from = Math.floor(next() * (length + 1));
          const to = from + Math.floor(next() * (length - from + 1));
          const what = `${length} bytes [${from}, ${to})`;
          assert.equal(search.indexOf(bytes, 0x0a, from, to), naiveIndexOf(bytes, 0x0a, from, to), `indexOf ${what}`);
          assert.equal(search.lastIndexOf(bytes, 0x0a, from, to), naiveLastIndexOf(bytes, 0x0a, from, to), `lastIndexOf ${what}`);
        }
      }
    });

    it(`${name}: a view into a larger buffer (a chunk the reader reuses)`, () => {
      const backing = new Uint8Array(30_000).fill(0x0a);
      const bytes = backing.subarray(10_000, 20_000).fill(0);
      assert.equal(search.indexOf(bytes, 0x0a, 0, bytes.length), -1);
      assert.equal(search.lastIndexOf(bytes, 0x0a, 0, bytes.length), -1);
      bytes[7000] = 0x0a;
      assert.equal(search.indexOf(bytes, 0x0a, 100, bytes.length), 7000);
      assert.equal(search.indexOf(bytes, 0x0a, 100, 7000), -1);
      assert.equal(search.lastIndexOf(bytes, 0x0a, 7001, bytes.length), -1);
      assert.equal(search.lastIndexOf(bytes, 0x0a, 0, 9000), 7000);
    });

    it(`${name}: each line's end in a chunk, also in a view into a larger buffer, as a plain loop finds it`, () => {
      const next = random(name.length + 1);
      const backing = new Uint8Array(12_000).fill(0x0a);
      const bytes = backing.subarray(1_000, 11_000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() < 0.03 ? 0x0a : 0x61;
      bytes[bytes.length - 1] = 0x61;
      const nextLineBreak = search.lineBreaks(bytes);
      for (let from = 0; from < bytes.length; from += 1 + Math.floor(next() * 40)) {
        assert.equal(nextLineBreak(from), naiveIndexOf(bytes, 0x0a, from, bytes.length), `from ${from}`);
      }
      // Past the last line break, the bytes after the view (all line breaks) are not looked at.
      assert.equal(nextLineBreak(bytes.length - 1), -1);
      assert.equal(search.lineBreaks(new Uint8Array(0))(0), -1);
    });

    it(`${name}: two spans compared, short and long, equal or differing in one byte anywhere, in views into larger buffers`, () => {
      const next = random(name.length + 2);
      const backing = new Uint8Array(3_000).fill(0x62);
      const a = backing.subarray(100, 1_100);
      const b = new Uint8Array(2_000);
      for (let i = 0; i < a.length; i++) a[i] = 0x61 + Math.floor(next() * 2);
      for (const length of [0, 1, 3, 63, 64, 65, 200, 700]) {
        const aFrom = Math.floor(next() * (a.length - length));
        const bFrom = Math.floor(next() * (b.length - length));
        b.set(a.subarray(aFrom, aFrom + length), bFrom);
        assert.equal(search.equalSpans(a, aFrom, b, bFrom, length), true, `${length} bytes equal`);
        for (const at of [0, length >> 1, length - 1]) {
          if (length === 0) continue;
          b[bFrom + at] ^= 0x20;
          assert.equal(search.equalSpans(a, aFrom, b, bFrom, length), false, `${length} bytes, byte ${at} differs`);
          assert.equal(search.equalSpans(b, bFrom, a, aFrom, length), false, `${length} bytes, byte ${at} differs, the other way`);
          b[bFrom + at] ^= 0x20;
        }
        // The bytes just outside the spans are not compared.
        if (aFrom + length < a.length && bFrom + length < b.length) {
          b[bFrom + length] = a[aFrom + length] ^ 1;
          assert.equal(search.equalSpans(a, aFrom, b, bFrom, length), true, `${length} bytes, the next byte differing`);
        }
      }
    });
  }
});
