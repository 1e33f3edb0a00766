// pprof's call graph (internal/graph New, and report.newTrimmedGraph): one node per frame of
// the view with flat and cum, one edge per caller→callee pair with its weight, counted once
// per sample; then the trimming pprof applies to every graph-based report (top, tree, peek,
// dot): nodes under nodefraction of the total dropped, the top nodecount kept, edges under
// edgefraction dropped. Edges that skip dropped nodes are "residual".
import type { StackView } from '../pprof/stackView';
import { GraphTally, samplesThrough } from './graphTally';
import { cleanPath } from '../pprof/cleanPath';
import { abs64, compareAbs64, Int64Sum } from '../pprof/exactSums';

export interface GraphNode {
  /** Frame id in the view. */
  frame: number;
  /** pprof's PrintableName at the view's granularity. */
  name: string;
  /** pprof's printed NodeInfo of a frame (the view's FrameTable.identity): the last word between nodes of one name and weight. */
  identity: (frame: number) => string;
  flat: number;
  cum: number;
  /** flat and cum as pprof's int64, when the view's sums can pass 2^53 (`flat` and `cum` round them). */
  exact?: { flat: bigint; cum: bigint };
  in: Map<number, GraphEdge>;
  out: Map<number, GraphEdge>;
}

export interface GraphEdge {
  src: GraphNode;
  dest: GraphNode;
  weight: number;
  /** The weight as pprof's int64, when the view's sums can pass 2^53 (`weight` rounds it). */
  exact?: bigint;
  /** The callee was inlined into the caller (every sample of the edge says so). */
  inline: boolean;
  /** The edge skips nodes that trimming dropped. */
  residual: boolean;
  /** For builders that count an edge once per sample: 1 + the last sample that counted it. */
  mark: number;
}

export interface CallGraph {
  nodes: GraphNode[];
}

/**
 * pprof's NodeInfo.PrintableName of a frame of the view: the function, then "file:line" at
 * line granularity (":24" when the producer gave a line but no file), the file at file
 * granularities, each part left out when empty; file names cleaned as Go's filepath.Clean.
 */
export function printableName(view: StackView, frame: number): string {
  const name = view.frames.name[frame], file = view.frames.file[frame], line = view.frames.line[frame];
  if (view.frames.isLabel[frame]) return name;
  const cleanFile = file === '' ? '' : cleanPath(file);
  switch (view.granularity) {
    case 'files': return cleanFile === '' ? name : cleanFile;
    case 'filefunctions': return joinNonEmpty(name, cleanFile);
    case 'lines': return joinNonEmpty(name, line !== 0 ? `${cleanFile}:${line}` : cleanFile);
    default: return name;
  }
}

function joinNonEmpty(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
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

/** The whole graph's sums of each view, kept while the view is: every graph of the view starts from them. */
const wholeTallies = new WeakMap<StackView, GraphTally>();

/** The sums of the view's whole graph (every frame kept), with its tags' sums for nodelets. */
export function wholeGraphTally(view: StackView): GraphTally {
  let tally = wholeTallies.get(view);
  if (!tally) {
    tally = new GraphTally(view, true);
    tally.walk(view, undefined, 1);
    wholeTallies.set(view, tally);
  }
  return tally;
}

/**
 * The sums of the view's graph without the frames whose keep[f] is 0. Kept frames have the
 * whole graph's flat and cum; only the edges of the samples through dropped frames change, so
 * when those samples are fewer than half, only they are walked again.
 */
export function tallyKeeping(view: StackView, keep: Uint8Array): GraphTally {
  const whole = wholeGraphTally(view);
  const dropped = new Uint8Array(view.frames.name.length);
  for (let f = 0; f < dropped.length; f++) if (keep[f] === 0 && whole.frameSamples[f] > 0) dropped[f] = 1;
  const samples = samplesThrough(view, dropped, whole);
  if (samples === undefined) {
    const tally = new GraphTally(view);
    tally.walk(view, keep, 1);
    return tally;
  }
  const tally = whole.copy(view);
  tally.walk(view, undefined, -1, samples, true);
  tally.walk(view, keep, 1, samples, true);
  return tally;
}

/** Whether frame f is a node of the tally's graph (drawn or not: a diff's node may net to zero). */
export function isGraphFrame(tally: GraphTally, keep: Uint8Array | undefined, f: number): boolean {
  return tally.frameSamples[f] > 0 && (keep === undefined || keep[f] === 1);
}

/** The graph's nodes without their edges: frames with samples whose flat or cum is not zero. */
export function nodesOfTally(view: StackView, tally: GraphTally, keep?: Uint8Array): GraphNode[] {
  const nodes: GraphNode[] = [];
  for (let f = 0; f < tally.frameCount; f++) {
    if (!isGraphFrame(tally, keep, f) || (tally.flat[f] === 0 && tally.cum[f] === 0)) continue;
    nodes.push(nodeOfFrame(view, tally, f));
  }
  return nodes;
}

function nodeOfFrame(view: StackView, tally: GraphTally, f: number): GraphNode {
  const node: GraphNode = { frame: f, name: printableName(view, f), identity: view.frames.identity, flat: tally.flat[f], cum: tally.cum[f], in: new Map(), out: new Map() };
  const flat = tally.exact('flat', f), cum = tally.exact('cum', f);
  if (flat !== undefined && cum !== undefined) node.exact = { flat, cum };
  return node;
}

/** Go's int64 sum of the nodes' flat (pprof's "Showing nodes accounting for"). */
export function flatSumOf(nodes: Iterable<GraphNode>): number {
  const sum = new Int64Sum();
  for (const n of nodes) sum.add(n.flat, n.exact?.flat);
  return sum.value;
}

/**
 * The graph's objects, for the frames and edges there are. Edges into a listed node lighter
 * than `edgeCutoff` are left out and counted (pprof's TrimLowFrequencyEdges): a profile of
 * random paths has ~90,000 edges, of which a drawing keeps a few hundred.
 */
export function graphOfTally(view: StackView, tally: GraphTally, keep?: Uint8Array, edgeCutoff = 0): CallGraph & { droppedEdges: number } {
  const frameCount = tally.frameCount;
  const nodeOf: (GraphNode | undefined)[] = new Array(frameCount);
  for (let f = 0; f < frameCount; f++) {
    if (!isGraphFrame(tally, keep, f)) continue;
    nodeOf[f] = nodeOfFrame(view, tally, f);
  }
  const edges = tally.edges;
  let droppedEdges = 0;
  for (let e = 0; e < edges.size; e++) {
    if (edges.samples(e) <= 0) continue;
    const src = nodeOf[edges.src[e]]!, dest = nodeOf[edges.dest[e]]!;
    const weight = edges.weight(e), exact = tally.exactEdgeWeight(e);
    if (abs64(weight, exact) < edgeCutoff && (dest.flat !== 0 || dest.cum !== 0)) { droppedEdges++; continue; }
    const edge: GraphEdge = { src, dest, weight, inline: edges.inlined[e] === edges.samples(e), residual: edges.residual[e] > 0, mark: 0 };
    if (exact !== undefined) edge.exact = exact;
    src.out.set(dest.frame, edge);
    dest.in.set(src.frame, edge);
  }
  const nodes: GraphNode[] = [];
  for (const n of nodeOf) if (n && (n.flat !== 0 || n.cum !== 0)) nodes.push(n);
  return { nodes, droppedEdges };
}

/**
 * The graph of the view's kept samples worth non-zero. With `keptFrames`, only those frames
 * become nodes (pprof's KeptNodes): the others are skipped, making residual edges.
 */
export function buildCallGraph(view: StackView, keptFrames?: Uint8Array): CallGraph {
  if (!keptFrames) return graphOfTally(view, wholeGraphTally(view));
  return graphOfTally(view, tallyKeeping(view, keptFrames), keptFrames);
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Last resort between nodes of the same name (a file's functions at files granularity, the
 * address-only frames of two binaries of one base name): pprof's compareNodes, the printed
 * NodeInfo, where the file, start line, line and whole binary path come after the name.
 */
export const byIdentity = (a: GraphNode, b: GraphNode): number => byName(a.identity(a.frame), b.identity(b.frame)) || a.frame - b.frame;

/** pprof's FlatNameOrder: |flat| descending, then name, then |cum| descending. */
export function sortByFlat(nodes: GraphNode[]): GraphNode[] {
  return nodes.sort((a, b) => compareAbs64(a.flat, b.flat, a.exact?.flat, b.exact?.flat) || byName(a.name, b.name)
    || compareAbs64(a.cum, b.cum, a.exact?.cum, b.exact?.cum) || byIdentity(a, b));
}

/** pprof's CumNameOrder: |cum| descending, then name, then |flat| descending. */
export function sortByCum(nodes: GraphNode[]): GraphNode[] {
  return nodes.sort((a, b) => compareAbs64(a.cum, b.cum, a.exact?.cum, b.exact?.cum) || byName(a.name, b.name)
    || compareAbs64(a.flat, b.flat, a.exact?.flat, b.exact?.flat) || byIdentity(a, b));
}

/** pprof's edge order: |weight| descending, then caller name, then callee name. */
export function sortEdges(edges: Iterable<GraphEdge>): GraphEdge[] {
  return [...edges].sort((a, b) => (a.weight !== b.weight || a.exact !== b.exact ? compareAbs64(a.weight, b.weight, a.exact, b.exact) : 0)
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
      if (abs64(e.weight, e.exact) < cutoff) { n.in.delete(src); e.src.out.delete(n.frame); dropped++; }
    }
  }
  return dropped;
}

/** The first step of pprof's trimming: the graph without nodes under nodefraction, and the cutoffs. */
export interface CutGraph {
  graph: CallGraph;
  nodeCutoff: number;
  edgeCutoff: number;
  droppedNodes: number;
}

/** The first step of pprof's trimming as sums: the tally and the frames kept (undefined: all). */
export interface CutTally {
  tally: GraphTally;
  keep: Uint8Array | undefined;
  nodeCutoff: number;
  edgeCutoff: number;
  droppedNodes: number;
}

/** The sums of the view's graph without the nodes whose |cum| is under nodefraction of the flat sum, as pprof does. */
export function tallyAboveNodeCutoff(view: StackView, options: Pick<TrimOptions, 'nodeFraction' | 'edgeFraction'>): CutTally {
  const whole = wholeGraphTally(view);
  const listed = (f: number) => whole.frameSamples[f] > 0 && (whole.flat[f] !== 0 || whole.cum[f] !== 0);
  const listedFlat = new Int64Sum();
  let nodeCount = 0;
  for (let f = 0; f < whole.frameCount; f++) if (listed(f)) { listedFlat.add(whole.flat[f], whole.exact('flat', f)); nodeCount++; }
  const flatSum = listedFlat.value;
  const nodeCutoff = Math.abs(Math.trunc(flatSum * options.nodeFraction));
  const edgeCutoff = Math.abs(Math.trunc(flatSum * options.edgeFraction));
  if (nodeCutoff > 0) {
    const keep = new Uint8Array(whole.frameCount);
    let keptCount = 0;
    for (let f = 0; f < whole.frameCount; f++) if (listed(f) && abs64(whole.cum[f], whole.exact('cum', f)) >= nodeCutoff) { keep[f] = 1; keptCount++; }
    if (keptCount !== nodeCount) return { tally: tallyKeeping(view, keep), keep, nodeCutoff, edgeCutoff, droppedNodes: nodeCount - keptCount };
  }
  return { tally: whole, keep: undefined, nodeCutoff, edgeCutoff, droppedNodes: 0 };
}

/**
 * The graph of the view, rebuilt without the nodes whose |cum| is under nodefraction of the flat
 * sum, as pprof does. `dropLightEdges`: the edges under the edge cutoff are counted, not made.
 */
export function graphAboveNodeCutoff(view: StackView, options: Pick<TrimOptions, 'nodeFraction' | 'edgeFraction'>, dropLightEdges = false): CutGraph & { droppedEdges: number } {
  const { tally, keep, nodeCutoff, edgeCutoff, droppedNodes } = tallyAboveNodeCutoff(view, options);
  const graph = graphOfTally(view, tally, keep, dropLightEdges ? edgeCutoff : 0);
  return { graph, nodeCutoff, edgeCutoff, droppedNodes, droppedEdges: graph.droppedEdges };
}

/** report.newTrimmedGraph for the text reports (no call-tree mode, no visual heuristics). */
export function trimmedCallGraph(view: StackView, options: TrimOptions): TrimmedGraph {
  const sort = options.cumSort ? sortByCum : sortByFlat;
  // The light edges are cut as the graph is made: a profile of random paths has millions of
  // edges, nearly all under the cutoff, and an object each was most of a `top`'s time.
  const cut = graphAboveNodeCutoff(view, options, true);
  let graph = cut.graph;
  const { edgeCutoff, droppedNodes } = cut;
  const origCount = graph.nodes.length;
  sort(graph.nodes);
  // What the last trim drops is what is reported: the light edges of the graph cut to nodecount
  // when it is rebuilt, of the first graph when there is no node count, none otherwise (pprof's
  // order: trim, then rebuild and trim again).
  let droppedEdges = options.nodeCount > 0 ? 0 : cut.droppedEdges;
  if (options.nodeCount > 0 && graph.nodes.length > options.nodeCount) {
    graph = buildCallGraph(view, keepMask(view, graph.nodes.slice(0, options.nodeCount)));
    sort(graph.nodes);
    droppedEdges = trimEdges(graph, edgeCutoff);
  }
  return { nodes: graph.nodes, origCount, droppedNodes, droppedEdges };
}
