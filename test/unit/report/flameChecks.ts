// Checks shared by the report layer's flame tree tests.
import assert from 'node:assert/strict';
import { topRows, type FlameTreeData, type QueriedProfile } from '../../../src/core/report';

export function childrenOf(flame: FlameTreeData): number[][] {
  const children: number[][] = Array.from({ length: flame.parent.length }, () => []);
  for (let i = 1; i < flame.parent.length; i++) {
    assert.ok(flame.parent[i] < i, 'parents come first');
    children[flame.parent[i]].push(i);
  }
  return children;
}

export const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** pprof's cum of a frame is the total of its outermost nodes in the whole tree (recursion counted once). */
export function assertCumsMatchTop(tree: FlameTreeData, q: QueriedProfile): void {
  const outermost = new Map<string, number>();
  const children = childrenOf(tree);
  const onPath = new Map<string, number>();
  const visit: Array<[number, boolean]> = [[0, true]];
  while (visit.length) {
    const [node, entering] = visit.pop()!;
    const name = tree.names[tree.name[node]];
    if (node === 0) { for (const c of children[0]) visit.push([c, true]); continue; }
    if (!entering) { onPath.set(name, onPath.get(name)! - 1); continue; }
    if (!onPath.get(name)) outermost.set(name, (outermost.get(name) ?? 0) + tree.total[node]);
    onPath.set(name, (onPath.get(name) ?? 0) + 1);
    visit.push([node, false]);
    for (const c of children[node]) visit.push([c, true]);
  }
  const top = topRows(q);
  top.names.forEach((name, i) => {
    assert.ok(close(outermost.get(name) ?? 0, top.cum[i]), `${name}: cum ${top.cum[i]}, flame tree ${outermost.get(name)}`);
  });
}
