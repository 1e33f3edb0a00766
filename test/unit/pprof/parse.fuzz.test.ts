// Mutated and truncated real profiles: parseProfile and the aggregations never crash or
// hang; the only error allowed is ProfileParseError. Run count: FUZZ_RUNS (npm run fuzz).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gunzipSync } from 'fflate';
import { defaultSampleTypeIndex, parseProfile, ProfileParseError } from '../../../src/core/pprof';
import { flameTree, QueriedProfile, topRows } from '../../../src/core/report';
import { profileFiles } from './corpusFiles';
import { sniffRaw } from '../../../src/core/pprof/sniff';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const seeds = profileFiles()
  .filter(f => /(cpu_labels|hodis_cpu|gobench\.(cpu|heap)|cppbench\.contention|heap\.debug1|goroutine\.debug1|mutex\.debug1|mutex\.pb|goroutine\.pb|nomappings)/.test(f.name))
  .map(f => (f.bytes[0] === 0x1f ? gunzipSync(f.bytes) : f.bytes));

function check(bytes: Uint8Array): void {
  try {
    const p = parseProfile(bytes);
    const q = new QueriedProfile(p, { sampleType: defaultSampleTypeIndex(p), granularity: 'functions', filters: [] });
    topRows(q);
    flameTree(q, { widthPx: 1000 });
  } catch (e) {
    if (e instanceof ProfileParseError) { assert.ok(!e.message.includes('\n')); return; }
    // A sample type index out of range is the only non-parse error aggregations may raise.
    if (e instanceof RangeError && /sample type/.test(e.message)) return;
    throw e;
  }
}

describe('pprof fuzz', function () {
  this.timeout(600000);
  it(`${seeds.length} seed profiles are present`, () => assert.ok(seeds.length >= 8));

  it('survives byte mutations', () => {
    fc.assert(fc.property(
      fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 8 }),
      (which, edits) => {
        const bytes = seeds[which].slice();
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        check(bytes);
      }), { numRuns: runs });
  });

  it('survives truncation and spliced garbage', () => {
    fc.assert(fc.property(
      fc.nat(seeds.length - 1), fc.nat(), fc.uint8Array({ maxLength: 32 }),
      (which, cut, garbage) => {
        const src = seeds[which];
        const head = src.subarray(0, cut % (src.length + 1));
        const bytes = new Uint8Array(head.length + garbage.length);
        bytes.set(head); bytes.set(garbage, head.length);
        check(bytes);
      }), { numRuns: runs });
  });

  it('a tag no Profile has, put between top-level fields: one error naming its byte', () => {
    const protoSeeds = seeds.filter(b => sniffRaw(b.subarray(0, 64 * 1024)) === 'pprof');
    assert.ok(protoSeeds.length >= 3);
    // Field 16 with wire type 3: pprof skips a field Profile lacks only when its wire type is 0, 1, 2 or 5.
    const badTags = [[0x00, 0x01], [0x0f, 0x01], [0x7b], [0x79], [0x83, 0x01], [0x0d, 0, 0, 0, 0]];
    fc.assert(fc.property(fc.nat(protoSeeds.length - 1), fc.integer({ min: 3, max: 63 }), fc.constantFrom(...badTags), (which, k, tag) => {
      const src = protoSeeds[which];
      const at = topLevelFieldStart(src, k);
      if (at < 0) return;
      const bytes = new Uint8Array(src.length + tag.length);
      bytes.set(src.subarray(0, at)); bytes.set(tag, at); bytes.set(src.subarray(at), at + tag.length);
      assert.throws(() => parseProfile(bytes), (e: unknown) => e instanceof ProfileParseError && new RegExp(`^corrupt profile\\.proto: .* \\(at byte ${at}\\)$`).test(e.message));
    }), { numRuns: runs });
  });

  it('survives arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 256 }), bytes => check(bytes)), { numRuns: runs });
  });
});

/** Where the `k`-th top-level field of a profile.proto starts; -1 past its last field. */
function topLevelFieldStart(bytes: Uint8Array, k: number): number {
  let pos = 0;
  const uvarint = (): number => {
    let v = 0, shift = 0;
    for (;;) { const b = bytes[pos++]; v += (b & 0x7f) * 2 ** shift; shift += 7; if (b < 0x80) return v; }
  };
  for (let i = 0; i < k; i++) {
    if (pos >= bytes.length) return -1;
    const wire = uvarint() & 7;
    if (wire === 2) { const len = uvarint(); pos += len; } else uvarint();
  }
  return pos < bytes.length ? pos : -1;
}
