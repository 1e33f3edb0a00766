// The whole profile bottom-up: each leaf frame under the root with its flat, its callers below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readProfile } from '../../../src/core/input';
import { defaultSampleTypeIndex, flameTree, invertedTree, QueriedProfile, topRows } from '../../../src/core/report';

const fixtures = path.join(__dirname, '../../fixtures');

describe('report: the inverted (bottom-up) tree', () => {
  for (const file of ['pprof/generated/cpu.pb.gz', 'pprof/generated/allocs.pb.gz', 'corpus/real_mtg_default_pgo_cpu.pprof']) {
    it(`${file}: the root's children are the leaf frames with their flat, and the root is the whole`, () => {
      const profile = readProfile(readFileSync(path.join(fixtures, file)));
      const q = new QueriedProfile(profile, { sampleType: defaultSampleTypeIndex(profile), granularity: 'functions', filters: [] });
      const inverted = invertedTree(q);
      const top = topRows(q);
      assert.equal(inverted.total[0], flameTree(q).total[0]);
      const leaves = new Map<string, number>();
      for (let i = 1; i < inverted.parent.length; i++) if (inverted.parent[i] === 0) leaves.set(inverted.names[inverted.name[i]], inverted.total[i]);
      const withFlat = new Map(top.names.map((n, i) => [n, top.flat[i]] as const).filter(([, flat]) => flat !== 0));
      assert.deepEqual(new Map([...leaves].sort()), new Map([...withFlat].sort()));
      // Below a leaf are its callers: every child's total fits in its parent's.
      for (let i = 1; i < inverted.parent.length; i++) assert.ok(inverted.total[i] <= inverted.total[inverted.parent[i]]);
      assert.ok(inverted.parent.some((p, i) => i > 0 && p !== 0), 'callers are below the leaves');
    });
  }
});
