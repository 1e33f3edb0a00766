// The goroutine flame tree: every goroutine counts 1, stacks merged from the outermost frame, so
// the widest towers are where goroutines pile up. The worker computes it over every group the
// view's query keeps (`GoroutineFlameView`, pruned for width); until its answer to a new query
// comes, it is built here from the visible groups sent (one pass over each group's frames).
import type { GoroutineFlameView, GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { shownName } from '../common/shownName';

export interface FlameNode {
  name: string;
  value: number;
  /** Index into model.frames; -1 for the root and for a grey node of narrow towers. */
  frame: number;
  /** The towers under the parent too narrow to draw, as one node (it opens into them). */
  narrow?: true;
  children: FlameNode[];
}

function frameNode(model: GoroutineViewModel, frame: number): FlameNode {
  const f = model.frames[frame];
  const where = f.file ? ` (${shownName(f.file.slice(Math.max(f.file.lastIndexOf('/'), f.file.lastIndexOf('\\')) + 1))}${f.line ? `:${f.line}` : ''})` : '';
  return { name: `${shownName(f.short)}${where}`, value: 0, frame, children: [] };
}

/** The worker's flame as the chart's nested nodes (each node comes after its parent). */
export function flameTreeOfView(model: GoroutineViewModel, flame: GoroutineFlameView, rootName = 'all goroutines'): FlameNode {
  const root: FlameNode = { name: rootName, value: flame.total, frame: -1, children: [] };
  const nodes: FlameNode[] = [];
  for (let i = 0; i < flame.frames.length; i++) {
    // -1: the towers under the parent too narrow to draw, as one node.
    const node: FlameNode = flame.frames[i] < 0 ? { name: 'towers too narrow to draw, together (click to open)', value: 0, frame: -1, narrow: true, children: [] } : frameNode(model, flame.frames[i]);
    node.value = flame.values[i];
    nodes.push(node);
    (flame.parents[i] < 0 ? root : nodes[flame.parents[i]]).children.push(node);
  }
  return root;
}

export function buildFlameTree(model: GoroutineViewModel, visible: readonly number[]): FlameNode {
  const root: FlameNode = { name: 'all goroutines', value: 0, frame: -1, children: [] };
  const index = new Map<FlameNode, Map<number, FlameNode>>();
  const childOf = (parent: FlameNode, frame: number): FlameNode => {
    let byFrame = index.get(parent);
    if (!byFrame) { byFrame = new Map(); index.set(parent, byFrame); }
    let node = byFrame.get(frame);
    if (!node) {
      node = frameNode(model, frame);
      byFrame.set(frame, node);
      parent.children.push(node);
    }
    return node;
  };
  for (const gi of visible) {
    const g = model.groups[gi];
    root.value += g.count;
    let node = root;
    for (let i = g.frames.length - 1; i >= 0; i--) {
      node = childOf(node, g.frames[i]);
      node.value += g.count;
    }
  }
  return root;
}
