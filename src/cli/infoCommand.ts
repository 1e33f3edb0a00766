// `goprof info FILE… [--all-types] [--json]`: what the file is, its sample types and totals; of
// several files, of pprof's merge of them. A profile may hold 10^6 sample types (printed whole:
// 5.5 s and 774 MB): the first ones are listed, as the editor's type picker lists them
// (sampleTypeWindow.ts), with the count of the rest; --all-types lists every one.
import type { CliCommand, CliIo } from './command';
import { parseArgs, UsageError } from './args';
import { sampleTypeTotal, sniffProfileKind, type Profile } from '../core/pprof';
import { formatValue, withVisibleControls } from '../core/format';
import { printedTypeName, SAMPLE_TYPES_LISTED, SampleTypeWindows } from '../core/report/sampleTypeWindow';
import { parseProfileBytes, readFileBytes, readProfileFiles } from './profileInput';
import { InputError } from './args';
import { propertyKey } from '../core/propertyKey';

export interface InfoJson {
  kind: string;
  gzipped: boolean;
  format?: string;
  /** The first SAMPLE_TYPES_LISTED and the default one (every one with --all-types). */
  sampleTypes: { type: string; unit: string }[];
  /** How many sample types the profile has, when `sampleTypes` lists fewer. */
  sampleTypeCount?: number;
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
  /** The total of each listed type, by its name (cut to fit a property name: propertyKey). */
  totals: Record<string, number>;
  warnings: string[];
}

/**
 * Each type's key in `totals`, the key of a name repeated made once: a long name's key digests all
 * of it, and 100 types of one 96 MB name took minutes.
 */
function totalKeys(types: readonly { type: string }[]): string[] {
  let lastType: string | undefined, lastKey = '';
  return types.map(({ type }) => {
    if (type !== lastType) { lastType = type; lastKey = propertyKey(type); }
    return lastKey;
  });
}

function profileInfo(p: Profile, allTypes: boolean): InfoJson {
  const listed = allTypes ? p.sampleTypes.map((_, i) => i) : listedTypes(p);
  const totals: Record<string, number> = {};
  const keys = totalKeys(listed.map(i => p.sampleTypes[i]));
  listed.forEach((i, k) => { totals[keys[k]] = sampleTypeTotal(p, i); });
  return {
    kind: p.format === 'proto' ? 'pprof' : p.format === 'legacy-cpu' ? 'pprof-legacy-cpu' : 'pprof-text',
    gzipped: p.gzipped, format: p.format,
    sampleTypes: listed.map(i => ({ type: p.sampleTypes[i].type, unit: p.sampleTypes[i].unit })),
    ...(listed.length < p.sampleTypes.length && { sampleTypeCount: p.sampleTypes.length }),
    defaultSampleType: p.sampleTypes[p.defaultSampleTypeIndex]?.type,
    periodType: p.periodType, period: p.period, timeNanos: p.timeNanos, durationNanos: p.durationNanos,
    samples: p.samples.count, locations: p.locations.length, functions: p.functions.length, mappings: p.mappings.length,
    comments: p.comments, totals, warnings: p.warnings,
  };
}

/** The indexes of the types the editor's picker lists first: the first ones and the default. */
function listedTypes(p: Profile): number[] {
  if (p.sampleTypes.length <= SAMPLE_TYPES_LISTED) return p.sampleTypes.map((_, i) => i);
  // Totals are summed only for what is listed: the windows are asked for indexes alone.
  return new SampleTypeWindows(p.sampleTypes, [], p.defaultSampleTypeIndex).head().listed.map(t => t.index);
}

export async function infoCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, [], ['json', 'all-types']);
  const allTypes = args.flags.has('all-types');
  if (args.positional.length === 0) throw new UsageError('info takes one FILE or more');
  const path = args.positional.join(' + ');
  let info: InfoJson;
  if (args.positional.length > 1) {
    info = profileInfo(readProfileFiles(args.positional), allTypes);
  } else {
    const bytes = readFileBytes(path);
    const sniff = sniffProfileKind(bytes);
    if (sniff.kind === 'goroutine-dump') {
      info = { kind: sniff.kind, gzipped: sniff.gzipped, sampleTypes: [], samples: 0, totals: {}, warnings: ['goroutine dump: use `goprof goroutines`'] };
    } else if (sniff.kind === 'unknown' && !sniff.gzipped) {
      throw new InputError(`${path}: not a profile or goroutine dump this tool can read`);
    } else {
      info = profileInfo(parseProfileBytes(path, bytes), allTypes);
    }
  }
  if (args.flags.has('json')) { io.out(JSON.stringify(info) + '\n'); return; }
  const lines = [`${path}: ${info.kind}${info.gzipped ? ' (gzip)' : ''}${info.format && info.format !== 'proto' ? `, ${info.format}` : ''}`];
  if (info.sampleTypes.length > 0) {
    lines.push(`samples: ${info.samples}`);
    const keys = totalKeys(info.sampleTypes);
    info.sampleTypes.forEach((t, k) => {
      const mark = t.type === info.defaultSampleType ? ' (default)' : '';
      // The text names each type as the editor's picker does (a name past 256 characters cut); --json gives it whole.
      lines.push(`  ${printedTypeName(t.type)} [${printedTypeName(t.unit)}]${mark}: total ${formatValue(info.totals[keys[k]], t.unit)}`);
    });
    const unlisted = (info.sampleTypeCount ?? 0) - info.sampleTypes.length;
    if (unlisted > 0) lines.push(`  … ${unlisted.toLocaleString('en-US')} more sample types (${info.sampleTypeCount!.toLocaleString('en-US')} in all; --all-types lists every one)`);
  }
  if (info.periodType) lines.push(`period: ${info.period} ${printedTypeName(info.periodType.type)}/${printedTypeName(info.periodType.unit)}`);
  if (info.timeNanos) lines.push(`time: ${new Date(info.timeNanos / 1e6).toISOString()}`);
  if (info.durationNanos) lines.push(`duration: ${formatValue(info.durationNanos, 'nanoseconds')}`);
  for (const w of info.warnings) lines.push(`warning: ${w}`);
  io.out(withVisibleControls(lines.join('\n') + '\n'));
}

export const info: CliCommand = {
  name: 'info',
  usage: 'FILE… [--all-types] [--json]',
  summary: 'what the file is: kind, sample types, totals (of several FILEs: of their merge)',
  details: `  --all-types           every sample type and its total (without it: the first ${SAMPLE_TYPES_LISTED}, the default one, and how many there are)\n`,
  run: infoCommand,
};
