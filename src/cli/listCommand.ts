// `goprof list FILE… REGEX [query flags] [--workspace DIR]`: pprof's -list, each matching
// function's source with the flat and cum of every line, the source found on this machine by
// the same resolver as `resolve` (workspace, vendor/, staging/src, module cache, GOROOT).
import * as nodePath from 'node:path';
import type { CliCommand, CliIo } from './command';
import { flagString, InputError, UsageError } from './args';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE, takeRegexArgument } from './profileQuery';
import { createLocalSourceResolver } from './localSources';
import { readSourceFileSync, SourceFileError } from '../node/sourceFile';
import { listingCosts, renderListText, sourceLinesOf, sourceRoutineView, type RoutineSource } from '../core/report/sourceListing';
import { valueFormat } from '../core/report/pprofText';
import { withVisibleControls } from '../core/format';
import { compileLinearRegex, type LinearRegex } from '../core/linearRegex';
import { ContentKeyedMap, ContentKeyedSet } from '../shared/contentKeyedMap';

async function listCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'list', true, ['workspace', 'goroot', 'gomodcache']);
  let match: LinearRegex;
  try {
    match = compileLinearRegex(takeRegexArgument(args), 'list');
  } catch (e) {
    throw new UsageError(`REGEX: ${(e as Error).message}`);
  }
  // pprof lists at line granularity whatever -granularity says.
  args.flags.set('granularity', 'lines');
  const { view, ctx } = prepareQuery(args);
  const costs = listingCosts(view, name => match.test(name), ctx.total);
  if (costs.routines.length === 0 && costs.withoutSource.length === 0) throw new InputError(`no matches found for regexp: ${match.source}`);

  const workspace = nodePath.resolve(flagString(args, 'workspace') ?? '.');
  const resolver = await createLocalSourceResolver({ workspace, goroot: flagString(args, 'goroot'), gomodcache: flagString(args, 'gomodcache') });
  const sources = new ContentKeyedMap<RoutineSource>();
  // With the files of calls inlined into the routines: --json gives each call's source line.
  const files = new ContentKeyedSet(costs.routines.flatMap(r => [r.file, ...r.lines.flatMap(l => l.inlined.map(c => c.file))]));
  for (const file of files) sources.set(file, await readSource(file, resolver));

  if (args.flags.has('json')) {
    const sourceLine = (file: string, line: number): string | undefined => {
      const s = sources.get(file);
      return s && 'lines' in s ? s.lines[line - 1] : undefined;
    };
    const routines = costs.routines.map(r => {
      const source = sources.get(r.file)!;
      const { lines } = sourceRoutineView(r, source, undefined, sourceLine);
      return { func: r.func, file: r.file, flat: r.flat, cum: r.cum, ...('missing' in source ? { missing: source.missing } : {}), lines };
    });
    io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, routines, withoutSource: costs.withoutSource }) + '\n');
    return;
  }
  io.out(withVisibleControls(renderListText(costs, valueFormat(ctx), r => sources.get(r.file)!)));
}

async function readSource(file: string, resolver: Awaited<ReturnType<typeof createLocalSourceResolver>>): Promise<RoutineSource> {
  const found = await resolver.resolve(file);
  if (!found.resolved) {
    return { missing: found.ambiguous?.length ? `${found.ambiguous.length} files match ${file} equally well` : `could not find ${file} on this machine` };
  }
  try {
    return { lines: sourceLinesOf(readSourceFileSync(found.resolved)) };
  } catch (e) {
    return { missing: `cannot read ${found.resolved}: ${e instanceof SourceFileError ? e.message : String(e)}` };
  }
}

export const list: CliCommand = {
  name: 'list',
  usage: `FILE… REGEX ${QUERY_USAGE} [--workspace DIR] [--goroot DIR] [--gomodcache DIR]`,
  summary: 'the source of the functions matching REGEX with flat and cum per line, as go tool pprof -list',
  details: `${QUERY_DETAILS}  --workspace DIR       where the profile's source files are looked for (default: the current folder),
                        besides vendor/, staging/src, the module cache and GOROOT (--goroot, --gomodcache)
  Lines are listed from the function's start (or 5 lines before its first line with a cost) to 5
  lines after its last; a file not found on this machine is said to be, with the lines the profile has.
`,
  run: listCommand,
};
