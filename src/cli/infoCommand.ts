// `goprof info FILE… [--json]`: what the file is, its sample types and totals; of several
// files, of pprof's merge of them.
import type { CliCommand, CliIo } from './command';
import { parseArgs, UsageError } from './args';
import { sampleTypeTotal, sniffProfileKind, type Profile } from '../core/pprof';
import { formatValue, withVisibleControls } from '../core/format';
import { parseProfileBytes, readFileBytes, readProfileFiles } from './profileInput';
import { InputError } from './args';

export interface InfoJson {
  kind: string;
  gzipped: boolean;
  format?: string;
  sampleTypes: { type: string; unit: string }[];
  defaultSampleType?: string;
  periodType?: { type: string; unit: string };
  period?: number;
  timeNanos?: number;
  durationNanos?: number;
  samples: number;
  locations?: number;
  functions?: number;
  mappings?: number;
  comments?: string[];
  totals: Record<string, number>;
  warnings: string[];
}

function profileInfo(p: Profile): InfoJson {
  const totals: Record<string, number> = {};
  p.sampleTypes.forEach((t, i) => { totals[t.type] = sampleTypeTotal(p, i); });
  return {
    kind: p.format === 'proto' ? 'pprof' : p.format === 'legacy-cpu' ? 'pprof-legacy-cpu' : 'pprof-text',
    gzipped: p.gzipped, format: p.format,
    sampleTypes: p.sampleTypes.map(t => ({ type: t.type, unit: t.unit })),
    defaultSampleType: p.sampleTypes[p.defaultSampleTypeIndex]?.type,
    periodType: p.periodType, period: p.period, timeNanos: p.timeNanos, durationNanos: p.durationNanos,
    samples: p.samples.count, locations: p.locations.length, functions: p.functions.length, mappings: p.mappings.length,
    comments: p.comments, totals, warnings: p.warnings,
  };
}

export async function infoCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, [], ['json']);
  if (args.positional.length === 0) throw new UsageError('info takes one FILE or more');
  const path = args.positional.join(' + ');
  let info: InfoJson;
  if (args.positional.length > 1) {
    info = profileInfo(readProfileFiles(args.positional));
  } else {
    const bytes = readFileBytes(path);
    const sniff = sniffProfileKind(bytes);
    if (sniff.kind === 'goroutine-dump') {
      info = { kind: sniff.kind, gzipped: sniff.gzipped, sampleTypes: [], samples: 0, totals: {}, warnings: ['goroutine dump: use `goprof goroutines`'] };
    } else if (sniff.kind === 'unknown' && !sniff.gzipped) {
      throw new InputError(`${path}: not a profile or goroutine dump this tool can read`);
    } else {
      info = profileInfo(parseProfileBytes(path, bytes));
    }
  }
  if (args.flags.has('json')) { io.out(JSON.stringify(info) + '\n'); return; }
  const lines = [`${path}: ${info.kind}${info.gzipped ? ' (gzip)' : ''}${info.format && info.format !== 'proto' ? `, ${info.format}` : ''}`];
  if (info.sampleTypes.length > 0) {
    lines.push(`samples: ${info.samples}`);
    for (const t of info.sampleTypes) {
      const mark = t.type === info.defaultSampleType ? ' (default)' : '';
      lines.push(`  ${t.type} [${t.unit}]${mark}: total ${formatValue(info.totals[t.type], t.unit)}`);
    }
  }
  if (info.periodType) lines.push(`period: ${info.period} ${info.periodType.type}/${info.periodType.unit}`);
  if (info.timeNanos) lines.push(`time: ${new Date(info.timeNanos / 1e6).toISOString()}`);
  if (info.durationNanos) lines.push(`duration: ${formatValue(info.durationNanos, 'nanoseconds')}`);
  for (const w of info.warnings) lines.push(`warning: ${w}`);
  io.out(withVisibleControls(lines.join('\n') + '\n'));
}

export const info: CliCommand = {
  name: 'info',
  usage: 'FILE… [--json]',
  summary: 'what the file is: kind, sample types, totals (of several FILEs: of their merge)',
  run: infoCommand,
};
