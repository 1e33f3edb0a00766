// The goroutine flame tree: every goroutine counts 1, stacks merged from the outermost frame, so
// the widest towers are where goroutines pile up. Built from the visible groups (cheap: one pass
// over each group's frames), so the filter and "hide idle" apply to it too.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { shownName } from '../common/shownName';

export interface FlameNode {
  name: string;
  value: number;
  /** Index into model.frames; -1 for the root. */
  frame: number;
  children: FlameNode[];
}

export function buildFlameTree(model: GoroutineViewModel, visible: readonly number[]): FlameNode {
  const root: FlameNode = { name: 'all goroutines', value: 0, frame: -1, children: [] };
  const index = new Map<FlameNode, Map<number, FlameNode>>();
  const childOf = (parent: FlameNode, frame: number): FlameNode => {
    let byFrame = index.get(parent);
    if (!byFrame) { byFrame = new Map(); index.set(parent, byFrame); }
    let node = byFrame.get(frame);
    if (!node) {
      const f = model.frames[frame];
      const where = f.file ? ` (${shownName(f.file.slice(Math.max(f.file.lastIndexOf('/'), f.file.lastIndexOf('\\')) + 1))}${f.line ? `:${f.line}` : ''})` : '';
      node = { name: `${shownName(f.short)}${where}`, value: 0, frame, children: [] };
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
