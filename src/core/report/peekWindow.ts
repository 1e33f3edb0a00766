// A function's peek as the editor shows it: each node's heaviest callers and callees, then the
// rest in windows the webview asks for. pprof's -peek prints every caller, and so does the
// editor on "all": but a function of 10^5 callers would cross the host whole (megabytes of names
// copied on its thread for rows mostly never drawn), so the whole peek stays where it was
// computed (the analysis worker) and only the rows asked for cross, as the top table's do.
import type { FunctionPeek } from './peek';
import { crossingName, MAX_CROSSING_NAME_CHARS } from '../../shared/nameLimit';

export type PeekEdge = FunctionPeek['nodes'][number]['callers'][number];
export const PEEK_ROLES = ['caller', 'callee'] as const;
export type PeekRole = typeof PEEK_ROLES[number];

/** Callers (and callees) a node shows before its "more" row: its first window holds one more, which takes that row's place when it is the last. */
export const PEEK_EDGES_SHOWN = 20;

/** Edges `start`… of one node's callers or callees, in pprof's order (heaviest first). */
export interface PeekEdgeWindow {
  start: number;
  /** All of the node's edges of this role. */
  count: number;
  edges: PeekEdge[];
  /** The summed weight of the edges after this window: what is still hidden once it is drawn. */
  weightAfter: number;
}

/** One node of the peek as first answered: its own numbers and a first window of each role. */
export interface PeekHeadNode {
  func: string;
  flat: number;
  cum: number;
  callers: PeekEdgeWindow;
  callees: PeekEdgeWindow;
}

/** The peek as first answered: every node, each with its first edges of each role. */
export interface PeekHead {
  functionName: string;
  /** pprof's total, the 100% of percentages. */
  total: number;
  nodes: PeekHeadNode[];
}

/** Which edges a webview asks for: of the peek's `node`-th node (the head's order), `role`, from `start`. */
export interface PeekEdgeRequest {
  node: number;
  role: PeekRole;
  start: number;
  count: number;
}

/** A peek whose edges are answered by window; the weights after each edge summed once. */
export class PeekWindows {
  /** Per node and role: the weight of the edges from index i to the end, at i (one more entry, 0, at the end). */
  private readonly weightsFrom: { caller: Float64Array; callee: Float64Array }[];

  constructor(readonly peek: FunctionPeek) {
    this.weightsFrom = peek.nodes.map(n => ({ caller: suffixSums(n.callers), callee: suffixSums(n.callees) }));
  }

  /** The first edges of each node's roles: PEEK_EDGES_SHOWN, and the one after when there is one. */
  head(count = PEEK_EDGES_SHOWN + 1): PeekHead {
    const { functionName, total, nodes } = this.peek;
    return {
      functionName: crossingName(functionName), total,
      nodes: nodes.map((n, node) => ({
        func: crossingName(n.func), flat: n.flat, cum: n.cum,
        callers: this.window({ node, role: 'caller', start: 0, count }),
        callees: this.window({ node, role: 'callee', start: 0, count }),
      })),
    };
  }

  /** The edges asked for (none past the end; an unknown node has none). */
  window({ node, role, start, count }: PeekEdgeRequest): PeekEdgeWindow {
    const n = this.peek.nodes[node];
    if (!n) return { start, count: 0, edges: [], weightAfter: 0 };
    const all = role === 'caller' ? n.callers : n.callees;
    const from = Math.min(start, all.length);
    const end = Math.min(all.length, from + count);
    const edges = all.slice(from, end).map(e => (e.func.length > MAX_CROSSING_NAME_CHARS ? { ...e, func: crossingName(e.func) } : e));
    return { start: from, count: all.length, edges, weightAfter: this.weightsFrom[node][role][end] };
  }
}

/** Summed from the end, so that what is left after any window is exact to the edges it sums. */
function suffixSums(edges: readonly PeekEdge[]): Float64Array {
  const sums = new Float64Array(edges.length + 1);
  for (let i = edges.length - 1; i >= 0; i--) sums[i] = sums[i + 1] + edges[i].weight;
  return sums;
}
