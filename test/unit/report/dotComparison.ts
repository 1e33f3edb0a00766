// Comparing `goprof graph --json` with pprof's DOT, shared by the graph golden test and the
// option sweep (scripts/sweep-options.ts): both brought to the nodes, edges and legend lines
// pprof draws, with values formatted in the report's unit as pprof formats them.
import assert from 'node:assert/strict';
import { scaledLabel } from '../../../src/core/pprof/measurement';
import { selectOutputUnit, type ReportContext } from '../../../src/core/report/pprofText';
import type { GraphNode } from '../../../src/core/report/callGraph';
import type { DotGraphJson } from '../../../src/core/report/dotGraph';

export interface ParsedDot {
  nodes: { name: string; flat: string; cum: string }[];
  edges: Set<string>;
  legend: string[];
}

const unescapeDot = (s: string): string => s.replace(/\\(["\\])/g, '$1');

/** The nodes, edges and legend of pprof's DOT (values as pprof formatted them). */
export function parseDot(text: string): ParsedDot {
  const nodes: ParsedDot['nodes'] = [];
  const ids = new Map<string, string>();
  const edges = new Set<string>();
  let legend: string[] = [];
  for (const line of text.split('\n')) {
    const legendMatch = /^subgraph cluster_L \{ ".*?" \[shape=box fontsize=16 label="(.*)\\l"/.exec(line);
    if (legendMatch) { legend = legendMatch[1].split('\\l').map(unescapeDot); continue; }
    const node = /^N(\d+) \[label="(.*)" id="node\d+" fontsize=\d+ shape=box tooltip="(.*) \((\S+)\)"/.exec(line);
    if (node) {
      const values = /\\n(?:([^\s\\]+) \([^()]*\)|0)(?:(?:\\n| )of ([^\s\\]+) \([^()]*\))?$/.exec(node[2]);
      assert.ok(values, `node label ${node[2]}`);
      const flat = values[1] ?? '0';
      const name = unescapeDot(node[3]);
      ids.set(node[1], name);
      nodes.push({ name, flat, cum: values[2] ?? flat });
      continue;
    }
    const edge = /^N(\d+) -> N(\d+) \[label=" (\S+)(\\n \(inline\))?"(.*)\]$/.exec(line);
    if (edge) {
      const residual = / style="dotted"/.test(edge[5]);
      // pprof numbers an edge's end N0 when that node nets to zero and is not drawn; its tooltip names it.
      const tooltip = / tooltip="(.*) (?:->|\.\.\.) (.*) \(\S+\)" labeltooltip=/.exec(edge[5]);
      const from = ids.get(edge[1]) ?? unescapeDot(tooltip?.[1] ?? '?'), to = ids.get(edge[2]) ?? unescapeDot(tooltip?.[2] ?? '?');
      edges.add(`${from} -> ${to} ${edge[3]}${edge[4] ? ' inline' : ''}${residual ? ' residual' : ''}`);
    }
  }
  return { nodes, edges, legend };
}

/** Our JSON in the shape parseDot gives pprof's DOT, formatted in the report's unit as pprof does. */
export function formatJson(json: DotGraphJson & { unit: string; total: number }, outputUnit: string): ParsedDot {
  const ctx = { sampleUnit: json.unit, total: json.total, outputUnit } as ReportContext;
  const unit = selectOutputUnit(ctx, json.nodes as unknown as GraphNode[]);
  const f = (v: number) => scaledLabel(v, json.unit, unit);
  const d = json.dropped;
  const legend: string[] = [];
  if (json.total !== 0) {
    const dropped = (n: number, what: string, by: string, cutoff: number) => `Dropped ${n} ${what}${n > 1 ? 's' : ''} (${by} <= ${f(cutoff)})`;
    if (d.nodes > 0) legend.push(dropped(d.nodes, 'node', 'cum', d.nodeCutoff));
    if (d.edges > 0) legend.push(dropped(d.edges, 'edge', 'freq', d.edgeCutoff));
    if (d.shownNodes > 0 && d.shownNodes < d.totalNodes) legend.push(`Showing top ${d.shownNodes} nodes out of ${d.totalNodes}`);
  }
  return {
    nodes: json.nodes.map(n => ({ name: n.func, flat: f(n.flat), cum: f(n.cum) })),
    edges: new Set(json.edges.map(e => `${e.from} -> ${e.to} ${f(e.weight)}${e.inline ? ' inline' : ''}${e.residual ? ' residual' : ''}`)),
    legend: [`Showing nodes accounting for ${f(d.shownFlat)}`, ...legend],
  };
}

/** The legend lines both tools print the same way (pprof's also has the profile's labels). */
export function comparableLegend(lines: string[]): string[] {
  return lines.flatMap(l => {
    const shown = /^(Showing nodes accounting for [^,]+)/.exec(l);
    if (shown) return [shown[1]];
    return /^(Dropped|Showing top)/.test(l) ? [l] : [];
  });
}
