// Goldens for `goprof graph`: `go tool pprof -dot` on every fixture profile, with and without
// filters, granularities, trimming flags and -base/-diff_base, saved verbatim with the goprof
// arguments that must give the same graph. The unit test parses the DOT (nodes with flat and
// cum, edges with weight, inline and residual marks, the legend's dropped lines) and compares.
// Run through `npm run golden -- graph` (scripts/regenerate-golden.ts); needs Go.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseProfile } from '../src/core/pprof/parse';
import { sniffProfileKind } from '../src/core/pprof/sniff';

const root = resolve(__dirname, '..');
const graphGoldenDir = join(root, 'test/fixtures/pprof/golden/graph');

export interface GraphGoldenCase {
  profile: string;
  /** `go tool pprof` arguments (before the profile; -dot included). */
  pprofArgs: string[];
  /** `goprof` arguments (graph FILE …, without --json). */
  goprofArgs: string[];
  /** File under test/fixtures/pprof/golden/graph holding pprof's DOT (or its error). */
  golden: string;
  pprofFailed: boolean;
}

function unitFlag(unit: string): string | undefined {
  if (unit === 'bytes') return 'B';
  if (unit === 'nanoseconds') return 'ns';
  return undefined;
}

function runPprof(args: string[]): { out: string; failed: boolean } {
  try {
    return { out: execFileSync('go', ['tool', 'pprof', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28, env: { ...process.env, TZ: 'UTC' } }), failed: false };
  } catch (e) {
    const err = e as { stderr?: string };
    return { out: String(err.stderr ?? e), failed: true };
  }
}

const safeName = (s: string): string => s.replace(/[^A-Za-z0-9_.-]+/g, '_');

/** One query as both tools spell it. */
type Query = [name: string, pprof: string[], goprof: string[]];

export function regenerateGraphGoldens(): void {
  rmSync(graphGoldenDir, { recursive: true, force: true });
  mkdirSync(graphGoldenDir, { recursive: true });
  const cases: GraphGoldenCase[] = [];
  const add = (profile: string, [name, pprof, goprof]: Query, unit: string | undefined): void => {
    const unitArgs = unit === undefined ? [] : [`-unit=${unit}`];
    const pprofArgs = ['-dot', ...unitArgs, ...pprof];
    const { out, failed } = runPprof([...pprofArgs, profile]);
    const golden = `${safeName(profile.split('/').pop()!)}${name ? '.' + name : ''}${unit === undefined ? '' : '.raw'}.dot`;
    writeFileSync(join(graphGoldenDir, golden), out);
    cases.push({ profile, pprofArgs, goprofArgs: ['graph', profile, ...(unit === undefined ? [] : ['--unit', unit]), ...goprof], golden, pprofFailed: failed });
  };
  const dirs = ['test/fixtures/corpus', 'test/fixtures/pprof/generated', 'test/fixtures/pprof/synthetic', 'test/fixtures/pprof/producers'];
  const inputs = dirs.flatMap(d => readdirSync(join(root, d), { withFileTypes: true }).filter(e => e.isFile()).map(e => `${d}/${e.name}`)).sort();
  const units = new Map<string, string | undefined>();
  for (const rel of inputs) {
    const bytes = readFileSync(join(root, rel));
    const kind = sniffProfileKind(bytes).kind;
    if (kind !== 'pprof' && kind !== 'pprof-text' && kind !== 'pprof-legacy-cpu') continue;
    let unit: string | undefined;
    try {
      const p = parseProfile(bytes);
      unit = unitFlag(p.sampleTypes[p.defaultSampleTypeIndex]?.unit ?? '');
    } catch { continue; }
    units.set(rel, unit);
    // Raw values, pprof's default trimming.
    add(rel, ['', [], []], unit);
  }
  const cpu = 'test/fixtures/pprof/generated/cpu.pb.gz';
  const allocs = 'test/fixtures/pprof/generated/allocs.pb.gz';
  const mtg = 'test/fixtures/corpus/real_mtg_default_pgo_cpu.pprof';
  const heap = 'test/fixtures/corpus/pyro_go_heap.pb.gz';
  const hodisHeap = 'test/fixtures/corpus/real_hodis_heap.pprof';
  const large = 'test/fixtures/corpus/pprof_td_large.cpu';
  // pprof's default unit ("minimum"), which also decides which `bytes` tags count as one.
  for (const rel of [cpu, allocs, heap, mtg, hodisHeap]) add(rel, ['', [], []], undefined);
  const filtered: [string, Query[]][] = [
    [cpu, [
      ['focus', ['-focus=recurse'], ['--focus', 'recurse']],
      ['ignore', ['-ignore=recurse'], ['--ignore', 'recurse']],
      ['hide', ['-hide=runtime'], ['--hide', 'runtime']],
      ['show', ['-show=main\\.'], ['--show', 'main\\.']],
      ['tagfocus', ['-tagfocus=worker=hasher'], ['--tagfocus', 'worker=hasher']],
      ['tagroot', ['-tagroot=worker'], ['--tagroot', 'worker']],
      ['lines', ['-lines'], ['--granularity', 'lines']],
      ['files', ['-files'], ['--granularity', 'files']],
    ]],
    [mtg, [
      ['focus', ['-focus=gc'], ['--focus', 'gc']],
      ['hide', ['-hide=^runtime\\.'], ['--hide', '^runtime\\.']],
      ['lines', ['-lines'], ['--granularity', 'lines']],
      ['nodecount20', ['-nodecount=20'], ['--nodecount', '20']],
      ['nodecount200', ['-nodecount=200'], ['--nodecount', '200']],
      ['fractions', ['-nodefraction=0.05', '-edgefraction=0.01'], ['--nodefraction', '0.05', '--edgefraction', '0.01']],
      ['untrimmed', ['-nodefraction=0', '-edgefraction=0', '-nodecount=0'], ['--nodefraction', '0', '--edgefraction', '0', '--nodecount', '0']],
      ['diff_base', ['-diff_base=test/fixtures/corpus/real_hodis_cpu.pprof'], ['--diff-base', 'test/fixtures/corpus/real_hodis_cpu.pprof']],
      ['base', ['-base=test/fixtures/corpus/real_hodis_cpu.pprof'], ['--base', 'test/fixtures/corpus/real_hodis_cpu.pprof']],
      ['diff_base_normalize', ['-diff_base=test/fixtures/corpus/real_hodis_cpu.pprof', '-normalize'], ['--diff-base', 'test/fixtures/corpus/real_hodis_cpu.pprof', '--normalize']],
    ]],
    [heap, [
      ['focus_ignore', ['-focus=bufio', '-ignore=compress'], ['--focus', 'bufio', '--ignore', 'compress']],
      ['tagfocus', ['-tagfocus=bytes=64kb:1mb'], ['--tagfocus', 'bytes=64kb:1mb']],
      ['sample_index', ['-sample_index=alloc_space'], ['--sample-index', 'alloc_space']],
      ['nodecount200', ['-nodecount=200'], ['--nodecount', '200']],
    ]],
    [hodisHeap, [
      ['diff_base', ['-diff_base=test/fixtures/corpus/gpn_heap.pprof'], ['--diff-base', 'test/fixtures/corpus/gpn_heap.pprof']],
      ['base', ['-base=test/fixtures/corpus/gpn_heap.pprof'], ['--base', 'test/fixtures/corpus/gpn_heap.pprof']],
    ]],
    [allocs, [
      ['diff_base', ['-diff_base=test/fixtures/pprof/generated/heap.pb.gz', '-sample_index=alloc_space'], ['--diff-base', 'test/fixtures/pprof/generated/heap.pb.gz', '--sample-index', 'alloc_space']],
    ]],
    [large, [
      ['nodecount30', ['-nodecount=30'], ['--nodecount', '30']],
    ]],
    // Found by scripts/sweep-options.ts: -normalize of a legacy profile whose equal samples pprof merges first.
    ['test/fixtures/corpus/pprof_td_gobench.cpu', [
      ['diff_base_normalize_samples', ['-sample_index=samples', '-diff_base=test/fixtures/corpus/gpn_cpu_samples.pb.gz', '-normalize'], ['--sample-index', 'samples', '--diff-base', 'test/fixtures/corpus/gpn_cpu_samples.pb.gz', '--normalize']],
    ]],
    ['test/fixtures/corpus/pprof_td_cppbench.heap', [
      ['diff_base_growth', ['-diff_base=test/fixtures/corpus/pprof_td_cppbench.growth'], ['--diff-base', 'test/fixtures/corpus/pprof_td_cppbench.growth']],
    ]],
  ];
  // Other producers' profiles at every granularity, in pprof's default unit: file:line per call
  // site (Node), inlined lines with columns, bare addresses with and without a binary, Java.
  for (const rel of inputs.filter(r => r.startsWith('test/fixtures/pprof/producers/') || /^test\/fixtures\/corpus\/(pprof_td_java|pprof_td_cppbench\.thread)/.test(r))) {
    if (!units.has(rel)) continue;
    filtered.push([rel, [
      ['lines', ['-lines'], ['--granularity', 'lines']],
      ['files', ['-files'], ['--granularity', 'files']],
      ['filefunctions', ['-filefunctions'], ['--granularity', 'filefunctions']],
    ]]);
  }
  for (const [rel, queries] of filtered) {
    for (const query of queries) {
      add(rel, query, units.get(rel));
      // The same query in pprof's default unit on the labelled heap profile (tags merge by their text).
      if (rel === heap) add(rel, [`${query[0]}.minimum`, query[1], query[2]], undefined);
    }
  }
  writeFileSync(join(graphGoldenDir, 'manifest.json'), JSON.stringify(cases, null, 1) + '\n');
  console.log(`graph: ${cases.length} -dot goldens in ${graphGoldenDir}`);
}
