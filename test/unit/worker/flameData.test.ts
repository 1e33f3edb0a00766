// The worker's pruned flame tree against a naive trie over the same expanded stacks: every drawn
// node's total is exact, nothing wider than the threshold is merged, merged callees add up, and
// without a threshold the tree is the whole trie.
import assert from 'node:assert/strict';
import { parseProfile } from '../../../src/core/pprof';
import { FRAME_PRUNED_REST, type FlameTreeData } from '../../../src/shared/profileProtocol';
import { pruneToFlameData, PRUNED_REST_NAME } from '../../../src/host/worker/profile/flameData';
import { buildStackSet, type StackSet } from '../../../src/host/worker/profile/stackSet';
import { framesOfView, viewOf, type FrameTable } from '../../../src/host/worker/profile/viewFrames';
import { profileFiles } from '../pprof/corpusFiles';

interface Trie { total: number; children: Map<string, Trie> }

function trieOf(stacks: StackSet, frames: FrameTable): Trie {
  const root: Trie = { total: 0, children: new Map() };
  for (let i = 0; i < stacks.count; i++) {
    const v = stacks.value[i];
    let node = root;
    node.total += v;
    for (let at = stacks.start[i]; at < stacks.start[i + 1]; at++) {
      const name = frames.names[frames.frameName[stacks.frames[at]]];
      let child = node.children.get(name);
      if (!child) { child = { total: 0, children: new Map() }; node.children.set(name, child); }
      child.total += v;
      node = child;
    }
  }
  return root;
}

function childrenOf(flame: FlameTreeData): number[][] {
  const children: number[][] = Array.from({ length: flame.parent.length }, () => []);
  for (let i = 1; i < flame.parent.length; i++) children[flame.parent[i]].push(i);
  return children;
}

/** Checks node `i` of `flame` against trie node `ref`; returns how many nodes were compared. */
function check(flame: FlameTreeData, children: number[][], i: number, ref: Trie, minValue: number, path: string): number {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
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
    compared += check(flame, children, c, r, minValue, `${path} > ${name}`);
  }
  let merged = 0;
  for (const [name, r] of ref.children) {
    if (drawn.has(name)) continue;
    assert.ok(Math.abs(r.total) < minValue, `${path} > ${name} (${r.total}) is wide enough to draw but was merged`);
    merged += r.total;
  }
  if (rest !== 0) assert.ok(close(rest, merged), `${path}: merged callees ${rest} vs ${merged}`);
  return compared;
}

describe('worker flame data: pruned trees are exact', function () {
  this.timeout(120000);
  const files = profileFiles().filter(f => /\.(pb\.gz|pprof|prof|cpu|contention)$/.test(f.name)).slice(0, 40);

  for (const f of files) {
    it(f.name, () => {
      let profile;
      try { profile = parseProfile(f.bytes); } catch { return; } // files of other kinds have their own tests
      for (let sampleType = 0; sampleType < profile.sampleTypes.length; sampleType++) {
        const view = viewOf(profile, { sampleType, granularity: 'functions', filters: [] });
        const frames = framesOfView(view);
        const stacks = buildStackSet(view, frames);
        const ref = trieOf(stacks, frames);
        for (const widthPx of [300, 1200]) {
          const flame = pruneToFlameData(stacks, frames, { path: [], widthPx });
          const minValue = Math.abs(stacks.total) * (0.5 / widthPx);
          check(flame, childrenOf(flame), 0, ref, flame.parent.length > 20000 ? Infinity : minValue, 'root');
        }
        if (stacks.start[stacks.count] < 200000) {
          const full = pruneToFlameData(stacks, frames, { path: [], widthPx: 1, minPixels: 0 });
          if (full.parent.length <= 20000) {
            const compared = check(full, childrenOf(full), 0, ref, 0, 'root');
            assert.equal(compared, full.parent.length, 'without a threshold every node is a trie node');
          }
        }
      }
    });
  }
});
