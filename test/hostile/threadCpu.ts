// CPU time of the calling thread: what a "bounded time" test asserts on. On a loaded machine the
// wall clock counts the time other processes held the cores; this thread's CPU time does not,
// so a loose bound on it still catches a hang or a quadratic path and never fails by load alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The calling thread's own CPU time so far in ms (Linux's /proc/thread-self/schedstat), NaN where that is not available. */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/**
 * Runs `work` and asserts this thread spent at most `boundMs` of CPU on it (no check where the
 * clock is unavailable); `what` names it in the failure. Returns what `work` returned.
 */
export function withinCpu<T>(boundMs: number, work: () => T, what = 'the work'): T {
  const started = threadCpuMs();
  const value = work();
  const spent = threadCpuMs() - started;
  assert.ok(!(spent > boundMs), `${what} took ${Math.round(spent)} ms of CPU, over its bound of ${boundMs} ms`);
  return value;
}
