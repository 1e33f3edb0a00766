// `goprof traces FILE [query flags]`: pprof's -traces, every sample with its labels, value
// and stack (leaf first).
import type { CliCommand, CliIo } from './command';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE } from './profileQuery';
import { tracesJson, tracesReport } from '../core/report/traces';
import { renderTracesText } from '../core/report/pprofText';
import { withVisibleControls } from '../core/format';

async function tracesCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'traces', 1);
  const { view, ctx } = prepareQuery(args, { mergeAlways: true });
  const traces = tracesReport(view);
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, ...tracesJson(traces) }) + '\n');
    return;
  }
  io.out(withVisibleControls(renderTracesText(ctx, traces)));
}

export const traces: CliCommand = {
  name: 'traces',
  usage: `FILE ${QUERY_USAGE}`,
  summary: 'every sample with its labels, value and stack, as go tool pprof -traces',
  details: QUERY_DETAILS,
  run: tracesCommand,
};
