// Flame trees against a naive reference built from the same view (full trie, no pruning),
// plus the invariants the webview relies on: exact totals under pruning, stable ids.
import assert from 'node:assert/strict';
import { buildFlameTree, computeTop, createStackView, parseProfile, type FlameNode, type StackView } from '../../../src/core/pprof';
import { profileFiles } from './corpusFiles';

interface RefNode { total: number; self: number; children: Map<string, RefNode> }

// Frames of sample i, ROOT FIRST (the model stores them leaf first).
function rootFirstFrames(view: StackView, i: number): string[] {
  const s = view.profile.samples;
  const leafFirst: string[] = [];
  for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) {
    const loc = s.locations[p];
    for (let k = view.locFrameStart[loc]; k < view.locFrameStart[loc + 1]; k++) {
      leafFirst.push(`${view.frames.name[view.locFrames[k]]}${view.locFrameInlined[k] ? ' (inline)' : ''}`);
    }
  }
  const tags = view.rootFrames ? Array.from(view.rootFrames[i], f => view.frames.name[f]) : [];
  return [...tags, ...leafFirst.reverse()];
}

function reference(view: StackView, inverted: boolean): RefNode {
  const root: RefNode = { total: 0, self: 0, children: new Map() };
  for (let i = 0; i < view.profile.samples.count; i++) {
    const w = view.weights[i];
    // Samples worth 0 in this sample type (e.g. freed objects in inuse_space) draw nothing.
    if (!view.kept[i] || w === 0) continue;
    let node = root;
    node.total += w;
    const frames = rootFirstFrames(view, i);
    for (const f of inverted ? frames.reverse() : frames) {
      let child = node.children.get(f);
      if (!child) { child = { total: 0, self: 0, children: new Map() }; node.children.set(f, child); }
      child.total += w;
      node = child;
    }
    node.self += w;
  }
  return root;
}

function assertSame(ours: FlameNode, ref: RefNode, path: string): void {
  assert.equal(ours.total, ref.total, `${path} total`);
  assert.equal(ours.self, ref.self, `${path} self`);
  assert.equal(ours.children.length, ref.children.size, `${path} children`);
  for (const c of ours.children) {
    const key = `${c.name}${c.inlined ? ' (inline)' : ''}`;
    const r = ref.children.get(key);
    assert.ok(r, `${path} > ${key} not in reference`);
    assertSame(c, r, `${path} > ${key}`);
  }
}

function walk(node: FlameNode, visit: (n: FlameNode) => void): void {
  const stack = [node];
  while (stack.length) { const n = stack.pop()!; visit(n); stack.push(...n.children); }
}

describe('pprof flame tree', function () {
  this.timeout(60000);
  const files = profileFiles().filter(f => /\.(pb\.gz|pprof|debug1\.txt)$/.test(f.name));
  for (const f of files) {
    it(`${f.name}: equals the naive trie, both directions`, () => {
      let profile;
      try { profile = parseProfile(f.bytes); } catch { return; }
      const view = createStackView(profile);
      assertSame(buildFlameTree(view, { minFraction: 0 }), reference(view, false), 'root');
      assertSame(buildFlameTree(view, { minFraction: 0, direction: 'callers' }), reference(view, true), 'root');
    });
  }

  it('pruning keeps totals exact and puts the rest in one "(other)" per parent', () => {
    const profile = parseProfile(files.find(f => f.name === 'pyro_go_cpu_prometheus.pb.gz')!.bytes);
    const view = createStackView(profile);
    const tree = buildFlameTree(view, { minFraction: 0.05 });
    let nodes = 0;
    const ids = new Set<number>();
    walk(tree, n => {
      nodes++;
      ids.add(n.id);
      const sum = n.children.reduce((s, c) => s + c.total, n.self);
      assert.equal(sum, n.total, `${n.name}: self + children`);
      assert.ok(n.children.filter(c => c.other).length <= 1);
      if (!n.other && n !== tree) assert.ok(Math.abs(n.total) >= tree.total * 0.05, `${n.name} kept below threshold`);
    });
    assert.equal(ids.size, nodes, 'unique ids');
    assert.equal(tree.total, 500000000);
    assert.deepEqual(JSON.parse(JSON.stringify(tree)), tree, 'plain JSON');
    assert.deepEqual(buildFlameTree(view, { minFraction: 0.05 }), tree, 'deterministic');
  });

  it('sandwich: callers of a function total its cum from top; callees too', () => {
    const profile = parseProfile(files.find(f => f.name === 'cpu.pb.gz')!.bytes);
    const view = createStackView(profile);
    const cum = computeTop(view).rows.find(r => r.func === 'main.recurse')!.cum;
    const callers = buildFlameTree(view, { minFraction: 0, direction: 'callers', focusFrame: 'main.recurse' });
    const callees = buildFlameTree(view, { minFraction: 0, focusFrame: 'main.recurse' });
    assert.equal(callers.total, cum);
    assert.equal(callees.total, cum);
    assert.equal(callers.name, 'main.recurse');
    // Direct recursion: from its innermost occurrence, the first caller is itself.
    assert.ok(callers.children.some(c => c.name === 'main.recurse'));
  });

  it('tagroot puts label values at the root', () => {
    const profile = parseProfile(files.find(f => f.name === 'cpu.pb.gz')!.bytes);
    const tree = buildFlameTree(createStackView(profile, { tagRoot: ['worker'] }), { minFraction: 0 });
    assert.deepEqual(tree.children.map(c => c.name).sort(), ['worker: hasher', 'worker: recurser']);
    assert.ok(tree.children.every(c => c.label));
  });
});
