// pprof's -peek REGEX: the callers and callees of every function whose name matches, with
// the weight of each edge, on the untrimmed graph.
import type { StackView } from '../pprof/stackView';
import type { LinearRegex } from '../linearRegex';
import { NO_TRIM } from './callGraph';
import { treeReport, type TreeReport } from './tree';

export class NoMatchError extends Error {
  constructor(message: string) { super(message); this.name = 'NoMatchError'; }
}

/** Throws NoMatchError when no node matches (pprof: "no matches found for regexp"). */
export function peekReport(view: StackView, match: LinearRegex): TreeReport {
  const report = treeReport(view, NO_TRIM, match);
  if (report.entries.length === 0) throw new NoMatchError(`no matches found for regexp: ${match.source}`);
  return report;
}
