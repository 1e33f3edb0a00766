// The flame tree as the webview holds it: nested nodes built from the host's columns
// (FlameTreeData), with room to graft in the detail the host sends on zoom.
import { FRAME_HAS_HIDDEN_DETAIL, FRAME_INLINED, FRAME_PRUNED_REST, type FlameTreeData } from '../../../src/shared/profileProtocol';

export interface FlameDatum {
  /** The frame's name: at file or line granularity with its place ("pkg.F file.go:12"). */
  name: string;
  /** The plain function name (equal to `name` at function granularity). */
  functionName: string;
  /**
   * The width d3-flame-graph draws (it reads `value`): the total, or in a diff the growth and
   * the loss added up (FlameTreeData.magnitude), so what vanished is as wide as what appeared.
   */
  value: number;
  /** Signed total: in a diff, the net change since the base. */
  net: number;
  self: number;
  file: string;
  line: number;
  inlined: boolean;
  prunedRest: boolean;
  /** The host left out callees that are too narrow at the full width. */
  hasHiddenDetail: boolean;
  children: FlameDatum[];
  parent?: FlameDatum;
}

export function buildFlameTree(data: FlameTreeData): FlameDatum {
  const nodes: FlameDatum[] = new Array(data.parent.length);
  for (let i = 0; i < data.parent.length; i++) {
    const flags = data.flags[i];
    const name = data.names[data.name[i]];
    const node: FlameDatum = {
      name,
      functionName: data.functionNames?.[data.name[i]] ?? name,
      value: data.magnitude ? data.magnitude[i] : data.total[i],
      net: data.total[i],
      self: data.self[i],
      file: data.files[data.file[i]],
      line: data.line[i],
      inlined: (flags & FRAME_INLINED) !== 0,
      prunedRest: (flags & FRAME_PRUNED_REST) !== 0,
      hasHiddenDetail: (flags & FRAME_HAS_HIDDEN_DETAIL) !== 0,
      children: [],
    };
    nodes[i] = node;
    const p = data.parent[i];
    if (p >= 0) { node.parent = nodes[p]; nodes[p].children.push(node); }
  }
  return nodes[0];
}

/** Function names from the root's child down to `node` (how the host finds a node again). */
export function pathOf(node: FlameDatum): string[] {
  const path: string[] = [];
  for (let n: FlameDatum | undefined = node; n?.parent; n = n.parent) path.push(n.name);
  return path.reverse();
}

export function findByPath(root: FlameDatum, path: readonly string[]): FlameDatum | undefined {
  let node: FlameDatum | undefined = root;
  for (const name of path) {
    node = node.children.find(c => c.name === name && !c.prunedRest);
    if (!node) return undefined;
  }
  return node;
}

/** Replaces `node`'s callees with the more detailed ones the host sent (rooted at `node`). */
export function graftSubtree(node: FlameDatum, detail: FlameDatum): void {
  node.children = detail.children;
  for (const c of node.children) c.parent = node;
  node.hasHiddenDetail = detail.hasHiddenDetail;
}

export function countNodes(root: FlameDatum): number {
  let n = 0;
  const stack = [root];
  while (stack.length) { const x = stack.pop()!; n++; for (const c of x.children) stack.push(c); }
  return n;
}
