// Merging profiles (replicas' captures, `go tool pprof a b`) keeps pprof's int64 sums: values past
// 2^53 and sums that wrap past 2^63 merge as pprof merges them. The goldens are pprof's -raw (the
// merged samples' int64s) and -top on the hand-rolled profiles given to it several times
// (test/fixtures/pprof/merge/SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStackView, mergeProfiles, parseProfile } from '../../../src/core/pprof';
import { pprofTopReport } from '../../../src/core/report/pprofTop';
import { repoRoot } from './goldenTop';
import { ourRawSamples, pprofRawSamples } from './rawSamples';

const BY_FUNCTION = { frame: 'function', labels: true } as const;

const producers = join(repoRoot, 'test/fixtures/pprof/producers');
const mergeGoldens = join(repoRoot, 'test/fixtures/pprof/merge');
const read = (name: string) => parseProfile(readFileSync(join(producers, name)));

/** pprof's -top of a golden: its total and per function its flat and cum as it prints them (float64 of the int64). */
function pprofTop(name: string): { total: number; rows: Map<string, { flat: number; cum: number }> } {
  const text = readFileSync(join(mergeGoldens, name), 'utf8');
  const number = (s: string) => Number(s.replace(/[a-zA-Z]+$/, ''));
  const rows = new Map<string, { flat: number; cum: number }>();
  for (const line of text.split('\n')) {
    const m = /^\s*(-?\d+[a-zA-Z]*)\s+\S+%\s+\S+%\s+(-?\d+[a-zA-Z]*)\s+\S+%\s+(\S+)$/.exec(line);
    if (m) rows.set(m[3], { flat: number(m[1]), cum: number(m[2]) });
  }
  return { total: number(/% of (-?\d+[a-zA-Z]*) total/.exec(text)![1]), rows };
}

const past53 = 'handrolled_sums_past_2p53.pb.gz', past63 = 'handrolled_sums_past_2p63.pb.gz';
const cases = [
  { files: [past53, past53], raw: 'past_2p53_twice.raw.txt', sampleType: 'cycles', top: 'past_2p53_twice.top.cycles.txt' },
  { files: [past63, past63], raw: 'past_2p63_twice.raw.txt', sampleType: 'alloc_space', top: 'past_2p63_twice.top.alloc_space.txt' },
  { files: [past63, past63, past63], raw: 'past_2p63_thrice.raw.txt', sampleType: 'alloc_objects', top: 'past_2p63_thrice.top.alloc_objects.txt' },
];

describe('merged profiles keep pprof\'s int64 sums', () => {
  for (const { files, raw, sampleType, top } of cases) {
    it(`${files.length} × ${files[0]}: the merged samples' int64s are pprof's, and so is its -top (${sampleType})`, () => {
      const merged = mergeProfiles(files.map(read));
      assert.deepEqual(ourRawSamples(merged, BY_FUNCTION), pprofRawSamples(readFileSync(join(mergeGoldens, raw), 'utf8'), BY_FUNCTION));
      const view = createStackView(merged, { sampleType });
      const theirs = pprofTop(top);
      assert.equal(view.total, theirs.total);
      const nodes = pprofTopReport(view).graph.nodes;
      assert.deepEqual(nodes.map(n => [n.name, n.flat, n.cum]), [...theirs.rows].map(([name, r]) => [name, r.flat, r.cum]));
    });
  }
});
