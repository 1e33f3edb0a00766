// Waits that are how a healthy Go program idles, whatever their minutes:
// - a worker loop waiting for its next piece of work: in `select`, on a receive or in `Cond.Wait`
//   (waitStates.ts' `idlesInLoop`) made right by the function its `go` statement started, or by one
//   call under it (`run` → `queue.pop` → `Cond.Wait`). A server's pool of workers, a connection's
//   read loop or main's wait for a signal look so for as long as the process lives: their minutes say
//   how long no work came, not that something is stuck. Made deeper in a call chain (a handler under
//   net/http's `conn.serve` waiting on a reply, a client's `http.Get` waiting in the transport's
//   select), the same wait is a call that has not returned, and stays judged.
// - main parked by `select {}`: no program blocks in an empty select by mistake (it is written out),
//   and a server whose work runs in other goroutines ends its main so. Elsewhere an empty select, and
//   a receive from a nil channel anywhere, hold a goroutine forever: those stay suspects.

import type { SourceFrame } from './model';
import type { WaitState } from './waitStates';

/** Calls between the frame that waits and the goroutine's first function a worker loop may make (`run` → `pop`). */
const LOOP_HELPER_DEPTH = 1;

/** The state Go prints for `select {}`. */
const EMPTY_SELECT = 'select (no cases)';

export interface StackFacts {
  readonly frames: readonly SourceFrame[];
  /** The stack was cut: its first function is not in the text. */
  readonly cut: boolean;
}

/** The runtime's and package sync's own frames, over the code that asked to wait. */
function isWaitMachinery(func: string): boolean {
  return func.startsWith('runtime.') || func.startsWith('sync.') || func.startsWith('internal/sync.');
}

/** Index of the frame that made the wait (the first one outside the runtime and package sync), or -1. */
function waitingFrameIndex(frames: readonly SourceFrame[]): number {
  for (let i = 0; i < frames.length; i++) if (!isWaitMachinery(frames[i].func)) return i;
  return -1;
}

/**
 * Index of the goroutine's first function: its last frame but the runtime's own start under it
 * (`runtime.goexit`, goroutine 1's `runtime.main`, printed under GOTRACEBACK=system), or -1.
 */
function firstFunctionIndex(frames: readonly SourceFrame[]): number {
  let i = frames.length - 1;
  while (i >= 0 && frames[i].func.startsWith('runtime.')) i--;
  return i;
}

/** The group waits idle in a worker loop (above). */
export function waitsInWorkerLoop(group: StackFacts, wait: WaitState | undefined): boolean {
  if (wait === undefined || !wait.idlesInLoop || group.cut) return false;
  const waiting = waitingFrameIndex(group.frames);
  return waiting >= 0 && firstFunctionIndex(group.frames) - waiting <= LOOP_HELPER_DEPTH;
}

/** The group is main parked in `select {}` (above): its empty select made by `main.main` itself. */
export function parksMainForever(group: StackFacts & { readonly state: string }): boolean {
  if (group.state !== EMPTY_SELECT || group.cut) return false;
  const waiting = waitingFrameIndex(group.frames);
  return waiting >= 0 && group.frames[waiting].func === 'main.main';
}
