// The goroutine view's flame graph, computed where every group is (the worker), not from the
// groups the view has received: every goroutine counts 1, stacks merged from the outermost frame.
// Pruned before it crosses, as the profile editor's flame graph is: towers narrower than the graph
// can draw, past the depth it can show, or past the node budget are left out and counted.
import type { FlameOpenStep, GoroutineFlameView } from '../../../shared/goroutineProtocol';
import { MAX_FLAME_DEPTH, MAX_FLAME_NODES, MAX_WIDTH_UNITS, openedWidthUnits } from './flameBounds';

export { MAX_FLAME_DEPTH, MAX_FLAME_NODES, MAX_FLAME_ZOOM_STEPS, openedWidthUnits } from './flameBounds';

/** The frame of a node that stands for the towers under its parent too narrow to draw. */
export const NARROW_TOWERS = -1;

/** One group as the flame reads it: its goroutines and its frames, innermost first (indices into the view's frames). */
export interface FlameGroup {
  readonly count: number;
  readonly frames: readonly number[];
}

/**
 * The flame of `groups[r]` for each r of `ranks`, its node frames as indices into the view's frames
 * (`frameCount` of them). Linear in the frames of the groups read.
 */
export function goroutineFlame(groups: readonly FlameGroup[], ranks: Iterable<number>, frameCount: number): GoroutineFlameView {
  // The whole trie: a node per distinct path, keyed by its parent and frame as one number.
  const parent: number[] = [];
  const frame: number[] = [];
  const value: number[] = [];
  const depth: number[] = [];
  const firstChild: number[] = [];
  const nextSibling: number[] = [];
  const byKey = new Map<number, number>();
  const span = frameCount + 1;
  const rootChildren: number[] = [];
  let total = 0;
  let cutAtDepth = false;
  for (const r of ranks) {
    const g = groups[r];
    total += g.count;
    let node = -1;
    // Rows past the depth drawn are not built: a stack 10^6 frames deep costs 1,000 steps.
    const stop = Math.max(0, g.frames.length - MAX_FLAME_DEPTH);
    if (stop > 0) cutAtDepth = true;
    for (let i = g.frames.length - 1; i >= stop; i--) {
      const key = (node + 1) * span + g.frames[i];
      let child = byKey.get(key);
      if (child === undefined) {
        child = frame.length;
        byKey.set(key, child);
        parent.push(node);
        frame.push(g.frames[i]);
        value.push(0);
        depth.push(node < 0 ? 0 : depth[node] + 1);
        firstChild.push(-1);
        nextSibling.push(-1);
        if (node < 0) rootChildren.push(child);
        else { nextSibling[child] = firstChild[node]; firstChild[node] = child; }
      }
      value[child] += g.count;
      node = child;
    }
  }
  // Breadth first, so a budget cut leaves the graph's upper rows whole; a node only under a kept parent.
  // The towers too narrow to draw under one parent become one node (frame -1) as wide as they are in
  // sum: 3,000 groups of one goroutine each draw one bar, not an empty graph.
  const minValue = total / MAX_WIDTH_UNITS;
  const kept = new Int32Array(frame.length).fill(-1);
  const out = { parents: [] as number[], frames: [] as number[], values: [] as number[] };
  const narrow = new Map<number, number>();
  let merged = 0;
  let queue = rootChildren;
  while (queue.length > 0 && out.frames.length < MAX_FLAME_NODES) {
    const next: number[] = [];
    for (const n of queue) {
      if (out.frames.length >= MAX_FLAME_NODES) break;
      if (value[n] < minValue) {
        const p = parent[n] < 0 ? -1 : kept[parent[n]];
        narrow.set(p, (narrow.get(p) ?? 0) + value[n]);
        merged++;
        continue;
      }
      kept[n] = out.frames.length;
      out.parents.push(parent[n] < 0 ? -1 : kept[parent[n]]);
      out.frames.push(frame[n]);
      out.values.push(value[n]);
      for (let c = firstChild[n]; c >= 0; c = nextSibling[c]) next.push(c);
    }
    queue = next;
  }
  for (const [p, sum] of narrow) {
    if (out.frames.length >= MAX_FLAME_NODES) break;
    out.parents.push(p);
    out.frames.push(NARROW_TOWERS);
    out.values.push(sum);
  }
  return { total, ...out, nodesLeftOut: frame.length - (out.frames.length - narrow.size) - merged, cutAtDepth };
}

/** What one opened grey node draws: its groups, and the towers it held past those (the next page). */
export interface OpenedTowers {
  readonly ranks: number[];
  readonly towers: number;
  readonly towersLeft: number;
}

/**
 * The groups of the grey node under `step.path` in the flame of `ranks`: those whose stacks pass
 * through the path and go on into a tower under it narrower than the flame can draw. Opened, they
 * are drawn against their own sum (as pprof and speedscope expand a merged node): the widest first,
 * from the `step.from`th, as many as each stays at least 1/`widthUnits` of those drawn (`openedWidthUnits`
 * of the chart's pixels: 400 towers of one goroutine each in a 1,200 px chart; the rest the next page).
 * Linear in the frames to the path's depth, and a sort of the towers.
 */
export function narrowTowerRanks(groups: readonly FlameGroup[], ranks: readonly number[], step: FlameOpenStep, widthUnits = openedWidthUnits()): OpenedTowers {
  const { path } = step;
  const depth = path.length;
  if (depth >= MAX_FLAME_DEPTH) return { ranks: [], towers: 0, towersLeft: 0 };
  let total = 0;
  for (const r of ranks) total += groups[r].count;
  const minValue = total / MAX_WIDTH_UNITS;
  const through: number[] = [];
  const towerWidth = new Map<number, number>();
  for (const r of ranks) {
    const frames = groups[r].frames, n = frames.length;
    // A stack that ends at the path's last frame is that frame's own width, in no tower under it.
    if (n <= depth) continue;
    let i = 0;
    while (i < depth && frames[n - 1 - i] === path[i]) i++;
    if (i < depth) continue;
    through.push(r);
    const tower = frames[n - 1 - depth];
    towerWidth.set(tower, (towerWidth.get(tower) ?? 0) + groups[r].count);
  }
  // Widest first; equal ones in the order their first group ranks (Map keeps insertion order, sort is stable).
  const narrow = [...towerWidth].filter(([, width]) => width < minValue).sort((a, b) => b[1] - a[1]);
  const from = Math.min(step.from, narrow.length);
  let end = from, sum = 0;
  while (end < narrow.length && narrow[end][1] * widthUnits >= sum + narrow[end][1]) sum += narrow[end++][1];
  // One tower at least: a page never stands still.
  if (end === from && from < narrow.length) end++;
  const drawn = new Set(narrow.slice(from, end).map(([tower]) => tower));
  const opened = through.filter(r => {
    const frames = groups[r].frames;
    return drawn.has(frames[frames.length - 1 - depth]);
  });
  return { ranks: opened, towers: end - from, towersLeft: narrow.length - end };
}
