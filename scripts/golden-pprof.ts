// Golden files for the pprof core: `go tool pprof -top` on every pprof profile of the
// corpus and on the profiles of scripts/go/pprofgen, saved verbatim, plus a manifest
// saying which of our options each one corresponds to. Tests read them without Go.
// Run through `npm run golden` (scripts/regenerate-golden.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseProfile } from '../src/core/pprof/parse';
import { sniffProfileKind } from '../src/core/pprof/sniff';
import { writeSyntheticProfiles } from './pprof-synthetic';

const root = resolve(__dirname, '..');
const corpusDir = join(root, 'test/fixtures/corpus');
const generatedDir = join(root, 'test/fixtures/pprof/generated');
const goldenDir = join(root, 'test/fixtures/pprof/golden');
const syntheticDir = join(root, 'test/fixtures/pprof/synthetic');

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

function unitFlag(unit: string): string[] {
  if (unit === 'bytes') return ['-unit=B'];
  if (unit === 'nanoseconds') return ['-unit=ns'];
  return [];
}

function runPprof(args: string[]): { out: string; failed: boolean } {
  try {
    return { out: execFileSync('go', ['tool', 'pprof', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }), failed: false };
  } catch (e) {
    const err = e as { stderr?: string };
    return { out: String(err.stderr ?? e), failed: true };
  }
}

function safeName(s: string): string {
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
}

/** Re-runs the Go generator when Go is installed (profiles are committed, so tests need no Go). */
function regenerateGeneratedProfiles(): void {
  if (process.env.PPROF_KEEP_GENERATED === '1' && existsSync(generatedDir)) return;
  mkdirSync(generatedDir, { recursive: true });
  execFileSync('go', ['run', '.', '-out', generatedDir], { cwd: join(root, 'scripts/go/pprofgen'), stdio: 'inherit' });
}
