// `goprof graph FILE… [query flags]`: pprof's call graph as `go tool pprof -dot` draws it
// (80 nodes by default, nodelets counted, redundant residual edges removed): DOT text, or
// with --json its nodes, edges and what trimming dropped.
import type { CliCommand, CliIo } from './command';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, REPORT_DETAILS, REPORT_FLAGS, REPORT_USAGE, trimOptions } from './profileQuery';
import { DOT_TRIM, dotGraph, dotGraphJson } from '../core/report/dotGraph';
import { renderDot } from '../core/report/dotText';

async function graphCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'graph', false, [], REPORT_FLAGS);
  const { view, ctx } = prepareQuery(args);
  const trim = trimOptions(args, DOT_TRIM);
  const graph = dotGraph(view, trim, ctx.outputUnit);
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, ...dotGraphJson(graph, trim, ctx.total) }) + '\n');
    return;
  }
  io.out(renderDot(ctx, graph, trim));
}

export const graph: CliCommand = {
  name: 'graph',
  usage: `FILE… ${QUERY_USAGE} ${REPORT_USAGE}`,
  summary: 'the call graph as go tool pprof -dot draws it (DOT text, or --json: nodes, edges, what was dropped)',
  details: QUERY_DETAILS + REPORT_DETAILS,
  run: graphCommand,
};
