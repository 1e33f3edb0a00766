// Goroutine-dump hot path: bytes → scan → group → rank on a debug=2 dump of 18,660 goroutines
// (~8 MB) and unbounded runtime.Stack dumps of 200,000 goroutines (~85 MB; one whose arguments differ
// per goroutine as a busy server's do, one whose goroutines repeat byte for byte), made by
// scripts/generate-bench-data.sh (needs Go). Compared with Debian's panicparse on the same files.
// Targets: on the realistic 85 MB dump ≥ 20× panicparse end to end and ≥ 150 MB/s in-process; on the
// debug=2 dump ≥ 10× panicparse in-process warm and a cold CLI within 150 ms of `node -e 0`; peak
// memory growth ≤ 1× the input.
//
// Three measurements per file, so cold and warm are never mixed up:
// - end to end, hyperfine-style: whole processes, `node dist/cli.js goroutines FILE --json` against
//   `panicparse` on the same file, alternated, wall time median/min and peak RSS (GNU time);
// - in-process cold: a fresh child streams the file through GoroutineDumpAnalyzer as the CLI does
//   (256 KB reads, the CLI's V8 inlining budget), timing read + scan + group + rank once, with the child's RSS growth;
// - in-process warm: the same child repeats the analysis; the best repeat once the JIT has settled.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { GoroutineDumpAnalyzer, analyzeGoroutineDump, type GoroutineAnalysis } from '../src/core/goroutines';
import { tuneV8ForBatchRun } from '../src/cli/v8Tuning';

const root = resolve(__dirname, '..');
// Realistic dumps (arguments that differ per goroutine), and one whose goroutines repeat byte for byte.
const FILES = ['bench-data/goroutines-18660.txt', 'bench-data/goroutines-200k.txt', 'bench-data/goroutines-200k-repeats.txt'];
const CLI = join(root, 'dist', 'cli.js');
const READ_CHUNK_BYTES = 1 << 18;
const WARM_REPEATS = 5;

interface ChildResult { coldMs: number; warmMs: number; peakDeltaBytes: number; goroutines: number; groups: number }
interface ProcessRuns { wallMs: number[]; peakBytes: number; lowestPeakBytes?: number }

function ensureData(): boolean {
  if (FILES.every(f => existsSync(join(root, f)))) return true;
  try { execFileSync('go', ['version'], { stdio: 'ignore' }); } catch {
    console.log('goroutines: Go not installed and bench-data/goroutines-*.txt missing; skipped');
    return false;
  }
  execFileSync('bash', [join(root, 'scripts/generate-bench-data.sh')], { stdio: 'inherit' });
  return true;
}

function analyzeStreamed(file: string): GoroutineAnalysis {
  const analyzer = new GoroutineDumpAnalyzer();
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(READ_CHUNK_BYTES);
    for (let length; (length = readSync(fd, buffer, 0, buffer.length, null)) > 0;) analyzer.push(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
  return analyzer.finish();
}

/** Runs inside the child: one cold analysis (and its RSS growth), then warm repeats. */
function child(file: string): void {
  // As dist/cli.js does at start-up.
  tuneV8ForBatchRun();
  const baseline = process.resourceUsage().maxRSS * 1024;
  let started = performance.now();
  const analysis = analyzeStreamed(file);
  const coldMs = performance.now() - started;
  const peakDeltaBytes = process.resourceUsage().maxRSS * 1024 - baseline;
  let warmMs = Infinity;
  for (let i = 0; i < WARM_REPEATS; i++) {
    started = performance.now();
    analyzeStreamed(file);
    warmMs = Math.min(warmMs, performance.now() - started);
  }
  const result: ChildResult = { coldMs, warmMs, peakDeltaBytes, goroutines: analysis.parsed, groups: analysis.groups.length };
  process.stdout.write(JSON.stringify(result));
}

/**
 * The child runs this file bundled to plain JavaScript (esbuild, which tsx ships), as dist/cli.js
 * would: under tsx, on-the-fly compilation would be timed too.
 */
function bundleSelf(): string {
  // Inside the repository (bench-data/ is gitignored) so the bundle still resolves node_modules.
  const outfile = join(root, 'bench-data', '.bench-goroutines.js');
  buildSync({ entryPoints: [__filename], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['esbuild'], logLevel: 'error' });
  return outfile;
}

function runChild(bundle: string, file: string): ChildResult {
  const out = spawnSync(process.execPath, [bundle, '--child', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`bench child failed: ${out.stderr}`);
  return JSON.parse(out.stdout) as ChildResult;
}

/** One whole process under GNU time (peak RSS), stdout discarded; wall time measured here. */
function timeProcess(command: string, runs: ProcessRuns): void {
  const started = performance.now();
  const out = spawnSync('bash', ['-c', `/usr/bin/time -f %M ${command} > /dev/null`], { cwd: root, encoding: 'utf8' });
  runs.wallMs.push(performance.now() - started);
  if (out.status !== 0) throw new Error(`${command} failed: ${out.stderr}`);
  const peak = Number(/(\d+)\s*$/.exec(out.stderr)?.[1] ?? NaN) * 1024;
  runs.peakBytes = Math.max(runs.peakBytes, peak);
  runs.lowestPeakBytes = Math.min(runs.lowestPeakBytes ?? Infinity, peak);
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => values.slice().sort((a, b) => a - b)[values.length >> 1];
const spread = (runs: ProcessRuns) => `median ${ms(median(runs.wallMs))} (min ${ms(Math.min(...runs.wallMs))}, ${runs.wallMs.length} runs)`;

export async function run(): Promise<void> {
  benchAlikeSuspects();
  if (!ensureData()) return;
  const bundle = bundleSelf();
  const hasPanicparse = !spawnSync('panicparse', ['-help'], { stdio: 'ignore' }).error;
  const hasCli = existsSync(CLI);
  if (!hasCli) console.log('  (dist/cli.js missing: build it with `npx webpack --mode production --config-name node` for the end-to-end runs)');
  const nodeStart: ProcessRuns = { wallMs: [], peakBytes: 0 };
  for (let i = 0; i < 5; i++) timeProcess(`${process.execPath} -e 0`, nodeStart);
  console.log(`node startup alone (node -e 0): ${spread(nodeStart)}`);
  // The CLI's own footprint before any input (bundle loaded, V8 set up): what a dump adds is measured against it.
  const cliIdle: ProcessRuns = { wallMs: [], peakBytes: 0 };
  if (hasCli) {
    for (let i = 0; i < 5; i++) timeProcess(`${process.execPath} ${CLI} --help`, cliIdle);
    console.log(`node dist/cli.js --help: ${spread(cliIdle)}, peak RSS ${mb(cliIdle.lowestPeakBytes ?? 0)}–${mb(cliIdle.peakBytes)}`);
  }
  for (const rel of FILES) {
    const file = join(root, rel);
    const size = statSync(file).size;
    const ours = runChild(bundle, file);
    console.log(`${rel}: ${mb(size)}, ${ours.goroutines} goroutines, ${ours.groups} groups`);
    const rate = (msTaken: number) => `${(size / 1e6 / (msTaken / 1000)).toFixed(0)} MB/s`;
    const big = size > 20e6;
    console.log(`  in-process, streamed in 256 KB reads: cold ${ms(ours.coldMs)} (${rate(ours.coldMs)}), warm ${ms(ours.warmMs)} ` +
      `(${rate(ours.warmMs)}, best of ${WARM_REPEATS})${big ? ` (target ≥ 150 MB/s: ${size / 1e6 / (ours.coldMs / 1000) >= 150 ? 'met' : 'NOT met'} cold, ` +
        `${size / 1e6 / (ours.warmMs / 1000) >= 150 ? 'met' : 'NOT met'} warm)` : ''}; ` +
      `peak RSS growth ${mb(ours.peakDeltaBytes)} = ${(ours.peakDeltaBytes / size).toFixed(2)}× input ` +
      `(target ≤ 1×: ${ours.peakDeltaBytes <= size ? 'met' : 'NOT met'})`);
    // panicparse needs a minute or more on the big file: fewer runs there.
    const runs = size > 20e6 ? 1 : 7;
    const cli: ProcessRuns = { wallMs: [], peakBytes: 0 };
    const panicparse: ProcessRuns = { wallMs: [], peakBytes: 0 };
    for (let i = 0; i < runs; i++) {
      if (hasCli) timeProcess(`${process.execPath} ${CLI} goroutines ${file} --json`, cli);
      if (hasPanicparse) timeProcess(`panicparse -no-color -parse=false -rebase=false < ${file}`, panicparse);
    }
    if (hasCli) {
      // Highest peak with the dump over the lowest peak without: the larger reading of what the dump costs.
      const added = cli.peakBytes - (cliIdle.lowestPeakBytes ?? 0);
      console.log(`  node dist/cli.js goroutines --json (whole process): ${spread(cli)}, peak RSS ${mb(cli.peakBytes)} ` +
        `(${mb(added)} = ${(added / size).toFixed(2)}× input over the idle CLI)`);
      if (!big) {
        const over = median(cli.wallMs) - median(nodeStart.wallMs);
        console.log(`  cold CLI over node -e 0: ${ms(over)} (target ≤ 150 ms: ${over <= 150 ? 'met' : 'NOT met'})`);
      }
    }
    if (hasPanicparse) {
      console.log(`  panicparse -parse=false -rebase=false (whole process): ${spread(panicparse)}, peak RSS ${mb(panicparse.peakBytes)}`);
      const pp = median(panicparse.wallMs);
      const endToEnd = hasCli ? `end to end (CLI process) ${(pp / median(cli.wallMs)).toFixed(1)}×, ` : '';
      const target = big ? `target ≥ 20× end to end: ${hasCli && pp / median(cli.wallMs) >= 20 ? 'met' : 'NOT met'}`
        : `target ≥ 10× warm: ${pp / ours.warmMs >= 10 ? 'met' : 'NOT met'}`;
      console.log(`  speed-up vs panicparse (${target}): ${endToEnd}in-process cold ${(pp / ours.coldMs).toFixed(1)}×, ` +
        `warm ${(pp / ours.warmMs).toFixed(1)}×`);
    }
  }
}

/**
 * Groups whose suspect sentences read alike (same frame and creator, a different frame further
 * down): telling them apart must stay linear (it once compared every pair: 16,000 took minutes).
 */
function alikeSuspectsDump(groups: number): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    parts.push(`goroutine ${g + 1} [chan receive (nil chan)]:\nexample.com/app/q.(*S).leak(0xc000010000)\n\t/src/q/q.go:20 +0x20\n` +
      `example.com/app/q.mid(...)\n\t/src/q/m.go:1 +0x20\nexample.com/app/q.bottom${g}(...)\n\t/src/q/b.go:${g + 1} +0x20\n` +
      'created by example.com/app/q.Start\n\t/src/q/s.go:1 +0x1\n\n');
  }
  return parts.join('');
}

function benchAlikeSuspects(): void {
  const times: string[] = [];
  for (const groups of [4000, 16000]) {
    const text = alikeSuspectsDump(groups);
    analyzeGoroutineDump(text); // warm-up
    const started = performance.now();
    const a = analyzeGoroutineDump(text);
    times.push(`${groups} groups (${mb(text.length)}): ${ms(performance.now() - started)}, ${new Set(a.groups.map(g => g.suspect)).size} distinct sentences`);
  }
  console.log(`suspects that read alike, told apart (in-process, warm): ${times.join('; ')}`);
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) child(process.argv[childAt + 1]);
