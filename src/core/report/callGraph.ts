// pprof's call graph (internal/graph New, and report.newTrimmedGraph): one node per frame of
// the view with flat and cum, one edge per caller→callee pair with its weight, counted once
// per sample; then the trimming pprof applies to every graph-based report (top, tree, peek,
// dot): nodes under nodefraction of the total dropped, the top nodecount kept, edges under
// edgefraction dropped. Edges that skip dropped nodes are "residual".
import type { StackView } from '../pprof/stackView';

export interface GraphNode {
  /** Frame id in the view. */
  frame: number;
  /** pprof's PrintableName at the view's granularity. */
  name: string;
  /** The frame's line in the view (at files granularity the function's start line). */
  startLine: number;
  flat: number;
  cum: number;
  in: Map<number, GraphEdge>;
  out: Map<number, GraphEdge>;
}

export interface GraphEdge {
  src: GraphNode;
  dest: GraphNode;
  weight: number;
  /** The callee was inlined into the caller (every sample of the edge says so). */
  inline: boolean;
  /** The edge skips nodes that trimming dropped. */
  residual: boolean;
  /** 1 + the last sample that counted this edge. */
  mark: number;
}

export interface CallGraph {
  nodes: GraphNode[];
}

/** pprof's NodeInfo.PrintableName of a frame of the view. */
export function printableName(view: StackView, frame: number): string {
  const name = view.frames.name[frame], file = view.frames.file[frame], line = view.frames.line[frame];
  if (file === '' || view.frames.isLabel[frame]) return name;
  switch (view.granularity) {
    case 'files': return file;
    case 'filefunctions': return `${name} ${file}`;
    case 'lines': return line !== 0 ? `${name} ${file}:${line}` : `${name} ${file}`;
    default: return name;
  }
}

/**
 * Calls `visit(frame, inlined)` for sample i's frames from the root down; `inlined` says the
 * frame was inlined into the one before it.
 */
export function forEachFrameRootFirst(view: StackView, i: number, visit: (frame: number, inlined: boolean) => void): void {
  const s = view.profile.samples;
  const roots = view.rootFrames?.[i];
  if (roots) for (const f of roots) visit(f, false);
  for (let p = s.stackStart[i + 1] - 1; p >= s.stackStart[i]; p--) {
    const loc = s.locations[p];
    const first = view.locFrameStart[loc], last = view.locFrameStart[loc + 1] - 1;
    for (let k = last; k >= first; k--) visit(view.locFrames[k], k !== last);
  }
}

/**
 * The graph of the view's kept samples worth non-zero. With `keptFrames`, only those frames
 * become nodes (pprof's KeptNodes): the others are skipped, making residual edges.
 */
export function buildCallGraph(view: StackView, keptFrames?: Uint8Array): CallGraph {
  const frameCount = view.frames.name.length;
  const nodeOf: (GraphNode | undefined)[] = new Array(frameCount);
  const seen = new Int32Array(frameCount);
  const s = view.profile.samples;
  const { locFrameStart, locFrames, weights, kept } = view;
  const locs = s.locations, stackStart = s.stackStart;
  const node = (f: number): GraphNode => {
    let n = nodeOf[f];
    if (!n) { n = { frame: f, name: printableName(view, f), startLine: view.frames.line[f], flat: 0, cum: 0, in: new Map(), out: new Map() }; nodeOf[f] = n; }
    return n;
  };
  // One step down the stack: the frame f (inlined into the previous one or not).
  let parent: GraphNode | undefined, residual = false, mark = 0, w = 0;
  const visit = (f: number, inlined: boolean): void => {
    if (keptFrames !== undefined && keptFrames[f] === 0) { residual = true; return; }
    const n = nodeOf[f] ?? node(f);
    if (seen[f] !== mark) { seen[f] = mark; n.cum += w; }
    if (parent !== undefined && parent !== n) {
      let e = parent.out.get(f);
      if (e === undefined) {
        e = { src: parent, dest: n, weight: 0, inline: inlined, residual, mark: 0 };
        parent.out.set(f, e); n.in.set(parent.frame, e);
      }
      if (e.mark !== mark) {
        e.mark = mark;
        e.weight += w;
        if (residual) e.residual = true;
        if (!inlined) e.inline = false;
      }
    }
    parent = n;
    residual = false;
  };
  for (let i = 0; i < s.count; i++) {
    w = weights[i];
    if (kept[i] === 0 || w === 0) continue;
    mark = i + 1;
    parent = undefined;
    residual = false;
    const roots = view.rootFrames?.[i];
    if (roots) for (const f of roots) visit(f, false);
    for (let p = stackStart[i + 1] - 1; p >= stackStart[i]; p--) {
      const loc = locs[p];
      const first = locFrameStart[loc], last = locFrameStart[loc + 1] - 1;
      for (let k = last; k >= first; k--) visit(locFrames[k], k !== last);
    }
    if (parent !== undefined && !residual) (parent as GraphNode).flat += w;
  }
  const nodes: GraphNode[] = [];
  for (const n of nodeOf) if (n && (n.flat !== 0 || n.cum !== 0)) nodes.push(n);
  return { nodes };
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Last resort between nodes of the same name (at files granularity, a file's functions):
 * pprof compares the printed NodeInfo, where the function's start line comes first.
 */
const byIdentity = (a: GraphNode, b: GraphNode): number => byName(String(a.startLine), String(b.startLine)) || a.frame - b.frame;

/** pprof's FlatNameOrder: |flat| descending, then name, then |cum| descending. */
export function sortByFlat(nodes: GraphNode[]): GraphNode[] {
  return nodes.sort((a, b) => Math.abs(b.flat) - Math.abs(a.flat) || byName(a.name, b.name) || Math.abs(b.cum) - Math.abs(a.cum) || byIdentity(a, b));
}

/** pprof's CumNameOrder: |cum| descending, then name, then |flat| descending. */
export function sortByCum(nodes: GraphNode[]): GraphNode[] {
  return nodes.sort((a, b) => Math.abs(b.cum) - Math.abs(a.cum) || byName(a.name, b.name) || Math.abs(b.flat) - Math.abs(a.flat) || byIdentity(a, b));
}

/** pprof's edge order: |weight| descending, then caller name, then callee name. */
export function sortEdges(edges: Iterable<GraphEdge>): GraphEdge[] {
  return [...edges].sort((a, b) => (a.weight !== b.weight ? Math.abs(b.weight) - Math.abs(a.weight) : 0)
    || byName(a.src.name, b.src.name) || byName(a.dest.name, b.dest.name));
}

export interface TrimOptions {
  /** Keep at most this many nodes (0: all). pprof: 0 for top, 80 for tree, dot. */
  nodeCount: number;
  /** Drop nodes whose |cum| is under this fraction of the graph's flat sum. pprof: 0.005. */
  nodeFraction: number;
  /** Drop edges whose |weight| is under this fraction. pprof: 0.001. */
  edgeFraction: number;
  /** Order by cum instead of flat (pprof -cum). */
  cumSort?: boolean;
}

/** pprof's defaults for top (no node count) and the other graph reports (80 nodes). */
export const TOP_TRIM: TrimOptions = { nodeCount: 0, nodeFraction: 0.005, edgeFraction: 0.001 };
export const TREE_TRIM: TrimOptions = { nodeCount: 80, nodeFraction: 0.005, edgeFraction: 0.001 };
/** -peek, -traces and -list do not trim. */
export const NO_TRIM: TrimOptions = { nodeCount: 0, nodeFraction: 0, edgeFraction: 0 };

export interface TrimmedGraph extends CallGraph {
  /** Nodes before the node count applied (after nodefraction). */
  origCount: number;
  droppedNodes: number;
  droppedEdges: number;
}

export function keepMask(view: StackView, nodes: GraphNode[]): Uint8Array {
  const mask = new Uint8Array(view.frames.name.length);
  for (const n of nodes) mask[n.frame] = 1;
  return mask;
}

export function trimEdges(graph: CallGraph, cutoff: number): number {
  let dropped = 0;
  for (const n of graph.nodes) {
    for (const [src, e] of n.in) {
      if (Math.abs(e.weight) < cutoff) { n.in.delete(src); e.src.out.delete(n.frame); dropped++; }
    }
  }
  return dropped;
}

/** report.newTrimmedGraph for the text reports (no call-tree mode, no visual heuristics). */
export function trimmedCallGraph(view: StackView, options: TrimOptions): TrimmedGraph {
  const sort = options.cumSort ? sortByCum : sortByFlat;
  let graph = buildCallGraph(view);
  const flatSum = graph.nodes.reduce((sum, n) => sum + n.flat, 0);
  const nodeCutoff = Math.abs(Math.trunc(flatSum * options.nodeFraction));
  const edgeCutoff = Math.abs(Math.trunc(flatSum * options.edgeFraction));
  let droppedNodes = 0;
  if (nodeCutoff > 0) {
    const kept = graph.nodes.filter(n => Math.abs(n.cum) >= nodeCutoff);
    if (kept.length !== graph.nodes.length) {
      droppedNodes = graph.nodes.length - kept.length;
      graph = buildCallGraph(view, keepMask(view, kept));
    }
  }
  const origCount = graph.nodes.length;
  sort(graph.nodes);
  if (options.nodeCount > 0) {
    trimEdges(graph, edgeCutoff);
    if (graph.nodes.length > options.nodeCount) {
      graph = buildCallGraph(view, keepMask(view, graph.nodes.slice(0, options.nodeCount)));
      sort(graph.nodes);
    }
  }
  const droppedEdges = trimEdges(graph, edgeCutoff);
  return { nodes: graph.nodes, origCount, droppedNodes, droppedEdges };
}
