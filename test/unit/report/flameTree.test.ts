// The report layer's flame tree against a naive trie built from the same view, on every real
// fixture: exact totals with and without pruning, nothing wide enough merged, merged callees
// adding up; the subtree on zoom, the callers/callees sandwich, tagroot, and agreement with top.
import assert from 'node:assert/strict';
import { parseProfile, type Profile, type StackView } from '../../../src/core/pprof';
import {
  calleesTree, callersTree, flameSubtree, flameTree, FRAME_PRUNED_REST, PRUNED_REST_NAME, QueriedProfile, topRows,
  type FlameTreeData, type ProfileQuery,
} from '../../../src/core/report';
import { profileFiles } from '../pprof/corpusFiles';
import { assertCumsMatchTop, childrenOf, close } from './flameChecks';

interface Trie { total: number; self: number; children: Map<string, Trie> }

/** Frame ids of sample i, ROOT FIRST (the model stores them leaf first). */
function rootFirstFrames(view: StackView, i: number): number[] {
  const s = view.profile.samples;
  const leafFirst: number[] = [];
  for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) {
    const loc = s.locations[p];
    for (let k = view.locFrameStart[loc]; k < view.locFrameStart[loc + 1]; k++) leafFirst.push(view.locFrames[k]);
  }
  return [...(view.rootFrames ? Array.from(view.rootFrames[i]) : []), ...leafFirst.reverse()];
}

function trieOf(q: QueriedProfile): Trie {
  const root: Trie = { total: 0, self: 0, children: new Map() };
  const { view } = q;
  for (let i = 0; i < view.profile.samples.count; i++) {
    const w = view.weights[i];
    if (!view.kept[i] || w === 0) continue;
    let node = root;
    node.total += w;
    for (const f of rootFirstFrames(view, i)) {
      const name = q.frameNames[f];
      let child = node.children.get(name);
      if (!child) { child = { total: 0, self: 0, children: new Map() }; node.children.set(name, child); }
      child.total += w;
      node = child;
    }
    node.self += w;
  }
  return root;
}

/** Checks node `i` against trie node `ref`; returns how many nodes were compared. */
function check(flame: FlameTreeData, children: number[][], i: number, ref: Trie, minMagnitude: number, path: string): number {
  assert.ok(close(flame.total[i], ref.total), `${path}: total ${flame.total[i]} vs ${ref.total}`);
  let compared = 1;
  const drawn = new Set<string>();
  let rest = 0;
  for (const c of children[i]) {
    const name = flame.names[flame.name[c]];
    if (flame.flags[c] & FRAME_PRUNED_REST) { assert.equal(name, PRUNED_REST_NAME); rest += flame.total[c]; continue; }
    const r = ref.children.get(name);
    assert.ok(r, `${path} > ${name} is not in the trie`);
    drawn.add(name);
    compared += check(flame, children, c, r, minMagnitude, `${path} > ${name}`);
  }
  let merged = 0;
  for (const [name, r] of ref.children) {
    if (drawn.has(name)) continue;
    assert.ok(Math.abs(r.total) < minMagnitude, `${path} > ${name} (${r.total}) is wide enough to draw but was merged`);
    merged += r.total;
  }
  if (rest !== 0) assert.ok(close(rest, merged), `${path}: merged callees ${rest} vs ${merged}`);
  if (minMagnitude === 0) assert.ok(close(flame.self[i], ref.self), `${path}: self ${flame.self[i]} vs ${ref.self}`);
  return compared;
}

function query(profile: Profile, sampleType: number): ProfileQuery {
  return { sampleType, granularity: 'functions', filters: [] };
}

const files = profileFiles();
const byName = (name: string) => parseProfile(files.find(f => f.name === name)!.bytes);

describe('report: flame tree', function () {
  this.timeout(120000);
  const profiles = files.filter(f => /\.(pb\.gz|pprof|prof|cpu|contention|debug1\.txt)$/.test(f.name)).slice(0, 60);

  for (const f of profiles) {
    it(`${f.name}: equals the naive trie, whole and pruned, every sample type`, () => {
      let profile;
      try { profile = parseProfile(f.bytes); } catch { return; } // files of other kinds have their own tests
      for (let sampleType = 0; sampleType < profile.sampleTypes.length; sampleType++) {
        const q = new QueriedProfile(profile, query(profile, sampleType));
        const ref = trieOf(q);
        const whole = flameTree(q);
        if (whole.parent.length <= 50000) {
          assert.equal(check(whole, childrenOf(whole), 0, ref, 0, 'root'), whole.parent.length, 'without a width every node is a trie node');
          assertCumsMatchTop(whole, q);
        }
        for (const widthPx of [300, 1200]) {
          const flame = flameTree(q, { widthPx });
          const minMagnitude = Math.abs(ref.total) * (0.5 / widthPx);
          check(flame, childrenOf(flame), 0, ref, flame.parent.length > 20000 ? Infinity : minMagnitude, 'root');
        }
      }
    });
  }

  it('is deterministic, and its root child totals agree with the top table', () => {
    const profile = byName('pyro_go_cpu_prometheus.pb.gz');
    const q = new QueriedProfile(profile, query(profile, 1));
    const tree = flameTree(q, { widthPx: 800 });
    assert.deepEqual(flameTree(new QueriedProfile(profile, query(profile, 1)), { widthPx: 800 }), tree);
    const top = topRows(q);
    const cumOf = new Map(top.names.map((n, i) => [n, top.cum[i]]));
    // Every root child is an outermost frame: its total is its cum unless it also appears deeper.
    for (let i = 1; i < tree.parent.length; i++) {
      if (tree.parent[i] !== 0 || tree.flags[i] & FRAME_PRUNED_REST) continue;
      const name = tree.names[tree.name[i]];
      assert.ok(tree.total[i] <= cumOf.get(name)! + 1e-6, `${name}: ${tree.total[i]} under cum ${cumOf.get(name)}`);
    }
    assert.equal(tree.total[0], 500000000);
  });

  it('a subtree on zoom equals that node of the whole tree', () => {
    const profile = byName('cpu.pb.gz');
    const q = new QueriedProfile(profile, query(profile, 1));
    const whole = flameTree(q);
    const children = childrenOf(whole);
    // The deepest first-child chain of four frames.
    const path: string[] = [];
    let node = 0;
    while (path.length < 4 && children[node].length > 0) { node = children[node][0]; path.push(whole.names[whole.name[node]]); }
    const sub = flameSubtree(q, path)!;
    assert.equal(sub.names[sub.name[0]], path[path.length - 1]);
    assert.equal(sub.total[0], whole.total[node]);
    assert.equal(sub.parent.length, countBelow(children, node));
    assert.equal(flameSubtree(q, [...path, 'no.such.function']), undefined);
  });

  it('callers and callees of a function both total its cum (outermost call, recursion once)', () => {
    const profile = byName('cpu.pb.gz');
    const q = new QueriedProfile(profile, query(profile, 1));
    const top = topRows(q);
    const cum = top.cum[top.names.indexOf('main.recurse')];
    const callers = callersTree(q, 'main.recurse')!;
    const callees = calleesTree(q, 'main.recurse')!;
    assert.equal(callers.total[0], cum);
    assert.equal(callees.total[0], cum);
    assert.equal(callers.names[callers.name[0]], 'main.recurse');
    // From its outermost call, its direct callers are never itself.
    const callerNames = [...callers.parent].map((p, i) => p === 0 ? callers.names[callers.name[i]] : '').filter(Boolean);
    assert.ok(callerNames.length > 0 && !callerNames.includes('main.recurse'), callerNames.join(', '));
    assert.ok([...callees.parent].some((p, i) => p === 0 && callees.names[callees.name[i]] === 'main.recurse'), 'recursion shows below it');
    assert.equal(callersTree(q, 'no.such.function'), undefined);
  });

  it('tagroot puts label values at the root, named as pprof names them (the values; the key is their file)', () => {
    const profile = byName('cpu.pb.gz');
    const tree = flameTree(new QueriedProfile(profile, { ...query(profile, 1), tagRoot: ['worker'] }));
    const rootChildren = [...tree.parent].map((p, i) => p === 0 ? tree.names[tree.name[i]] : '').filter(Boolean).sort();
    assert.deepEqual(rootChildren, ['hasher', 'recurser']);
  });
});

function countBelow(children: number[][], node: number): number {
  let n = 0;
  const stack = [node];
  while (stack.length) { const x = stack.pop()!; n++; stack.push(...children[x]); }
  return n;
}
