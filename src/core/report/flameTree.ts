// The flame tree of a queried profile, the one builder behind the editor's flame graph, its
// zoom detail and callers/callees views, and the CLI's `flame --json`.
//
// Built top-down by partitioning samples level by level instead of materialising the full
// call trie: only nodes that survive pruning are ever created, so a million distinct
// 40-frame stacks cost a few passes over typed arrays, not tens of millions of nodes.
// (A full trie keyed by (parent, frame) would not do: random call paths make nearly every
// trie node below depth 3 distinct, i.e. ~25M nodes on the 1M-sample benchmark profile.)
// It reads the stacks straight from the profile (no expanded copy of them): measured against
// a builder over expanded stacks in docs/benchmarks.md.
//
// The samples of a node are a contiguous segment of one Int32Array; every sample in the
// tree keeps a cursor on its next frame. A node groups its segment by that frame
// (per-frame counters in typed arrays), then stably moves the members of each surviving
// child into that child's own sub-segment and advances their cursors. Children narrower
// than the drawing can show are summed into one "rest" child per parent (when that is wide
// enough itself), so every drawn total stays exact; their samples are never looked at again.
// Samples worth 0 are left out.
import type { StackView } from '../pprof';
import type { QueriedProfile } from './profileQuery';
import { FRAME_HAS_HIDDEN_DETAIL, FRAME_INLINED, FRAME_PRUNED_REST, type FlameTreeData } from './profileTypes';
import { doubled } from '../typedLists';
import { joinSum } from '../pprof/exactSums';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export interface FlameTreeOptions {
  /**
   * The drawing's width: nodes whose width (|value|, summed over the samples through them)
   * is under `minPixels` of it are merged into their parent's rest node. Without it every
   * node is kept.
   */
  widthPx?: number;
  /** Default 0.5. */
  minPixels?: number;
  /**
   * Past this many nodes the pruning gets coarser: the least width kept doubles until the tree
   * fits. Default with `widthPx` 20,000 (the DOM gets slow); without it no bound unless given,
   * and then the first width tried is the root's over `maxNodes`.
   */
  maxNodes?: number;
}

/** The name of the node that holds a parent's callees too narrow to draw. */
export const PRUNED_REST_NAME = '(narrow callees merged)';
export const MAX_FLAME_NODES = 20000;

/**
 * The call tree of every kept sample, root first: the root is the common caller ("root"),
 * its children the outermost frames (with -tagroot, the label frames first).
 */
export function flameTree(q: QueriedProfile, options: FlameTreeOptions = {}): FlameTreeData {
  return build(q, { leafward: true }, options)!;
}

/**
 * The part of the call tree below one node, for more detail on zoom: `path` is the frame
 * names (QueriedProfile.frameNames) from the root's child down to that node, which is the
 * subtree's root. undefined when no sample goes through that path.
 */
export function flameSubtree(q: QueriedProfile, path: readonly string[], options: FlameTreeOptions = {}): FlameTreeData | undefined {
  return build(q, { leafward: true, path }, options);
}

/**
 * What `frameName` calls: the samples through it, each from its outermost call of it down
 * (recursion counted once), rooted at it. Its total is the frame's cum. undefined when no
 * kept sample goes through it.
 */
export function calleesTree(q: QueriedProfile, frameName: string, options: FlameTreeOptions = {}): FlameTreeData | undefined {
  return build(q, { leafward: true, focus: frameName }, options);
}

/**
 * Who calls `frameName`, read upward: the samples through it, each from its outermost call
 * of it up to the root, rooted at it (its children are its direct callers). Its total is the
 * frame's cum. undefined when no kept sample goes through it.
 */
export function callersTree(q: QueriedProfile, frameName: string, options: FlameTreeOptions = {}): FlameTreeData | undefined {
  return build(q, { leafward: false, focus: frameName }, options);
}

/**
 * The whole profile bottom-up: every leaf frame as a child of the root (its total is the
 * frame's flat), its callers below it, up to the outermost frames.
 */
export function invertedTree(q: QueriedProfile, options: FlameTreeOptions = {}): FlameTreeData {
  return build(q, { leafward: false }, options)!;
}

interface Shape {
  /** true: root → leaf (callees); false: leaf → root (callers). */
  leafward: boolean;
  /** Start at the outermost occurrence of this frame (by frame name), which becomes the root. */
  focus?: string;
  /** Then follow these frame names; the last one becomes the root. */
  path?: readonly string[];
}

function build(q: QueriedProfile, shape: Shape, options: FlameTreeOptions): FlameTreeData | undefined {
  const focusId = shape.focus !== undefined ? q.frameNamed(shape.focus) : -1;
  if (shape.focus !== undefined && focusId < 0) return undefined;
  const pathIds = (shape.path ?? []).map(n => q.frameNamed(n));
  if (pathIds.some(id => id < 0)) return undefined;
  const rootFrame = pathIds.length > 0 ? pathIds[pathIds.length - 1] : focusId;
  if (!options.widthPx && options.maxNodes !== undefined && Number.isFinite(options.maxNodes)) return widestFirst(q, shape, focusId, pathIds, rootFrame, options.maxNodes);
  const maxNodes = options.widthPx ? options.maxNodes ?? MAX_FLAME_NODES : Infinity;
  // The least width kept, as a fraction of the root's: 0 keeps every node.
  let minFraction = (options.minPixels ?? 0.5) / (options.widthPx ?? Infinity);
  for (;;) {
    const members = collectMembers(q.view, shape.leafward, focusId, pathIds);
    if ((shape.focus !== undefined || pathIds.length > 0) && members.memberCount === 0) return undefined;
    const threshold = members.rootMagnitude * minFraction;
    const tree = new TreeNodes();
    const root = tree.add(-1, rootFrame, 0, members.rootTotal, members.rootMagnitude, 0);
    const expander = new NodeExpander(q.view, members, tree, threshold, maxNodes);
    // Iterative expansion (stacks can be deeper than the JS call stack allows recursion for).
    const work = new PendingStack();
    work.push(root, 0, members.memberCount);
    while (work.size > 0 && !expander.tooMany) {
      const i = --work.size;
      expander.expand(work.node[i], work.start[i], work.end[i], work);
    }
    if (!expander.tooMany) {
      const columns = toColumns(q, tree, members.signed);
      if (threshold > 0) columns.mergedBelow = threshold;
      return columns;
    }
    minFraction *= 2;
  }
}

/**
 * Without a drawing's width, a bound on the nodes: the widest nodes are expanded first until
 * the tree and one rest node per pending node make `maxNodes` (give or take one node's
 * callees); each node left unexpanded keeps
 * its self and merges its callees into one rest node. A deep stack is then cut at its depth
 * bound, where merging by width would take it whole.
 */
function widestFirst(q: QueriedProfile, shape: Shape, focusId: number, pathIds: number[], rootFrame: number, maxNodes: number): FlameTreeData | undefined {
  const members = collectMembers(q.view, shape.leafward, focusId, pathIds);
  if ((shape.focus !== undefined || pathIds.length > 0) && members.memberCount === 0) return undefined;
  const tree = new TreeNodes();
  const root = tree.add(-1, rootFrame, 0, members.rootTotal, members.rootMagnitude, 0);
  const expander = new NodeExpander(q.view, members, tree, 0, Infinity);
  const work = new WidestFirst(tree.magnitudes);
  work.push({ node: root, start: 0, end: members.memberCount });
  const children: PendingNode[] = [];
  const toChildren: PendingSink = { push: (node, start, end) => { children.push({ node, start, end }); } };
  // Each node still pending may yet get a rest child: it counts against the bound too.
  while (work.size > 0 && expander.nodeCount + work.size < maxNodes) {
    const { node, start, end } = work.pop();
    expander.expand(node, start, end, toChildren);
    for (const child of children) work.push(child);
    children.length = 0;
  }
  let mergedBelow = 0;
  while (work.size > 0) {
    const pending = work.pop();
    if (expander.mergeCallees(pending)) mergedBelow = Math.max(mergedBelow, tree.magnitude[pending.node]);
  }
  const columns = toColumns(q, tree, members.signed);
  if (mergedBelow > 0) columns.mergedBelow = mergedBelow;
  return columns;
}

/** Pending nodes, the widest first (a binary heap on magnitude). */
class WidestFirst {
  private readonly heap: PendingNode[] = [];

  /** `magnitudes()`: the nodes' widths (their column is replaced as it grows). */
  constructor(private readonly magnitudes: () => Float64Array) {}

  get size(): number { return this.heap.length; }

  push(item: PendingNode): void {
    const heap = this.heap, magnitude = this.magnitudes();
    let i = heap.push(item) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (magnitude[heap[up].node] >= magnitude[item.node]) break;
      heap[i] = heap[up];
      i = up;
    }
    heap[i] = item;
  }

  pop(): PendingNode {
    const heap = this.heap, magnitude = this.magnitudes();
    const top = heap[0], last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= heap.length) break;
        if (child + 1 < heap.length && magnitude[heap[child + 1].node] > magnitude[heap[child].node]) child++;
        if (magnitude[heap[child].node] <= magnitude[last.node]) break;
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}

/**
 * The tree while it is built, in columns that grow by doubling, children as linked lists in the
 * order they were made: an object per node (its sums boxed, its own list of children) was
 * ~380 bytes a node at the peak of a tree of millions.
 */
export class TreeNodes {
  /** Frame id in the view, -1 for the tree's root without a frame and for rest nodes. */
  frame = new Int32Array(64);
  /** FRAME_INLINED, FRAME_PRUNED_REST, FRAME_HAS_HIDDEN_DETAIL, as the columns carry them. */
  flags = new Uint8Array(64);
  total = new Float64Array(64);
  magnitude = new Float64Array(64);
  self = new Float64Array(64);
  firstChild = new Int32Array(64);
  lastChild = new Int32Array(64);
  nextSibling = new Int32Array(64);
  count = 0;

  /** The magnitude column as it is now (it is replaced when the columns grow). */
  readonly magnitudes = (): Float64Array => this.magnitude;

  add(parent: number, frame: number, flags: number, total: number, magnitude: number, self: number): number {
    if (this.count === this.frame.length) this.grow();
    const id = this.count++;
    this.frame[id] = frame; this.flags[id] = flags;
    this.total[id] = total; this.magnitude[id] = magnitude; this.self[id] = self;
    this.firstChild[id] = -1; this.lastChild[id] = -1; this.nextSibling[id] = -1;
    if (parent >= 0) {
      if (this.lastChild[parent] < 0) this.firstChild[parent] = id; else this.nextSibling[this.lastChild[parent]] = id;
      this.lastChild[parent] = id;
    }
    return id;
  }

  private grow(): void {
    const size = this.frame.length * 2;
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: new (n: number) => T): T => { const b = new make(size); b.set(a); return b; };
    this.frame = grown(this.frame, Int32Array); this.flags = grown(this.flags, Uint8Array);
    this.total = grown(this.total, Float64Array); this.magnitude = grown(this.magnitude, Float64Array); this.self = grown(this.self, Float64Array);
    this.firstChild = grown(this.firstChild, Int32Array); this.lastChild = grown(this.lastChild, Int32Array); this.nextSibling = grown(this.nextSibling, Int32Array);
  }
}

/** Frames per member read ahead by FrameCursors.start (at most 255). */
const LOOKAHEAD = 4;

/**
 * One cursor per member (a sample in the tree, numbered in sample order) over its frames
 * in tree order, frames encoded as frame*2 + inlined. 'callees': the -tagroot label frames
 * (root first), then the stack from its root to its leaf, the outermost inlined line of a
 * location first. 'callers': exactly the reverse. A cursor always rests on a frame (or at
 * the end): empty locations are skipped eagerly. The state is indexed by member, not by
 * sample, so the passes over a node's members read these arrays densely (most samples of
 * a big profile are pruned or worth 0; reading per sample would miss the cache each time).
 */
class FrameCursors {
  /** Index into view.locFrames of the member's current stack frame; -1 once the stack is used up. */
  private readonly frameAt: Int32Array;
  /** Position in samples.locations of the location holding that frame. */
  private readonly locationAt: Int32Array;
  /** Where the member's stack ends in the direction of travel: its first position (callees) or one past its last (callers). */
  private readonly stackLimit: Int32Array;
  /** Per member its sample and the label frames not yet visited (only with tagRoot). */
  private readonly sampleOf: Int32Array | undefined;
  private readonly labelsLeft: Int32Array | undefined;
  /** Per view.locFrames index: the encoded frame, so reading the current frame is one load. */
  private readonly encodedFrames: Int32Array;
  private readonly locs: Uint16Array | Uint32Array;
  private readonly stackStart: Uint32Array;
  private readonly locFrameStart: Uint32Array;
  private readonly rootFrames: Uint32Array[] | undefined;
  /** Per member: the encoded frame under its cursor, or -1 at the end (kept up to date by start/advance). */
  readonly current: Int32Array;
  /**
   * Per member its first LOOKAHEAD frames, read by start() while the samples are visited in
   * memory order: the level passes then read this small dense array instead of missing the
   * cache on the stacks (the big array) member by member. aheadAt: frames consumed.
   */
  private readonly ahead: Int32Array;
  private readonly aheadLen: Uint8Array;
  private readonly aheadAt: Uint8Array;

  constructor(view: StackView, private readonly leafward: boolean, capacity: number) {
    const s = view.profile.samples;
    this.current = new Int32Array(capacity);
    this.ahead = new Int32Array(capacity * LOOKAHEAD);
    this.aheadLen = new Uint8Array(capacity);
    this.aheadAt = new Uint8Array(capacity);
    this.frameAt = new Int32Array(capacity);
    this.locationAt = new Int32Array(capacity);
    this.stackLimit = new Int32Array(capacity);
    this.rootFrames = view.rootFrames;
    this.sampleOf = view.rootFrames ? new Int32Array(capacity) : undefined;
    this.labelsLeft = view.rootFrames ? new Int32Array(capacity) : undefined;
    this.locs = s.locations;
    this.stackStart = s.stackStart;
    this.locFrameStart = view.locFrameStart;
    const { locFrames, locFrameInlined } = view;
    this.encodedFrames = new Int32Array(locFrames.length);
    for (let k = 0; k < locFrames.length; k++) this.encodedFrames[k] = locFrames[k] * 2 + locFrameInlined[k];
  }

  /** Puts member m's cursor on the first frame of sample i. */
  start(m: number, i: number): void {
    if (this.rootFrames) { this.sampleOf![m] = i; this.labelsLeft![m] = this.rootFrames[i].length; }
    const first = this.stackStart[i], end = this.stackStart[i + 1];
    if (this.leafward) {
      this.stackLimit[m] = first;
      this.settleTowardLeaf(m, end - 1, end > first ? this.locFrameStart[this.locs[end - 1] + 1] - 1 : -1);
    } else {
      this.stackLimit[m] = end;
      this.settleTowardRoot(m, first, end > first ? this.locFrameStart[this.locs[first]] : 0);
    }
    let n = 0;
    for (let f = this.frameUnder(m); n < LOOKAHEAD && f >= 0; f = this.frameUnder(m)) {
      this.ahead[m * LOOKAHEAD + n++] = f;
      this.step(m);
    }
    this.aheadLen[m] = n;
    this.aheadAt[m] = 0;
    this.current[m] = n > 0 ? this.ahead[m * LOOKAHEAD] : -1;
  }

  /** The encoded frame under member m's cursor, or -1 at the end. */
  private frameUnder(m: number): number {
    const labelsLeft = this.labelsLeft;
    if (this.leafward) {
      if (labelsLeft !== undefined && labelsLeft[m] > 0) {
        const labels = this.rootFrames![this.sampleOf![m]];
        return labels[labels.length - labelsLeft[m]] * 2;
      }
      const k = this.frameAt[m];
      return k >= 0 ? this.encodedFrames[k] : -1;
    }
    const k = this.frameAt[m];
    if (k >= 0) return this.encodedFrames[k];
    // Callers direction ends with the label frames, innermost label first.
    if (labelsLeft !== undefined && labelsLeft[m] > 0) return this.rootFrames![this.sampleOf![m]][labelsLeft[m] - 1] * 2;
    return -1;
  }

  /** Moves member m's cursor to its next frame; only called when current[m] >= 0. */
  advance(m: number): void {
    const at = this.aheadAt[m];
    if (at < LOOKAHEAD) {
      const next = at + 1, len = this.aheadLen[m];
      this.aheadAt[m] = next;
      // Within the lookahead; past its end when the stack ended there; else the real
      // cursor already rests on the frame after the lookahead.
      this.current[m] = next < len ? this.ahead[m * LOOKAHEAD + next] : len < LOOKAHEAD ? -1 : this.frameUnder(m);
      return;
    }
    this.step(m);
    this.current[m] = this.frameUnder(m);
  }

  /** Moves the real cursor of member m to its next frame (its frame must exist). */
  private step(m: number): void {
    const labelsLeft = this.labelsLeft;
    if (this.leafward) {
      if (labelsLeft !== undefined && labelsLeft[m] > 0) labelsLeft[m]--;
      else this.settleTowardLeaf(m, this.locationAt[m], this.frameAt[m] - 1);
    } else {
      const k = this.frameAt[m];
      if (k >= 0) this.settleTowardRoot(m, this.locationAt[m], k + 1);
      else labelsLeft![m]--;
    }
  }

  // Rests the cursor on frame k of location position p, or the first frame before it
  // (lower k, then lower positions: toward the leaf).
  private settleTowardLeaf(m: number, p: number, k: number): void {
    const first = this.stackLimit[m];
    while (p >= first) {
      if (k >= this.locFrameStart[this.locs[p]]) { this.locationAt[m] = p; this.frameAt[m] = k; return; }
      p--;
      if (p >= first) k = this.locFrameStart[this.locs[p] + 1] - 1;
    }
    this.frameAt[m] = -1;
  }

  // The same in the other direction (higher k, then higher positions: toward the root).
  private settleTowardRoot(m: number, p: number, k: number): void {
    const end = this.stackLimit[m];
    while (p < end) {
      if (k < this.locFrameStart[this.locs[p] + 1]) { this.locationAt[m] = p; this.frameAt[m] = k; return; }
      p++;
      if (p < end) k = this.locFrameStart[this.locs[p]];
    }
    this.frameAt[m] = -1;
  }
}

/** A node still to expand and its members: members[start … end). */
interface PendingNode { node: number; start: number; end: number }

/** Where expanding a node puts its children, each still to expand. */
interface PendingSink { push(node: number, start: number, end: number): void }

/**
 * Nodes still to expand, last in first out, in columns that grow by doubling: a tree of every
 * node of a profile of distinct deep stacks has millions pending over its build, an object each before.
 */
class PendingStack implements PendingSink {
  node: Int32Array = new Int32Array(64);
  start: Int32Array = new Int32Array(64);
  end: Int32Array = new Int32Array(64);
  size = 0;

  push(node: number, start: number, end: number): void {
    if (this.size === this.node.length) {
      this.node = doubled(this.node); this.start = doubled(this.start); this.end = doubled(this.end);
    }
    const i = this.size++;
    this.node[i] = node; this.start[i] = start; this.end[i] = end;
  }
}

interface Members {
  cursors: FrameCursors;
  memberWeight: Float64Array;
  /** The members' weights in halves, when the view's sums can pass 2^53 (StackView.split). */
  memberHalves?: { high: Float64Array; low: Float64Array };
  memberCount: number;
  rootTotal: number;
  rootMagnitude: number;
  /** Some member is negative (a diff). */
  signed: boolean;
}

/**
 * The members of the tree: the kept samples worth ≠ 0 in sample order, their cursors on the
 * frame below the tree's root. Samples worth 0 in this sample type (e.g. freed objects in
 * inuse_space: most samples of a heap profile) change no total and draw nothing.
 */
export function collectMembers(view: StackView, leafward: boolean, focusId: number, pathIds: number[]): Members {
  const { weights, kept } = view;
  const n = kept.length;
  let capacity = 0;
  for (let i = 0; i < n; i++) if (kept[i] !== 0 && weights[i] !== 0) capacity++;
  // One spare slot: a sample that turns out not to pass through focus or path is looked at there, then overwritten.
  const cursors = new FrameCursors(view, leafward, capacity + 1);
  const memberWeight = new Float64Array(capacity);
  const split = view.split;
  const memberHalves = split && { high: new Float64Array(capacity), low: new Float64Array(capacity) };
  let rootHigh = 0, rootLow = 0;
  const current = cursors.current;
  let memberCount = 0, rootTotal = 0, rootMagnitude = 0, signed = false;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (kept[i] === 0 || w === 0) continue;
    const m = memberCount;
    cursors.start(m, i);
    if (focusId >= 0) {
      // The outermost occurrence: the first from the root, the last from the leaf.
      let occurrences = 0;
      if (!leafward) {
        for (let f = current[m]; f >= 0; f = current[m]) { if (f >> 1 === focusId) occurrences++; cursors.advance(m); }
        if (occurrences === 0) continue;
        cursors.start(m, i);
      }
      let seen = 0;
      for (let f = current[m]; f >= 0; f = current[m]) {
        if (f >> 1 === focusId && (leafward || ++seen === occurrences)) break;
        cursors.advance(m);
      }
      if (current[m] < 0) continue;
      cursors.advance(m);
    }
    let onPath = true;
    for (let d = 0; d < pathIds.length && onPath; d++) {
      onPath = current[m] >= 0 && current[m] >> 1 === pathIds[d];
      if (onPath) cursors.advance(m);
    }
    if (!onPath) continue;
    memberWeight[m] = w;
    memberCount++;
    rootTotal += w;
    if (memberHalves) {
      memberHalves.high[m] = split!.high[i]; memberHalves.low[m] = split!.low[i];
      rootHigh += split!.high[i]; rootLow += split!.low[i];
    }
    rootMagnitude += Math.abs(w);
    if (w < 0) signed = true;
  }
  if (memberHalves) rootTotal = joinSum(rootHigh, rootLow);
  return { cursors, memberWeight, memberHalves, memberCount, rootTotal, rootMagnitude, signed };
}

/** Expands one node at a time: groups its members by their next frame, makes the children. */
export class NodeExpander {
  // Per frame id, the child groups of the node being expanded (reset after each node).
  readonly groupSize: Int32Array;
  readonly groupTotal: Float64Array;
  readonly groupMagnitude: Float64Array;
  /** Where the group's next member goes in `partitioned`; -1 for a pruned group. */
  readonly groupOffset: Int32Array;
  /** The inlined bit of the group's first member: a function drawn once whether inlined or called. */
  readonly groupInlined: Uint8Array;
  /** The node's distinct child frames in order of first occurrence. */
  readonly groupOrder: Int32Array;
  /** Member numbers; a node owns a contiguous segment, ascending (sample order). */
  private readonly members: Int32Array;
  private readonly partitioned: Int32Array;
  private readonly cursors: FrameCursors;
  private readonly memberWeight: Float64Array;
  /**
   * Past 2^53: the members' halves and each group's sums of them (kept until the next grouping,
   * for the rest of a node), from which groupTotal and groupSelf are joined.
   */
  private readonly halves: { member: { high: Float64Array; low: Float64Array }; high: Float64Array; low: Float64Array; summed: Int32Array } | undefined;
  private nodes = 1;
  tooMany = false;
  /** What the last grouping summed of the members that end at the node. */
  groupSelf = 0;

  /** The nodes made so far, the root included. */
  get nodeCount(): number { return this.nodes; }

  constructor(view: StackView, m: Members, private readonly tree: TreeNodes, private readonly threshold: number, private readonly maxNodes: number) {
    const frameCount = view.frames.name.length;
    this.cursors = m.cursors;
    this.memberWeight = m.memberWeight;
    if (m.memberHalves) this.halves = { member: m.memberHalves, high: new Float64Array(frameCount), low: new Float64Array(frameCount), summed: new Int32Array(0) };
    this.groupSize = new Int32Array(frameCount);
    this.groupTotal = new Float64Array(frameCount);
    this.groupMagnitude = new Float64Array(frameCount);
    this.groupOffset = new Int32Array(frameCount);
    this.groupInlined = new Uint8Array(frameCount);
    this.groupOrder = new Int32Array(frameCount);
    this.members = new Int32Array(m.memberCount);
    for (let k = 0; k < m.memberCount; k++) this.members[k] = k;
    this.partitioned = new Int32Array(m.memberCount);
  }

  expand(node: number, start: number, end: number, work: PendingSink): void {
    const distinct = this.group(node, start, end);
    const { groupSize, groupTotal, groupMagnitude, groupOffset, groupOrder, groupInlined } = this;
    const tree = this.tree;
    let restTotal = 0, restMagnitude = 0, restCount = 0, childEnd = start, children = 0;
    const pruned: number[] = [];
    for (let g = 0; g < distinct; g++) {
      const f = groupOrder[g];
      const magnitude = groupMagnitude[f];
      if (magnitude < this.threshold) { restTotal += groupTotal[f]; restMagnitude += magnitude; restCount++; groupOffset[f] = -1; pruned.push(f); continue; }
      const child = tree.add(node, f, groupInlined[f] === 1 ? FRAME_INLINED : 0, groupTotal[f], magnitude, 0);
      children++;
      work.push(child, childEnd, childEnd + groupSize[f]);
      groupOffset[f] = childEnd;
      childEnd += groupSize[f];
    }
    if (restCount > 0) {
      if (this.halves) restTotal = this.exactSumOf(pruned);
      tree.flags[node] |= FRAME_HAS_HIDDEN_DETAIL;
      if (restMagnitude > 0 && restMagnitude >= this.threshold) {
        tree.add(node, -1, FRAME_PRUNED_REST, restTotal, restMagnitude, restTotal);
        children++;
      }
    }
    this.nodes += children;
    if (this.nodes > this.maxNodes) this.tooMany = true;
    for (let g = 0; g < distinct; g++) {
      const f = groupOrder[g];
      groupSize[f] = 0; groupTotal[f] = 0; groupMagnitude[f] = 0;
    }
    if (childEnd > start) this.partition(start, end, childEnd);
  }

  /**
   * Leaves a node unexpanded: its self as expand finds it, every callee summed into one rest
   * child. Whether it had callees to merge.
   */
  mergeCallees({ node, start, end }: PendingNode): boolean {
    const distinct = this.group(node, start, end);
    const { groupSize, groupTotal, groupMagnitude, groupOrder } = this;
    let restTotal = 0, restMagnitude = 0;
    if (this.halves) restTotal = this.exactSumOf(groupOrder.subarray(0, distinct));
    for (let g = 0; g < distinct; g++) {
      const f = groupOrder[g];
      if (!this.halves) restTotal += groupTotal[f];
      restMagnitude += groupMagnitude[f];
      groupSize[f] = 0; groupTotal[f] = 0; groupMagnitude[f] = 0;
    }
    if (distinct === 0) return false;
    this.tree.flags[node] |= FRAME_HAS_HIDDEN_DETAIL;
    this.tree.add(node, -1, FRAME_PRUNED_REST, restTotal, restMagnitude, restTotal);
    this.nodes++;
    return true;
  }

  /** Sums members[start … end) per next frame into the group arrays, the node's self into the tree; returns how many distinct frames. */
  private group(node: number, start: number, end: number): number {
    const distinct = this.groupMembers(start, end);
    this.tree.self[node] = this.groupSelf;
    return distinct;
  }

  /** Sums members[start … end) per next frame into the group arrays, and into `groupSelf` those that end here; returns how many distinct frames. */
  groupMembers(start: number, end: number): number {
    const { members, memberWeight, groupSize, groupTotal, groupMagnitude, groupOrder, groupInlined } = this;
    const current = this.cursors.current;
    let self = 0, distinct = 0;
    for (let j = start; j < end; j++) {
      const m = members[j];
      const encoded = current[m];
      const w = memberWeight[m];
      if (encoded < 0) { self += w; continue; }
      const f = encoded >> 1;
      if (groupSize[f] === 0) { groupOrder[distinct++] = f; groupInlined[f] = encoded & 1; }
      groupSize[f]++;
      groupTotal[f] += w;
      groupMagnitude[f] += Math.abs(w);
    }
    this.groupSelf = self;
    if (this.halves) this.joinHalves(start, end, distinct);
    return distinct;
  }

  /** The groups' totals and the self of the last grouping summed again in halves, joined. */
  private joinHalves(start: number, end: number, distinct: number): void {
    const halves = this.halves!;
    const { high, low } = halves, { members, groupOrder, groupTotal } = this;
    const current = this.cursors.current;
    for (const f of halves.summed) { high[f] = 0; low[f] = 0; }
    let selfHigh = 0, selfLow = 0;
    for (let j = start; j < end; j++) {
      const m = members[j], encoded = current[m];
      if (encoded < 0) { selfHigh += halves.member.high[m]; selfLow += halves.member.low[m]; continue; }
      high[encoded >> 1] += halves.member.high[m];
      low[encoded >> 1] += halves.member.low[m];
    }
    for (let g = 0; g < distinct; g++) groupTotal[groupOrder[g]] = joinSum(high[groupOrder[g]], low[groupOrder[g]]);
    this.groupSelf = joinSum(selfHigh, selfLow);
    halves.summed = groupOrder.slice(0, distinct);
  }

  /** The exact sum of the last grouping's totals of these frames. */
  private exactSumOf(frames: ArrayLike<number>): number {
    const { high, low } = this.halves!;
    let sumHigh = 0, sumLow = 0;
    for (let k = 0; k < frames.length; k++) { sumHigh += high[frames[k]]; sumLow += low[frames[k]]; }
    return joinSum(sumHigh, sumLow);
  }

  // Stable partition into the children's segments [start … childEnd); members that end
  // here or were pruned drop out. Then the cursors of the moved members step on.
  partition(start: number, end: number, childEnd: number): void {
    const { members, cursors, groupOffset, partitioned } = this;
    const current = cursors.current;
    for (let j = start; j < end; j++) {
      const m = members[j];
      const encoded = current[m];
      if (encoded >= 0 && groupOffset[encoded >> 1] >= 0) partitioned[groupOffset[encoded >> 1]++] = m;
    }
    for (let j = start; j < childEnd; j++) {
      const m = partitioned[j];
      members[j] = m;
      cursors.advance(m);
    }
  }
}

/**
 * The tree in pre-order columns. Siblings widest first, then by name, file and line, so the
 * order depends on the tree alone, not on which sample happened to come first.
 */
function toColumns(q: QueriedProfile, tree: TreeNodes, signed: boolean): FlameTreeData {
  const { view, frameNames } = q;
  const names: string[] = [], files: string[] = [];
  const functionNames: string[] | undefined = q.functionNames ? [] : undefined;
  const nameIds = new ContentKeyedMap<number>(), fileIds = new ContentKeyedMap<number>();
  const intern = (map: Map<string, number>, list: string[], s: string) => {
    let id = map.get(s);
    if (id === undefined) { id = list.length; map.set(s, id); list.push(s); }
    return id;
  };
  const frameOf = tree.frame, flagsOf = tree.flags, magnitudeOf = tree.magnitude;
  const nameOf = (n: number) => flagsOf[n] & FRAME_PRUNED_REST ? PRUNED_REST_NAME : frameOf[n] >= 0 ? frameNames[frameOf[n]] : 'root';
  const fileOf = (n: number) => frameOf[n] >= 0 ? view.frames.file[frameOf[n]] : '';
  const lineOf = (n: number) => frameOf[n] >= 0 ? view.frames.line[frameOf[n]] : 0;
  const compare = siblingOrder(n => magnitudeOf[n], nameOf, fileOf, lineOf);
  const count = tree.count;
  const parent = new Int32Array(count), name = new Uint32Array(count), file = new Uint32Array(count), line = new Uint32Array(count);
  const total = new Float64Array(count), self = new Float64Array(count), flags = new Uint8Array(count);
  const magnitude = signed ? new Float64Array(count) : undefined;
  // The walk's stack: a node and its parent's id in the columns.
  const nodes = new Int32Array(count), parents = new Int32Array(count);
  let depth = 0;
  nodes[0] = 0; parents[0] = -1; depth = 1;
  const children: number[] = [];
  let id = 0;
  while (depth > 0) {
    depth--;
    const node = nodes[depth], p = parents[depth];
    parent[id] = p;
    const n = nameOf(node);
    const nameId = intern(nameIds, names, n);
    if (functionNames && nameId === functionNames.length) functionNames.push(frameOf[node] >= 0 ? q.functionNames![frameOf[node]] : n);
    name[id] = nameId;
    file[id] = intern(fileIds, files, fileOf(node));
    line[id] = lineOf(node);
    total[id] = tree.total[node]; self[id] = tree.self[node];
    if (magnitude) magnitude[id] = magnitudeOf[node];
    flags[id] = flagsOf[node];
    children.length = 0;
    for (let c = tree.firstChild[node]; c >= 0; c = tree.nextSibling[c]) children.push(c);
    if (children.length > 1) children.sort(compare);
    for (let k = children.length - 1; k >= 0; k--) { nodes[depth] = children[k]; parents[depth] = id; depth++; }
    id++;
  }
  const out: FlameTreeData = { names, files, functionNames, parent, name, file, line, total, self, flags };
  if (magnitude) out.magnitude = magnitude;
  return out;
}

/**
 * Siblings' order: widest first, then by name, file and line, so the order depends on the tree
 * alone, not on which sample happened to come first. Shared by the tree's columns and its walk.
 */
export function siblingOrder(
  magnitudeOf: (n: number) => number, nameOf: (n: number) => string, fileOf: (n: number) => string, lineOf: (n: number) => number,
): (a: number, b: number) => number {
  return (a, b) => magnitudeOf(b) - magnitudeOf(a) || compareText(nameOf(a), nameOf(b)) || compareText(fileOf(a), fileOf(b)) || lineOf(a) - lineOf(b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
