// A merge gathers every profile's stack frames, labels and samples in arrays before it joins equal
// samples; past ~1.3×10^8 entries a growing JavaScript array ends the whole process (V8's fatal
// "invalid size", nothing to catch: 3,000 replicas of a real 120,000-frame heap profile did, in the
// replica comparison's merge). Past MAX_MERGED_ENTRIES the merge is refused with an error instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile, type Profile } from '../../../src/core/pprof';
import { MAX_MERGED_ENTRIES, mergeProfiles } from '../../../src/core/pprof/merge';
import { repoRoot } from './goldenTop';

const heap = (): Profile => parseProfile(readFileSync(join(repoRoot, 'test/fixtures/corpus/pyro_go_heap.pb.gz')));

describe('a merge of more than it can gather is refused, not a crash', () => {
  it('3,000 copies of a real heap profile (1.2×10^5 stack frames each): refused at once, naming the count', () => {
    const p = heap();
    const frames = p.samples.stackStart[p.samples.count];
    assert.ok(frames > 100_000, `${frames} frames`);
    assert.ok(3_000 * frames > MAX_MERGED_ENTRIES);
    const started = Date.now();
    assert.throws(() => mergeProfiles(Array.from({ length: 3_000 }, () => p)),
      new RangeError(`these 3,000 profiles hold ${(3_000 * frames).toLocaleString('en-US')} stack frames in all, more than one merge gathers (50,000,000): merge fewer of them`));
    assert.ok(Date.now() - started < 5_000);
  });

  it('under the bound the merge is pprof\'s: two copies sum each sample, three past a bound of 2.5 copies are refused', () => {
    const p = heap();
    const frames = p.samples.stackStart[p.samples.count];
    const merged = mergeProfiles([p, p], Math.floor(2.5 * frames));
    const total = (q: Profile) => { let t = 0; for (let i = 0; i < q.samples.count; i++) t += q.samples.values[i * q.samples.valueCount + 1]; return t; };
    assert.equal(total(merged), 2 * total(p));
    assert.throws(() => mergeProfiles([p, p, p], Math.floor(2.5 * frames)), /these 3 profiles hold .* stack frames in all/);
  });
});
