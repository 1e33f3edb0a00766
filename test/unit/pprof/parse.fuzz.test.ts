// Mutated and truncated real profiles: parseProfile and the aggregations never crash or
// hang; the only error allowed is ProfileParseError. Run count: FUZZ_RUNS (npm run fuzz).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gunzipSync } from 'fflate';
import { defaultSampleTypeIndex, parseProfile, ProfileParseError } from '../../../src/core/pprof';
import { flameTree, QueriedProfile, topRows } from '../../../src/core/report';
import { profileFiles } from './corpusFiles';

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

  it('survives arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 256 }), bytes => check(bytes)), { numRuns: runs });
  });
});
