// Golden files for the pprof core: `go tool pprof -top` on every pprof profile of the
// corpus and on the profiles of scripts/go/pprofgen, saved verbatim, plus a manifest
// saying which of our options each one corresponds to. Tests read them without Go.
// Run through `npm run golden` (scripts/regenerate-golden.ts).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeEscapingBytes } from '../src/core/byteEscapes';
import { parseProfile } from '../src/core/pprof/parse';
import { sniffProfileKind } from '../src/core/pprof/sniff';
import { writeSyntheticProfiles } from './pprof-synthetic';

const root = resolve(__dirname, '..');
const corpusDir = join(root, 'test/fixtures/corpus');
const generatedDir = join(root, 'test/fixtures/pprof/generated');
const goldenDir = join(root, 'test/fixtures/pprof/golden');
const syntheticDir = join(root, 'test/fixtures/pprof/synthetic');
const viewGoldenDir = join(goldenDir, 'views');

/** One golden: the pprof command line and the equivalent options of our API. */
export interface PprofGoldenCase {
  /** Path relative to the repo root. */
  profile: string;
  base?: string;
  sampleType: string;
  unit: string;
  granularity: 'functions' | 'filefunctions' | 'lines';
  focus?: string;
  ignore?: string;
  hide?: string;
  show?: string;
  /** -tagfocus / -tagignore values in pprof's syntax (our parseTagFilter reads them). */
  tagFocus?: string;
  tagIgnore?: string;
  tagRoot?: string[];
  /** Extra go tool pprof flags used. */
  pprofArgs: string[];
  /** File name under test/fixtures/pprof/golden holding pprof's stdout (or its error). */
  golden: string;
  /** true when go tool pprof failed on this input (golden holds its stderr). */
  pprofFailed: boolean;
}

export function unitFlag(unit: string): string[] {
  if (unit === 'bytes') return ['-unit=B'];
  if (unit === 'nanoseconds') return ['-unit=ns'];
  if (unit === 'microseconds') return ['-unit=us'];
  return [];
}

/**
 * pprof's output as text and as the bytes it printed: a name that is not UTF-8 is printed as its
 * bytes, which a golden keeps (its text holds them escaped, as goprof's does).
 */
export function runPprof(args: string[], env: Record<string, string> = {}): { out: string; bytes: Buffer; failed: boolean } {
  try {
    const bytes = execFileSync('go', ['tool', 'pprof', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28, env: { ...process.env, ...env } });
    return { out: decodeEscapingBytes(bytes), bytes, failed: false };
  } catch (e) {
    const out = String((e as { stderr?: Buffer }).stderr ?? e);
    return { out, bytes: Buffer.from(out), failed: true };
  }
}

export function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]+/g, '_');
}

export function regeneratePprofGoldens(): void {
  regenerateGeneratedProfiles();
  writeSyntheticProfiles(syntheticDir);
  rmSync(goldenDir, { recursive: true, force: true });
  mkdirSync(goldenDir, { recursive: true });
  const cases: PprofGoldenCase[] = [];
  const add = (c: Omit<PprofGoldenCase, 'golden' | 'pprofFailed'>, variant: string): void => {
    const args = ['-top', '-nodefraction=0', '-edgefraction=0', '-nodecount=1000000', `-sample_index=${c.sampleType}`, ...unitFlag(c.unit), ...c.pprofArgs];
    const { out, failed } = runPprof([...args, c.profile]);
    const golden = `${safeName(c.profile.split('/').pop()!)}.${safeName(c.sampleType)}${variant ? '.' + variant : ''}.top.txt`;
    writeFileSync(join(goldenDir, golden), out);
    cases.push({ ...c, pprofArgs: args, golden, pprofFailed: failed });
  };
  const inputs = [
    ...readdirSync(corpusDir).map(f => `test/fixtures/corpus/${f}`),
    ...readdirSync(generatedDir).map(f => `test/fixtures/pprof/generated/${f}`),
    ...readdirSync(syntheticDir).map(f => `test/fixtures/pprof/synthetic/${f}`),
  ].sort();
  for (const rel of inputs) {
    const bytes = readFileSync(join(root, rel));
    const kind = sniffProfileKind(bytes).kind;
    if (kind !== 'pprof' && kind !== 'pprof-text' && kind !== 'pprof-legacy-cpu') continue;
    let types: { type: string; unit: string }[];
    try { types = parseProfile(bytes).sampleTypes; } catch { continue; }
    for (const t of types) add({ profile: rel, sampleType: t.type, unit: t.unit, granularity: 'functions', pprofArgs: [] }, '');
  }
  // Filters, granularities, tagroot and diff on profiles with something to filter.
  const cpu = 'test/fixtures/pprof/generated/cpu.pb.gz';
  const ns = { sampleType: 'cpu', unit: 'nanoseconds' };
  add({ profile: cpu, ...ns, granularity: 'lines', pprofArgs: ['-lines'] }, 'lines');
  add({ profile: cpu, ...ns, granularity: 'filefunctions', pprofArgs: ['-filefunctions'] }, 'filefunctions');
  add({ profile: cpu, ...ns, granularity: 'functions', focus: 'recurse', pprofArgs: ['-focus=recurse'] }, 'focus');
  add({ profile: cpu, ...ns, granularity: 'functions', ignore: 'recurse', pprofArgs: ['-ignore=recurse'] }, 'ignore');
  add({ profile: cpu, ...ns, granularity: 'functions', hide: 'runtime\\.', pprofArgs: ['-hide=runtime\\.'] }, 'hide');
  add({ profile: cpu, ...ns, granularity: 'functions', show: 'main\\.', pprofArgs: ['-show=main\\.'] }, 'show');
  add({ profile: cpu, ...ns, granularity: 'functions', tagFocus: 'worker=hasher', pprofArgs: ['-tagfocus=worker=hasher'] }, 'tagfocus');
  add({ profile: cpu, ...ns, granularity: 'functions', tagRoot: ['worker'], pprofArgs: ['-tagroot=worker'] }, 'tagroot');
  const mtg = 'test/fixtures/corpus/real_mtg_default_pgo_cpu.pprof';
  add({ profile: mtg, ...ns, granularity: 'lines', pprofArgs: ['-lines'] }, 'lines');
  add({ profile: mtg, ...ns, granularity: 'functions', base: 'test/fixtures/corpus/real_hodis_cpu.pprof', pprofArgs: ['-diff_base=test/fixtures/corpus/real_hodis_cpu.pprof'] }, 'diff');
  add({ profile: 'test/fixtures/corpus/pyro_go_heap.pb.gz', sampleType: 'alloc_space', unit: 'bytes', granularity: 'functions', focus: 'bufio', ignore: 'compress', pprofArgs: ['-focus=bufio', '-ignore=compress'] }, 'focus-ignore');
  // Numeric label ranges with units (pprof's parseTagFilterRange); the heap profile's "bytes" labels.
  const heap = { profile: 'test/fixtures/corpus/pyro_go_heap.pb.gz', sampleType: 'alloc_space', unit: 'bytes', granularity: 'functions' as const };
  const ranges: [string, 'tagFocus' | 'tagIgnore'][] = [
    ['bytes=1mb:', 'tagFocus'], ['bytes=:512kb', 'tagFocus'], ['bytes=64kb:1mb', 'tagFocus'], ['bytes=4kb', 'tagFocus'],
    ['bytes=1024:', 'tagFocus'], ['bytes=8b:16', 'tagFocus'], ['64kb:1mb', 'tagFocus'], ['bytes=32768b:1mb', 'tagIgnore'],
    ['bytes=:1kilobyte', 'tagIgnore'],
  ];
  ranges.forEach(([spec, kind], i) => add({ ...heap, [kind]: spec, pprofArgs: [`-${kind.toLowerCase()}=${spec}`] }, `${kind.toLowerCase()}${i}`));
  writeFileSync(join(goldenDir, 'manifest.json'), JSON.stringify(cases, null, 1) + '\n');
  console.log(`pprof: ${cases.length} goldens in ${goldenDir}`);
  regenerateViewGoldens(inputs);
}

/**
 * One golden of a pprof text report (-top with pprof's default trimming, -peek, -traces,
 * -tree): pprof's stdout verbatim, and the `goprof` arguments that must print the same.
 */
export interface PprofViewCase {
  view: 'top' | 'peek' | 'traces' | 'tree';
  profile: string;
  /** `go tool pprof` arguments (before the profile). */
  pprofArgs: string[];
  /** `goprof` arguments (the command and FILE included). */
  goprofArgs: string[];
  /** File name under test/fixtures/pprof/golden/views. */
  golden: string;
  /** For outputs too large to commit: the golden holds the first 200 lines; this is of the whole text. */
  digest?: { sha256: string; bytes: number; lines: number };
  pprofFailed: boolean;
}

/** A query as both tools spell it: pprof's flags and ours. */
interface ViewQuery { name: string; pprof: string[]; goprof: string[] }

const q = (name: string, pprof: string[], goprof: string[]): ViewQuery => ({ name, pprof, goprof });

/** Outputs up to this size are kept whole; -traces of a large profile is megabytes of the same kind of line. */
export const MAX_VIEW_GOLDEN = 300_000;

/** A regex matching exactly the three functions with the most flat value, as pprof -top lists them. */
export function heaviestFunctionsRegex(profiles: string | readonly string[], query: { pprof: string[] }): string {
  const { out } = runPprof(['-top', '-nodecount=3', ...query.pprof, ...(typeof profiles === 'string' ? [profiles] : profiles)]);
  const lines = out.split('\n');
  const start = lines.findIndex(l => /^\s+flat\s+flat%/.test(l));
  const names = lines.slice(start + 1).filter(l => l.trim() !== '').map(l => /^\s*\S+\s+\S+%\s+\S+%\s+\S+\s+\S+%\s+(.*?)(?: \((?:partial-)?inline\))?$/.exec(l)![1]);
  return names.map(n => `^${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).join('|');
}

function regenerateViewGoldens(inputs: string[]): void {
  mkdirSync(viewGoldenDir, { recursive: true });
  const cases: PprofViewCase[] = [];
  const digested: string[] = [];
  const add = (view: PprofViewCase['view'], profile: string, query: ViewQuery, unit: string | undefined, peekRegex = '.'): void => {
    const unitArgs = unit === undefined ? [] : unitFlag(unit);
    const pprofView = view === 'peek' ? [`-peek=${peekRegex}`] : [`-${view}`];
    const pprofArgs = [...pprofView, ...unitArgs, ...query.pprof];
    const { out, failed } = runPprof([...pprofArgs, profile], { TZ: 'UTC' });
    if (out.length > MAX_VIEW_GOLDEN && view === 'peek' && peekRegex === '.') {
      // The whole graph is too much text: peek at the three heaviest functions instead.
      add(view, profile, query, unit, heaviestFunctionsRegex(profile, query));
      return;
    }
    const golden = `${safeName(profile.split('/').pop()!)}.${view}${query.name ? '.' + query.name : ''}${unit === undefined ? '' : '.raw'}.txt`;
    let digest: PprofViewCase['digest'];
    if (out.length > MAX_VIEW_GOLDEN) {
      // Megabytes of -traces: keep pprof's first lines to read and the whole text's digest.
      digest = { sha256: createHash('sha256').update(out).digest('hex'), bytes: Buffer.byteLength(out), lines: out.split('\n').length };
      digested.push(golden);
      writeFileSync(join(viewGoldenDir, golden), out.split('\n').slice(0, 200).join('\n') + '\n');
    } else {
      writeFileSync(join(viewGoldenDir, golden), out);
    }
    const goprofUnit = unitArgs.length ? ['--unit', unitArgs[0].slice('-unit='.length)] : [];
    cases.push({ view, profile, pprofArgs, goprofArgs: [view, profile, ...(view === 'peek' ? [peekRegex] : []), ...goprofUnit, ...query.goprof], golden, digest, pprofFailed: failed });
  };
  const none = q('', [], []);
  // Every profile: the three text views with pprof's defaults, values raw in the profile's unit.
  for (const rel of inputs) {
    const bytes = readFileSync(join(root, rel));
    const kind = sniffProfileKind(bytes).kind;
    if (kind !== 'pprof' && kind !== 'pprof-text' && kind !== 'pprof-legacy-cpu') continue;
    let profile;
    try { profile = parseProfile(bytes); } catch { continue; }
    const unit = profile.sampleTypes[profile.defaultSampleTypeIndex]?.unit ?? '';
    for (const view of ['top', 'peek', 'traces'] as const) add(view, rel, none, unit);
  }
  // pprof's default unit ("minimum": one unit per report) and trimming, on a few profiles.
  for (const rel of ['test/fixtures/pprof/generated/cpu.pb.gz', 'test/fixtures/pprof/generated/allocs.pb.gz', 'test/fixtures/corpus/pyro_go_heap.pb.gz', 'test/fixtures/corpus/real_mtg_default_pgo_cpu.pprof']) {
    for (const view of ['top', 'tree', 'traces'] as const) add(view, rel, none, undefined);
  }
  // Filters, granularities, label frames and diffs on profiles with something to filter.
  const cpu = 'test/fixtures/pprof/generated/cpu.pb.gz';
  const mtg = 'test/fixtures/corpus/real_mtg_default_pgo_cpu.pprof';
  const heap = 'test/fixtures/corpus/pyro_go_heap.pb.gz';
  const hodisHeap = 'test/fixtures/corpus/real_hodis_heap.pprof';
  // -peek of a few functions where '.' (every function) would print the whole large graph.
  const peekRegexes: Record<string, string> = { [cpu]: 'hashLoop|recurse', [mtg]: 'mtglib\\.|mallocgc$' };
  const filtered: [string, ViewQuery[]][] = [
    [cpu, [
      q('focus', ['-focus=recurse'], ['--focus', 'recurse']),
      q('ignore', ['-ignore=recurse'], ['--ignore', 'recurse']),
      q('hide', ['-hide=runtime'], ['--hide', 'runtime']),
      q('show', ['-show=main\\.'], ['--show', 'main\\.']),
      q('show_from', ['-show_from=hashLoop'], ['--show-from', 'hashLoop']),
      q('tagfocus', ['-tagfocus=worker=hasher'], ['--tagfocus', 'worker=hasher']),
      q('tagignore', ['-tagignore=worker=hasher'], ['--tagignore', 'worker=hasher']),
      q('tagroot', ['-tagroot=worker'], ['--tagroot', 'worker']),
      q('tagleaf', ['-tagleaf=worker'], ['--tagleaf', 'worker']),
      q('filefunctions', ['-filefunctions'], ['--granularity', 'filefunctions']),
      q('files', ['-files'], ['--granularity', 'files']),
      q('lines', ['-lines'], ['--granularity', 'lines']),
    ]],
    [mtg, [
      q('focus', ['-focus=gc'], ['--focus', 'gc']),
      q('ignore', ['-ignore=runtime\\.mallocgc'], ['--ignore', 'runtime\\.mallocgc']),
      q('hide', ['-hide=^runtime\\.'], ['--hide', '^runtime\\.']),
      q('show_from', ['-show_from=gcBgMarkWorker'], ['--show-from', 'gcBgMarkWorker']),
      // -focus on a caller of the -show_from frame: pprof focuses first, then cuts the caller away.
      q('focus_show_from', ['-focus=^runtime\\.gcBgMarkWorker$', '-show_from=^runtime\\.systemstack$'], ['--focus', '^runtime\\.gcBgMarkWorker$', '--show-from', '^runtime\\.systemstack$']),
      // -hide runs before -show_from: show_from sees only the frames hide left.
      q('hide_show_from', ['-hide=^runtime\\.systemstack$', '-show_from=systemstack|gcBgMarkWorker'], ['--hide', '^runtime\\.systemstack$', '--show-from', 'systemstack|gcBgMarkWorker']),
      q('files', ['-files'], ['--granularity', 'files']),
      q('lines', ['-lines'], ['--granularity', 'lines']),
      q('diff_base', ['-diff_base=test/fixtures/corpus/real_hodis_cpu.pprof'], ['--diff-base', 'test/fixtures/corpus/real_hodis_cpu.pprof']),
      q('base', ['-base=test/fixtures/corpus/real_hodis_cpu.pprof'], ['--base', 'test/fixtures/corpus/real_hodis_cpu.pprof']),
      q('diff_base_normalize', ['-diff_base=test/fixtures/corpus/real_hodis_cpu.pprof', '-normalize'], ['--diff-base', 'test/fixtures/corpus/real_hodis_cpu.pprof', '--normalize']),
    ]],
    [heap, [
      q('tagfocus', ['-tagfocus=bytes=64kb:1mb'], ['--tagfocus', 'bytes=64kb:1mb']),
      q('tagroot', ['-tagroot=bytes'], ['--tagroot', 'bytes']),
      q('focus_ignore', ['-focus=bufio', '-ignore=compress'], ['--focus', 'bufio', '--ignore', 'compress']),
      q('filefunctions', ['-filefunctions'], ['--granularity', 'filefunctions']),
      q('sample_index', ['-sample_index=alloc_space'], ['--sample-index', 'alloc_space']),
    ]],
    [hodisHeap, [
      q('base', ['-base=test/fixtures/corpus/gpn_heap.pprof'], ['--base', 'test/fixtures/corpus/gpn_heap.pprof']),
      q('diff_base', ['-diff_base=test/fixtures/corpus/gpn_heap.pprof'], ['--diff-base', 'test/fixtures/corpus/gpn_heap.pprof']),
    ]],
    // Two label keys in one list: pprof puts the first key nearest the root (or the last nearest the leaf).
    ['test/fixtures/corpus/pyro_go_cpu_labels.pprof', [
      q('tagroot_two_keys', ['-tagroot=foo,function'], ['--tagroot', 'foo,function']),
      q('tagleaf_two_keys', ['-tagleaf=function,foo'], ['--tagleaf', 'function,foo']),
    ]],
    // Found by scripts/sweep-options.ts: two binaries of one base name stay two rows; a profile
    // without mappings keeps the "File:" of none; a base that is itself a diff; -normalize of
    // profiles whose equal samples pprof merges first.
    ['test/fixtures/corpus/pprof_td_cppbench.heap', [
      q('diff_base_growth', ['-diff_base=test/fixtures/corpus/pprof_td_cppbench.growth'], ['--diff-base', 'test/fixtures/corpus/pprof_td_cppbench.growth']),
      // The legacy profile's drop_frames (allocator frames) prune the symbolized base too.
      q('base_cpp_heap', ['-base=test/fixtures/pprof/producers/gperftools_cpp_heap.pb.gz'], ['--base', 'test/fixtures/pprof/producers/gperftools_cpp_heap.pb.gz']),
    ]],
    ['test/fixtures/corpus/pprof_td_cppbench.growth', [
      q('diff_base_node_normalize', ['-diff_base=test/fixtures/pprof/producers/node_pprof_heap.pb.gz', '-normalize'], ['--diff-base', 'test/fixtures/pprof/producers/node_pprof_heap.pb.gz', '--normalize']),
      // Two address-only rows of one name and weight ("[cppbench_server_main]" of two paths):
      // pprof orders them by the printed node, the binary's whole path last.
      q('diff_base_heap_normalize', ['-diff_base=test/fixtures/corpus/pprof_td_cppbench.heap', '-normalize'], ['--diff-base', 'test/fixtures/corpus/pprof_td_cppbench.heap', '--normalize']),
    ]],
    // A file of two builds (a profile and its base from other binaries) is two rows at -files.
    ['test/fixtures/corpus/pyro_go_allocs_default_loki.pb.gz', [
      q('files_diff_base_pyro_heap', ['-files', '-diff_base=test/fixtures/corpus/pyro_go_heap.pb.gz'], ['--granularity', 'files', '--diff-base', 'test/fixtures/corpus/pyro_go_heap.pb.gz']),
    ]],
    ['test/fixtures/corpus/pprof_td_gobench.cpu', [
      q('base_generated', ['-base=test/fixtures/pprof/generated/cpu.pb.gz'], ['--base', 'test/fixtures/pprof/generated/cpu.pb.gz']),
    ]],
    ['test/fixtures/corpus/gpn_cpu_max_stack_depth.pprof', [
      q('diff_base_of_a_diff', ['-diff_base=test/fixtures/pprof/producers/diff_negative_values.pb.gz'], ['--diff-base', 'test/fixtures/pprof/producers/diff_negative_values.pb.gz']),
    ]],
    ['test/fixtures/pprof/generated/allocs.pb.gz', [
      q('base', ['-base=test/fixtures/pprof/generated/heap.pb.gz'], ['--base', 'test/fixtures/pprof/generated/heap.pb.gz']),
      q('diff_base', ['-diff_base=test/fixtures/pprof/generated/heap.pb.gz', '-sample_index=alloc_space'], ['--diff-base', 'test/fixtures/pprof/generated/heap.pb.gz', '--sample-index', 'alloc_space']),
    ]],
  ];
  for (const [rel, queries] of filtered) {
    const profile = parseProfile(readFileSync(join(root, rel)));
    const unit = profile.sampleTypes[profile.defaultSampleTypeIndex].unit;
    for (const query of queries) {
      for (const view of ['top', 'peek', 'traces', 'tree'] as const) add(view, rel, query, unit, peekRegexes[rel] ?? '.');
    }
  }
  // Found by scripts/sweep-options.ts: an edge's share that is an exact tie at two digits (0.03s
  // of 4.80s, 0.625%) prints rounded to even, as Go's %g rounds it.
  add('tree', mtg, q('ignore_mheap_nodecount', ['-ignore=mheap', '-nodecount=23'], ['--ignore', 'mheap', '--nodecount', '23']), undefined);
  writeFileSync(join(viewGoldenDir, 'manifest.json'), JSON.stringify(cases, null, 1) + '\n');
  console.log(`pprof: ${cases.length} view goldens in ${viewGoldenDir} (${digested.length} over ${MAX_VIEW_GOLDEN} bytes kept as their first 200 lines and a digest)`);
}

/** Re-runs the Go generator when Go is installed (profiles are committed, so tests need no Go). */
function regenerateGeneratedProfiles(): void {
  if (process.env.PPROF_KEEP_GENERATED === '1' && existsSync(generatedDir)) return;
  mkdirSync(generatedDir, { recursive: true });
  execFileSync('go', ['run', '.', '-out', generatedDir], { cwd: join(root, 'scripts/go/pprofgen'), stdio: 'inherit' });
}
