// Where the Graph view opens on a graph too big to read whole: the pan for a given zoom that
// puts the heaviest node (the largest cum: where the hot path starts, or in a goroutine profile
// the park every stack ends in) on screen with what calls it and what it calls. Dot ranks a node
// below its deepest caller, so the heaviest one may sit ranks down, with the graph's top rows
// off to the sides: opening from the graph's top showed an empty band over it, or no heaviest
// node at all. Pure, so a unit test lays out real profiles and checks it.
import type { GraphLayout } from './graphLayout';

export interface Pan { tx: number; ty: number }

/** The heaviest node (its layout index) and the nodes with an edge into it. */
export interface Focus { node: number; callers: readonly number[] }

/** How far down the canvas the heaviest node's top may sit: the rest is for what it calls. */
const HEAVIEST_TOP_AT_MOST = 1 / 3;

/**
 * The pan at zoom `k` for a canvas `w`×`h` (`margin`: the space kept at its edges when the
 * graph fits; `barRoom`: the canvas's bottom strip under the bar that says nodes are out of view).
 * Across: centred when the graph's width fits, else centred on the heaviest node, never past the
 * graph's edges. Down: from the graph's top when its height fits over the bar; else from the
 * highest of the heaviest node and its callers in view across, the heaviest node's top no lower
 * than a third of the canvas, never an empty band over the first node in view, and the graph's
 * bottom no higher than the bar (nor under it).
 */
export function openingPan(layout: GraphLayout, focus: Focus | undefined, k: number, w: number, h: number, margin: number, barRoom: number): Pan {
  const width = layout.width * k, height = layout.height * k;
  const heaviest = focus ? layout.nodes[focus.node] : undefined;
  const centred = (w - width) / 2;
  const onHeaviest = heaviest ? w / 2 - heaviest.x * k : centred;
  const tx = width <= w - margin ? centred : Math.min(margin / 2, Math.max(w - margin / 2 - width, onHeaviest));
  const bottom = h - Math.max(barRoom, margin / 2);
  if (!heaviest || !focus || height <= bottom - margin / 2) return { tx, ty: margin / 2 };
  const top = (i: number): number => layout.nodes[i].y - layout.nodes[i].height / 2;
  const inViewAcross = (i: number): boolean => {
    const n = layout.nodes[i];
    return tx + (n.x + n.width / 2) * k > 0 && tx + (n.x - n.width / 2) * k < w;
  };
  let firstInView = Infinity;
  layout.nodes.forEach((_, i) => { if (inViewAcross(i)) firstInView = Math.min(firstInView, top(i)); });
  let from = top(focus.node);
  for (const c of focus.callers) if (inViewAcross(c)) from = Math.min(from, top(c));
  from = Math.max(from, top(focus.node) - (bottom - margin / 2) * HEAVIEST_TOP_AT_MOST / k, firstInView);
  return { tx, ty: Math.max(margin / 2 - from * k, bottom - height) };
}
