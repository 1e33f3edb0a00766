// pprof's -peek REGEX: the callers and callees of every function whose name matches, with
// the weight of each edge, on the untrimmed graph.
import type { StackView } from '../pprof/stackView';
import type { LinearRegex } from '../linearRegex';
import { shownInput } from '../pprof/errors';
import { NO_TRIM, printableName, sortByFlat, sortEdges, type GraphEdge, type GraphNode } from './callGraph';
import { treeReport, type TreeJson, type TreeReport } from './tree';
import { joinExact } from '../pprof/exactSums';
import { escapeRegex } from '../../shared/nameLimit';

export class NoMatchError extends Error {
  constructor(message: string) { super(message); this.name = 'NoMatchError'; }
}

/** Throws NoMatchError when no node matches (pprof: "no matches found for regexp"). `cumSort`: pprof's -cum order of the nodes. */
export function peekReport(view: StackView, match: LinearRegex, cumSort = false): TreeReport {
  const report = treeReport(view, { ...NO_TRIM, cumSort }, match);
  if (report.entries.length === 0) throw new NoMatchError(`no matches found for regexp: ${match.source}`);
  return report;
}

/** The peek of one function in the editor: its nodes (one per line at lines granularity) with their callers and callees. */
export interface FunctionPeek {
  functionName: string;
  /** pprof's total, the 100% of percentages. */
  total: number;
  nodes: TreeJson['nodes'];
}

/**
 * pprof's -peek of exactly one function: the nodes named `functionName` (at file or line
 * granularity pprof names a node "F file:line", which matches too). Throws NoMatchError when the
 * view has no such function. Only the samples through the function are walked, and only its
 * nodes and their neighbours made: the same numbers as peekReport, without the whole graph
 * (seconds on a million samples).
 */
export function functionPeek(view: StackView, functionName: string): FunctionPeek {
  // pprof's `^F(?: |$)` as a string test: a function's name is data, and as a regex a name a
  // megabyte long took seconds to compile.
  const withLocation = `${functionName} `;
  const isPeeked = (name: string): boolean => name === functionName || name.startsWith(withLocation);
  const noMatch = (): NoMatchError => new NoMatchError(`no matches found for regexp: ${shownInput(`^${escapeRegex(functionName)}(?: |$)`)}`);
  const nFrames = view.frames.name.length;
  const matched = new Uint8Array(nFrames);
  let any = false;
  for (let f = 0; f < nFrames; f++) if (isPeeked(printableName(view, f))) { matched[f] = 1; any = true; }
  if (!any) throw noMatch();
  const { locFrameStart, locFrames } = view;
  const nLoc = locFrameStart.length - 1;
  const locMatched = new Uint8Array(nLoc);
  for (let l = 0; l < nLoc; l++) for (let k = locFrameStart[l]; k < locFrameStart[l + 1]; k++) if (matched[locFrames[k]]) { locMatched[l] = 1; break; }

  const nodeOf = peekGraph(view, matched, locMatched, view.weights);
  if (view.split) {
    // Past 2^53: the same walk summing each half of the weights, the sums joined.
    const high = peekGraph(view, matched, locMatched, view.split.high), low = peekGraph(view, matched, locMatched, view.split.low);
    nodeOf.forEach((n, f) => {
      if (!n) return;
      const h = high[f]!, l = low[f]!;
      n.exact = { flat: joinExact(h.flat, l.flat), cum: joinExact(h.cum, l.cum) };
      n.flat = Number(n.exact.flat);
      n.cum = Number(n.exact.cum);
      for (const [callee, e] of n.out) {
        e.exact = joinExact(h.out.get(callee)!.weight, l.out.get(callee)!.weight);
        e.weight = Number(e.exact);
      }
    });
  }
  const nodes = sortByFlat(nodeOf.filter((n): n is GraphNode => n !== undefined && matched[n.frame] === 1 && (n.flat !== 0 || n.cum !== 0)));
  if (nodes.length === 0) throw noMatch();
  const edges = (list: Iterable<GraphEdge>, other: (e: GraphEdge) => GraphNode) => sortEdges(list).map(e => ({ func: other(e).name, weight: e.weight, inline: e.inline }));
  return {
    functionName, total: view.total,
    nodes: nodes.map(n => ({ func: n.name, flat: n.flat, cum: n.cum, callers: edges(n.in.values(), e => e.src), callees: edges(n.out.values(), e => e.dest) })),
  };
}

/**
 * The nodes of the matched frames and their neighbours, with their edges, of the samples through
 * a matched frame: skipped by the view's weights, summing `sumWeights` (they or a half of them).
 */
function peekGraph(view: StackView, matched: Uint8Array, locMatched: Uint8Array, sumWeights: Float64Array): (GraphNode | undefined)[] {
  const { locFrameStart, locFrames, weights, kept } = view;
  const s = view.profile.samples;
  const nFrames = view.frames.name.length;
  const nodeOf: (GraphNode | undefined)[] = new Array(nFrames);
  const node = (f: number): GraphNode => (nodeOf[f] ??= { frame: f, name: printableName(view, f), identity: view.frames.identity, flat: 0, cum: 0, in: new Map(), out: new Map() });
  const seen = new Float64Array(nFrames);
  // As buildCallGraph, for the steps that touch a matched frame (inlined here: this loop runs
  // over every frame of every sample through the function).
  const step = (parent: number, f: number, inlined: boolean, w: number, mark: number): void => {
    const src = node(parent), dest = node(f);
    let e = src.out.get(f);
    if (e === undefined) {
      e = { src, dest, weight: 0, inline: inlined, residual: false, mark: 0 };
      src.out.set(f, e); dest.in.set(parent, e);
    }
    if (e.mark !== mark) {
      e.mark = mark;
      e.weight += w;
      if (!inlined) e.inline = false;
    }
  };
  const stackStart = s.stackStart, locs = s.locations;
  for (let i = 0; i < s.count; i++) {
    if (kept[i] === 0 || weights[i] === 0) continue;
    const w = sumWeights[i];
    let through = false;
    for (let p = stackStart[i]; p < stackStart[i + 1] && !through; p++) through = locMatched[locs[p]] === 1;
    if (!through) continue;
    const mark = i + 1;
    let parent = -1;
    const roots = view.rootFrames?.[i];
    if (roots) {
      for (const f of roots) {
        if (matched[f] && seen[f] !== mark) { seen[f] = mark; node(f).cum += w; }
        if (parent >= 0 && parent !== f && (matched[f] || matched[parent])) step(parent, f, false, w, mark);
        parent = f;
      }
    }
    for (let p = stackStart[i + 1] - 1; p >= stackStart[i]; p--) {
      const loc = locs[p];
      const first = locFrameStart[loc], last = locFrameStart[loc + 1] - 1;
      for (let k = last; k >= first; k--) {
        const f = locFrames[k];
        if (matched[f] === 1) {
          if (seen[f] !== mark) { seen[f] = mark; node(f).cum += w; }
          if (parent >= 0 && parent !== f) step(parent, f, k !== last, w, mark);
        } else if (parent >= 0 && matched[parent] === 1) {
          step(parent, f, k !== last, w, mark);
        }
        parent = f;
      }
    }
    if (parent >= 0 && matched[parent]) node(parent).flat += w;
  }
  return nodeOf;
}
