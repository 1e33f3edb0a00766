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
 * Once the input's size is known, before the scan (not for compressed input, whose size says
 * little): a small input is scanned with TurboFan's inlining off. Its functions are then compiled
 * each on its own instead of into large functions compiled again after each deoptimisation. Measured in-process on the 8.3 MB bench dump
 * (docs/benchmarks.md, 5 alternated runs): cold 278 → 248 ms of CPU, warm 59 → 63 ms; on the 86 MB
 * dump warm time grows by a fifth (488 → 597 ms), hence large inputs keep inlining.
 */
export function tuneV8ForInputSize(bytes: number): void {
  // Only in the CLI's own process: a test or a host running the command leaves its V8 alone.
  if (batchRun && bytes <= SMALL_INPUT_BYTES) {
    setFlagsFromString('--no-turbo-inlining');
    inputTuned = true;
  }
}

let inputTuned = false;

/**
 * Back to the flags of start-up, for code cached after the run (codeCache.ts): V8 accepts cached
 * data only under the flags it was made with, and the next run starts with these.
 */
export function untuneV8ForInputSize(): void {
  if (inputTuned) setFlagsFromString('--turbo-inlining');
  inputTuned = false;
}
