// `goprof tags FILE… [query flags]`: pprof's -tags, every label key with its values, each with
// the sum of its samples' values and its share of the key's total. --json: the sums raw in the
// profile's unit.
import type { CliCommand, CliIo } from './command';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, REPORT_DETAILS, REPORT_FLAGS, REPORT_USAGE } from './profileQuery';
import { labelSummary, renderLabelSummaryText } from '../core/report/labelSummary';
import { withVisibleControls } from '../core/format';

async function tagsCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'tags', false, [], REPORT_FLAGS);
  // pprof merges what it reads: a sample whose every value is 0 is gone, with its labels.
  const { view, ctx } = prepareQuery(args, { mergeAlways: true });
  const summary = labelSummary(view, ctx.outputUnit);
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, ...summary }) + '\n');
    return;
  }
  io.out(withVisibleControls(renderLabelSummaryText(summary, ctx.sampleUnit, ctx.outputUnit)));
}

export const tags: CliCommand = {
  name: 'tags',
  usage: `FILE… ${QUERY_USAGE} ${REPORT_USAGE}`,
  summary: 'every label key with its values, their sums and shares, as go tool pprof -tags',
  details: QUERY_DETAILS + REPORT_DETAILS,
  run: tagsCommand,
};
