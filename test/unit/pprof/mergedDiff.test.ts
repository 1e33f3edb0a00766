// A diff of two merged sides is taken as merged without a second pass over its samples (the
// base's mark keeps the two sides apart). Each case here merges the diff again from a copy of its
// table, which nothing has marked, and wants the same samples: on the real heap pair of
// scripts/go/diffpair, on @datadog/pprof's labelled wall profile against itself, and on a saved
// diff (its base samples already marked) used as the profile, whose sides may meet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeSamples, parseProfile, type Profile, type SampleTable } from '../../../src/core/pprof';
import { isMerged } from '../../../src/core/pprof/mergeSamples';
import { compareWithBase, type DiffOptions } from '../../../src/core/report';
import { diffDir } from '../../../scripts/golden-diff';
import { repoRoot } from './goldenTop';

const DIFF: DiffOptions = { subtractBase: false, normalize: false };
const read = (path: string): Profile => parseProfile(new Uint8Array(readFileSync(path)));

/** The same samples in a table of its own, which no merge has seen. */
function unmarkedCopy(p: Profile): Profile {
  const s = p.samples;
  const copy: SampleTable = {
    count: s.count, valueCount: s.valueCount, values: s.values.slice(), stackStart: s.stackStart.slice(), locations: s.locations.slice(),
    labelStart: s.labelStart.slice(), labelKey: s.labelKey.slice(), labelStr: s.labelStr.slice(), labelNum: s.labelNum.slice(), labelUnit: s.labelUnit.slice(),
  };
  if (s.valuesExact) copy.valuesExact = s.valuesExact.slice();
  return { ...p, samples: copy };
}

function assertSameSamples(actual: SampleTable, expected: SampleTable): void {
  assert.equal(actual.count, expected.count, 'samples');
  for (const column of ['values', 'stackStart', 'locations', 'labelStart', 'labelKey', 'labelStr', 'labelNum', 'labelUnit'] as const) {
    assert.deepEqual(Array.from(actual[column]), Array.from(expected[column]), column);
  }
}

describe('a diff of two merged profiles', () => {
  const heapBase = read(join(diffDir, 'heap-base.pb.gz'));
  const heapCurrent = read(join(diffDir, 'heap-current.pb.gz'));
  const wall = read(join(repoRoot, 'test/fixtures/pprof/producers/datadog_node_wall_labels.pb.gz'));

  const cases: [string, () => [Profile, Profile]][] = [
    ['the heap pair', () => [heapCurrent, heapBase]],
    ['a labelled wall profile against itself', () => [wall, read(join(repoRoot, 'test/fixtures/pprof/producers/datadog_node_wall_labels.pb.gz'))]],
    ['a saved diff against the base it was made with', () => [compareWithBase(heapCurrent, heapBase, DIFF), heapBase]],
  ];
  for (const [what, pair] of cases) {
    it(`${what}: has the samples a second merge makes`, () => {
      const [profile, base] = pair();
      const diff = compareWithBase(profile, base, DIFF);
      assert.ok(diff.samples.count > 0);
      assert.ok(isMerged(diff));
      const again = mergeSamples(unmarkedCopy(diff));
      assertSameSamples(diff.samples, again.samples);
    });
  }

  it('-normalize and -base merge their result again', () => {
    for (const options of [{ ...DIFF, normalize: true }, { ...DIFF, subtractBase: true }]) {
      const diff = compareWithBase(heapCurrent, heapBase, options);
      assertSameSamples(diff.samples, mergeSamples(unmarkedCopy(diff)).samples);
    }
  });
});
