// Golden files for pprof's flags and reports beyond the views of golden-pprof.ts: -cum (top,
// tree, peek ordered by cum), -noinlines (inlined calls joined into their caller; the text reports and -dot),
// -relative_percentages (the filters' samples as 100%), -prune_from (callees cut), -tags (the
// label summary) and -raw (the profile as pprof holds it once read), on fixtures that exercise each
// (labelled CPU profiles, heaps with numeric `bytes` labels, values past 2^53, merged pairs,
// filters, a base), saved verbatim with the `goprof` arguments that must print the same. Only
// these goldens: no fixture profile is regenerated. Run through `npm run golden -- flags`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_VIEW_GOLDEN, runPprof, safeName } from './golden-pprof';
import type { MergeGoldenCase } from './golden-merge';
import { parseProfile } from '../src/core/pprof/parse';
import { sniffProfileKind } from '../src/core/pprof/sniff';

const root = resolve(__dirname, '..');
export const flagsGoldenDir = join(root, 'test/fixtures/pprof/flags-golden');

/** One golden: as a merge golden (profiles, both tools' arguments, the golden, its digest), of these reports. */
export type FlagsGoldenCase = Omit<MergeGoldenCase, 'view' | 'sourceMissing'> & {
  /** The goprof command (pprof's report of the same name). */
  view: 'top' | 'tree' | 'peek' | 'traces' | 'dot' | 'tags' | 'raw';
};

const G = 'test/fixtures/pprof/generated', C = 'test/fixtures/corpus', P = 'test/fixtures/pprof/producers';

/** One query as both tools spell it. */
interface Query { name: string; pprof: string[]; goprof: string[] }
const q = (name: string, pprof: string[], goprof: string[]): Query => ({ name, pprof, goprof });

/** -cum on the views whose order it changes: CPU with labels, heaps, a merge, a diff, a granularity. */
const CUM_CASES: [view: 'top' | 'tree' | 'peek', profiles: string[], query: Query][] = [
  ['top', [`${C}/pyro_go_cpu_labels.pprof`], q('', [], [])],
  ['top', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('', [], [])],
  ['top', [`${C}/real_hodis_heap.pprof`], q('inuse_objects', ['-sample_index=inuse_objects'], ['--sample-index', 'inuse_objects'])],
  ['top', [`${G}/cpu.pb.gz`], q('lines', ['-lines'], ['--granularity', 'lines'])],
  ['top', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('diff_base', [`-diff_base=${C}/real_hodis_cpu.pprof`], ['--diff-base', `${C}/real_hodis_cpu.pprof`])],
  ['top', [`${C}/pyro_go_cpu_labels.pprof`, `${C}/gpn_cpu_labels.pprof`], q('', [], [])],
  ['top', [`${P}/handrolled_sums_past_2p53.pb.gz`], q('', [], [])],
  ['tree', [`${G}/cpu.pb.gz`], q('', [], [])],
  ['tree', [`${C}/pyro_go_heap.pb.gz`], q('nodecount', ['-nodecount=12'], ['--nodecount', '12'])],
  ['tree', [`${G}/heap.pb.gz`, `${G}/allocs.pb.gz`], q('', [], [])],
  ['peek', [`${G}/cpu.pb.gz`], q('', ['-peek=main\\.|runtime\\.mcall'], ['main\\.|runtime\\.mcall'])],
  ['peek', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('', ['-peek=mtglib\\.|mallocgc$'], ['mtglib\\.|mallocgc$'])],
];

/** -noinlines on profiles with inlined calls (Go 1.19's, a PGO build's, a producer's inline columns), with what it meets. */
const NOINLINES_CASES: [view: 'top' | 'tree' | 'peek' | 'traces', profiles: string[], query: Query][] = [
  ['top', [`${G}/cpu.pb.gz`], q('', [], [])],
  ['tree', [`${G}/cpu.pb.gz`], q('', [], [])],
  ['traces', [`${G}/cpu.pb.gz`], q('', [], [])],
  ['top', [`${G}/cpu.pb.gz`], q('lines', ['-lines'], ['--granularity', 'lines'])],
  ['top', [`${G}/cpu.pb.gz`], q('hide', ['-hide=mix'], ['--hide', 'mix'])],
  ['top', [`${G}/cpu.pb.gz`], q('show', ['-show=main'], ['--show', 'main'])],
  ['top', [`${G}/cpu.pb.gz`], q('focus', ['-focus=mix'], ['--focus', 'mix'])],
  ['top', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('', [], [])],
  ['tree', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('cum', ['-cum'], ['--cum'])],
  ['peek', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('', ['-peek=mtglib\\.|mallocgc$'], ['mtglib\\.|mallocgc$'])],
  ['top', [`${P}/inline_columns.pb.gz`], q('', [], [])],
  ['traces', [`${P}/inline_columns.pb.gz`], q('', [], [])],
  ['top', [`${G}/cpu.pb.gz`, `${C}/real_mtg_default_pgo_cpu.pprof`], q('', [], [])],
];

/** -relative_percentages with the filters that make it differ: name, label and show_from filters, -hide, a diff. */
const RELATIVE_CASES: [view: 'top' | 'tree' | 'peek' | 'traces', profiles: string[], query: Query][] = [
  ['top', [`${G}/cpu.pb.gz`], q('focus', ['-focus=recurse'], ['--focus', 'recurse'])],
  ['tree', [`${G}/cpu.pb.gz`], q('tagfocus', ['-tagfocus=worker=hasher'], ['--tagfocus', 'worker=hasher'])],
  ['peek', [`${G}/cpu.pb.gz`], q('ignore', ['-peek=main\\.', '-ignore=recurse'], ['main\\.', '--ignore', 'recurse'])],
  ['traces', [`${G}/cpu.pb.gz`], q('tagignore', ['-tagignore=worker=hasher'], ['--tagignore', 'worker=hasher'])],
  ['top', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('show_from', ['-show_from=gcBgMarkWorker'], ['--show-from', 'gcBgMarkWorker'])],
  ['top', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('hide', ['-hide=^runtime\\.'], ['--hide', '^runtime\\.'])],
  ['top', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('diff_base_focus', [`-diff_base=${C}/real_hodis_cpu.pprof`, '-focus=gc'], ['--diff-base', `${C}/real_hodis_cpu.pprof`, '--focus', 'gc'])],
  ['top', [`${C}/pyro_go_heap.pb.gz`], q('tagfocus_range', ['-tagfocus=bytes=64kb:1mb', '-sample_index=alloc_space'], ['--tagfocus', 'bytes=64kb:1mb', '--sample-index', 'alloc_space'])],
  ['top', [`${C}/pyro_go_cpu_labels.pprof`, `${C}/gpn_cpu_labels.pprof`], q('tagfocus', ['-tagfocus=function=fast'], ['--tagfocus', 'function=fast'])],
];

/** -prune_from: an inlined callee's location cut inside, a heap's allocator, with -hide, -focus and -show_from before it. */
const PRUNE_CASES: [view: 'top' | 'tree' | 'peek' | 'traces', profiles: string[], query: Query][] = [
  ['top', [`${G}/cpu.pb.gz`], q('hashloop', ['-prune_from=hashLoop'], ['--prune-from', 'hashLoop'])],
  ['traces', [`${G}/cpu.pb.gz`], q('mix', ['-prune_from=mix'], ['--prune-from', 'mix'])],
  ['tree', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('mallocgc_hide', ['-prune_from=^runtime\\.mallocgc$', '-hide=systemstack'], ['--prune-from', '^runtime\\.mallocgc$', '--hide', 'systemstack'])],
  ['top', [`${C}/real_mtg_default_pgo_cpu.pprof`], q('show_from', ['-prune_from=mallocgc', '-show_from=gcBgMarkWorker'], ['--prune-from', 'mallocgc', '--show-from', 'gcBgMarkWorker'])],
  ['peek', [`${C}/pyro_go_heap.pb.gz`], q('focus', ['-peek=bufio', '-prune_from=bufio', '-focus=compress'], ['bufio', '--prune-from', 'bufio', '--focus', 'compress'])],
  ['top', [`${G}/heap.pb.gz`, `${G}/allocs.pb.gz`], q('merged', ['-prune_from=^main\\.'], ['--prune-from', '^main\\.'])],
];

/** The graph (`goprof graph --json` against -dot) with -noinlines and -relative_percentages. */
const GRAPH_CASES: [profiles: string[], query: Query][] = [
  [[`${G}/cpu.pb.gz`], q('noinlines', ['-unit=ns', '-noinlines'], ['--unit', 'ns', '--noinlines'])],
  [[`${C}/real_mtg_default_pgo_cpu.pprof`], q('noinlines', ['-unit=ns', '-noinlines'], ['--unit', 'ns', '--noinlines'])],
  [[`${G}/cpu.pb.gz`], q('relative_focus', ['-unit=ns', '-relative_percentages', '-focus=recurse'], ['--unit', 'ns', '--relative-percentages', '--focus', 'recurse'])],
  [[`${C}/pyro_go_heap.pb.gz`], q('relative_tagfocus', ['-unit=B', '-relative_percentages', '-tagfocus=bytes=64kb:1mb'], ['--unit', 'B', '--relative-percentages', '--tagfocus', 'bytes=64kb:1mb'])],
];

/** -tags with the query flags: label and numeric filters, name filters, other types and units, bases, merges. */
const TAGS_QUERIES: [profiles: string[], query: Query][] = [
  [[`${C}/pyro_go_cpu_labels.pprof`], q('tagfocus', ['-tagfocus=function=slow'], ['--tagfocus', 'function=slow'])],
  [[`${C}/pyro_go_cpu_labels.pprof`], q('focus', ['-focus=fast'], ['--focus', 'fast'])],
  [[`${C}/pyro_go_cpu_labels.pprof`], q('hide', ['-hide=main'], ['--hide', 'main'])],
  [[`${C}/pyro_go_cpu_labels.pprof`], q('show_from', ['-show_from=main'], ['--show-from', 'main'])],
  [[`${C}/pyro_go_cpu_labels.pprof`], q('diff_base', [`-diff_base=${C}/gpn_cpu_labels.pprof`], ['--diff-base', `${C}/gpn_cpu_labels.pprof`])],
  [[`${C}/pyro_go_cpu_labels.pprof`], q('base', [`-base=${C}/gpn_cpu_labels.pprof`], ['--base', `${C}/gpn_cpu_labels.pprof`])],
  [[`${C}/pyro_go_cpu_labels.pprof`, `${C}/gpn_cpu_labels.pprof`], q('', [], [])],
  [[`${G}/cpu.pb.gz`, `${G}/cpu.pb.gz`], q('ignore', ['-ignore=recurse'], ['--ignore', 'recurse'])],
  [[`${C}/pyro_go_heap.pb.gz`], q('unit_kb', ['-unit=kb'], ['--unit', 'kb'])],
  [[`${C}/pyro_go_heap.pb.gz`], q('alloc_objects', ['-sample_index=alloc_objects'], ['--sample-index', 'alloc_objects'])],
  [[`${C}/pyro_go_heap.pb.gz`], q('inuse_space_range', ['-sample_index=inuse_space', '-tagfocus=bytes=64kb:1mb'], ['--sample-index', 'inuse_space', '--tagfocus', 'bytes=64kb:1mb'])],
  [[`${C}/pyro_go_heap.pb.gz`], q('tagignore', ['-tagignore=bytes=:1kb'], ['--tagignore', 'bytes=:1kb'])],
  [[`${G}/heap.pb.gz`, `${G}/allocs.pb.gz`], q('', [], [])],
];

/** -raw with what changes it: merges of two and three files, a base, filters, drop_frames. */
const RAW_QUERIES: [profiles: string[], query: Query][] = [
  [[`${C}/pyro_go_cpu_labels.pprof`, `${C}/gpn_cpu_labels.pprof`], q('', [], [])],
  [[`${G}/heap.pb.gz`, `${G}/allocs.pb.gz`, `${G}/heap.pb.gz`], q('', [], [])],
  [[`${G}/cpu.pb.gz`, `${G}/cpu.pb.gz`], q('', [], [])],
  [[`${C}/real_mtg_default_pgo_cpu.pprof`], q('diff_base', [`-diff_base=${C}/real_hodis_cpu.pprof`], ['--diff-base', `${C}/real_hodis_cpu.pprof`])],
  [[`${G}/allocs.pb.gz`], q('base', [`-base=${G}/heap.pb.gz`], ['--base', `${G}/heap.pb.gz`])],
  [[`${C}/pyro_go_heap.pb.gz`], q('focus_tagfocus', ['-focus=bufio', '-tagfocus=bytes=64kb:1mb'], ['--focus', 'bufio', '--tagfocus', 'bytes=64kb:1mb'])],
  [[`${G}/cpu.pb.gz`], q('ignore_tagignore', ['-ignore=recurse', '-tagignore=worker=hasher'], ['--ignore', 'recurse', '--tagignore', 'worker=hasher'])],
];

/** The profile fixtures (corpus, generated, synthetic, producers) that parse as profiles. */
function profileFixtures(): string[] {
  const dirs = [C, G, 'test/fixtures/pprof/synthetic', P];
  const out: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const rel = `${dir}/${name}`;
      let bytes: Buffer;
      try { bytes = readFileSync(join(root, rel)); } catch { continue; }
      const kind = sniffProfileKind(bytes).kind;
      if (kind !== 'pprof' && kind !== 'pprof-text' && kind !== 'pprof-legacy-cpu') continue;
      try { parseProfile(bytes); } catch { continue; }
      out.push(rel);
    }
  }
  return out;
}

export function regenerateFlagsGoldens(): void {
  rmSync(flagsGoldenDir, { recursive: true, force: true });
  mkdirSync(flagsGoldenDir, { recursive: true });
  const cases: FlagsGoldenCase[] = [];
  const add = (view: FlagsGoldenCase['view'], profiles: string[], pprofArgs: string[], goprofArgs: string[], name: string): void => {
    const { out, bytes, failed } = runPprof([...pprofArgs, ...profiles], { TZ: 'UTC' });
    const golden = `${profiles.map(p => safeName(p.split('/').pop()!)).join('+')}.${view}${name ? '.' + safeName(name) : ''}.txt`;
    let digest: FlagsGoldenCase['digest'];
    if (out.length > MAX_VIEW_GOLDEN) {
      digest = { sha256: createHash('sha256').update(out).digest('hex'), bytes: Buffer.byteLength(out), lines: out.split('\n').length };
      writeFileSync(join(flagsGoldenDir, golden), out.split('\n').slice(0, 200).join('\n') + '\n');
    } else {
      writeFileSync(join(flagsGoldenDir, golden), bytes);
    }
    cases.push({ view, profiles, pprofArgs, goprofArgs: [view, ...profiles, ...goprofArgs], golden, digest, pprofFailed: failed });
  };
  for (const [view, profiles, query] of CUM_CASES) {
    const pprofView = view === 'peek' ? [] : [`-${view}`];
    add(view, profiles, [...pprofView, '-cum', ...query.pprof], [...query.goprof, '--cum'], `cum${query.name ? '_' + query.name : ''}`);
  }
  for (const [view, profiles, query] of NOINLINES_CASES) {
    const pprofView = view === 'peek' ? [] : [`-${view}`];
    add(view, profiles, [...pprofView, '-noinlines', ...query.pprof], [...query.goprof, '--noinlines'], `noinlines${query.name ? '_' + query.name : ''}`);
  }
  for (const [view, profiles, query] of RELATIVE_CASES) {
    const pprofView = view === 'peek' ? [] : [`-${view}`];
    add(view, profiles, [...pprofView, '-relative_percentages', ...query.pprof], [...query.goprof, '--relative-percentages'], `relative_${query.name}`);
  }
  for (const [view, profiles, query] of PRUNE_CASES) {
    const pprofView = view === 'peek' ? [] : [`-${view}`];
    add(view, profiles, [...pprofView, ...query.pprof], query.goprof, `prune_from_${query.name}`);
  }
  for (const [profiles, query] of GRAPH_CASES) {
    const { out, failed } = runPprof(['-dot', ...query.pprof, ...profiles], { TZ: 'UTC' });
    const golden = `${profiles.map(p => safeName(p.split('/').pop()!)).join('+')}.dot.${query.name}.dot`;
    writeFileSync(join(flagsGoldenDir, golden), out);
    cases.push({ view: 'dot', profiles, pprofArgs: ['-dot', ...query.pprof], goprofArgs: ['graph', ...profiles, ...query.goprof, '--json'], golden, pprofFailed: failed });
  }
  // Every profile fixture's labels (most have none: pprof prints nothing), then the queries.
  for (const rel of profileFixtures()) add('tags', [rel], ['-tags'], [], '');
  for (const [profiles, query] of TAGS_QUERIES) add('tags', profiles, ['-tags', ...query.pprof], query.goprof, query.name);
  // Every profile fixture as pprof holds it, then merges, bases and filters.
  for (const rel of profileFixtures()) add('raw', [rel], ['-raw'], [], '');
  for (const [profiles, query] of RAW_QUERIES) add('raw', profiles, ['-raw', ...query.pprof], query.goprof, query.name);
  writeFileSync(join(flagsGoldenDir, 'manifest.json'), JSON.stringify(cases, null, 1) + '\n');
  console.log(`flags: ${cases.length} goldens in ${flagsGoldenDir}`);
}
