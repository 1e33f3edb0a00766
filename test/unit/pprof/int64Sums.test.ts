// Sample values are int64, and pprof sums them as int64: exactly past 2^53 (where a double loses
// units at each addition) and wrapping around past 2^63. The text views are compared with
// go tool pprof's goldens in producers.test.ts (handrolled_sums_past_2p53, _2p63,
// handrolled_huge_negative_diff); here the views no golden covers (the flame tree, the editor's
// peek) are checked against pprof's numbers in those goldens, and the splitting against BigInt.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile, sampleTypeIndex, type Profile } from '../../../src/core/pprof';
import { exactly, Int64Sum, splitWeights } from '../../../src/core/pprof/exactSums';
import { QueriedProfile } from '../../../src/core/report/profileQuery';
import { flameTree } from '../../../src/core/report/flameTree';
import { FlameTreeWalk } from '../../../src/core/report/flameTreeWalk';
import { functionPeek, peekReport } from '../../../src/core/report/peek';
import { treeJson } from '../../../src/core/report/tree';
import { exportedProfileBytes, summarizeProfile } from '../../../src/core/report';
import { topTable } from '../../../src/core/pprof/top';
import { compileLinearRegex } from '../../../src/core/linearRegex';
import type { FlameTreeData } from '../../../src/core/report/profileTypes';
import { repoRoot } from './goldenTop';

const producers = join(repoRoot, 'test/fixtures/pprof/producers');
const past53 = parseProfile(readFileSync(join(producers, 'handrolled_sums_past_2p53.pb.gz')));
const past63 = parseProfile(readFileSync(join(producers, 'handrolled_sums_past_2p63.pb.gz')));

/** pprof's -top rows of a golden: per function its flat and cum, without their unit. */
function goldenTop(name: string): Map<string, { flat: number; cum: number }> {
  const rows = new Map<string, { flat: number; cum: number }>();
  const number = (s: string) => Number(s.replace(/[a-zA-Z]+$/, ''));
  for (const line of readFileSync(join(producers, 'golden', name), 'utf8').split('\n')) {
    const m = /^\s*(-?\d+[a-zA-Z]*)\s+\S+%\s+\S+%\s+(-?\d+[a-zA-Z]*)\s+\S+%\s+(\S+)$/.exec(line);
    if (m) rows.set(m[3], { flat: number(m[1]), cum: number(m[2]) });
  }
  return rows;
}

function query(profile: Profile, sampleType: string): QueriedProfile {
  return new QueriedProfile(profile, { sampleType: sampleTypeIndex(profile, sampleType), granularity: 'functions', filters: [] });
}

/** The total of the node reached from the root by these names. */
function treeTotal(tree: FlameTreeData, path: string[]): number {
  let node = 0;
  for (const name of path) {
    let child = -1;
    for (let n = node + 1; n < tree.parent.length; n++) if (tree.parent[n] === node && tree.names[tree.name[n]] === name) { child = n; break; }
    assert.ok(child > 0, `no node ${path.join(' > ')}`);
    node = child;
  }
  return tree.total[node];
}

/** Deterministic int64s of every size, some past 2^53 and 2^62, of both signs. */
function int64s(count: number, seed: number): bigint[] {
  let x = BigInt(seed);
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    x = BigInt.asUintN(64, x * 6364136223846793005n + 1442695040888963407n);
    const shift = BigInt(Number(x >> 58n)); // 0..63: a value of that many bits
    out.push(BigInt.asIntN(64, x) >> shift);
  }
  return out;
}

describe('sums past 2^53 as pprof\'s int64', () => {
  it('decodes a value past 2^53 exactly, and keeps no int64 column for a profile that needs none', () => {
    const exact = past53.samples.valuesExact;
    assert.ok(exact);
    assert.ok(exact.includes(18014398509481985n));
    assert.ok(past63.samples.valuesExact?.includes(4611686018427387911n));
    const small = parseProfile(readFileSync(join(producers, 'handrolled_sample_types.pb.gz')));
    assert.equal(small.samples.valuesExact, undefined);
  });

  it('the fixture is of the class: a double sum of its cycles differs from pprof\'s', () => {
    const t = sampleTypeIndex(past53, 'cycles');
    let doubleSum = 0;
    for (let i = 0; i < past53.samples.count; i++) doubleSum += past53.samples.values[i * past53.samples.valueCount + t];
    assert.notEqual(doubleSum, goldenTop('handrolled_sums_past_2p53.pb.gz.top.sample_cycles.txt').get('ingest.run')!.cum);
  });

  it('splits weights into halves whose sums join to the wrapped int64 sum, over every subset tried', () => {
    const values = int64s(4000, 7);
    const weights = Float64Array.from(values, Number);
    const split = splitWeights(weights, i => values[i]);
    assert.ok(split);
    // Sums over strided subsets (as a report sums per node), against BigInt's.
    const strides = [1, 2, 3, 7, 64, 1000];
    const [sums] = exactly(split, w => [Float64Array.from(strides, stride => { let s = 0; for (let i = 0; i < w.length; i += stride) s += w[i]; return s; })]);
    strides.forEach((stride, k) => {
      let expected = 0n;
      for (let i = 0; i < values.length; i += stride) expected = BigInt.asIntN(64, expected + values[i]);
      assert.equal(sums[k], Number(expected), `stride ${stride}`);
    });
  });

  it('a running sum (sum%, "Showing nodes accounting for") is the int64 one', () => {
    const values = int64s(500, 11);
    const running = new Int64Sum();
    let expected = 0n;
    for (const v of values) {
      expected = BigInt.asIntN(64, expected + v);
      assert.equal(running.add(Number(v), v), Number(expected));
    }
    const small = new Int64Sum();
    for (const v of [2 ** 52, 2 ** 52, 1, 1]) small.add(v);
    assert.equal(small.value, 2 ** 53 + 2);
  });

  for (const [type, golden] of [['cycles', 'top.sample_cycles'], ['cpu', 'top.raw']] as const) {
    it(`flame tree totals (${type}) are pprof's cums, in columns and walked node by node`, () => {
      const q = query(past53, type);
      const cums = goldenTop(`handrolled_sums_past_2p53.pb.gz.${golden}.txt`);
      const tree = flameTree(q, { maxNodes: Infinity });
      assert.equal(treeTotal(tree, ['ingest.run']), cums.get('ingest.run')!.cum);
      assert.equal(treeTotal(tree, ['ingest.run', 'ingest.decode']), cums.get('ingest.decode')!.cum);
      if (cums.has('ingest.compact')) assert.equal(treeTotal(tree, ['ingest.run', 'ingest.compact']), cums.get('ingest.compact')!.cum);
      const walked = new Map<string, number>();
      const walk = new FlameTreeWalk(q);
      walk.walk((depth, frame, _flags, _self, total) => { if (depth === 2 || depth === 1) walked.set(`${depth}:${q.frameNames[frame]}`, total); }, () => false);
      assert.equal(walked.get('1:ingest.run'), cums.get('ingest.run')!.cum);
      assert.equal(walked.get('2:ingest.decode'), cums.get('ingest.decode')!.cum);
    });
  }

  it('a flame tree cut to few nodes keeps exact totals in its merged rest', () => {
    const q = query(past53, 'cycles');
    const tree = flameTree(q, { maxNodes: 3 });
    const run = 1, rest = 2;
    assert.equal(tree.names[tree.name[run]], 'ingest.run');
    assert.equal(tree.total[run], goldenTop('handrolled_sums_past_2p53.pb.gz.top.sample_cycles.txt').get('ingest.run')!.cum);
    // The rest under ingest.run: every sample deeper than it, summed as int64 (a double sum rounds it to 2^53 · 3).
    const s = past53.samples, t = sampleTypeIndex(past53, 'cycles');
    let deeper = 0n;
    for (let i = 0; i < s.count; i++) if (s.stackStart[i + 1] - s.stackStart[i] > 1) deeper += s.valuesExact![i * s.valueCount + t];
    assert.equal(tree.parent[rest], run);
    assert.equal(tree.total[rest], Number(deeper));
    assert.notEqual(Number(deeper), 3 * 2 ** 53);
  });

  for (const [name, profile, type] of [['2p53', past53, 'cpu'], ['2p53', past53, 'cycles'], ['2p63', past63, 'alloc_space']] as const) {
    it(`the editor's peek equals pprof's -peek (${name} ${type}) for every function`, () => {
      const q = query(profile, type);
      const report = treeJson(peekReport(q.view, compileLinearRegex('.', 'peek')));
      assert.ok(report.nodes.length >= 3);
      for (const node of report.nodes) {
        const peek = functionPeek(q.view, node.func);
        assert.deepEqual(peek.nodes, [node]);
      }
    });
  }

  it('the summary\'s totals are the int64 sums pprof prints as the total', () => {
    const summary = summarizeProfile('cycles.pb.gz', past53);
    const golden = readFileSync(join(producers, 'golden', 'handrolled_sums_past_2p53.pb.gz.top.sample_cycles.txt'), 'utf8');
    const total = Number(/of (\d+) total/.exec(golden)![1]);
    assert.equal(summary.sampleTypes.listed[sampleTypeIndex(past53, 'cycles')].total, total);
    assert.equal(summarizeProfile('wraps.pb.gz', past63).sampleTypes.listed[sampleTypeIndex(past63, 'alloc_space')].total, Number(BigInt.asIntN(64, 4611686018427387905n + 4611686018427387907n + 4611686018427387909n + 1025n)));
  });

  it('an exported profile keeps the int64 values past 2^53, so its sums are the original\'s', () => {
    const q = query(past53, 'cycles');
    const exported = parseProfile(exportedProfileBytes(past53, q.query));
    assert.deepEqual(exported.samples.valuesExact, past53.samples.valuesExact);
    assert.deepEqual(topTable(exported, { sampleType: 'cycles' }).rows, topTable(past53, { sampleType: 'cycles' }).rows);
  });

  it('labels as leaf frames (-tagleaf) keep the int64 values', () => {
    const q = new QueriedProfile(past53, { sampleType: sampleTypeIndex(past53, 'cycles'), granularity: 'functions', filters: [], tagLeaf: ['shard'] });
    assert.deepEqual(q.profile.samples.valuesExact, past53.samples.valuesExact);
    assert.equal(q.top.rows.find(r => r.func === 'ingest.run')!.cum, goldenTop('handrolled_sums_past_2p53.pb.gz.top.sample_cycles.txt').get('ingest.run')!.cum);
  });
});
