// Go ends every goroutine's stack the same way: under its outermost frame it prints `created by …`
// and the creator's `file:line`, except for the goroutines nobody created (goroutine 1, which runs
// main, goroutine 0 and the runtime's own, and a thread that called into Go from C). A text whose
// last goroutine stops on a header without frames, or on a frame with no creator under it, was cut
// there, even though each of its lines is whole (a paste trimmed at a line break, a log cut by its
// size, `runtime.Stack` given too small a buffer). This module tells such a stack from a complete
// one; the scanner marks it cut.
import type { GoroutineId, SourceFrame } from './model';
import { isRaceState } from './ranking';

/** What is known of the last goroutine of a dump, to judge whether its stack was printed to its end. */
export interface LastGoroutine {
  readonly id: GoroutineId;
  readonly state: string;
  readonly frames: readonly SourceFrame[];
  readonly createdBy: SourceFrame | null;
  readonly stackUnavailable: boolean;
  readonly lockedToThread: boolean;
  /** Go printed `...additional frames elided...` under its frames: the stack's outer frames were left out on purpose. */
  readonly framesElided: boolean;
}

/**
 * Functions a stack may end in with no creator printed under it: the runtime's entry points of a
 * goroutine or thread, the program's main (goroutine 1 under another id in an edited paste, Go ≤ 1.1's
 * `runtime.main`), and the entry of a call from C into Go (cgo callbacks on a thread Go did not start).
 */
const ROOTS_WITHOUT_CREATOR = new Set([
  'main.main', 'runtime.main', 'runtime.goexit', 'runtime.goexit0', 'runtime.goexit1', 'runtime.mstart', 'runtime.mstart0', 'runtime.mstart1',
  'runtime.rt0_go', 'runtime.cgocallback', 'runtime.cgocallback_gofunc', 'runtime.cgocallbackg', 'runtime.cgocallbackg1', 'crosscall2',
  'runtime.sigtramp', 'runtime.sigtrampgo', 'runtime.mcall', 'runtime.morestack',
]);

/**
 * Whether the goroutine's stack stops before its end: no `created by` under it where Go prints one.
 * `offsetsMissing`: the dump prints frames without ` +0x…` offsets (gccgo, which prints no creator,
 * or an edited excerpt), where a missing creator tells nothing. `runtimeFramesShown`: another stack
 * of the dump ends in `runtime.goexit`, which Go prints only at a traceback level that shows the
 * runtime's frames and its goroutines' creators too. `framePcsShown`: a Go frame was printed with its pc
 * (`fp=… sp=… pc=…`), at that level too; told of goroutine 1 alone, whose own frames carry them.
 */
export function stackStoppedEarly(g: LastGoroutine, offsetsMissing: boolean, runtimeFramesShown = false, framePcsShown = false): boolean {
  if (g.createdBy !== null || g.stackUnavailable || offsetsMissing) return false;
  if (isRaceState(g.state)) return false;
  const frames = g.frames;
  // Goroutine 1 runs main: its stack ends in main.main, or in the package initialiser that runs before it;
  // goroutine 0 is a thread's idle stack; the accesses of a race report print no creator under their stacks.
  if (g.id === 1) return frames.length === 0 || mainStackStoppedEarly(frames, g.framesElided, runtimeFramesShown || framePcsShown);
  if (g.id <= 1) return false;
  // Go prints a frame under every header it prints a stack for (runtime.goexit alone for cgo's idle extra thread).
  if (frames.length === 0) return true;
  // A call from C into Go runs locked to the C thread, on a goroutine nobody created: its outer frames are the cgo export's.
  if (g.lockedToThread) return false;
  const outermost = frames[frames.length - 1];
  // A frame without its `file:line` is read as cut where it is read.
  if (outermost.file === '') return false;
  if (ROOTS_WITHOUT_CREATOR.has(outermost.func) || outermost.func.startsWith('_cgoexp_') || outermost.func.includes('._cgoexp_')) return false;
  // A runtime goroutine whose creator the traceback level hides: only runtime frames.
  return runtimeFramesShown || !frames.every(f => f.func.startsWith('runtime.') || f.func.startsWith('runtime/internal/'));
}

/** A package initialiser (`flag.init`, `main.init.0`), which goroutine 1 runs before main.main (Go ≥ 1.13 hides `runtime.doInit` and `runtime.main` under it). */
const INITIALISER = /\.init(?:\.\d+)?$/;

/**
 * Whether goroutine 1's frames stop above the function its stack ends in: main.main (or the
 * runtime's entry that calls it, printed at a traceback level that shows runtime frames), or a
 * package initialiser. At that level (`runtimeFramesShown`) Go prints `runtime.main` and
 * `runtime.goexit` under main.main and an initialiser, so a stack that stops at either was cut
 * right under it. A stack Go shortened (`...additional frames elided...`) ends where Go stopped.
 */
function mainStackStoppedEarly(frames: readonly SourceFrame[], framesElided: boolean, runtimeFramesShown: boolean): boolean {
  if (framesElided) return false;
  const outermost = frames[frames.length - 1];
  // A frame without its `file:line` is read as cut where it is read.
  if (outermost.file === '') return false;
  if (outermost.func.startsWith('_cgoexp_') || outermost.func.includes('._cgoexp_')) return false;
  if (runtimeFramesShown) return outermost.func === 'main.main' || INITIALISER.test(outermost.func) || !ROOTS_WITHOUT_CREATOR.has(outermost.func);
  return !ROOTS_WITHOUT_CREATOR.has(outermost.func) && !INITIALISER.test(outermost.func);
}
