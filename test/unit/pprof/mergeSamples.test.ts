// pprof's merge within one sample table (profile.Merge, which pprof runs on every profile it
// reads and on a profile with its base): samples of one stack and label set are one, whatever
// order the producer wrote the labels in (Go writes a label map in any order), and samples
// that net to 0 are gone. On @datadog/pprof's real wall profile with dd-trace's labels. And
// pprof's order around drop_frames: it merges a profile, and a profile with its base, as
// written and prunes afterwards (values below are go tool pprof -raw's on the same files).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeProfiles, mergeSamples, parseProfile, sampleLabels, sampleTypeTotal, subtractProfile, type Profile } from '../../../src/core/pprof';
import { compareWithBase } from '../../../src/core/report';
import { repoRoot } from './goldenTop';

const profile = parseProfile(readFileSync(join(repoRoot, 'test/fixtures/pprof/producers/datadog_node_wall_labels.pb.gz')));

/** The same profile with every sample's labels written in reverse order. */
function labelsReversed(p: Profile): Profile {
  const s = p.samples;
  const [key, str, num, unit] = [s.labelKey.slice(), s.labelStr.slice(), s.labelNum.slice(), s.labelUnit.slice()];
  for (let i = 0; i < s.count; i++) {
    for (let a = s.labelStart[i], b = s.labelStart[i + 1] - 1; b >= s.labelStart[i]; a++, b--) {
      key[a] = s.labelKey[b]; str[a] = s.labelStr[b]; num[a] = s.labelNum[b]; unit[a] = s.labelUnit[b];
    }
  }
  return { ...p, samples: { ...s, labelKey: key, labelStr: str, labelNum: num, labelUnit: unit } };
}

describe('mergeSamples (pprof merge within one sample table)', () => {
  it('has several labels per sample to reorder', () => {
    assert.ok(profile.samples.labelStart[1] - profile.samples.labelStart[0] >= 2);
  });

  it('a profile minus itself with its labels in another order nets every sample to nothing', () => {
    const merged = mergeSamples(subtractProfile(profile, labelsReversed(profile)));
    assert.equal(merged.samples.count, 0);
  });

  it('keeps the totals of every sample type and sums the samples that repeat a stack and labels', () => {
    const twice = mergeSamples(subtractProfile(profile, { ...profile, samples: { ...profile.samples, values: profile.samples.values.map(v => -v) } }));
    assert.ok(twice.samples.count <= profile.samples.count);
    profile.sampleTypes.forEach((_, t) => assert.equal(sampleTypeTotal(twice, t), 2 * sampleTypeTotal(profile, t)));
  });
});

describe('mergeSamples around drop_frames (pprof merges as written, then prunes)', () => {
  const synthetic = (name: string): Profile => parseProfile(readFileSync(join(repoRoot, 'test/fixtures/pprof/synthetic', name)));
  const pruned = synthetic('dropframes_repeats.pb.gz');
  const unpruned = synthetic('dropframes_repeats_unpruned.pb.gz');
  const stack = (p: Profile, i: number): string[] => Array.from(p.samples.locations.subarray(p.samples.stackStart[i], p.samples.stackStart[i + 1]),
    l => p.functions[p.locations[l].lines[0].functionIndex].name);
  const values = (p: Profile): number[][] => Array.from({ length: p.samples.count }, (_, i) => Array.from(p.samples.values.subarray(2 * i, 2 * i + 2)));

  it('a profile read is merged before it is pruned: repeats of a stack as written are one, stacks equal only once pruned stay apart', () => {
    assert.deepEqual(values(pruned), [[8, 800], [2, 200], [11, 1100], [7, 700]]);
    for (let i = 0; i < 4; i++) assert.deepEqual(stack(pruned, i), ['main.work', 'main.main']);
    assert.deepEqual(sampleLabels(pruned, 2), [{ key: 'phase', str: 'load' }]);
    assert.equal(mergeSamples(pruned), pruned);
  });

  it('-base: a profile and its base as written cancel out, whichever of them has drop_frames', () => {
    const options = { subtractBase: true, normalize: false };
    assert.equal(compareWithBase(pruned, unpruned, options).samples.count, 0);
    assert.equal(compareWithBase(unpruned, pruned, options).samples.count, 0);
    assert.equal(compareWithBase(pruned, pruned, options).samples.count, 0);
  });

  it('-diff_base: samples equal only once pruned stay apart on each side', () => {
    const diff = compareWithBase(pruned, pruned, { subtractBase: false, normalize: false });
    assert.deepEqual(values(diff), [[8, 800], [2, 200], [11, 1100], [7, 700], [-8, -800], [-2, -200], [-11, -1100], [-7, -700]]);
    for (let i = 0; i < diff.samples.count; i++) assert.deepEqual(stack(diff, i), ['main.work', 'main.main']);
  });

  it('merging profiles (pprof -proto a b) merges them as written and prunes by the first one\'s drop_frames', () => {
    const prunedFirst = mergeProfiles([pruned, unpruned]), unprunedFirst = mergeProfiles([unpruned, pruned]);
    for (const merged of [prunedFirst, unprunedFirst]) assert.deepEqual(values(merged), [[16, 1600], [4, 400], [22, 2200], [14, 1400]]);
    for (let i = 0; i < 4; i++) assert.deepEqual(stack(prunedFirst, i), ['main.work', 'main.main']);
    assert.deepEqual(stack(unprunedFirst, 0), ['runtime.mallocgc', 'main.work', 'main.main']);
    assert.deepEqual(stack(unprunedFirst, 1), ['runtime.memmove', 'main.work', 'main.main']);
  });

  it('the first profile\'s drop_frames prune the diff, a base\'s own count for nothing', () => {
    const diff = compareWithBase(unpruned, pruned, { subtractBase: false, normalize: false });
    assert.equal(diff.samples.count, 8);
    assert.deepEqual(stack(diff, 4), ['runtime.mallocgc', 'main.work', 'main.main']);
    assert.deepEqual(stack(diff, 5), ['runtime.memmove', 'main.work', 'main.main']);
  });
});
