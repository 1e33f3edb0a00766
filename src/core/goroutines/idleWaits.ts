// Waits that are how a healthy Go program idles, whatever their minutes:
// - a worker loop waiting for its next piece of work: in `select`, on a receive or in `Cond.Wait`
//   (waitStates.ts' `idlesInLoop`) made right by the function its `go` statement started, or by one
//   call under it (`run` → `queue.pop` → `Cond.Wait`). A server's pool of workers, a connection's
//   read loop or main's wait for a signal look so for as long as the process lives: their minutes say
//   how long no work came, not that something is stuck. Made deeper in a call chain (a handler under
//   net/http's `conn.serve` waiting on a reply, a client's `http.Get` waiting in the transport's
//   select), the same wait is a call that has not returned, and stays judged.
// - a connection's read loop in IO wait (`handleConn` → bufio → `net.(*conn).Read`): it waits on its
//   peer, not on the program, as pprof and panicparse take it; a server shows one per client, so
//   neither minutes nor a count of a thousand make it a suspect. The standard library's frames over
//   the user's read (net, internal/poll, bufio, io, crypto/tls) are its machinery. A read deeper in a
//   call chain (a client's `fetch` → `readReply` → `io.ReadFull` from a backend that never answers)
//   stays judged.
// - unless the goroutines wait since each was made: a one-shot wait (`go func() { v := <-reply; … }()`,
//   nobody sends) made per request leaks one goroutine at a time, each blocked from its first
//   instant, so the older ones (lower ids: Go numbers goroutines as it makes them) have waited
//   longer, minute for minute. A pool's workers are made together and wait by their turn for the
//   next job, an idle connection since its client last spoke: their minutes follow no id order.
// - main parked by `select {}`: no program blocks in an empty select by mistake (it is written out),
//   and a server whose work runs in other goroutines ends its main so. Elsewhere an empty select, and
//   a receive from a nil channel anywhere, hold a goroutine forever: those stay suspects.

import type { SourceFrame } from './model';
import type { WaitState } from './waitStates';
import { isStdlibFunc } from './goFunctions';

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

/**
 * Index of the frame that made the wait (the first one outside the runtime and package sync; for a
 * wait on a peer, outside the standard library), or -1.
 */
function waitingFrameIndex(frames: readonly SourceFrame[], onPeer = false): number {
  for (let i = 0; i < frames.length; i++) if (!isWaitMachinery(frames[i].func) && !(onPeer && isStdlibFunc(frames[i].func))) return i;
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
  const waiting = waitingFrameIndex(group.frames, wait.waitsOnPeer);
  return waiting >= 0 && firstFunctionIndex(group.frames) - waiting <= LOOP_HELPER_DEPTH;
}

/** Goroutines of a group sampled for their ids and minutes (grouping.ts): enough to see an order. */
export const AGE_SAMPLE = 64;
/** Distinct minutes a sample must show: a burst made within a minute or two tells no order. */
const MIN_DISTINCT_MINUTES = 4;
/** Of the steps from one id to the next whose minutes differ, those that may go the other way (ids of one minute interleaved). */
const MAX_REVERSED_SHARE = 0.1;

/**
 * The sampled goroutines wait since each was made (above): `idsAndMinutes` holds an id and its
 * minutes per goroutine, in turn. By id, the minutes fall (or stay within a minute), with at least
 * MIN_DISTINCT_MINUTES values.
 */
export function waitSinceMade(idsAndMinutes: readonly number[]): boolean {
  const n = idsAndMinutes.length >> 1;
  if (n < MIN_DISTINCT_MINUTES) return false;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => idsAndMinutes[2 * a] - idsAndMinutes[2 * b]);
  const distinct = new Set<number>();
  let falling = 0;
  let rising = 0;
  for (let k = 0; k < n; k++) {
    const minutes = idsAndMinutes[2 * order[k] + 1];
    distinct.add(minutes);
    if (k === 0) continue;
    const before = idsAndMinutes[2 * order[k - 1] + 1];
    if (minutes < before) falling++;
    else if (minutes > before) rising++;
  }
  return distinct.size >= MIN_DISTINCT_MINUTES && rising <= MAX_REVERSED_SHARE * (falling + rising);
}

/** The group is main parked in `select {}` (above): its empty select made by `main.main` itself. */
export function parksMainForever(group: StackFacts & { readonly state: string }): boolean {
  if (group.state !== EMPTY_SELECT || group.cut) return false;
  const waiting = waitingFrameIndex(group.frames);
  return waiting >= 0 && group.frames[waiting].func === 'main.main';
}
