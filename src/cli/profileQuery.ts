// The flags every pprof view command shares, with pprof's names and meaning, and the steps
// from files to a StackView in pprof's order: read, merge with -base/-diff_base (and
// -normalize), add -tagroot/-tagleaf frames, -show_from, then the view with its filters.
import { flagString, InputError, parseArgs, UsageError, type ParsedArgs } from './args';
import { shownInput } from '../core/pprof/errors';
import { ProfileReader } from './profileInput';
import { compileLinearRegex, type LinearRegex } from '../core/linearRegex';
import {
  createStackView, IncompatibleProfilesError, parseTagFilter, sampleTypeIndex,
  type Granularity, type Profile, type StackView, type TagFilter,
} from '../core/pprof';
import { addLabelFrames, hideFrames, keepSamples, pruneFrom, showFrom } from '../core/pprof/reshape';
import { mergeSamples } from '../core/pprof/mergeSamples';
import { compareWithBase } from '../core/report/profileDiff';
import { relativeTotal } from '../core/report/relativeTotal';
import type { TrimOptions } from '../core/report/callGraph';
import type { ReportContext } from '../core/report/pprofText';

export const QUERY_VALUE_FLAGS = [
  'sample-index', 'focus', 'ignore', 'hide', 'show', 'show-from', 'prune-from', 'tagfocus', 'tagignore', 'tagroot', 'tagleaf',
  'granularity', 'base', 'diff-base', 'nodecount', 'nodefraction', 'edgefraction', 'unit',
] as const;
export const QUERY_BOOLEAN_FLAGS = ['normalize', 'json'] as const;

export const QUERY_USAGE = '[--sample-index T] [--focus RE] [--ignore RE] [--hide RE] [--show RE] [--show-from RE] [--prune-from RE] '
  + '[--tagfocus F] [--tagignore F] [--tagroot KEYS] [--tagleaf KEYS] [--granularity functions|filefunctions|files|lines] '
  + '[--base FILE | --diff-base FILE] [--normalize] [--nodecount N] [--unit U] [--json]';

export const QUERY_DETAILS = `FILE… is one profile, or several merged as go tool pprof a b c merges them
(the same sample types; units of one kind brought to the finest; equal samples summed).
Flags as go tool pprof's (-sample_index, -focus, …):
  --sample-index T      sample type index or name (inuse_space/inuse_objects also name space/objects; default: the profile's default_sample_type, else the last)
  --focus/--ignore RE   keep only / drop samples with a frame matching RE (function name, file or binary)
  --hide/--show RE      remove frames matching / not matching RE
  --show-from RE        drop the frames above the outermost one matching RE
  --prune-from RE       drop the frames below (callees of) the innermost one matching RE
  --tagfocus/--tagignore F   label filters: key=regex, key=64kb:1mb, …
  --tagroot/--tagleaf KEYS   label values as frames at the root / leaf (comma-separated keys)
  --granularity G       functions (default), filefunctions, files, lines
  --base FILE           subtract FILE's samples (growth of cumulative profiles such as allocs)
  --diff-base FILE      compare with FILE: its samples negated, percentages of FILE's total
  --normalize           scale the profile to the base's total first
  --nodecount N, --nodefraction F, --edgefraction F   pprof's trimming (top: 0, 0.005, 0.001; tree: 80, …)
  --unit U              minimum (default: pprof's), auto, or a unit: B, MB, ns, ms, s …
  --json                the same numbers, raw in the profile's unit, negative where a diff loses
`;

export interface PreparedQuery {
  view: StackView;
  ctx: ReportContext;
  args: ParsedArgs;
  /** --focus/--ignore/--hide/--show were applied to ctx.profile already (before --show-from, as pprof does). */
  nameFiltersApplied: boolean;
}

const GRANULARITIES: readonly Granularity[] = ['functions', 'filefunctions', 'files', 'lines'];

function regexFlag(args: ParsedArgs, name: string): LinearRegex | undefined {
  const source = flagString(args, name);
  if (source === undefined || source === '') return undefined;
  try {
    return compileLinearRegex(source, name);
  } catch (e) {
    throw new UsageError(`--${name}: ${(e as Error).message}`);
  }
}

function tagFlag(args: ParsedArgs, name: string): TagFilter[] | undefined {
  const spec = flagString(args, name);
  if (spec === undefined || spec === '') return undefined;
  try {
    return [parseTagFilter(spec)];
  } catch (e) {
    throw new UsageError(`--${name}: ${(e as Error).message}`);
  }
}

function numberFlag(args: ParsedArgs, name: string, whole: boolean): number | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  const ok = whole ? /^\d+$/.test(v) : /^\d+(\.\d+)?$/.test(v);
  if (!ok) throw new UsageError(`--${name} takes ${whole ? 'a whole number' : 'a number'}, got "${shownInput(v)}"`);
  return Number(v);
}

/**
 * The trimming pprof applies to a report, `defaults` overridden by --nodecount/--nodefraction/--edgefraction,
 * and its order: by cum with --cum (for the commands that take it).
 */
export function trimOptions(args: ParsedArgs, defaults: TrimOptions): TrimOptions {
  return {
    nodeCount: numberFlag(args, 'nodecount', true) ?? defaults.nodeCount,
    nodeFraction: numberFlag(args, 'nodefraction', false) ?? defaults.nodeFraction,
    edgeFraction: numberFlag(args, 'edgefraction', false) ?? defaults.edgeFraction,
    cumSort: args.flags.has('cum'),
  };
}

/**
 * pprof's -cum, for the reports whose order it changes (top, tree, peek; not traces or the graph's
 * drawing), and -noinlines and -relative_percentages, for the text reports checked against pprof's.
 */
export const CUM_FLAG = 'cum';
export const REPORT_FLAGS = ['noinlines', 'relative-percentages'] as const;
export const CUM_USAGE = '[--cum]';
export const REPORT_USAGE = '[--noinlines] [--relative-percentages]';
export const REPORT_DETAILS = `  --noinlines           inlined calls joined into their caller: each location is the function its code was compiled into
  --relative-percentages   percentages of what the filters keep, not of the whole profile
`;
export const CUM_DETAILS = '  --cum                 sort by cumulative value (cum) instead of flat, as go tool pprof -cum\n';

/** The command's arguments: one or more FILEs (merged as pprof merges them), then REGEX when `withRegex`. */
export function parseQueryArgs(argv: string[], command: string, withRegex: boolean, extraValueFlags: readonly string[] = [], extraBooleanFlags: readonly string[] = []): ParsedArgs {
  const args = parseArgs(argv, [...QUERY_VALUE_FLAGS, ...extraValueFlags], [...QUERY_BOOLEAN_FLAGS, ...extraBooleanFlags]);
  if (args.positional.length < (withRegex ? 2 : 1)) {
    throw new UsageError(withRegex ? `${command} takes FILE… and REGEX` : `${command} takes one FILE or more`);
  }
  return args;
}

/** The REGEX after the FILEs, taken off the positionals (peek, list). */
export function takeRegexArgument(args: ParsedArgs): string {
  return args.positional.pop()!;
}

/** The FILEs as one name: a title, the merge's "a + b". */
export function profileFilesName(args: ParsedArgs, name: (path: string) => string = p => p): string {
  return args.positional.map(name).join(' + ');
}

/** pprof's `Active filters:` entries, in its order. */
function activeFilters(args: ParsedArgs): string[] {
  const names: [string, string][] = [['focus', 'focus'], ['ignore', 'ignore'], ['hide', 'hide'], ['show', 'show'],
    ['show-from', 'show_from'], ['tagfocus', 'tagfocus'], ['tagignore', 'tagignore']];
  return names.flatMap(([flag, pprofName]) => {
    const v = flagString(args, flag);
    return v ? [`${pprofName}=${v}`] : [];
  });
}

/**
 * Reads FILE (several merged, as pprof merges them) and the base, and builds the view the flags
 * ask for. `mergeAlways`: merge equal samples even without a base, as pprof does to every profile
 * (matters for -traces; a merge of several files has merged them).
 */
export function prepareQuery(args: ParsedArgs, options: { mergeAlways?: boolean; filtersInView?: boolean } = {}): PreparedQuery {
  const granularity = (flagString(args, 'granularity') ?? 'functions') as Granularity;
  if (!GRANULARITIES.includes(granularity)) throw new UsageError(`--granularity must be one of ${GRANULARITIES.join(', ')}, got "${shownInput(granularity)}"`);
  const focus = regexFlag(args, 'focus'), ignore = regexFlag(args, 'ignore');
  const hide = regexFlag(args, 'hide'), show = regexFlag(args, 'show'), from = regexFlag(args, 'show-from');
  const pruneAt = regexFlag(args, 'prune-from');
  const tagFocus = tagFlag(args, 'tagfocus'), tagIgnore = tagFlag(args, 'tagignore');
  const keys = (name: string) => (flagString(args, name) ?? '').split(',').filter(k => k !== '');
  const basePath = flagString(args, 'base'), diffBasePath = flagString(args, 'diff-base');
  if (basePath !== undefined && diffBasePath !== undefined) throw new UsageError('use one of --base and --diff-base');
  if (args.flags.has('normalize') && basePath === undefined && diffBasePath === undefined) throw new UsageError('--normalize needs --base or --diff-base');
  const unit = flagString(args, 'unit') ?? 'minimum';

  const baseFile = basePath ?? diffBasePath;
  const reader = new ProfileReader(args.positional.length + (baseFile === undefined ? 0 : 1));
  let profile: Profile = reader.files(args.positional);
  if (baseFile !== undefined) {
    try {
      const base = reader.file(baseFile);
      // pprof merges what it reads (profile.Merge): equal samples summed, a sample and its negated base cancel.
      profile = compareWithBase(profile, base, { subtractBase: basePath !== undefined, normalize: args.flags.has('normalize') });
    } catch (e) {
      if (e instanceof IncompatibleProfilesError) throw new InputError(`--${basePath !== undefined ? 'base' : 'diff-base'} ${baseFile}: ${e.message}`);
      throw e;
    }
  } else if (options.mergeAlways && args.positional.length === 1) {
    profile = mergeSamples(profile);
  }
  let typeIndex: number;
  if (profile.sampleTypes.length === 0) throw new InputError(`${profileFilesName(args)}: the profile has no sample types: no values to show`);
  try {
    typeIndex = sampleTypeIndex(profile, flagString(args, 'sample-index'));
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  profile = addLabelFrames(profile, keys('tagroot'), keys('tagleaf'), unit);
  // pprof takes the total before any filter: -show_from must not shrink it.
  const total = from || pruneAt ? createStackView(profile, { sampleType: typeIndex }).total : undefined;
  // pprof applies -focus/-ignore/-hide/-show before -show_from and -prune_from (a focus on a
  // caller of the show_from frame keeps its samples, then show_from cuts the caller away; they see
  // only the frames -hide left), so with either they are applied here first.
  const focusFirst = (from !== undefined || pruneAt !== undefined) && (focus !== undefined || ignore !== undefined || hide !== undefined || show !== undefined);
  if (focusFirst && (focus !== undefined || ignore !== undefined)) profile = keepSamples(profile, createStackView(profile, { sampleType: typeIndex, filters: { focus, ignore } }).kept);
  if (focusFirst) profile = hideFrames(profile, hide, show);
  if (from) profile = showFrom(profile, from);
  if (pruneAt) profile = pruneFrom(profile, pruneAt);
  const filters = options.filtersInView === false ? {} : focusFirst ? { tagFocus, tagIgnore } : { focus, ignore, hide, show, tagFocus, tagIgnore };
  const view = createStackView(profile, { sampleType: typeIndex, granularity, filters, noInlines: args.flags.has('noinlines') });
  const sampleType = profile.sampleTypes[typeIndex];
  return {
    view, args, nameFiltersApplied: focusFirst,
    ctx: { profile, sampleType: sampleType.type, sampleUnit: sampleType.unit, total: args.flags.has('relative-percentages') ? relativeTotal(view) : total ?? view.total, outputUnit: unit, activeFilters: activeFilters(args) },
  };
}
