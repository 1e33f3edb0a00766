// `goprof traces FILE… [query flags]`: pprof's -traces, every sample with its labels, value
// and stack (leaf first), written a trace at a time: the text is as long as all the stacks.
import type { CliCommand, CliIo } from './command';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, REPORT_DETAILS, REPORT_FLAGS, REPORT_USAGE } from './profileQuery';
import { traceEntries, traceJson } from '../core/report/traces';
import { appendTraceLines, profileLabels, TRACES_SEPARATOR, valueFormat } from '../core/report/pprofText';
import { withVisibleControls } from '../core/format';
import { pieceOutput } from './pieceOutput';

/** About this many characters of traces go to the output at once: few enough to die young in V8's young generation. */
const TRACE_BATCH_CHARS = 1 << 16;

async function tracesCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'traces', false, [], REPORT_FLAGS);
  const { view, ctx } = prepareQuery(args, { mergeAlways: true });
  const output = pieceOutput(io);
  if (args.flags.has('json')) {
    const head = JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, traces: [] });
    await output.add(head.slice(0, -2));
    let first = true;
    for (const t of traceEntries(view)) {
      await output.add((first ? '' : ',') + JSON.stringify(traceJson(t)));
      first = false;
    }
    await output.add(']}\n');
    output.finish();
    return;
  }
  const format = valueFormat(ctx);
  // pprof prints the labels' line even when there are none: the text then starts with a blank line.
  await output.add(withVisibleControls(profileLabels(ctx, format).join('\n')) + '\n');
  // Traces handed on a batch of lines at a time: a trace each made 10^6 short texts, each
  // scanned, encoded and waited for on its own.
  let lines: string[] = [];
  let batchChars = 0;
  for (const t of traceEntries(view)) {
    const from = lines.length;
    appendTraceLines(lines, format, t);
    for (let k = from; k < lines.length; k++) batchChars += lines[k].length + 1;
    if (batchChars < TRACE_BATCH_CHARS) continue;
    await output.add(withVisibleControls(lines.join('\n')) + '\n');
    lines = [];
    batchChars = 0;
  }
  if (lines.length > 0) await output.add(withVisibleControls(lines.join('\n')) + '\n');
  await output.add(TRACES_SEPARATOR + '\n');
  output.finish();
}

export const traces: CliCommand = {
  name: 'traces',
  usage: `FILE… ${QUERY_USAGE} ${REPORT_USAGE}`,
  summary: 'every sample with its labels, value and stack, as go tool pprof -traces',
  details: QUERY_DETAILS + REPORT_DETAILS,
  run: tracesCommand,
};
