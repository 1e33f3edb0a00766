// pprof's -top: the nodes of the trimmed call graph (nodefraction 0.005 and edgefraction
// 0.001 by default, no node count), by flat; a row is "(inline)" when every call into it
// was inlined. The numbers are computeTop's; the graph adds trimming and the inline marks.
import type { StackView } from '../pprof/stackView';
import { TOP_TRIM, trimmedCallGraph, type TrimmedGraph, type TrimOptions } from './callGraph';
import { inlineLabel } from './pprofText';

export interface PprofTopReport {
  graph: TrimmedGraph;
  trim: TrimOptions;
}

export function pprofTopReport(view: StackView, trim: TrimOptions = TOP_TRIM): PprofTopReport {
  return { graph: trimmedCallGraph(view, trim), trim };
}

export interface TopJsonRow { func: string; flat: number; cum: number; inline?: 'inline' | 'partial-inline' }

export function topJsonRows(report: PprofTopReport): TopJsonRow[] {
  return report.graph.nodes.map(n => {
    const mark = inlineLabel(n);
    const row: TopJsonRow = { func: n.name, flat: n.flat, cum: n.cum };
    if (mark) row.inline = mark.slice(1, -1) as TopJsonRow['inline'];
    return row;
  });
}
