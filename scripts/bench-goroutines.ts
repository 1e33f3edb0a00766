// Goroutine-dump hot path (issue 4): bytes → scan → group → rank on a debug=2 dump of 18,660
// goroutines (~7.9 MB) and an unbounded runtime.Stack dump of 200,000 goroutines (~82 MB), made by
// scripts/generate-bench-data.sh (needs Go). Compared with Debian's panicparse on the same files.
// Each of our runs is a fresh child process, so its peak RSS is its own.
// Targets: ≥ 10× faster than panicparse, peak memory (RSS growth) < 2× the input size.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { analyzeGoroutineDump } from '../src/core/goroutines';

const root = resolve(__dirname, '..');
const FILES = ['bench-data/goroutines-18660.txt', 'bench-data/goroutines-200k.txt'];
const REPEATS = 3;

interface ChildResult { ms: number; peakDeltaBytes: number; goroutines: number; groups: number }

function ensureData(): boolean {
  if (FILES.every(f => existsSync(join(root, f)))) return true;
  try { execFileSync('go', ['version'], { stdio: 'ignore' }); } catch {
    console.log('goroutines: Go not installed and bench-data/goroutines-*.txt missing; skipped');
    return false;
  }
  execFileSync('bash', [join(root, 'scripts/generate-bench-data.sh')], { stdio: 'inherit' });
  return true;
}

/** Runs inside the child: everything from reading the file to ranked groups. */
function child(file: string): void {
  const baseline = process.resourceUsage().maxRSS * 1024;
  const started = performance.now();
  const bytes = new Uint8Array(readFileSync(file));
  const analysis = analyzeGoroutineDump(bytes);
  const ms = performance.now() - started;
  const result: ChildResult = {
    ms, peakDeltaBytes: process.resourceUsage().maxRSS * 1024 - baseline,
    goroutines: analysis.parsed, groups: analysis.groups.length,
  };
  process.stdout.write(JSON.stringify(result));
}

/**
 * The children run this file bundled to plain JavaScript (esbuild, which tsx ships), as dist/cli.js
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

function runPanicparse(file: string): { ms: number; peakBytes: number } | null {
  if (spawnSync('panicparse', ['-help'], { stdio: 'ignore' }).error) return null;
  const started = performance.now();
  // GNU time reports the peak RSS; panicparse reads the dump on stdin and writes its summary to stdout.
  const out = spawnSync('/usr/bin/time', ['-f', '%M', 'panicparse', '-no-color', '-parse=false', '-rebase=false'],
    { input: readFileSync(file), encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  const peakKb = Number(/(\d+)\s*$/.exec(out.stderr ?? '')?.[1] ?? NaN);
  return { ms, peakBytes: peakKb * 1024 };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const median = (values: number[]) => values.slice().sort((a, b) => a - b)[values.length >> 1];

export async function run(): Promise<void> {
  if (!ensureData()) return;
  const bundle = bundleSelf();
  for (const rel of FILES) {
    const file = join(root, rel);
    const size = statSync(file).size;
    const ours = Array.from({ length: REPEATS }, () => runChild(bundle, file));
    const ms = median(ours.map(r => r.ms));
    const peak = Math.max(...ours.map(r => r.peakDeltaBytes));
    const pp = runPanicparse(file);
    console.log(`${rel}: ${mb(size)}, ${ours[0].goroutines} goroutines, ${ours[0].groups} groups`);
    console.log(`  ours (read+scan+group+rank, median of ${REPEATS}): ${ms.toFixed(0)} ms, peak RSS growth ${mb(peak)} = ${(peak / size).toFixed(2)}× input`);
    if (pp) {
      console.log(`  panicparse -parse=false -rebase=false: ${pp.ms.toFixed(0)} ms, peak RSS ${mb(pp.peakBytes)}`);
      console.log(`  speed-up: ${(pp.ms / ms).toFixed(1)}× (target ≥ 10×); memory target < 2× input: ${peak < 2 * size ? 'met' : 'NOT met'}`);
    }
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) child(process.argv[childAt + 1]);
