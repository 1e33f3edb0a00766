// `goprof tree FILE… [query flags]`: pprof's -tree, every node of the call graph (80 by
// default) with its callers and callees.
import type { CliCommand, CliIo } from './command';
import { CUM_DETAILS, CUM_FLAG, CUM_USAGE, REPORT_DETAILS, REPORT_FLAGS, REPORT_USAGE, parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, trimOptions } from './profileQuery';
import { TREE_TRIM } from '../core/report/callGraph';
import { treeJson, treeReport } from '../core/report/tree';
import { renderTreeText } from '../core/report/pprofText';
import { withVisibleControls } from '../core/format';

async function treeCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'tree', false, [], [CUM_FLAG, ...REPORT_FLAGS]);
  const { view, ctx } = prepareQuery(args);
  const trim = trimOptions(args, TREE_TRIM);
  const report = treeReport(view, trim);
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, ...treeJson(report) }) + '\n');
    return;
  }
  io.out(withVisibleControls(renderTreeText(ctx, { ...report.graph, trim }, report.entries)));
}

export const tree: CliCommand = {
  name: 'tree',
  usage: `FILE… ${QUERY_USAGE} ${CUM_USAGE} ${REPORT_USAGE}`,
  summary: 'the call graph as text, each function with its callers and callees, as go tool pprof -tree',
  details: QUERY_DETAILS + CUM_DETAILS + REPORT_DETAILS,
  run: treeCommand,
};
