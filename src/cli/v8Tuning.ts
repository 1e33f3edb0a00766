// The CLI is a short batch process that scans one file and exits; V8's defaults suit long-lived
// processes. Both flags below are read while the process runs (when a function is compiled, when
// the young generation is resized), so setting them at start-up takes effect.
// - A smaller cumulative inlining budget: with TurboFan's default, V8 compiles the scanner's
//   per-line path into a few very large functions, again for each deoptimisation, on background
//   threads that share the CPU with the scan and keep their memory. Measured on the 7.9 MB bench
//   dump (docs/benchmarks.md, 7 alternated runs): cold scan median 206 → 154 ms, RSS growth
//   1.73–1.99× → 1.69–1.73× the input; the 82 MB dump runs as fast as before.
// - The young generation does not grow: V8 doubles its semi-spaces while objects survive
//   scavenges, which a scan whose goroutines, interned frames and line memo all survive triggers at
//   once, and the grown semi-spaces are memory the process then keeps. Without growth: peak RSS −1.5 MB
//   on the 8.3 MB bench dump and −4 MB on the 86 MB one, CPU time unchanged (docs/benchmarks.md).
// Flags V8 reads only when it starts cannot be set here: `--concurrent-sparkplug` then crashes the
// process (segmentation fault), `--single-threaded-gc` stops it at the first full GC (a failed
// check), and `--no-concurrent-recompilation` or the semi-space sizes change nothing.
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=300', '--semi-space-growth-factor=1'];

let batchRun = false;

export function tuneV8ForBatchRun(): void {
  for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);
  batchRun = true;
}

/**
 * Inputs up to this size are scanned in a fraction of a second, most of it before the scanner's
 * code is optimised: there TurboFan compiling with inlining costs more than inlining saves.
 */
export const SMALL_INPUT_BYTES = 24 << 20;

/**
 * Inputs up to this size are scanned without TurboFan (interpreter and Sparkplug's baseline code
 * only): its compiles, on other threads, cost more CPU than they save on a dump this small, and
 * compiling pages in ~4 MB of Node's own compiler code and fills ~2 MB of compile zones, 15–25 times
 * the size of a 0.3 MB dump. Measured with the CLI (docs/benchmarks.md, 15 alternated runs): a
 * 0.5 MB dump 221 → 184 ms of CPU and peak RSS −6.2 MB for +11 ms of the main thread; a 0.25 MB one
 * 196 → 173 ms, −5.5 MB, +8 ms. At 1 MB the main thread would pay +38 ms; the 8.3 MB bench dump
 * would take twice the CPU.
 */
export const TINY_INPUT_BYTES = 512 << 10;

/**
 * V8's own values of the flags set for a small input, which a run starts with and goes back to:
 * known for Node 20's V8 11.3 only. Under another V8 they are left alone, since setting back a
 * value that is not the start-up one would make every later run reject the cached bytecode
 * (codeCache.ts).
 */
const V8_11_3 = process.versions.v8.startsWith('11.3.');
const V8_INTERRUPT_BUDGET = 67584;
const V8_MAX_INLINED_BYTECODE_SIZE = 460;
/**
 * For a small input, a quarter of the interrupt budget: a function is looked at for optimisation
 * after a quarter of the bytecode run, so the scan's large per-line functions leave Sparkplug's
 * baseline code (each property read there a call of the LoadIC builtin) sooner. Measured in
 * main-thread instructions on the 8.3 MB bench dump (callgrind, docs/benchmarks.md): 1.82–1.84 G →
 * 1.74 G, all threads together unchanged (2.42 → 2.39 G); half the budget gave 1.78 G.
 *
 * And only functions of at most 80 bytes of bytecode inlined (V8's limit is 460): the getters,
 * list reads and key compares the per-line path calls hundreds of thousands of times are then no
 * calls, while the large per-line functions are still compiled each on its own (the reason the
 * small tier once turned inlining off altogether). Measured the same way: 1.76 G → 1.52 G on the
 * main thread, all threads 2.41 → 2.24 G; 27, 45, 60, 100, 120 bytes and V8's 460 did no better.
 * Under another V8, inlining is turned off as before.
 */
const SMALL_INPUT_FLAGS = V8_11_3
  ? {
    set: `--max-inlined-bytecode-size=80 --interrupt-budget=${V8_INTERRUPT_BUDGET / 4}`,
    undo: `--max-inlined-bytecode-size=${V8_MAX_INLINED_BYTECODE_SIZE} --interrupt-budget=${V8_INTERRUPT_BUDGET}`,
  }
  : { set: '--no-turbo-inlining', undo: '--turbo-inlining' };

/**
 * Flags set for this input, and those that undo them (the start-up values). `--no-turbofan`, not
 * `--max-opt=1`: V8 derives other flags from `--max-opt`, and setting it back does not undo them,
 * so bytecode cached after the run would be rejected by the next one (test/unit/cli/codeCache.test.ts).
 */
const INPUT_FLAGS: readonly { readonly upTo: number; readonly set: string; readonly undo: string; readonly finish?: FinishFlag }[] = [
  { upTo: TINY_INPUT_BYTES, set: '--no-turbofan', undo: '--turbofan' },
  {
    upTo: SMALL_INPUT_BYTES,
    set: SMALL_INPUT_FLAGS.set,
    undo: SMALL_INPUT_FLAGS.undo,
    finish: { set: '--no-use-osr', undo: '--use-osr' },
  },
];

interface FinishFlag { readonly set: string; readonly undo: string }

let undoInputFlags: string | undefined;
let undoProfileFlag: string | undefined;
let finishFlag: FinishFlag | undefined;
let undoFinishFlag: string | undefined;

/**
 * Once the input's size is known, before the scan (not for compressed input, whose size says
 * little). A tiny input is scanned without TurboFan (TINY_INPUT_BYTES). A small one with TurboFan
 * inlining only small functions (SMALL_INPUT_FLAGS): its large functions are then compiled each on
 * its own instead of into larger ones compiled again after each deoptimisation. Inlining turned
 * off altogether, measured in-process on the 8.3 MB bench dump
 * (docs/benchmarks.md, 5 alternated runs): cold 278 → 248 ms of CPU, warm 59 → 63 ms; on the 86 MB
 * dump warm time grows by a fifth (488 → 597 ms), hence large inputs keep inlining.
 */
export function tuneV8ForInputSize(bytes: number): void {
  // Only in the CLI's own process: a test or a host running the command leaves its V8 alone.
  if (!batchRun) return;
  // Each input by its own size (`goroutines --base` reads two).
  untuneV8ForInputSize();
  const tuning = INPUT_FLAGS.find(t => bytes <= t.upTo);
  if (!tuning) return;
  setFlagsFromString(tuning.set);
  undoInputFlags = tuning.undo;
  finishFlag = tuning.finish;
}

/**
 * Once the whole input is read, before the work that runs once over every goroutine (grouping,
 * wait targets): for a small input, no compiles on stack replacement. Those loops run a few
 * milliseconds each; TurboFan's compile of one took ~10 ms on its own thread, ended after the loop
 * it was for, and the process then waited for it before it could exit. Measured on the 8.3 MB bench
 * dump (docs/benchmarks.md, 40 alternated runs): 259 → 245 ms of wall time, the 8.9 MB one 282 →
 * 274 ms; the 86 MB dump's grouping needs its compiled loop (772 → 805 ms), so large inputs keep it.
 */
export function tuneV8ForFinish(): void {
  if (!batchRun || !finishFlag) return;
  setFlagsFromString(finishFlag.set);
  undoFinishFlag = finishFlag.undo;
}

/**
 * Before a profile is decoded: the young generation grows again (V8's default factor). A decoded
 * profile is objects (a location, its lines) that all live on, each copied at every scavenge of a
 * 1 MB young generation until promoted. Measured with the CLI on 10^6 locations of one line
 * (docs/benchmarks.md, fifth sweep): `traces` 10.1 → 6.6 s of CPU for +28 MB of peak RSS, a diff
 * with itself 20.1 → 14.1 s for +29 MB.
 */
export function tuneV8ForProfile(): void {
  if (!batchRun || undoProfileFlag !== undefined) return;
  setFlagsFromString('--semi-space-growth-factor=2');
  undoProfileFlag = '--semi-space-growth-factor=1';
}

/**
 * Back to the flags of start-up, for code cached after the run (codeCache.ts): V8 accepts cached
 * data only under the flags it was made with, and the next run starts with these.
 */
export function untuneV8ForInputSize(): void {
  if (undoInputFlags !== undefined) setFlagsFromString(undoInputFlags);
  if (undoFinishFlag !== undefined) setFlagsFromString(undoFinishFlag);
  if (undoProfileFlag !== undefined) setFlagsFromString(undoProfileFlag);
  undoInputFlags = undefined;
  undoProfileFlag = undefined;
  undoFinishFlag = undefined;
  finishFlag = undefined;
}
