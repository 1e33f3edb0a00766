// The call graph as DOT text in the shape of `go tool pprof -dot` (legend, one box per node
// with flat and cum, edges with their weight, "(inline)" and dotted residual edges), for
// Graphviz or any DOT reader. Node labels are the full printable names (pprof shortens them).
import { percentage } from '../pprof/measurement';
import { flatSumOf, type TrimOptions } from './callGraph';
import { exportedText } from './exportedText';
import type { DotGraph } from './dotGraph';
import { profileLabels, selectOutputUnit, valueFormat, type ReportContext } from './pprofText';

/** pprof's escapeForDot (backslashes and quotes escaped) of one line; hidden characters, a line break among them, marked (exportedText.ts). */
export function escapeForDot(s: string): string {
  return exportedText(s).replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}

/** pprof's legend lines: profile labels, active filters, what is shown and what was dropped. */
export function dotLegend(ctx: ReportContext, graph: DotGraph, trim: TrimOptions, format = valueFormat(ctx, selectOutputUnit(ctx, graph.nodes))): string[] {
  const out = profileLabels(ctx, format);
  if (ctx.activeFilters.length > 0) out.push('Active filters:', ...ctx.activeFilters.map(f => `   ${f}`));
  const flatSum = flatSumOf(graph.nodes);
  out.push(`Showing nodes accounting for ${format(flatSum)}, ${percentage(flatSum, ctx.total).trim()} of ${format(ctx.total)} total`);
  if (ctx.total !== 0) {
    const dropped = (n: number, what: string, by: string, fraction: number) =>
      `Dropped ${n} ${what}${n > 1 ? 's' : ''} (${by} <= ${format(Math.abs(Math.trunc(ctx.total * fraction)))})`;
    if (graph.droppedNodes > 0) out.push(dropped(graph.droppedNodes, 'node', 'cum', trim.nodeFraction));
    if (graph.droppedEdges > 0) out.push(dropped(graph.droppedEdges, 'edge', 'freq', trim.edgeFraction));
    if (graph.nodes.length > 0 && graph.nodes.length < graph.origCount) out.push(`Showing top ${graph.nodes.length} nodes out of ${graph.origCount}`);
  }
  return out;
}

export function renderDot(ctx: ReportContext, graph: DotGraph, trim: TrimOptions): string {
  const format = valueFormat(ctx, selectOutputUnit(ctx, graph.nodes));
  const legend = dotLegend(ctx, graph, trim, format).map(escapeForDot);
  const lines = ['digraph "unnamed" {', 'node [style=filled fillcolor="#f8f8f8"]'];
  if (legend.length > 0) lines.push(`subgraph cluster_L { "${legend[0]}" [shape=box fontsize=16 label="${legend.join('\\l')}\\l"] }`);
  const id = new Map(graph.nodes.map((n, i) => [n, i + 1]));
  const maxFlat = Math.max(0, ...graph.nodes.map(n => Math.abs(n.flat)));
  const pct = (v: number) => percentage(v, ctx.total).trim();
  for (const n of graph.nodes) {
    let label = `${escapeForDot(n.name)}\\n${n.flat !== 0 ? `${format(n.flat)} (${pct(n.flat)})` : '0'}`;
    if (n.cum !== n.flat) label += `${n.flat !== 0 ? '\\n' : ' '}of ${format(n.cum)} (${pct(n.cum)})`;
    const fontSize = 8 + (maxFlat !== 0 && n.flat !== 0 ? Math.ceil(16 * Math.sqrt(Math.abs(n.flat) / maxFlat)) : 0);
    lines.push(`N${id.get(n)} [label="${label}" id="node${id.get(n)}" fontsize=${fontSize} shape=box tooltip="${escapeForDot(n.name)} (${format(n.cum)})"]`);
  }
  for (const e of graph.edges) {
    let attr = `label=" ${format(e.weight)}${e.inline ? '\\n (inline)' : ''}"`;
    if (ctx.total !== 0) {
      const weight = 1 + Math.min(Math.abs(Math.trunc(e.weight * 100 / ctx.total)), 100);
      if (weight > 1) attr += ` weight=${weight}`;
      const width = 1 + Math.min(Math.abs(Math.trunc(e.weight * 5 / ctx.total)), 5);
      if (width > 1) attr += ` penwidth=${width}`;
    }
    if (e.residual) attr += ' style="dotted"';
    lines.push(`N${id.get(e.src)} -> N${id.get(e.dest)} [${attr}]`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
