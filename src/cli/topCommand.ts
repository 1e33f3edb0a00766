// `goprof top FILE… [query flags]`: pprof's -top, the same layout and numbers (trimmed as pprof
// trims by default; --cum orders by cum). --json: the rows raw in the profile's unit.
import type { CliCommand, CliIo } from './command';
import { CUM_DETAILS, CUM_FLAG, CUM_USAGE, REPORT_DETAILS, REPORT_FLAGS, REPORT_USAGE, parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, trimOptions } from './profileQuery';
import { TOP_TRIM } from '../core/report/callGraph';
import { pprofTopReport, topJsonRows, type TopJsonRow } from '../core/report/pprofTop';
import { renderTopText } from '../core/report/pprofText';
import { withVisibleControls } from '../core/format';

export interface TopJson {
  sampleType: string;
  unit: string;
  /** pprof's total, the 100% of percentages. */
  total: number;
  rows: TopJsonRow[];
}

async function topCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'top', false, [], [CUM_FLAG, ...REPORT_FLAGS]);
  const { view, ctx } = prepareQuery(args);
  const trim = trimOptions(args, TOP_TRIM);
  const report = pprofTopReport(view, trim);
  if (args.flags.has('json')) {
    const json: TopJson = { sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, rows: topJsonRows(report) };
    io.out(JSON.stringify(json) + '\n');
    return;
  }
  io.out(withVisibleControls(renderTopText(ctx, { ...report.graph, trim })));
}

export const top: CliCommand = {
  name: 'top',
  usage: `FILE… ${QUERY_USAGE} ${CUM_USAGE} ${REPORT_USAGE}`,
  summary: 'the functions with the most flat (self) value, as go tool pprof -top',
  details: QUERY_DETAILS + CUM_DETAILS + REPORT_DETAILS,
  run: topCommand,
};
