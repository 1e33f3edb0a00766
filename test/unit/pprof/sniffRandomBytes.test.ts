// Random bytes are no profile: a sniff that took one Profile tag and a length running past the
// end for profile.proto accepted about 1 random 4 KiB file in 60, so a watch saved gzipped junk
// as a heap capture. Now its first field must read as the message it holds (a sample type, a
// sample…), as every profile in the fixtures and corpus does within its first 12 bytes, and a first
// sample of 10^5 frames that runs past the 64 KiB looked at still passes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniffProfileKind } from '../../../src/core/pprof';
import { gunzipPrefix, sniffRaw } from '../../../src/core/pprof/sniff';

/** xorshift32: the same bytes on every run, so a failure can be replayed. */
function seededBytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function varint(n: number): number[] {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 0x80)) out.push(0x80 | (n & 0x7f));
  out.push(n);
  return out;
}

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

describe('the sniff on random bytes', () => {
  it('20,000 random 4 KiB files: none taken for profile.proto', () => {
    const taken: number[] = [];
    for (let seed = 1; seed <= 20_000; seed++) if (sniffRaw(seededBytes(seed, 4096)) === 'pprof') taken.push(seed);
    assert.deepEqual(taken, []);
  });

  it('random bytes whose first tag is a Profile field and whose length runs past the end: not a profile', () => {
    // 0x12 is field 2 (sample) with wire type 2; the length 0xd0 0xdf 0x55 is 1,404,880 bytes.
    const junk = seededBytes(7, 4096);
    junk.set([0x12, 0xd0, 0xdf, 0x55]);
    assert.equal(sniffRaw(junk), 'unknown');
  });

  for (const file of ['incident/mutex-convoy/heap.pb.gz', 'pprof/generated/cpu.pb.gz']) {
    it(`${file}: still profile.proto, whole and its first 40 bytes`, () => {
      const bytes = readFileSync(join(FIXTURES, file));
      assert.equal(sniffProfileKind(bytes).kind, 'pprof');
      const raw = gunzipPrefix(bytes)!;
      assert.equal(sniffRaw(raw.subarray(0, 40)), 'pprof');
    });
  }

  it('a sample type, then a sample of 30,000 frames that runs past the 64 KiB head: profile.proto', () => {
    const ids: number[] = [];
    for (let id = 20_000; id < 50_000; id++) ids.push(0x80 | (id & 0x7f), 0x80 | ((id >> 7) & 0x7f), id >> 14);
    const packed = [0x0a, ...varint(ids.length), ...ids];
    const sample = [0x12, ...varint(packed.length + 3), ...packed, 0x10, 0x01];
    const head = Uint8Array.from([0x0a, 0x04, 0x08, 0x01, 0x10, 0x02, ...sample]).subarray(0, 64 * 1024);
    assert.equal(sniffRaw(head), 'pprof');
    // The same sample with no sample type before it: a sample's first field alone is too little.
    assert.equal(sniffRaw(Uint8Array.from(sample).subarray(0, 64 * 1024)), 'unknown');
  });

  it('a profile of one whole sample type: still profile.proto', () => {
    // One sample type (type 1, unit 2), nothing else: a whole field ending at the file's end.
    assert.equal(sniffRaw(Uint8Array.from([0x0a, 0x04, 0x08, 0x01, 0x10, 0x02])), 'pprof');
    // The same field cut short is not.
    assert.equal(sniffRaw(Uint8Array.from([0x0a, 0x04, 0x08, 0x01, 0x10])), 'unknown');
  });
});
