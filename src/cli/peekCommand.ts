// `goprof peek FILE… REGEX [query flags]`: pprof's -peek, the callers and callees of every
// function matching REGEX with the weight of each edge.
import type { CliCommand, CliIo } from './command';
import { InputError, UsageError } from './args';
import { CUM_DETAILS, CUM_FLAG, CUM_USAGE, REPORT_DETAILS, REPORT_FLAGS, REPORT_USAGE, parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, takeRegexArgument, trimOptions } from './profileQuery';
import { NO_TRIM } from '../core/report/callGraph';
import { NoMatchError, peekReport } from '../core/report/peek';
import { treeJson } from '../core/report/tree';
import { renderTreeText } from '../core/report/pprofText';
import { withVisibleControls } from '../core/format';
import { compileLinearRegex, type LinearRegex } from '../core/linearRegex';

async function peekCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'peek', true, [], [CUM_FLAG, ...REPORT_FLAGS]);
  let match: LinearRegex;
  try {
    match = compileLinearRegex(takeRegexArgument(args), 'peek');
  } catch (e) {
    throw new UsageError(`REGEX: ${(e as Error).message}`);
  }
  const { view, ctx } = prepareQuery(args);
  let report;
  try {
    report = peekReport(view, match, trimOptions(args, NO_TRIM).cumSort);
  } catch (e) {
    if (e instanceof NoMatchError) throw new InputError(e.message);
    throw e;
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, ...treeJson(report) }) + '\n');
    return;
  }
  io.out(withVisibleControls(renderTreeText(ctx, { ...report.graph, trim: NO_TRIM }, report.entries)));
}

export const peek: CliCommand = {
  name: 'peek',
  usage: `FILE… REGEX ${QUERY_USAGE} ${CUM_USAGE} ${REPORT_USAGE}`,
  summary: 'callers and callees of the functions matching REGEX, as go tool pprof -peek',
  details: QUERY_DETAILS + CUM_DETAILS + REPORT_DETAILS,
  run: peekCommand,
};
