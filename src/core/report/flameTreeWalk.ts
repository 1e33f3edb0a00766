// Every node of the flame tree, given one at a time in the order `flameTree` lays them out, without
// holding the tree: the CLI's `flame --json --max-nodes 0`. A profile of distinct deep stacks has a
// node per frame of every sample (10^5 samples 100 deep: 10^7 nodes), and the tree in columns, then
// in pre-order columns, was ~70 bytes a node at the peak (836 MB for those 10^7). Here a node is
// given as it is expanded: its children are sorted then (widest first, then by name, file and
// line, as `flameTree` sorts them) and wait on a stack of what is still to expand, so what is held
// is the samples' cursors and the pending siblings along one path, whatever the tree's size.
import type { QueriedProfile } from './profileQuery';
import { FRAME_INLINED } from './profileTypes';
import { collectMembers, NodeExpander, siblingOrder, TreeNodes } from './flameTree';
import { doubled } from '../typedLists';

/**
 * One node, in pre-order: `depth` 0 for the root; `frame` the view's frame id (-1 for the root);
 * `flags` FRAME_INLINED or 0; `magnitude` the width drawn (|value| summed; in a diff it differs from
 * `total`).
 */
export type FlameNodeVisitor = (depth: number, frame: number, flags: number, self: number, total: number, magnitude: number) => void;

/**
 * The nodes of `flameTree(q, { maxNodes: Infinity })` (every node, none merged), in its pre-order,
 * a run of them at a time: `walk` gives nodes to `visit` until `pause` says to stop or none is left,
 * so a writer can hand on what it made before it asks for more.
 */
export class FlameTreeWalk {
  /** Some sample is negative (a diff, whose magnitudes the tree's columns carry). */
  readonly signed: boolean;
  private readonly expander: NodeExpander;
  private readonly pending = new PendingNodes();
  private readonly children: number[] = [];
  private readonly compare: (a: number, b: number) => number;

  constructor(q: QueriedProfile) {
    const members = collectMembers(q.view, true, -1, []);
    this.signed = members.signed;
    this.expander = new NodeExpander(q.view, members, new TreeNodes(), 0, Infinity);
    const { groupMagnitude } = this.expander;
    const { frameNames } = q;
    const { file: fileOf, line: lineOf } = q.view.frames;
    this.compare = siblingOrder(f => groupMagnitude[f], f => frameNames[f], f => fileOf[f], f => lineOf[f]);
    this.pending.push(-1, 0, members.rootTotal, members.rootMagnitude, 0, 0, members.memberCount);
  }

  get done(): boolean {
    return this.pending.size === 0;
  }

  walk(visit: FlameNodeVisitor, pause: () => boolean): void {
    const { expander, pending, children, compare } = this;
    const { groupSize, groupTotal, groupMagnitude, groupOffset, groupOrder, groupInlined } = expander;
    while (pending.size > 0 && !pause()) {
      const i = --pending.size;
      const depth = pending.depth[i], start = pending.start[i], end = pending.end[i];
      const distinct = expander.groupMembers(start, end);
      visit(depth, pending.frame[i], pending.flags[i], expander.groupSelf, pending.total[i], pending.magnitude[i]);
      children.length = 0;
      for (let g = 0; g < distinct; g++) children.push(groupOrder[g]);
      if (children.length > 1) children.sort(compare);
      // Segments in sorted order; pushed last child first, so the first pops next.
      let childEnd = start;
      for (const f of children) { groupOffset[f] = childEnd; childEnd += groupSize[f]; }
      for (let k = children.length - 1; k >= 0; k--) {
        const f = children[k];
        pending.push(f, groupInlined[f] === 1 ? FRAME_INLINED : 0, groupTotal[f], groupMagnitude[f], depth + 1, groupOffset[f], groupOffset[f] + groupSize[f]);
      }
      for (const f of children) { groupSize[f] = 0; groupTotal[f] = 0; groupMagnitude[f] = 0; }
      if (childEnd > start) expander.partition(start, end, childEnd);
    }
  }
}

/** Nodes given but not yet expanded, last in first out, in columns that grow by doubling. */
class PendingNodes {
  frame = new Int32Array(64);
  flags = new Int32Array(64);
  total = new Float64Array(64);
  magnitude = new Float64Array(64);
  depth = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  size = 0;

  push(frame: number, flags: number, total: number, magnitude: number, depth: number, start: number, end: number): void {
    if (this.size === this.frame.length) {
      this.frame = doubled(this.frame); this.flags = doubled(this.flags); this.total = doubled(this.total);
      this.magnitude = doubled(this.magnitude); this.depth = doubled(this.depth); this.start = doubled(this.start); this.end = doubled(this.end);
    }
    const i = this.size++;
    this.frame[i] = frame; this.flags[i] = flags; this.total[i] = total; this.magnitude[i] = magnitude;
    this.depth[i] = depth; this.start[i] = start; this.end[i] = end;
  }
}
