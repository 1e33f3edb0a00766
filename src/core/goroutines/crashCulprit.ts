// The goroutine that crashed the process. Go prints it first after the panic or fatal error, before
// every other goroutine (and after the crashing thread's `runtime stack:`), so a crash dump's
// likely problem is that goroutine, whatever waits elsewhere.
import type { CrashHeader, GoroutineList } from './model';
import { isRaceState } from './ranking';

/**
 * Messages that name a crash with a culprit. Not SIGQUIT or SIGABRT (someone asked for the dump),
 * a deadlock (every goroutine is asleep: the blocked ones are the problem, not the first), nor a
 * `go test` timeout (the first goroutine is the test binary's alarm, not the test that hangs).
 */
export const TEST_TIMEOUT = 'panic: test timed out after ';
const DEADLOCK = 'fatal error: all goroutines are asleep';
const CRASH_WITH_CULPRIT = /^(panic: |fatal error: |unexpected fault address|signal |Exception 0x|SIG(?!QUIT:|ABRT:)[A-Z0-9]+: |stack overflow: |http2?: panic serving |Observed a panic: )/;

/** The dump says every blocked goroutine is stuck for good: a deadlock, or a `go test` timeout. */
export interface StuckDump {
  readonly kind: 'deadlock' | 'test timeout';
  /** For suspect sentences: "all goroutines are asleep (deadlock)", "the test timed out after 2s (running TestX)". */
  readonly reason: string;
}

export function stuckDumpOf(crashMessage: string): StuckDump | null {
  if (crashMessage.startsWith(DEADLOCK)) return { kind: 'deadlock', reason: 'all goroutines are asleep (deadlock)' };
  if (crashMessage.startsWith(TEST_TIMEOUT)) return { kind: 'test timeout', reason: `the ${crashMessage.slice('panic: '.length)}` };
  return null;
}

/**
 * Index of the goroutine that crashed: the first one after the dump's crash header, unless another
 * crash header comes between them (it is another event's goroutine). -1 when there is none.
 * `crashes`: every crash header of the text, in text order.
 */
export function crashedGoroutineIndex(goroutines: GoroutineList, crash: CrashHeader | null, crashes: readonly CrashHeader[]): number {
  if (!crash || !CRASH_WITH_CULPRIT.test(crash.message) || stuckDumpOf(crash.message)) return -1;
  for (let i = 0; i < goroutines.length; i++) {
    const g = goroutines.get(i);
    // `<`: a dump logged as one string puts the crash line and its goroutines on one line of the text.
    if (g.lines.start < crash.line || isRaceState(g.state)) continue;
    const interrupted = crashes.some(other => other.line > crash.line && other.line < g.lines.start);
    return interrupted ? -1 : i;
  }
  return -1;
}
