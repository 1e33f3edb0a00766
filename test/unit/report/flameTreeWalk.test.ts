// The flame tree walked node by node (FlameTreeWalk, `flame --json --max-nodes 0`) gives the very
// nodes `flameTree` builds, in its pre-order, with their sums and flags: on every fixture profile,
// on a diff (magnitudes apart from totals), at line granularity, and paused after every node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSampleTypeIndex, parseProfile, type Profile } from '../../../src/core/pprof';
import { diffProfiles } from '../../../src/core/pprof/combine';
import { flameTree, FlameTreeWalk, QueriedProfile, type FlameTreeData, type ProfileQuery } from '../../../src/core/report';
import { profileFiles } from '../pprof/corpusFiles';

/** The columns' nodes as lines: depth, name, file, line, self, total, magnitude, flags. */
function builtNodes(tree: FlameTreeData): string[] {
  const depth = new Int32Array(tree.parent.length);
  const lines: string[] = [];
  for (let i = 0; i < tree.parent.length; i++) {
    if (i > 0) depth[i] = depth[tree.parent[i]] + 1;
    const magnitude = tree.magnitude ? tree.magnitude[i] : Math.abs(tree.total[i]);
    lines.push(`${depth[i]} ${tree.names[tree.name[i]]} ${tree.files[tree.file[i]]} ${tree.line[i]} ${tree.self[i]} ${tree.total[i]} ${magnitude} ${tree.flags[i]}`);
  }
  return lines;
}

function walkedNodes(q: QueriedProfile, nodesPerRun: number): string[] {
  const walk = new FlameTreeWalk(q);
  const lines: string[] = [];
  let given = 0;
  while (!walk.done) {
    const stopAt = given + nodesPerRun;
    walk.walk((depth, frame, flags, self, total, magnitude) => {
      given++;
      const name = frame < 0 ? 'root' : q.frameNames[frame];
      const file = frame < 0 ? '' : q.view.frames.file[frame];
      const line = frame < 0 ? 0 : q.view.frames.line[frame];
      lines.push(`${depth} ${name} ${file} ${line} ${self} ${total} ${magnitude} ${flags}`);
    }, () => given >= stopAt);
  }
  return lines;
}

function assertSameNodes(profile: Profile, query: Pick<ProfileQuery, 'granularity' | 'filters'>, nodesPerRun = Infinity): void {
  const q = new QueriedProfile(profile, { sampleType: defaultSampleTypeIndex(profile), ...query });
  const built = builtNodes(flameTree(q, { maxNodes: Infinity }));
  const walked = walkedNodes(q, nodesPerRun);
  assert.equal(walked.length, built.length);
  assert.deepEqual(walked, built);
}

describe('report: the flame tree walked node by node', function () {
  this.timeout(120_000);
  for (const file of profileFiles().filter(f => /\.(pb\.gz|pprof|prof|cpu|contention|heap|debug1\.txt)$/.test(f.name))) {
    it(`${file.name}: the nodes flameTree builds, in its order`, () => {
      const profile = parseProfile(file.bytes);
      assertSameNodes(profile, { granularity: 'functions', filters: [] });
      assertSameNodes(profile, { granularity: 'lines', filters: [] }, 1000);
    });
  }

  it('a diff (magnitudes are not totals), paused after every node', () => {
    const dir = join(__dirname, '../../fixtures/pprof/diff');
    const base = parseProfile(readFileSync(join(dir, 'heap-base.pb.gz')));
    const current = parseProfile(readFileSync(join(dir, 'heap-current.pb.gz')));
    const diff = diffProfiles(current, base);
    assert.ok(new FlameTreeWalk(new QueriedProfile(diff, { sampleType: defaultSampleTypeIndex(diff), granularity: 'functions', filters: [] })).signed);
    assertSameNodes(diff, { granularity: 'functions', filters: [] }, 1);
    assertSameNodes(diff, { granularity: 'functions', filters: [{ kind: 'focus', pattern: 'main' }] }, 7);
  });
});
