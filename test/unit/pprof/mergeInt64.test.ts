// Merging profiles (replicas' captures, `go tool pprof a b`) keeps pprof's int64 sums: values past
// 2^53 and sums that wrap past 2^63 merge as pprof merges them. The goldens are pprof's -top on
// the hand-rolled profiles merged with themselves (test/fixtures/pprof/merge/SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeProfiles, parseProfile, topTable } from '../../../src/core/pprof';
import { repoRoot } from './goldenTop';

const producers = join(repoRoot, 'test/fixtures/pprof/producers');
const mergeGoldens = join(repoRoot, 'test/fixtures/pprof/merge');
const read = (name: string) => parseProfile(readFileSync(join(producers, name)));

/** pprof's -top of a golden: its total and per function its flat and cum, without their unit. */
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

const cases = [
  { files: ['handrolled_sums_past_2p53.pb.gz', 'handrolled_sums_past_2p53.pb.gz'], sampleType: 'cycles', golden: 'past_2p53_twice.top.cycles.txt' },
  { files: ['handrolled_sums_past_2p63.pb.gz', 'handrolled_sums_past_2p63.pb.gz'], sampleType: 'alloc_space', golden: 'past_2p63_twice.top.alloc_space.txt' },
  { files: ['handrolled_sums_past_2p63.pb.gz', 'handrolled_sums_past_2p63.pb.gz', 'handrolled_sums_past_2p63.pb.gz'], sampleType: 'alloc_objects', golden: 'past_2p63_thrice.top.alloc_objects.txt' },
];

describe('merged profiles keep pprof\'s int64 sums', () => {
  for (const { files, sampleType, golden } of cases) {
    it(`${files.length} × ${files[0]} (${sampleType}) merged as go tool pprof merges them`, () => {
      const merged = mergeProfiles(files.map(read));
      assert.ok(merged.samples.valuesExact, 'the merged profile keeps its int64 column');
      const ours = topTable(merged, { sampleType });
      const theirs = pprofTop(golden);
      assert.equal(ours.total, theirs.total);
      for (const [func, want] of theirs.rows) {
        const row = ours.rows.find(r => r.func === func);
        assert.ok(row, `no row ${func}`);
        assert.deepEqual({ flat: row.flat, cum: row.cum }, want, func);
      }
    });
  }
});
