// pprof's text layout (internal/report: printText, printTree, printTraces, ProfileLabels,
// reportLabels), reproduced to the character so that `goprof top|peek|tree|traces` and
// `go tool pprof -top|-peek|-tree|-traces` can be diffed line by line.
import type { Profile } from '../pprof/model';
import { MIN_INT64, percentage, scaleValue, scaledLabel } from '../pprof/measurement';
import { flatSumOf, type GraphNode, type TrimOptions } from './callGraph';
import { abs64, Int64Sum } from '../pprof/exactSums';
import { appendAll } from '../appendAll';
import { zoneAbbreviation } from './goTimeText';

/** What a report header says about the query (pprof's report.Options that show in text). */
export interface ReportContext {
  profile: Profile;
  sampleType: string;
  sampleUnit: string;
  /** pprof's total, the 100% of percentages. */
  total: number;
  /** pprof's -unit: "minimum" (default: one unit for the report), "auto" (per value) or a unit. */
  outputUnit: string;
  /** "focus=…" etc. in pprof's order, for the "Active filters:" lines. */
  activeFilters: string[];
}

/** Formats values in the report's unit: pprof's Report.formatValue. */
export type ValueFormat = (v: number) => string;

export function valueFormat(ctx: ReportContext, outputUnit = ctx.outputUnit): ValueFormat {
  // The last value's text kept: traces and lists print one value over and over (10^6 traces of
  // one value spent an eighth of their time scaling it).
  let lastValue = NaN, lastText = '';
  return v => {
    if (!Object.is(v, lastValue)) { lastText = scaledLabel(v, ctx.sampleUnit, outputUnit); lastValue = v; }
    return lastText;
  };
}

/** pprof's selectOutputUnit: for "minimum", the unit that suits the smallest node and the total. */
export function selectOutputUnit(ctx: ReportContext, nodes: readonly GraphNode[]): string {
  if (ctx.outputUnit !== 'minimum' || nodes.length === 0) return ctx.outputUnit;
  let minValue = 0;
  for (const n of nodes) {
    let v = abs64(n.flat, n.exact?.flat);
    if (v === 0) v = abs64(n.cum, n.exact?.cum);
    if (v > 0 && (minValue === 0 || v < minValue)) minValue = v;
  }
  const maxValue = ctx.total;
  if (minValue === 0) minValue = maxValue;
  const minUnit = scaleValue(minValue, ctx.sampleUnit, 'minimum')[1];
  const maxUnit = scaleValue(maxValue, ctx.sampleUnit, 'minimum')[1];
  let unit = minUnit;
  // pprof's minValue*100 is an int64 product: past 2^63 it wraps.
  const hundredfold = Number.isSafeInteger(100 * minValue) ? 100 * minValue : Number(BigInt.asIntN(64, BigInt(Math.trunc(minValue)) * 100n));
  if (minUnit !== maxUnit && hundredfold < maxValue) unit = scaleValue(hundredfold, ctx.sampleUnit, 'minimum')[1];
  return unit !== '' ? unit : ctx.sampleUnit;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's "Jan 2, 2006 at 3:04pm (MST)" in the local time zone. */
function profileTime(nanos: number): string {
  const d = new Date(nanos / 1e6);
  const hour = d.getHours() % 12 === 0 ? 12 : d.getHours() % 12;
  const zone = zoneAbbreviation(d);
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()} at ${hour}:${String(d.getMinutes()).padStart(2, '0')}${d.getHours() < 12 ? 'am' : 'pm'} (${zone})`;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** pprof's ProfileLabels: File, Build ID, comments, Type, Time, Duration. */
export function profileLabels(ctx: ReportContext, format: ValueFormat): string[] {
  const p = ctx.profile;
  const out: string[] = [];
  if (p.mappings.length > 0) {
    if (p.mappings[0].file !== '') out.push(`File: ${baseName(p.mappings[0].file)}`);
    if (p.mappings[0].buildId !== '') out.push(`Build ID: ${p.mappings[0].buildId}`);
  }
  for (const c of p.comments) if (!c.startsWith('#')) out.push(c);
  if (ctx.sampleType !== '') out.push(`Type: ${ctx.sampleType}`);
  if (p.timeNanos !== 0) out.push(`Time: ${profileTime(p.timeNanos)}`);
  if (p.durationNanos !== 0) {
    const [totalNanos, totalUnit] = scaleValue(ctx.total, ctx.sampleUnit, 'nanoseconds');
    const ratio = totalUnit === 'ns' && Math.trunc(totalNanos) !== 0 ? `(${percentage(Math.trunc(totalNanos), p.durationNanos)})` : '';
    out.push(`Duration: ${scaledLabel(p.durationNanos, 'nanoseconds', 'auto', p.durationNanosExact === MIN_INT64)}, Total samples = ${format(ctx.total)} ${ratio}`);
  }
  return out;
}

export interface TrimSummary {
  nodes: readonly GraphNode[];
  origCount: number;
  droppedNodes: number;
  trim: TrimOptions;
}

/** pprof's reportLabels for text reports: profile labels, active filters, what is shown and dropped. */
export function reportLabels(ctx: ReportContext, format: ValueFormat, g: TrimSummary): string[] {
  const out = profileLabels(ctx, format);
  if (ctx.activeFilters.length > 0) {
    out.push('Active filters:');
    for (const f of ctx.activeFilters) out.push(`   ${[...f].length > 80 ? [...f].slice(0, 80).join('') + '…' : f}`);
  }
  const flatSum = flatSumOf(g.nodes);
  out.push(`Showing nodes accounting for ${format(flatSum)}, ${percentage(flatSum, ctx.total).trim()} of ${format(ctx.total)} total`);
  if (ctx.total !== 0) {
    if (g.droppedNodes > 0) {
      out.push(`Dropped ${g.droppedNodes} node${g.droppedNodes > 1 ? 's' : ''} (cum <= ${format(Math.abs(Math.trunc(ctx.total * g.trim.nodeFraction)))})`);
    }
    if (g.nodes.length > 0 && g.nodes.length < g.origCount) out.push(`Showing top ${g.nodes.length} nodes out of ${g.origCount}`);
  }
  return out;
}

/** The "(inline)" / "(partial-inline)" mark of a top row, from the node's incoming edges. */
export function inlineLabel(node: GraphNode): string {
  let inline = false, notInline = false;
  for (const e of node.in.values()) { if (e.inline) inline = true; else notInline = true; }
  return inline ? (notInline ? '(partial-inline)' : '(inline)') : '';
}

/** `go tool pprof -top`. */
export function renderTopText(ctx: ReportContext, g: TrimSummary): string {
  const format = valueFormat(ctx, selectOutputUnit(ctx, g.nodes));
  const lines = reportLabels(ctx, format, g);
  lines.push(`${'flat'.padStart(10)} ${'flat'.padStart(5)}% ${'sum'.padStart(5)}% ${'cum'.padStart(10)} ${'cum'.padStart(5)}%`);
  const running = new Int64Sum();
  for (const n of g.nodes) {
    const flatSum = running.add(n.flat, n.exact?.flat);
    const inl = inlineLabel(n);
    lines.push(`${format(n.flat).padStart(10)} ${percentage(n.flat, ctx.total)} ${percentage(flatSum, ctx.total)} ${format(n.cum).padStart(10)} ${percentage(n.cum, ctx.total)}  ${n.name}${inl ? ' ' + inl : ''}`);
  }
  return lines.join('\n') + '\n';
}

const TREE_SEPARATOR = '----------------------------------------------------------+-------------';
const TREE_LEGEND = '      flat  flat%   sum%        cum   cum%   calls calls% + context \t \t ';

/** The rows of one node in -tree / -peek. */
export interface TreeEntry {
  node: GraphNode;
  callers: { name: string; weight: number; inline: boolean }[];
  callees: { name: string; weight: number; inline: boolean }[];
}

/**
 * `go tool pprof -tree` and `-peek` (printTree): per node its callers, itself, its callees.
 * The sum% column runs over the matched nodes only.
 */
export function renderTreeText(ctx: ReportContext, g: TrimSummary, entries: readonly TreeEntry[]): string {
  const format = valueFormat(ctx, selectOutputUnit(ctx, g.nodes));
  const lines = reportLabels(ctx, format, g);
  lines.push(TREE_SEPARATOR, TREE_LEGEND);
  const running = new Int64Sum();
  const edgeLine = (e: { name: string; weight: number; inline: boolean }, cum: number): string =>
    `${format(e.weight).padStart(50)} ${percentage(e.weight, cum)} |   ${e.name}${e.inline ? ' (inline)' : ''}`;
  for (const { node, callers, callees } of entries) {
    lines.push(TREE_SEPARATOR);
    for (const e of callers) lines.push(edgeLine(e, node.cum));
    const flatSum = running.add(node.flat, node.exact?.flat);
    lines.push(`${format(node.flat).padStart(10)} ${percentage(node.flat, ctx.total)} ${percentage(flatSum, ctx.total)} ${format(node.cum).padStart(10)} ${percentage(node.cum, ctx.total)}                | ${node.name}`);
    for (const e of callees) lines.push(edgeLine(e, node.cum));
  }
  if (g.nodes.length > 0) lines.push(TREE_SEPARATOR);
  return lines.join('\n') + '\n';
}

export const TRACES_SEPARATOR = '-----------+-------------------------------------------------------';

export interface TraceEntry {
  /** "key:  v1 v2" lines, string labels first, each group sorted as pprof does. */
  labels: readonly { key: string; values: string[] }[];
  numLabels: readonly { key: string; values: string[] }[];
  value: number;
  /** Frames are shared by the traces through them: not to be changed. */
  frames: { readonly name: string; readonly inline: boolean }[];
}

/** `go tool pprof -traces` (printTraces). */
export function renderTracesText(ctx: ReportContext, traces: readonly TraceEntry[]): string {
  const format = valueFormat(ctx);
  // The labels take one line even when there are none, as pprof's Fprintln of their join.
  const lines = [profileLabels(ctx, format).join('\n')];
  for (const t of traces) appendTraceLines(lines, format, t);
  lines.push(TRACES_SEPARATOR);
  return lines.join('\n') + '\n';
}

function labelLines(labels: TraceEntry['labels']): string[] {
  return labels.map(l => `${l.key.padStart(10)}:  ${l.values.join(' ')}`).sort();
}

/** The lines of one trace of `go tool pprof -traces`, its separator first. */
export function appendTraceLines(lines: string[], format: ValueFormat, t: TraceEntry): void {
  lines.push(TRACES_SEPARATOR);
  if (t.labels.length > 0) appendAll(lines, labelLines(t.labels));
  if (t.numLabels.length > 0) appendAll(lines, labelLines(t.numLabels));
  const frames = t.frames;
  for (let i = 0; i < frames.length; i++) lines.push((i === 0 ? valueColumn(format(t.value)) : NO_VALUE_COLUMN) + frameColumn(frames[i]));
}

const NO_VALUE_COLUMN = ''.padStart(10);
/** Per frame, its text after the value column: made once, not once per trace through it (10^6 traces: ~0.1 s). */
const frameColumns = new WeakMap<TraceEntry['frames'][number], string>();
let lastValueText: string | undefined, lastValueColumn = '';

function frameColumn(frame: TraceEntry['frames'][number]): string {
  let text = frameColumns.get(frame);
  if (text === undefined) frameColumns.set(frame, text = `   ${frame.name}${frame.inline ? ' (inline)' : ''}`);
  return text;
}

function valueColumn(text: string): string {
  if (text !== lastValueText) { lastValueColumn = text.padStart(10); lastValueText = text; }
  return lastValueColumn;
}
