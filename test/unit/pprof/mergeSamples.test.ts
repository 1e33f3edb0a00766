// pprof's merge within one sample table (profile.Merge, which pprof runs on every profile it
// reads and on a profile with its base): samples of one stack and label set are one, whatever
// order the producer wrote the labels in (Go writes a label map in any order), and samples
// that net to 0 are gone. On @datadog/pprof's real wall profile with dd-trace's labels.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeSamples, parseProfile, sampleTypeTotal, subtractProfile, type Profile } from '../../../src/core/pprof';
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
