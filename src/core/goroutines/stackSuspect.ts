// What the stacks outside the goroutine groups say, when no group says it. A crash's `runtime
// stack:` says where the process crashed when the goroutine that crashed is not in the text (a paste
// that stops before the goroutines, a throw on the runtime's own thread, a paste that lost its crash
// line). A stack whose goroutine header is not in the text says where it stands when the text holds
// no goroutine at all (a stack pasted alone, a logger's stack trace).
import type { GoroutineDump, GoroutineGroup, HeadlessStack, SourceFrame } from './model';
import { crashRuntimeStack, stuckDumpOf, throwSiteOf } from './crashCulprit';
import { crashHeadline, crashNamesCulprit } from './crashLines';
import { describeFrame, isPanicCall, isUserFrame, userFrameUnderPanic } from './ranking';
import { shortFuncName } from './goFunctions';
import { describeBadReturnPc, walkBehindCrash } from './badReturnPc';

export interface StackSuspect {
  /** Read like a group's suspect sentence: "the process crashed (fatal error: stack overflow) in …". */
  readonly sentence: string;
  /** The frame the sentence names, or null. */
  readonly frame: SourceFrame | null;
  /** It is a crash: it ranks before any suspect. */
  readonly crashed: boolean;
}

export function stackSuspectOf(dump: GoroutineDump, groups: readonly GoroutineGroup[]): StackSuspect | null {
  if (groups.some(g => g.crashed)) return null;
  return crashOnSystemStack(dump) ?? crashOnThreadWithoutGoroutine(dump) ?? (groups.length === 0 ? headlessSuspect(dump.headlessStacks) : null);
}

/**
 * A signal that hit a thread running no goroutine: Go prints its g0 (`goroutine 0 [idle]:`) right
 * after the crash, without a frame it could walk (C code on a thread Go did not start), and no
 * goroutine after it ran there. The crash is said without blaming a goroutine.
 */
function crashOnThreadWithoutGoroutine(dump: GoroutineDump): StackSuspect | null {
  const crash = dump.crash;
  if (crash === null || !crashNamesCulprit(crash) || stuckDumpOf(crash.message) !== null || dump.goroutines.length === 0) return null;
  let first = 0;
  while (first < dump.goroutines.length && dump.goroutines.get(first).lines.start < crash.line) first++;
  if (first === dump.goroutines.length) return null;
  const g = dump.goroutines.get(first);
  if (g.id !== 0 || g.state !== 'idle' || g.frames.length > 0 || g.cut) return null;
  return { sentence: `the process crashed (${crashHeadline(crash.message)}) on a thread that ran no goroutine (goroutine 0 [idle], no frame Go could walk)`, frame: null, crashed: true };
}

/** The crash, where its runtime stack says the runtime threw. */
function crashOnSystemStack(dump: GoroutineDump): StackSuspect | null {
  const crash = dump.crash;
  // A deadlock or a SIGQUIT names no culprit: its runtime stack is no crash site.
  if (crash !== null && (!crashNamesCulprit(crash) || stuckDumpOf(crash.message) !== null)) return null;
  const stack = crashRuntimeStack(crash, dump.runtimeStacks);
  if (stack === undefined) return null;
  // The runtime's stack walker threw over a return address in no function: the line before the
  // throw names the goroutine and the function, the walker's frames nothing of the program.
  const walk = walkBehindCrash(crash?.message ?? null, dump.badReturnPcs, crash?.line ?? stack.lines.start);
  if (walk !== undefined) {
    const what = crash === null ? 'the runtime threw' : `the process crashed (${crashHeadline(crash.message)})`;
    return { sentence: `${what} ${describeBadReturnPc(walk)}`, frame: null, crashed: true };
  }
  const frame = throwSiteOf(stack);
  const where = frame ? ` in ${describeFrame(frame)}` : '';
  // A runtime stack cut before any frame but the throw's own says nothing of where.
  const sentence = crash !== null
    ? `the process crashed (${crashHeadline(crash.message)})${frame ? `${where}, as its runtime stack shows` : ''}`
    : `the runtime threw${where}, as a runtime stack shows (its crash line is not in the text)`;
  return { sentence, frame, crashed: true };
}

/**
 * A stack without its goroutine header, named by where it stands: the frame under its last `panic`
 * (the frames above are the deferred calls that ran), else its innermost user frame.
 */
function headlessSuspect(stacks: readonly HeadlessStack[]): StackSuspect | null {
  if (stacks.length === 0) return null;
  const stack = stacks.find(s => s.frames.some(isPanicCall)) ?? stacks[0];
  const underPanic = userFrameUnderPanic(stack.frames);
  // Cut under its `panic` before the frame that panicked: the frames in sight only handled or raised it.
  const frame = underPanic === null ? null : underPanic ?? stack.frames.find(isUserFrame) ?? stack.frames[0] ?? null;
  const which = stacks.length === 1 ? 'a stack without its goroutine header' : `one of ${stacks.length} stacks without their goroutine header`;
  const where = underPanic === null ? ', cut before the frame that panicked' : frame === null ? '' : underPanic ? ` panicked in ${describeFrame(frame)}` : `, at ${describeFrame(frame)}`;
  const creator = stack.createdBy ? `, created by ${shortFuncName(stack.createdBy.func)}` : '';
  return { sentence: `${which}${where}${creator}`, frame: frame ?? stack.createdBy, crashed: false };
}
