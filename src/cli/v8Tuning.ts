// The CLI is a short batch process that scans one file and exits. With TurboFan's default
// inlining budget, V8 compiles the scanner's per-line path into a few very large functions, again
// for each deoptimisation, on background threads that share the CPU with the scan and keep their
// memory. A smaller cumulative inlining budget per function keeps those compiles small. Measured on
// the 7.9 MB bench dump (docs/benchmarks.md, 7 alternated runs): cold scan median 206 → 154 ms, RSS
// growth 1.73–1.99× → 1.69–1.73× the input; the 82 MB dump runs as fast as before.
// Inlining flags are read when a function is compiled, so setting them at start-up takes effect.
import { setFlagsFromString } from 'node:v8';

export const CLI_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=300';

export function tuneV8ForBatchRun(): void {
  setFlagsFromString(CLI_V8_FLAGS);
}
