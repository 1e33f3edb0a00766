// pprof's call graph as `-dot` (and the web UI's graph) draws it: the trimmed call graph of
// callGraph.ts with the choices pprof makes only for a drawing (report.newTrimmedGraph in
// "visual mode"):
//  - nodes ordered by an entropy score that favours entry and leaf nodes and nodes where paths
//    split or join over simple pass-throughs, rather than by flat;
//  - the node count includes each kept node's "nodelets" (its label and `bytes` tags with a
//    flat value, at most 4 a node), so a heap profile keeps fewer than 80 functions;
//  - residual edges removed where the callee is reachable from the caller another way.
import type { StackView } from '../pprof/stackView';
import { DIFF_BASE_LABEL } from '../pprof/stackView';
import { scaledLabel } from '../pprof/measurement';
import { compareAbs64, Int64Sum, joinExact } from '../pprof/exactSums';
import { labelSetIds, type GraphTally, type SetSums } from './graphTally';
import { byIdentity, graphOfTally, nodesOfTally, tallyAboveNodeCutoff, tallyKeeping, wholeGraphTally, keepMask, sortEdges, type GraphEdge, type GraphNode, type TrimOptions } from './callGraph';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** pprof's defaults for -dot and the web graph. */
export const DOT_TRIM: TrimOptions = { nodeCount: 80, nodeFraction: 0.005, edgeFraction: 0.001 };

/** Tags drawn per node at most (pprof's maxNodelets); the node count counts them as nodes. */
const MAX_NODELETS = 4;

export interface DotGraph {
  /** In pprof's order (the dot's N1, N2, …). */
  nodes: GraphNode[];
  /** Heaviest first, as pprof writes them. */
  edges: GraphEdge[];
  /** Nodes left after nodefraction, before nodecount. */
  origCount: number;
  /** Nodes dropped for a cum under nodefraction of the graph's flat sum. */
  droppedNodes: number;
  /** Edges dropped for a weight under edgefraction (in the last trimming pass, as pprof counts). */
  droppedEdges: number;
}

/** Go's math.Log2 (frexp, then the natural log of the fraction): pprof's scores use it. */
function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return x === 0 ? -Infinity : x === Infinity ? Infinity : NaN;
  let e = Math.floor(Math.log2(x)) + 1;
  let frac = x / 2 ** e;
  // Math.log2's floor can be off by one near powers of two: put frac in [0.5, 1).
  if (frac >= 1) { frac /= 2; e++; } else if (frac < 0.5) { frac *= 2; e--; }
  if (frac === 0.5) return e - 1;
  return Math.log(frac) * (1 / Math.LN2) + e;
}

const MIN_INT64 = -(2n ** 63n);

/**
 * Go's int64(x) on amd64: NaN and out-of-range values become the smallest int64. A diff's
 * node with a zero-weight edge, or negative weights only, scores NaN in pprof, and this
 * conversion (then int64 wrap-around) decides where pprof puts it.
 */
function goInt64(x: number): bigint {
  if (!Number.isFinite(x) || x >= 2 ** 63 || x < -(2 ** 63)) return MIN_INT64;
  return BigInt(Math.trunc(x));
}

/** Go's abs64, which leaves the smallest int64 negative. */
const abs64 = (v: bigint): bigint => (v < 0n ? BigInt.asIntN(64, -v) : v);

/**
 * pprof's entropyScore of each node of a tally's graph: entry and leaf nodes, and nodes whose
 * edges spread, score higher. From every edge in the tally (pprof scores before trimming
 * edges), summed in the order pprof's graph holds them, so the sums round as they do there.
 */
function entropyScores(tally: GraphTally): (n: GraphNode) => bigint {
  const F = tally.frameCount, edges = tally.edges;
  const inCount = new Int32Array(F), outCount = new Int32Array(F);
  const inTotal = new Float64Array(F), outTotal = tally.flat.slice();
  for (let e = 0; e < edges.size; e++) {
    if (edges.samples(e) <= 0) continue;
    const src = edges.src[e], dest = edges.dest[e], w = edges.weight(e);
    inCount[dest]++; outCount[src]++;
    if (w > 0) { inTotal[dest] += w; outTotal[src] += w; }
  }
  const inScore = new Float64Array(F), outScore = new Float64Array(F);
  for (let e = 0; e < edges.size; e++) {
    if (edges.samples(e) <= 0) continue;
    const src = edges.src[e], dest = edges.dest[e], w = Math.abs(edges.weight(e));
    if (inTotal[dest] !== 0) { const frac = w / inTotal[dest]; inScore[dest] += -frac * log2(frac); }
    if (outTotal[src] !== 0) { const frac = w / outTotal[src]; outScore[src] += -frac * log2(frac); }
  }
  return (n: GraphNode): bigint => {
    const f = n.frame;
    let out = 0;
    if (outTotal[f] !== 0) {
      out = outScore[f];
      if (n.flat > 0) { const frac = Math.abs(n.flat) / outTotal[f]; out += -frac * log2(frac); }
    }
    const score = (inCount[f] === 0 ? 1 : inScore[f]) + (outCount[f] === 0 ? 1 : out);
    return BigInt.asIntN(64, goInt64(score * n.cum) + (n.exact?.flat ?? BigInt(Math.trunc(n.flat))));
  };
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** pprof's EntropyOrder: |score| descending, then name, then |flat| descending. */
function sortByEntropy(nodes: GraphNode[], scoreOf: (n: GraphNode) => bigint): GraphNode[] {
  const score = new Map<GraphNode, bigint>();
  for (const n of nodes) score.set(n, abs64(scoreOf(n)));
  return nodes.sort((a, b) => {
    const sa = score.get(a)!, sb = score.get(b)!;
    return (sb > sa ? 1 : sb < sa ? -1 : 0) || byName(a.name, b.name) || compareAbs64(a.flat, b.flat, a.exact?.flat, b.exact?.flat)
      || byIdentity(a, b);
  });
}

/** The innermost frame of sample i (its flat goes there), or -1 when it has none. */
function leafFrame(view: StackView, i: number): number {
  const s = view.profile.samples;
  for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) {
    const loc = s.locations[p];
    if (view.locFrameStart[loc + 1] > view.locFrameStart[loc]) return view.locFrames[view.locFrameStart[loc]];
  }
  const roots = view.rootFrames?.[i];
  return roots && roots.length > 0 ? roots[roots.length - 1] : -1;
}

/**
 * The keys of sample i's tags as pprof's graph makes them: its string labels joined ("k:v"
 * sorted, the diff's base marker left out) as one label tag, and each `bytes` value scaled to
 * the output unit as a numeric tag under those labels.
 */
function sampleTagKeys(view: StackView, i: number, outputUnit: string): string[] {
  const p = view.profile, s = p.samples;
  const labels: string[] = [];
  const bytes: string[] = [];
  for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
    const key = p.strings[s.labelKey[j]];
    if (s.labelStr[j] !== 0) {
      if (key !== DIFF_BASE_LABEL) labels.push(`${key}:${p.strings[s.labelStr[j]]}`);
    } else if (key === 'bytes') {
      bytes.push(scaledLabel(s.labelNum[j], p.strings[s.labelUnit[j]] || 'bytes', outputUnit));
    }
  }
  labels.sort();
  const joined = labels.join('\\n');
  const keys = joined !== '' ? [`L${joined}`] : [];
  for (const b of bytes) keys.push(`N${joined}\u0000${b}`);
  return keys;
}

/**
 * Each label set's tag keys as dense ids, a key's text hashed once here: looked up again for each
 * node, a crafted 96 MB label's key took 0.2 s a lookup, seconds for a graph of three nodes.
 */
function tagIdsOfSets(view: StackView, representative: readonly number[], outputUnit: string): { idsOfSet: number[][]; tagCount: number } {
  const idOf = new ContentKeyedMap<number>();
  const idsOfSet = representative.map(i => sampleTagKeys(view, i, outputUnit).map(key => {
    let id = idOf.get(key);
    if (id === undefined) { id = idOf.size; idOf.set(key, id); }
    return id;
  }));
  return { idsOfSet, tagCount: idOf.size };
}

/**
 * How many tags of each of `candidates` have a flat value and survive pprof's tag trimming
 * (|flat| or |cum| at least `cutoff`), at most MAX_NODELETS each.
 */
function nodeletCounts(view: StackView, graphNodes: GraphNode[], candidates: GraphNode[], cutoff: number, outputUnit: string): Map<GraphNode, number> {
  const s = view.profile.samples;
  const counts = new Map<GraphNode, number>();
  if (s.labelStart[s.count] === 0) return counts;
  const tally = wholeGraphTally(view);
  if (tally.setSums) return nodeletCountsFromSums(view, tally, tally.setSums, candidates, cutoff, outputUnit);
  const frameCount = view.frames.name.length;
  const candidateOf: (GraphNode | undefined)[] = new Array(frameCount);
  for (const n of candidates) candidateOf[n.frame] = n;
  const inGraph = keepMask(view, graphNodes);
  const { ids, representative } = labelSetIds(view);
  const setCount = representative.length;
  const { idsOfSet: keysOfSet, tagCount } = tagIdsOfSets(view, representative, outputUnit);
  // A sample's weight as an int64 when the view's sums can pass 2^53.
  const split = view.split;
  const exactWeight = (i: number): bigint | undefined => split && joinExact(split.high[i], split.low[i]);
  // Flat by (node, label set): one sum per sample, the set's tags worked out after.
  const flatBySet = new Map<number, Int64Sum>();
  for (let i = 0; i < s.count; i++) {
    const set = ids[i];
    if (set < 0) continue;
    const leaf = leafFrame(view, i);
    if (leaf < 0 || inGraph[leaf] === 0 || candidateOf[leaf] === undefined) continue;
    const key = leaf * setCount + set;
    let sum = flatBySet.get(key);
    if (!sum) { sum = new Int64Sum(); flatBySet.set(key, sum); }
    sum.add(view.weights[i], exactWeight(i));
  }
  const tagsOf = new Map<GraphNode, Map<number, TagSums>>();
  for (const [key, sum] of flatBySet) {
    const node = candidateOf[Math.floor(key / setCount)]!;
    let tags = tagsOf.get(node);
    if (!tags) { tags = new Map(); tagsOf.set(node, tags); }
    for (const tag of keysOfSet[key % setCount]) tagSums(tags, tag).flat.add(sum.value, sum.exact);
  }
  // A tag under the cutoff by its flat may still be kept by its cum: sum the cum of those,
  // walking only the samples whose label set holds such a tag.
  const unsureNode = new Uint8Array(frameCount);
  const unsureSet = new Uint8Array(setCount);
  const unsureTags = new Set<number>();
  // A tag's cum at a node is at most the weight of all samples with that tag, anywhere.
  const weightOfSet = new Float64Array(setCount);
  for (let i = 0; i < s.count; i++) if (ids[i] >= 0) weightOfSet[ids[i]] += Math.abs(view.weights[i]);
  const weightOfTag = new Float64Array(tagCount);
  keysOfSet.forEach((keys, set) => { for (const k of keys) weightOfTag[k] += weightOfSet[set]; });
  let anyNegative = false;
  for (let i = 0; i < s.count && !anyNegative; i++) if (view.weights[i] < 0) anyNegative = true;
  for (const [node, tags] of tagsOf) {
    // A node that is never a caller has each tag's cum equal to its flat (with no negative
    // weights, where a cum could equal the flat by chance).
    if (node.cum === node.flat && !anyNegative) continue;
    for (const [tag, t] of tags) {
      if (t.flat.value !== 0 && Math.abs(t.flat.value) < cutoff && weightOfTag[tag] >= cutoff) { unsureNode[node.frame] = 1; unsureTags.add(tag); }
    }
  }
  if (unsureTags.size > 0) {
    keysOfSet.forEach((keys, set) => { if (keys.some(k => unsureTags.has(k))) unsureSet[set] = 1; });
    const cumBySet = new Map<number, Int64Sum>();
    const seen = new Int32Array(frameCount);
    const { locFrameStart, locFrames } = view;
    for (let i = 0; i < s.count; i++) {
      const set = ids[i];
      if (set < 0 || unsureSet[set] === 0) continue;
      const w = view.weights[i], exact = exactWeight(i), mark = i + 1;
      const visit = (f: number): void => {
        if (unsureNode[f] === 0 || seen[f] === mark) return;
        seen[f] = mark;
        const key = f * setCount + set;
        let sum = cumBySet.get(key);
        if (!sum) { sum = new Int64Sum(); cumBySet.set(key, sum); }
        sum.add(w, exact);
      };
      const roots = view.rootFrames?.[i];
      if (roots) for (const f of roots) visit(f);
      for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) {
        const loc = s.locations[p];
        for (let k = locFrameStart[loc]; k < locFrameStart[loc + 1]; k++) visit(locFrames[k]);
      }
    }
    for (const [key, sum] of cumBySet) {
      const tags = tagsOf.get(candidateOf[Math.floor(key / setCount)]!);
      if (!tags) continue;
      for (const tag of keysOfSet[key % setCount]) tags.get(tag)?.cum.add(sum.value, sum.exact);
    }
  }
  for (const [node, tags] of tagsOf) counts.set(node, countNodelets(tags, cutoff));
  return counts;
}

/** A tag's flat and cum at a node, summed across label sets as pprof's int64 (a tag's sets can cancel out exactly). */
interface TagSums { flat: Int64Sum; cum: Int64Sum }

function tagSums(tags: Map<number, TagSums>, tag: number): TagSums {
  let t = tags.get(tag);
  if (!t) { t = { flat: new Int64Sum(), cum: new Int64Sum() }; tags.set(tag, t); }
  return t;
}

/** A node's tags with their flat and cum, and how many pprof draws (at most MAX_NODELETS). */
function countNodelets(tags: Map<number, TagSums>, cutoff: number): number {
  let count = 0;
  for (const { flat, cum } of tags.values()) {
    if (flat.value !== 0 && (Math.abs(flat.value) >= cutoff || Math.abs(cum.value) >= cutoff)) count++;
  }
  return Math.min(count, MAX_NODELETS);
}

/** nodeletCounts from the whole graph's sums per (frame, label set), summed in its one walk. */
function nodeletCountsFromSums(view: StackView, tally: GraphTally, sums: SetSums, candidates: GraphNode[], cutoff: number, outputUnit: string): Map<GraphNode, number> {
  const setCount = sums.sets.representative.length;
  const { idsOfSet: keysOfSet } = tagIdsOfSets(view, sums.sets.representative, outputUnit);
  const counts = new Map<GraphNode, number>();
  for (const node of candidates) {
    const tags = new Map<number, TagSums>();
    const base = node.frame * setCount;
    for (let set = 0; set < setCount; set++) {
      const flat = sums.flat[base + set], cum = sums.cum[base + set];
      if (flat === 0 && cum === 0) continue;
      const exactFlat = tally.exactSetSum('flat', base + set), exactCum = tally.exactSetSum('cum', base + set);
      for (const tag of keysOfSet[set]) {
        const t = tagSums(tags, tag);
        t.flat.add(flat, exactFlat);
        t.cum.add(cum, exactCum);
      }
    }
    counts.set(node, countNodelets(tags, cutoff));
  }
  return counts;
}

/** pprof's selectTopNodes in visual mode: nodes in order until nodes plus their nodelets reach the count. */
function selectTopNodes(view: StackView, nodes: GraphNode[], maxNodes: number, tagCutoff: number, outputUnit: string): GraphNode[] {
  const counts = nodeletCounts(view, nodes, nodes.slice(0, maxNodes), tagCutoff, outputUnit);
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    count += (counts.get(nodes[i]) ?? 0) + 1;
    if (count >= maxNodes) return nodes.slice(0, i + 1);
  }
  return nodes.slice(0, Math.min(maxNodes, nodes.length));
}

/** Whether e.dest is reachable from e.src without e (pprof's isRedundantEdge). */
function isRedundantEdge(e: GraphEdge): boolean {
  const src = e.src;
  const seen = new Set<GraphNode>([e.dest]);
  const queue: GraphNode[] = [e.dest];
  for (let head = 0; head < queue.length; head++) {
    for (const ie of queue[head].in.values()) {
      if (ie === e || seen.has(ie.src)) continue;
      if (ie.src === src) return true;
      seen.add(ie.src);
      queue.push(ie.src);
    }
  }
  return false;
}

/** pprof's RemoveRedundantEdges: from the last node, its lightest residual in-edges first. */
function removeRedundantEdges(nodes: GraphNode[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const incoming = sortEdges(nodes[i].in.values());
    for (let j = incoming.length - 1; j >= 0; j--) {
      const e = incoming[j];
      // Never remove one heavier than a direct call: it would confuse more than it clears.
      if (!e.residual) break;
      if (isRedundantEdge(e)) { e.src.out.delete(e.dest.frame); e.dest.in.delete(e.src.frame); }
    }
  }
}

/**
 * The call graph `go tool pprof -dot` draws for the view. `outputUnit` is pprof's -unit
 * ("minimum" by default): `bytes` tags with the same scaled text count as one. Works on the
 * graph's sums (graphTally.ts) and makes objects only for what is drawn.
 */
export function dotGraph(view: StackView, options: TrimOptions = DOT_TRIM, outputUnit = 'minimum'): DotGraph {
  const cut = tallyAboveNodeCutoff(view, options);
  const { nodeCutoff, edgeCutoff, droppedNodes } = cut;
  let tally = cut.tally, keep = cut.keep;
  const ordered = sortByEntropy(nodesOfTally(view, tally, keep), entropyScores(tally));
  const origCount = ordered.length;
  let order = ordered;
  let countDropped = true;
  if (options.nodeCount > 0) {
    // pprof trims edges here too, but they do not change which nodes are selected; with the
    // nodes unchanged, its final edge trimming then finds nothing more to drop.
    countDropped = false;
    const top = selectTopNodes(view, ordered, options.nodeCount, nodeCutoff, outputUnit);
    if (top.length !== ordered.length) {
      keep = keepMask(view, top);
      tally = tallyKeeping(view, keep);
      countDropped = true;
      order = [];
    }
  }
  const graph = graphOfTally(view, tally, keep, edgeCutoff);
  if (order.length === 0) sortByEntropy(graph.nodes, entropyScores(tally));
  else {
    const rank = new Map(order.map((n, i) => [n.frame, i]));
    graph.nodes.sort((a, b) => rank.get(a.frame)! - rank.get(b.frame)!);
  }
  removeRedundantEdges(graph.nodes);
  const edges = sortEdges(graph.nodes.flatMap(n => [...n.out.values()]));
  return { nodes: graph.nodes, edges, origCount, droppedNodes, droppedEdges: countDropped ? graph.droppedEdges : 0 };
}

/** The graph's numbers, raw in the profile's unit (negative where a diff lost). */
export interface DotGraphJson {
  nodes: { func: string; flat: number; cum: number }[];
  edges: { from: string; to: string; weight: number; inline: boolean; residual: boolean }[];
  /** pprof's legend: "Dropped N nodes (cum <= X)", "Dropped M edges (freq <= Y)", "Showing top K nodes out of T". */
  dropped: {
    nodes: number; nodeCutoff: number;
    edges: number; edgeCutoff: number;
    shownNodes: number; totalNodes: number;
    /** "Showing nodes accounting for X": the shown nodes' flat sum. */
    shownFlat: number;
  };
}

/** `total` is pprof's 100%: the cutoffs in the legend are fractions of it. */
export function dotGraphJson(graph: DotGraph, options: TrimOptions, total: number): DotGraphJson {
  return {
    nodes: graph.nodes.map(n => ({ func: n.name, flat: n.flat, cum: n.cum })),
    edges: graph.edges.map(e => ({ from: e.src.name, to: e.dest.name, weight: e.weight, inline: e.inline, residual: e.residual })),
    dropped: {
      nodes: graph.droppedNodes, nodeCutoff: Math.abs(Math.trunc(total * options.nodeFraction)),
      edges: graph.droppedEdges, edgeCutoff: Math.abs(Math.trunc(total * options.edgeFraction)),
      shownNodes: graph.nodes.length, totalNodes: graph.origCount,
      shownFlat: graph.nodes.reduce((sum, n) => sum + n.flat, 0),
    },
  };
}
