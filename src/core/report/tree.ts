// pprof's -tree: every node of the trimmed call graph with its callers and callees and the
// weight of each edge (pprof keeps 80 nodes by default). -peek is the same layout for the
// nodes a regex selects, untrimmed (peek.ts).
import type { StackView } from '../pprof/stackView';
import type { LinearRegex } from '../linearRegex';
import { sortEdges, TREE_TRIM, trimmedCallGraph, type GraphEdge, type TrimmedGraph, type TrimOptions } from './callGraph';
import type { TreeEntry } from './pprofText';

export interface TreeReport {
  graph: TrimmedGraph;
  trim: TrimOptions;
  /** The nodes shown, in pprof's order (flat, then name). */
  entries: TreeEntry[];
}

const edgeRow = (name: string, e: GraphEdge) => ({ name, weight: e.weight, inline: e.inline });

/** The tree report of the view; with `match`, only nodes whose printable name matches. */
export function treeReport(view: StackView, trim: TrimOptions = TREE_TRIM, match?: LinearRegex): TreeReport {
  const graph = trimmedCallGraph(view, trim);
  const entries: TreeEntry[] = [];
  for (const node of graph.nodes) {
    if (match && !match.test(node.name)) continue;
    entries.push({
      node,
      callers: sortEdges(node.in.values()).map(e => edgeRow(e.src.name, e)),
      callees: sortEdges(node.out.values()).map(e => edgeRow(e.dest.name, e)),
    });
  }
  return { graph, trim, entries };
}

/** The numbers of a tree or peek report, raw in the profile's unit (negative where a diff loses). */
export interface TreeJson {
  nodes: {
    func: string; flat: number; cum: number;
    callers: { func: string; weight: number; inline: boolean }[];
    callees: { func: string; weight: number; inline: boolean }[];
  }[];
}

export function treeJson(report: TreeReport): TreeJson {
  const edges = (rows: TreeEntry['callers']) => rows.map(r => ({ func: r.name, weight: r.weight, inline: r.inline }));
  return {
    nodes: report.entries.map(({ node, callers, callees }) => ({
      func: node.name, flat: node.flat, cum: node.cum, callers: edges(callers), callees: edges(callees),
    })),
  };
}
