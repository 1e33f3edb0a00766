// pprof's -peek REGEX: the callers and callees of every function whose name matches, with
// the weight of each edge, on the untrimmed graph.
import type { StackView } from '../pprof/stackView';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';
import { NO_TRIM } from './callGraph';
import { treeJson, treeReport, type TreeJson, type TreeReport } from './tree';

export class NoMatchError extends Error {
  constructor(message: string) { super(message); this.name = 'NoMatchError'; }
}

/** Throws NoMatchError when no node matches (pprof: "no matches found for regexp"). */
export function peekReport(view: StackView, match: LinearRegex): TreeReport {
  const report = treeReport(view, NO_TRIM, match);
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

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * pprof's -peek of exactly one function: the nodes named `functionName` (at file or line
 * granularity pprof names a node "F file:line", which matches too). Throws NoMatchError when the
 * view has no such function.
 */
export function functionPeek(view: StackView, functionName: string): FunctionPeek {
  const match = compileLinearRegex(`^${escapeRegex(functionName)}(?: |$)`, 'peek');
  return { functionName, total: view.total, nodes: treeJson(peekReport(view, match)).nodes };
}
