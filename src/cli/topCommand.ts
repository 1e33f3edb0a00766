// `goprof top FILE [--sample-index TYPE] [--nodecount N] [--focus RE] [--ignore RE] [--base FILE] [--json]`
// Values are the profile's raw integers in its unit, comparable with `go tool pprof -top -unit=B|ns`.
import type { CliIo } from './main';
import { flagInt, flagString, InputError, parseArgs, UsageError } from './args';
import { diffProfiles, IncompatibleProfilesError, sampleTypeIndex, topTable, type TopResult } from '../core/pprof';
import { readProfileFile } from './profileInput';
import { withVisibleControls } from '../core/format';
import { compileLinearRegex, type LinearRegex } from '../core/linearRegex';

export interface TopJson {
  sampleType: string;
  unit: string;
  total: number;
  rows: { func: string; flat: number; cum: number }[];
}

export async function topCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, ['sample-index', 'nodecount', 'focus', 'ignore', 'base'], ['json']);
  if (args.positional.length !== 1) throw new UsageError('top takes exactly one FILE');
  const nodeCount = flagInt(args, 'nodecount');
  const focus = regexFlag(flagString(args, 'focus'), 'focus');
  const ignore = regexFlag(flagString(args, 'ignore'), 'ignore');
  let profile = readProfileFile(args.positional[0]);
  const basePath = flagString(args, 'base');
  if (basePath !== undefined) {
    try {
      profile = diffProfiles(profile, readProfileFile(basePath));
    } catch (e) {
      if (e instanceof IncompatibleProfilesError) throw new InputError(`--base ${basePath}: ${e.message}`);
      throw e;
    }
  }
  const sampleIndex = flagString(args, 'sample-index');
  let typeIndex: number;
  try {
    typeIndex = sampleTypeIndex(profile, sampleIndex);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const top = topTable(profile, { sampleType: typeIndex, filters: { focus, ignore } });
  const rows = nodeCount !== undefined ? top.rows.slice(0, nodeCount) : top.rows;
  if (args.flags.has('json')) {
    const json: TopJson = {
      sampleType: top.sampleType.type, unit: top.sampleType.unit, total: top.total,
      rows: rows.map(r => ({ func: r.func, flat: r.flat, cum: r.cum })),
    };
    io.out(JSON.stringify(json) + '\n');
    return;
  }
  io.out(withVisibleControls(renderTopTable(top, rows)));
}

function regexFlag(source: string | undefined, name: string): LinearRegex | undefined {
  if (source === undefined) return undefined;
  try {
    return compileLinearRegex(source, name);
  } catch (e) {
    throw new UsageError(`--${name}: ${(e as Error).message}`);
  }
}

const unitSuffix: Record<string, string> = { bytes: 'B', nanoseconds: 'ns' };

/** A table shaped like `go tool pprof -top -unit=B|ns` (raw values with the unit suffix). */
export function renderTopTable(top: TopResult, rows: TopResult['rows']): string {
  const suffix = unitSuffix[top.sampleType.unit] ?? '';
  const v = (n: number) => (n === 0 ? '0' : `${n}${suffix}`);
  const pct = (n: number) => (top.total === 0 ? '0%' : `${trim((n / top.total) * 100)}%`);
  const shown = rows.reduce((s, r) => s + r.flat, 0);
  const out = [`Type: ${top.sampleType.type}`,
    `Showing nodes accounting for ${v(shown)}, ${pct(shown)} of ${v(top.total)} total`];
  if (rows.length < top.rows.length) out.push(`Dropped ${top.rows.length - rows.length} nodes`);
  out.push(`${'flat'.padStart(10)}  flat%   sum%  ${'cum'.padStart(10)}   cum%`);
  let sum = 0;
  for (const r of rows) {
    sum += r.flat;
    out.push(`${v(r.flat).padStart(10)} ${pct(r.flat).padStart(6)} ${pct(sum).padStart(6)} ${v(r.cum).padStart(10)} ${pct(r.cum).padStart(6)}  ${r.func}`);
  }
  return out.join('\n') + '\n';
}

function trim(p: number): string {
  const s = p.toFixed(2);
  return s === '100.00' ? '100' : s.replace(/\.00$/, '');
}
