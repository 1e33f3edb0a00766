// Flame trees as plain JSON-ready objects for the webview.
//
// Built top-down by partitioning samples level by level instead of materialising the full
// call trie: only nodes that survive pruning are ever created, so a million distinct
// 40-frame stacks cost a few passes over typed arrays, not tens of millions of nodes.
// (A full trie keyed by (parent, frame) would not do: random call paths make nearly every
// trie node below depth 3 distinct, i.e. ~25M nodes on the 1M-sample benchmark profile.)
//
// The samples of a node are a contiguous segment of one Int32Array; every sample in the
// tree keeps a cursor on its next frame. A node groups its segment by that frame
// (per-frame counters in typed arrays), then stably moves the members of each surviving
// child into that child's own sub-segment and advances their cursors. Children below the
// pruning threshold are summed into one "other" child per parent, so every node's total
// stays exact; their samples are never looked at again. Samples worth 0 are left out.
import type { StackView } from './stackView';

export interface FlameNode {
  /** Pre-order index: stable for the same profile, view options and tree options. */
  id: number;
  name: string;
  file?: string;
  line?: number;
  /** Value of samples whose stack ends here (for an inverted tree: starts here). */
  self: number;
  /** Value of all samples through this node; equals self + sum of children totals. */
  total: number;
  /** True when this frame was inlined into its caller at this position. */
  inlined: boolean;
  /** True for the node holding the pruned children of its parent. */
  other?: boolean;
  /** True for -tagroot label pseudo frames. */
  label?: boolean;
  children: FlameNode[];
}

export interface FlameTreeOptions {
  /** Keep nodes whose |total| is at least this fraction of the root's |total| (default 0.001; 0 keeps all). */
  minFraction?: number;
  /**
   * 'callees' (default): root → callers first, leaves are the sampled frames.
   * 'callers': inverted, leaves first: the root's children are the innermost frames.
   */
  direction?: 'callees' | 'callers';
  /**
   * Restrict to samples containing this function (frame name) and start the tree at it:
   * with 'callees' its callees (from its outermost occurrence), with 'callers' its
   * callers (from its innermost occurrence). Used by the sandwich view.
   */
  focusFrame?: string;
}

export const OTHER_NODE_NAME = '(other)';

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
interface PendingNode { node: FlameNode; start: number; end: number }

export function buildFlameTree(view: StackView, options: FlameTreeOptions = {}): FlameNode {
  const minFraction = options.minFraction ?? 0.001;
  const focusIds = options.focusFrame !== undefined ? framesNamed(view, options.focusFrame) : undefined;
  const { cursors, memberWeight, memberCount, rootTotal, rootAbs, firstFrame } =
    collectMembers(view, (options.direction ?? 'callees') === 'callees', focusIds);
  const root: FlameNode = { id: 0, name: options.focusFrame ?? 'root', self: 0, total: rootTotal, inlined: false, children: [] };
  if (focusIds) {
    // The focus frame itself is the root: consume it.
    if (firstFrame >= 0) Object.assign(root, frameFields(view, firstFrame), { name: options.focusFrame });
    for (let m = 0; m < memberCount; m++) cursors.advance(m);
  }
  const expander = new NodeExpander(view, cursors, memberWeight, memberCount, minFraction > 0 ? rootAbs * minFraction : 0);
  // Iterative expansion (stacks can be deeper than the JS call stack allows recursion for).
  const work: PendingNode[] = [{ node: root, start: 0, end: memberCount }];
  while (work.length > 0) expander.expand(work.pop()!, work);
  // Deterministic order and ids: children by |total| descending, then name (compareSiblings).
  orderIteratively(root);
  return root;
}

/**
 * The members of the tree: the kept samples in sample order, cursors started (with focus
 * frames: on the focus frame's outermost (callees) / innermost (callers) occurrence), and
 * the root's total. Samples worth 0 in this sample type (e.g. freed objects in
 * inuse_space: most samples of a heap profile) change no total and draw nothing, so they
 * are left out.
 */
function collectMembers(view: StackView, leafward: boolean, focusIds: Set<number> | undefined):
  { cursors: FrameCursors; memberWeight: Float64Array; memberCount: number; rootTotal: number; rootAbs: number; firstFrame: number } {
  const { weights, kept } = view;
  const n = kept.length;
  let capacity = 0;
  for (let i = 0; i < n; i++) if (kept[i] !== 0 && weights[i] !== 0) capacity++;
  // One spare slot: a focused sample worth 0 is looked at there, then overwritten.
  const cursors = new FrameCursors(view, leafward, capacity + 1);
  const memberWeight = new Float64Array(capacity);
  let memberCount = 0, rootTotal = 0, rootAbs = 0;
  /** The focus frame as met in the first focused sample (even one worth 0): names the root. */
  let firstFrame = -1;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (kept[i] === 0 || (w === 0 && !focusIds)) continue;
    const m = memberCount;
    cursors.start(m, i);
    if (focusIds) {
      let f = cursors.current[m];
      while (f >= 0 && !focusIds.has(f >> 1)) { cursors.advance(m); f = cursors.current[m]; }
      if (f < 0) continue;
      if (firstFrame < 0) firstFrame = f;
      if (w === 0) continue;
    }
    memberWeight[m] = w;
    memberCount++;
    rootTotal += w;
    rootAbs += Math.abs(w);
  }
  return { cursors, memberWeight, memberCount, rootTotal, rootAbs, firstFrame };
}

/** Expands one node at a time: groups its members by their next frame, makes the children. */
class NodeExpander {
  // Per encoded frame, the child groups of the node being expanded (reset after each node).
  private readonly groupSize: Int32Array;
  private readonly groupTotal: Float64Array;
  private readonly groupAbs: Float64Array;
  /** Where the group's next member goes in `partitioned`; -1 for a pruned group. */
  private readonly groupOffset: Int32Array;
  /** The node's distinct child frames in order of first occurrence (fixes the order of equal children). */
  private readonly groupOrder: Int32Array;
  /** Member numbers; a node owns a contiguous segment, ascending (sample order). */
  private readonly members: Int32Array;
  private readonly partitioned: Int32Array;

  constructor(private readonly view: StackView, private readonly cursors: FrameCursors,
    private readonly memberWeight: Float64Array, memberCount: number, private readonly threshold: number) {
    const encodedCount = view.frames.name.length * 2;
    this.groupSize = new Int32Array(encodedCount);
    this.groupTotal = new Float64Array(encodedCount);
    this.groupAbs = new Float64Array(encodedCount);
    this.groupOffset = new Int32Array(encodedCount);
    this.groupOrder = new Int32Array(encodedCount);
    this.members = new Int32Array(memberCount);
    for (let m = 0; m < memberCount; m++) this.members[m] = m;
    this.partitioned = new Int32Array(memberCount);
  }

  expand({ node, start, end }: PendingNode, work: PendingNode[]): void {
    const distinct = this.group(node, start, end);
    const { groupSize, groupTotal, groupAbs, groupOffset, groupOrder } = this;
    let otherTotal = 0, otherCount = 0, childEnd = start;
    for (let g = 0; g < distinct; g++) {
      const f = groupOrder[g];
      const total = groupTotal[f], abs = groupAbs[f];
      if (abs === 0 || abs < this.threshold) { otherTotal += total; otherCount++; groupOffset[f] = -1; continue; }
      const child: FlameNode = { id: 0, ...frameFields(this.view, f), self: 0, total, children: [] };
      node.children.push(child);
      work.push({ node: child, start: childEnd, end: childEnd + groupSize[f] });
      groupOffset[f] = childEnd;
      childEnd += groupSize[f];
    }
    if (otherCount > 0 && otherTotal !== 0) {
      node.children.push({ id: 0, name: OTHER_NODE_NAME, self: otherTotal, total: otherTotal, inlined: false, other: true, children: [] });
    }
    for (let g = 0; g < distinct; g++) {
      const f = groupOrder[g];
      groupSize[f] = 0; groupTotal[f] = 0; groupAbs[f] = 0;
    }
    if (childEnd > start) this.partition(start, end, childEnd);
  }

  /** Sums members[start … end) per next frame into the group arrays; returns how many distinct frames. */
  private group(node: FlameNode, start: number, end: number): number {
    const { members, memberWeight, groupSize, groupTotal, groupAbs, groupOrder } = this;
    const current = this.cursors.current;
    let self = 0, distinct = 0;
    for (let j = start; j < end; j++) {
      const m = members[j];
      const f = current[m];
      const w = memberWeight[m];
      if (f < 0) { self += w; continue; }
      if (groupSize[f] === 0) groupOrder[distinct++] = f;
      groupSize[f]++;
      groupTotal[f] += w;
      groupAbs[f] += Math.abs(w);
    }
    node.self = self;
    return distinct;
  }

  // Stable partition into the children's segments [start … childEnd); members that end
  // here or were pruned drop out. Then the cursors of the moved members step on.
  private partition(start: number, end: number, childEnd: number): void {
    const { members, cursors, groupOffset, partitioned } = this;
    const current = cursors.current;
    for (let j = start; j < end; j++) {
      const m = members[j];
      const f = current[m];
      if (f >= 0 && groupOffset[f] >= 0) partitioned[groupOffset[f]++] = m;
    }
    for (let j = start; j < childEnd; j++) {
      const m = partitioned[j];
      members[j] = m;
      cursors.advance(m);
    }
  }
}

/**
 * Siblings by |total| descending, then name; equal names (other files or lines of one
 * function, an inlined and a called copy) by file, line, then called before inlined, so the
 * order depends on the tree alone, not on which sample happened to come first.
 */
function compareSiblings(a: FlameNode, b: FlameNode): number {
  return Math.abs(b.total) - Math.abs(a.total) || compareText(a.name, b.name)
    || compareText(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || Number(a.inlined) - Number(b.inlined);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Pre-order numbering without deep recursion.
function orderIteratively(root: FlameNode): void {
  let id = 0;
  const stack: FlameNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.id = id++;
    node.children.sort(compareSiblings);
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
  }
}

function frameFields(view: StackView, encoded: number): Pick<FlameNode, 'name' | 'file' | 'line' | 'inlined' | 'label'> {
  const f = encoded >> 1;
  const out: Pick<FlameNode, 'name' | 'file' | 'line' | 'inlined' | 'label'> = { name: view.frames.name[f], inlined: (encoded & 1) === 1 };
  if (view.frames.file[f]) out.file = view.frames.file[f];
  if (view.frames.line[f] > 0) out.line = view.frames.line[f];
  if (view.frames.isLabel[f]) out.label = true;
  return out;
}

function framesNamed(view: StackView, name: string): Set<number> {
  const ids = new Set<number>();
  view.frames.name.forEach((n, i) => { if (n === name) ids.add(i); });
  return ids;
}
