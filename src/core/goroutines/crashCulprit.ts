// The goroutine that crashed the process. Go prints it first after the panic or fatal error, before
// every other goroutine (and after the crashing thread's `runtime stack:`), so a crash dump's
// likely problem is that goroutine, whatever waits elsewhere.
import type { CrashHeader, GoroutineId, GoroutineList, RuntimeStack, SourceFrame } from './model';
import { crashNamesCulprit } from './crashLines';
import { GoroutineTable } from './goroutineTable';
import { isPanicLocation } from './locationStack';
import { isRaceState, isRuntimeThrowName, isThrowMachinery } from './ranking';

/**
 * Crashes of a kind that names a culprit (crashLines.ts) but that do not: a deadlock (every
 * goroutine is asleep: the blocked ones are the problem, not the first), and a `go test` timeout
 * (the first goroutine is the test binary's alarm, not the test that hangs).
 */
export const TEST_TIMEOUT = 'panic: test timed out after ';
const DEADLOCK = 'fatal error: all goroutines are asleep';
/**
 * testing/synctest's deadlock, raised as a panic by the goroutine that ran the bubble: every
 * goroutine of the bubble blocked (Go ≥ 1.24), or blocked when the bubble's main one returned (Go ≥ 1.25).
 */
const BUBBLE_DEADLOCKS = ['panic: deadlock: all goroutines in bubble are blocked', 'panic: deadlock: main bubble goroutine has exited but blocked goroutines remain'];

/**
 * Where a goroutine panics or the runtime throws: a running goroutine with one of these on its stack
 * crashed. The standard logger's `Panic` calls never return: the crashing goroutine's stack starts at
 * one, the runtime's panic frames under it hidden, and a paste of that goroutine alone keeps only it.
 */
const PANICS = new Set([
  // Go ≥ 1.17, Go 1.4–1.16, Go 1.2–1.3's C runtime (`runtime.panic` in `src/pkg/runtime/panic.c`).
  'panic', 'runtime.gopanic', 'runtime.panic', 'runtime.throw', 'runtime.fatalthrow', 'runtime.fatalpanic',
  'log.Panic', 'log.Panicf', 'log.Panicln', 'log.(*Logger).Panic', 'log.(*Logger).Panicf', 'log.(*Logger).Panicln',
]);

/** `go test`'s alarm, which panics with `test timed out after …` (`testing.startAlarm.func1` before Go 1.10). */
const TEST_ALARM = /^testing\.(?:\(\*M\)\.)?startAlarm\.func\d+$/;

/**
 * A paste without its crash line (cut above it): the first running goroutine with a call to `panic`
 * (Go ≥ 1.17 prints `panic`, Go 1.4–1.16 `runtime.gopanic`, Go 1.2–1.3 `runtime.panic`; a stack of locations alone, the
 * runtime's panic file) or a throw is the one that crashed; not
 * `go test`'s alarm, whose panic is a timeout (`inferredStuckDump`). -1 when none.
 */
function panickingGoroutineIndex(goroutines: GoroutineList): number {
  return firstRunning(goroutines, frames => frames.some(f => PANICS.has(f.func) || isRuntimeThrowName(f.func) || isPanicLocation(f)) && !frames.some(f => TEST_ALARM.test(f.func)));
}

/**
 * The first running goroutine whose frames pass `test`, or -1. Read off the table's rows, so a dump of
 * 200,000 goroutines, few of them running, makes no record per goroutine.
 */
function firstRunning(goroutines: GoroutineList, test: (frames: readonly SourceFrame[]) => boolean): number {
  const table = GoroutineTable.of(goroutines);
  // The rows share a few headers: which are running is asked of each once, and a dump none of whose
  // headers is running (a race report's 10^5 accesses) is not walked at all.
  const headers = table.sharedHeaders;
  const running = new Uint8Array(headers.length);
  let anyRunning = false;
  for (let h = 0; h < headers.length; h++) {
    if (headers[h].state === 'running') { running[h] = 1; anyRunning = true; }
  }
  if (!anyRunning) return -1;
  for (let i = 0; i < table.length; i++) {
    if (running[table.headerIndex(i)] === 1 && test(table.frames(i))) return i;
  }
  return -1;
}

/**
 * A paste without its crash line whose `go test` alarm goroutine is running: it was panicking with
 * `test timed out after …` when the dump was printed, so the test binary timed out.
 */
export function inferredStuckDump(goroutines: GoroutineList): StuckDump | null {
  if (firstRunning(goroutines, frames => frames.some(f => TEST_ALARM.test(f.func))) < 0) return null;
  return { kind: 'test timeout', reason: 'the test timed out (its alarm goroutine is running; its panic line is not in the text)' };
}

/** Where the runtime throws a fatal error: a `runtime stack:` with one of these threw (the frames above them only print). */
const THROWS = new Set(['runtime.throw', 'runtime.fatalthrow', 'runtime.fatalpanic']);

/** The `runtime stack:` is of a thread that threw a fatal error. */
export function runtimeStackThrew(stack: RuntimeStack): boolean {
  return stack.frames.some(f => THROWS.has(f.func) || isRuntimeThrowName(f.func));
}

/**
 * The crash's `runtime stack:` (the system stack of the thread that crashed): the first one after
 * the crash line; without a crash line in the text (the paste lost it), the first one that threw.
 */
export function crashRuntimeStack(crash: CrashHeader | null, runtimeStacks: readonly RuntimeStack[]): RuntimeStack | undefined {
  if (crash !== null) return runtimeStacks.find(stack => stack.lines.start > crash.line);
  return runtimeStacks.find(runtimeStackThrew);
}

/**
 * Where a runtime stack says the runtime threw: its first frame that is not the throw's own
 * machinery, or null. A panic on the system stack (`fatal error: panic on system stack`) threw from
 * its `panic` frame: the frame under the last one panicked.
 */
export function throwSiteOf(stack: RuntimeStack): SourceFrame | null {
  const frames = stack.frames;
  let from = 0;
  for (let i = 0; i < frames.length; i++) if (frames[i].func === 'panic' || frames[i].func === 'runtime.gopanic') from = i + 1;
  for (let i = from; i < frames.length; i++) if (!isThrowMachinery(frames[i].func)) return frames[i];
  return from > 0 ? frames[from - 1] : null;
}

/**
 * A paste without its crash line whose `runtime stack:` threw: Go prints the goroutine that was
 * running on that thread right under it (after one blank line), so that one crashed. -1 when none.
 */
function goroutineUnderThrow(goroutines: GoroutineList, runtimeStacks: readonly RuntimeStack[]): number {
  const stack = crashRuntimeStack(null, runtimeStacks);
  // Thrown by the monitor thread, which runs no goroutine.
  if (stack === undefined || stack.frames.some(f => f.func === 'runtime.sysmon')) return -1;
  for (let i = 0; i < goroutines.length; i++) {
    const start = goroutines.get(i).lines.start;
    if (start <= stack.lines.end) continue;
    // A blank line between, or two in a double-spaced paste.
    return start - stack.lines.end <= 3 ? i : -1;
  }
  return -1;
}

/**
 * `SIGABRT: abort` asks for a dump (`kill -ABRT`), but C code calls `abort()` too (a failed assertion,
 * heap corruption noticed by glibc): the signal then arrives on the thread of a cgo call, whose
 * goroutine Go prints first, its stack topped by `runtime.cgocall`. That goroutine crashed.
 */
const ABORT = 'SIGABRT: ';
const CGO_CALL = new Set(['runtime.cgocall', 'runtime.asmcgocall']);

function inCgoCall(frames: readonly SourceFrame[]): boolean {
  return frames.length > 0 && CGO_CALL.has(frames[0].func);
}

/**
 * A running goroutine printed whole without a frame: Go could not walk its stack (`runtime: unknown
 * pc`), foreign code ran on it (a library's own machine code, as a WebAssembly runtime's), and the
 * abort came from that code. A goroutine `kill -ABRT` caught in Go code shows its frames.
 */
function inForeignCode(g: { readonly state: string; readonly frames: readonly SourceFrame[]; readonly cut: boolean }): boolean {
  return g.state === 'running' && g.frames.length === 0 && !g.cut;
}

/** What prints a goroutine's own stack from inside the program. */
const STACK_PRINTERS = new Set(['runtime/debug.Stack', 'runtime/debug.PrintStack']);

/**
 * The crashed goroutine's stack is one the program printed on the lines under its crash line
 * (`debug.Stack()` or `debug.PrintStack()` on top), not the runtime: a deferred handler printed it,
 * after a `panic:` line of its own words, while the panic unwound, so the frames above its `panic`
 * call are that handler's. A stack escaped inside the crash line's own value (a log record's field)
 * was printed by whatever that line logged, not under it.
 */
export function stackPrintedByProgram(crash: CrashHeader, crashed: { readonly lines: { readonly start: number }; readonly frames: readonly SourceFrame[] }): boolean {
  return crashed.lines.start > crash.line && crashed.frames.length > 0 && STACK_PRINTERS.has(crashed.frames[0].func);
}

/** The dump says every blocked goroutine is stuck for good: a deadlock, or a `go test` timeout. */
export interface StuckDump {
  readonly kind: 'deadlock' | 'test timeout';
  /** For suspect sentences: "all goroutines are asleep (deadlock)", "the test timed out after 2s (running TestX)". */
  readonly reason: string;
}

export function stuckDumpOf(crashMessage: string): StuckDump | null {
  if (crashMessage.startsWith(DEADLOCK)) return { kind: 'deadlock', reason: 'all goroutines are asleep (deadlock)' };
  if (BUBBLE_DEADLOCKS.some(d => crashMessage.startsWith(d))) return { kind: 'deadlock', reason: 'the synctest bubble is deadlocked' };
  if (crashMessage.startsWith(TEST_TIMEOUT)) return { kind: 'test timeout', reason: `the ${crashMessage.slice('panic: '.length)}` };
  return null;
}

/**
 * Index of the goroutine that crashed: the first one after the dump's crash header, unless another
 * crash header comes between them (it is another event's goroutine). -1 when there is none.
 * `crashes`: every crash header of the text, in text order.
 */
export function crashedGoroutineIndex(
  goroutines: GoroutineList, crash: CrashHeader | null, crashes: readonly CrashHeader[], runtimeStacks: readonly RuntimeStack[] = [],
): number {
  if (!crash) {
    const panicking = panickingGoroutineIndex(goroutines);
    return panicking >= 0 ? panicking : goroutineUnderThrow(goroutines, runtimeStacks);
  }
  const abort = crash.message.startsWith(ABORT);
  if ((!crashNamesCulprit(crash) && !abort) || stuckDumpOf(crash.message)) return -1;
  // Thrown by the runtime's monitor thread (sysmon), which runs no goroutine: none of those printed after it crashed.
  if (runtimeStacks.some(stack => stack.lines.start > crash.line && stack.frames.some(f => f.func === 'runtime.sysmon'))) return -1;
  for (let i = 0; i < goroutines.length; i++) {
    const g = goroutines.get(i);
    // `<`: a dump logged as one string puts the crash line and its goroutines on one line of the text.
    if (g.lines.start < crash.line || isRaceState(g.state)) continue;
    const interrupted = crashes.some(other => other.line > crash.line && other.line < g.lines.start);
    if (abort && !inCgoCall(g.frames) && !inForeignCode(g)) return -1;
    if (interrupted) return -1;
    return isIdleG0(g) ? goroutineOfSignalledThread(goroutines, i, crashes) : i;
  }
  return abort ? -1 : crashedAboveItsLine(goroutines, crash, crashes);
}

/** At most this many lines between a dump's last goroutine and a crash line put under it (`exit status 2`, a test's `FAIL` lines). */
const MAX_LINES_UNDER_DUMP = 8;

/**
 * No goroutine after the crash line: a page or a log that put the line under the dump it belongs to
 * (the goroutines, `exit status 2`, then `panic: …`). Go prints the crashed goroutine first of its
 * dump, running: the dump's first goroutine crashed when it runs, the line ends right above the
 * crash line, and no other crash line stands over the dump or among its goroutines (its own, or
 * another event's). -1 otherwise.
 */
function crashedAboveItsLine(goroutines: GoroutineList, crash: CrashHeader, crashes: readonly CrashHeader[]): number {
  if (goroutines.length === 0) return -1;
  const first = goroutines.get(0);
  const end = goroutines.get(goroutines.length - 1).lines.end;
  if (end >= crash.line || crash.line - end > MAX_LINES_UNDER_DUMP) return -1;
  if (crashes.some(other => other !== crash && other.line >= first.lines.start - MAX_LINES_UNDER_DUMP && other.line <= end)) return -1;
  return first.state === 'running' && !isIdleG0(first) ? 0 : -1;
}

/** A thread's own g0 (`goroutine 0 [idle]:`): what the signal handler prints when the signal hit the system stack or a thread without a goroutine. */
function isIdleG0(g: { readonly id: GoroutineId; readonly state: string }): boolean {
  return g.id === 0 && g.state === 'idle';
}

/**
 * The signal hit a thread's g0 (index `g0`): Go prints the goroutine that ran on that thread first of
 * the others, running (tracebackothers), and that one crashed; with none, the g0's own frames say
 * where the fault was (runtime code on the system stack), and a g0 without frames (an unknown pc: C
 * code on a thread that runs no goroutine) names no goroutine at all.
 */
function goroutineOfSignalledThread(goroutines: GoroutineList, g0: number, crashes: readonly CrashHeader[]): number {
  if (g0 + 1 < goroutines.length) {
    const next = goroutines.get(g0 + 1);
    const start = goroutines.get(g0).lines.start;
    if (next.state === 'running' && !crashes.some(other => other.line > start && other.line < next.lines.start)) return g0 + 1;
  }
  return goroutines.get(g0).frames.length > 0 ? g0 : -1;
}
