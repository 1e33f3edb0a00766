// The Graph view of one query: pprof's -dot call graph with its trimming (dotGraph), each
// node with what the webview needs to open its source and filter on its function.
import { pickerTypeName } from '../../../core/report/sampleTypeWindow';
import type { ProfileQuery } from '../../../core/report';
import type { StackView } from '../../../core/pprof/stackView';
import { DOT_TRIM, dotGraph, dotGraphJson } from '../../../core/report/dotGraph';
import type { GraphViewData } from '../../../shared/profileProtocol';
import { crossingName } from '../../../shared/nameLimit';
import type { Job } from '../jobTypes';
import { getSession, queriedFor, queryKey, type ProfileSession } from '../profile/profileSession';

export interface ProfileGraphInput {
  documentId: string;
  query: ProfileQuery;
  /** pprof's -nodecount (80 by default). */
  nodeCount: number;
}

/** The last graph of each session: going back to the Graph tab with the same query costs nothing. */
const lastGraph = new WeakMap<ProfileSession, { key: string; base: unknown; data: GraphViewData }>();

export const profileGraphJob: Job<ProfileGraphInput, GraphViewData> = {
  run({ documentId, query, nodeCount }, { store }) {
    const session = getSession(store, documentId);
    const key = `${queryKey(session, query)} ${nodeCount}`;
    const cached = lastGraph.get(session);
    if (cached?.key === key && cached.base === session.base) return cached.data;
    const data = graphViewData(queriedFor(session, query).view, nodeCount, session.base !== undefined, session.types.pickerName);
    lastGraph.set(session, { key, base: session.base, data });
    return data;
  },
};

/** The Graph view's model of a view of the profile (also what the benchmark times). */
export function graphViewData(view: StackView, nodeCount: number, diff: boolean, typeName: (name: string) => string = pickerTypeName): GraphViewData {
  const trim = { ...DOT_TRIM, nodeCount };
  const graph = dotGraph(view, trim);
  const json = dotGraphJson(graph, trim, view.total);
  const index = new Map(graph.nodes.map((n, i) => [n, i]));
  return {
    unit: typeName(view.sampleType.unit),
    total: view.total,
    diff,
    nodeCount,
    nodes: graph.nodes.map(n => ({
      func: crossingName(n.name), functionName: crossingName(view.frames.name[n.frame]), file: crossingName(view.frames.file[n.frame]), line: view.frames.line[n.frame], flat: n.flat, cum: n.cum,
    })),
    // pprof keeps edges to nodes whose values net to zero in a diff but draws no such node.
    edges: graph.edges.filter(e => index.has(e.src) && index.has(e.dest))
      .map(e => ({ from: index.get(e.src)!, to: index.get(e.dest)!, weight: e.weight, inline: e.inline, residual: e.residual })),
    dropped: json.dropped,
  };
}
