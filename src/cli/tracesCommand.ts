// `goprof traces FILE… [query flags]`: pprof's -traces, every sample with its labels, value
// and stack (leaf first), written a trace at a time: the text is as long as all the stacks.
import type { CliCommand, CliIo } from './command';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, REPORT_DETAILS, REPORT_FLAGS, REPORT_USAGE } from './profileQuery';
import { traceEntries, traceJson } from '../core/report/traces';
import { appendTraceLines, profileLabels, TRACES_SEPARATOR, valueFormat, type ValueFormat } from '../core/report/pprofText';
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
  const format = visibleValues(valueFormat(ctx));
  // pprof prints the labels' line even when there are none: the text then starts with a blank line.
  await output.add(withVisibleControls(profileLabels(ctx, format).join('\n')) + '\n');
  // Traces handed on a batch of lines at a time: a trace each made 10^6 short texts, each
  // scanned, encoded and waited for on its own. A frame's name and a value's text are made
  // visible once each, not scanned again in every trace (108 MB of text for 10^6 traces); a
  // label's line once sorted, as pprof sorts what it prints (a replaced control sorts elsewhere).
  let lines: string[] = [];
  let batchChars = 0;
  for (const t of traceEntries(view, withVisibleControls)) {
    const from = lines.length;
    appendTraceLines(lines, format, t);
    const labelled = t.labels.length > 0 || t.numLabels.length > 0;
    for (let k = from; k < lines.length; k++) {
      if (labelled) lines[k] = withVisibleControls(lines[k]);
      batchChars += lines[k].length + 1;
    }
    if (batchChars < TRACE_BATCH_CHARS) continue;
    await output.add(lines.join('\n') + '\n');
    lines = [];
    batchChars = 0;
  }
  if (lines.length > 0) await output.add(lines.join('\n') + '\n');
  await output.add(TRACES_SEPARATOR + '\n');
  output.finish();
}

/** `format` with control characters made visible, once per text it makes (it keeps its last). */
function visibleValues(format: ValueFormat): ValueFormat {
  let lastText: string | undefined, lastShown = '';
  return v => {
    const text = format(v);
    if (text !== lastText) { lastShown = withVisibleControls(text); lastText = text; }
    return lastShown;
  };
}

export const traces: CliCommand = {
  name: 'traces',
  usage: `FILE… ${QUERY_USAGE} ${REPORT_USAGE}`,
  summary: 'every sample with its labels, value and stack, as go tool pprof -traces',
  details: QUERY_DETAILS + REPORT_DETAILS,
  run: tracesCommand,
};
