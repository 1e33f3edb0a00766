// Decides which groups look like the problem: many goroutines blocked for a long time, or a large
// share of the dump, in the same user frame. Runtime, standard-library and test-runner background
// groups are flagged so views can hide them.

import type { GoroutineGroup, SourceFrame } from './model';
import { crashHeadline, isRepanicOfSameValue } from './crashLines';
import { baseName, isStdlibFunc, isStdlibPath, shortFuncName } from './goFunctions';
import { isPanicLocation } from './locationStack';
import { frameUnderLoggerExit } from './loggerExit';
import { inferStateFromFrames, waitStateOf, type WaitState } from './waitStates';
import { isGccgoCrashMachinery, NAMELESS_FRAME } from './gccgoFrames';
import { waitSentencePhrase } from '../../shared/waitFormat';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { longWaitClause, longWaitReason } from './longWaits';
import { parksMainForever, waitsInWorkerLoop } from './idleWaits';

type GroupFacts = Omit<GoroutineGroup, 'userFrame' | 'isIdleRuntime' | 'suspect' | 'score'>;
type GroupVerdict = Pick<GoroutineGroup, 'userFrame' | 'isIdleRuntime' | 'suspect' | 'score'>;

const SUSPECT_MIN_COUNT = 10;
const SUSPECT_MIN_MINUTES = 5;
const SUSPECT_MIN_COUNT_WITHOUT_MINUTES = 1000;
// A quarter of the dump blocked sending or locking in one place is a pile-up whatever the minutes:
// Go prints none under one, and a leak is often caught minutes after it starts. Not receivers and
// selects (weight 2): a pool of idle workers waits so.
const SUSPECT_MIN_SHARE = 0.25;
const SHARE_MIN_WEIGHT = 3;
/** Why a loop-shaped wait is a suspect (idleWaits.ts' waitSinceMade). */
const SINCE_MADE_CLAUSE = 'each has waited since it was made, the oldest longest (a leak, one goroutine at a time)';

/** Goroutines of a race detector report: a data race is a bug whatever the count, so it ranks first. */
export function isRaceState(state: string): boolean {
  return state.startsWith('data race (');
}

/** What the dump as a whole says about its groups. */
export interface DumpVerdict {
  /** The panic or fatal error, for the group that holds the goroutine that crashed. */
  readonly crashMessage?: string;
  /** The crash is a panic recovered and logged (`CrashHeader.recovered`). */
  readonly crashRecovered?: boolean;
  /** The crashed goroutine's stack is one the program printed under its crash line (`stackPrintedByProgram`). */
  readonly crashStackPrinted?: boolean;
  /** Where the runtime threw on the system stack (`runtime stack:`), for a crashed goroutine that shows only the switch to it. */
  readonly crashSite?: SourceFrame | null;
  /** The stack walk the runtime threw in (`unknown caller pc`), said in words: where it crashed, for the crashed group. */
  readonly crashWalk?: string;
  /**
   * Why every blocked goroutine is stuck for good, when the dump says so: "all goroutines are
   * asleep (deadlock)", "the test timed out after 10m0s". Each blocked group is then a suspect.
   */
  readonly stuck?: string;
  /**
   * Some goroutine of the dump printed `N minutes`: a group without any was then blocked for under
   * a minute, which no count makes a leak. Without minutes anywhere (debug=1, profile.proto, a
   * young process) a big group is a suspect by its count alone.
   */
  readonly showsMinutes?: boolean;
  /** Goroutines in the dump, to judge a group by its share of them. */
  readonly goroutines?: number;
  /** The longest wait any goroutine of the dump printed, in minutes: a few blocked longest stand out. */
  readonly longestWaitMinutes?: number;
}

/** `waitSinceMade`: the group's goroutines have waited since each was made, one by one (idleWaits.ts). */
export function classifyGroup(group: GroupFacts, dump: DumpVerdict = {}, waitSinceMade = false): GroupVerdict {
  const userFrame = group.frames.find(isUserFrame) ?? null;
  if (group.crashed) {
    // What brought the process down comes before what it was waiting on.
    const crash = crashSentence(group, userFrame, { message: dump.crashMessage ?? '', recovered: dump.crashRecovered === true, printedByProgram: dump.crashStackPrinted === true }, dump.crashSite ?? null, dump.crashWalk);
    // The frame a view links to is the one the sentence blames (a recovered panic's frame under its `panic`, not the handler's).
    const blamed = crash.frame !== null && isUserFrame(crash.frame) && group.frames.includes(crash.frame) ? crash.frame : userFrame;
    return { userFrame: blamed, isIdleRuntime: false, suspect: crash.sentence, score: 3e9 + group.count };
  }
  if (isRaceState(group.state)) {
    // An access made by the standard library alone (`testing.tRunner` writing the test's state while
    // another goroutine calls `t.Fatal`) says where the race landed; the other side's code raced it,
    // Without such code on either side, the user's call that started the standard library's goroutine
    // (`go t.Run(…)`, in sight under its creator) is where to look: after an access of the user's own.
    const own = userFrame !== null && !callsTestRunner(group.frames, userFrame) ? userFrame : null;
    const caller = own === null ? creatorUserCaller(group) ?? null : null;
    return { userFrame: userFrame ?? caller, isIdleRuntime: false, suspect: suspectSentence(group, userFrame), score: 2e9 + (own !== null ? 1e8 : caller !== null ? 5e7 : 0) + group.count };
  }
  const userCreator = group.createdBy !== null && !isStdlibFunc(group.createdBy.func);
  const waitState = weighedWait(group);
  const weight = group.state === '' ? 1 : waitState?.weight ?? 0;
  // Blocked sending or on a lock is no background wait, even with only the standard library's
  // frames in sight (a paste or a debug=1 record cut above the user's code): 145,000 goroutines
  // on one sync.Mutex are the problem whoever holds it.
  const pilesUp = weight >= SHARE_MIN_WEIGHT;
  // Go ≤ 1.2 printed the runtime's own goroutines in a syscall with their creator alone (`created by runtime.main`).
  const runtimeCreatedOnly = group.frames.length === 0 && group.createdBy !== null && group.createdBy.func.startsWith('runtime.');
  const isIdleRuntime = ((group.frames.length > 0 || runtimeCreatedOnly) && userFrame === null && !userCreator && group.state !== 'running' && !pilesUp) ||
    isTestRunnerWait(group);
  const median = group.waitMinutes?.median ?? 0;
  const maxMinutes = group.waitMinutes?.max ?? 0;
  const share = dump.goroutines ? group.count / dump.goroutines : 0;
  // main parked by `select {}` on purpose (idleWaits.ts): forever by design, not by a bug.
  const parked = parksMainForever(group);
  // A loop's idle wait (idleWaits.ts); not when each goroutine has waited since it was made: a leak of one-shot waits.
  const loopShaped = waitsInWorkerLoop(group, waitState);
  const idleLoop = loopShaped && !waitSinceMade;
  const isSuspect = !isIdleRuntime && weight > 0 && (
    group.leaked > 0 || (waitState?.neverWakes === true && !parked) || (dump.stuck !== undefined && !isBackgroundLoop(group, weight)) ||
    (group.count >= SUSPECT_MIN_COUNT && maxMinutes >= SUSPECT_MIN_MINUTES && weight >= 1 && !idleLoop) ||
    (group.count >= SUSPECT_MIN_COUNT && share >= SUSPECT_MIN_SHARE && pilesUp) ||
    // A server's connections in their read loops are as many as its clients. A thousand asleep or in
    // a syscall in one user frame (a sleep per queued task, a thread each) pile up as surely as waits.
    (group.count >= SUSPECT_MIN_COUNT_WITHOUT_MINUTES && (weight >= 1 || userFrame !== null) && (maxMinutes > 0 || !dump.showsMinutes) && !(idleLoop && waitState!.waitsOnPeer)));
  // Too few for the floors above, yet blocked sending or locking far longer than a working program does.
  const longWait = isSuspect || isIdleRuntime || parked ? null : longWaitReason(
    { count: group.count, maxMinutes, weight, placed: userFrame !== null || (group.cut && group.frames.length > 0) },
    { goroutines: dump.goroutines ?? group.count, longestMinutes: dump.longestWaitMinutes ?? maxMinutes },
    { minCount: SUSPECT_MIN_COUNT, minMinutes: SUSPECT_MIN_MINUTES, minWeight: SHARE_MIN_WEIGHT });
  // Impact: goroutines × how long they wait (damped: a day is not 1,440 times a minute), × how
  // surely the state is stuck. Two goroutines on a nil channel rank after a leak of two hundred.
  const impact = weight * group.count * (1 + Math.log2(1 + median));
  const score = (isSuspect || longWait !== null ? 1e9 : 0) + impact + group.count * 1e-3;
  // The reason the dump gives (dump.stuck) is added once sentences that read alike are told apart.
  const suspect = isSuspect ? suspectSentence(group, userFrame) + (loopShaped && waitSinceMade ? `; ${SINCE_MADE_CLAUSE}` : '') : longWait !== null ? `${suspectSentence(group, userFrame)}; ${longWaitClause(longWait)}` : null;
  return { userFrame, isIdleRuntime, suspect, score };
}

/**
 * The wait a group is weighed by: Go before 1.20 prints every semaphore wait as `semacquire`, a
 * WaitGroup's as a Mutex's, where a debug=1 record and later Go tell it by the sync type over the
 * semaphore: the frames say it here too, so one process ranks alike whichever way it was dumped.
 */
export function weighedWait(group: Pick<GoroutineGroup, 'state' | 'stateInferred' | 'frames'>): WaitState | undefined {
  const printed = waitStateOf(group.state);
  if (group.state !== 'semacquire' || group.stateInferred) return printed;
  const told = inferStateFromFrames(group.frames.map(f => f.func));
  return told === '' || told === 'semacquire' ? printed : waitStateOf(told);
}

/**
 * The test runner's own goroutines: blocked inside package testing (testing.(*T).Run waiting for a
 * subtest, tRunner for parallel subtests, runTests, (*T).Parallel), whatever calls it (the
 * generated main, a user's TestMain or a parent test). The test they wait for is the suspect.
 */
function isTestRunnerWait(group: GroupFacts): boolean {
  if (group.state === 'running' || group.state === 'runnable') return false;
  const first = group.frames.find(f => !f.func.startsWith('runtime.'));
  return first !== undefined && first.func.startsWith('testing.');
}

/**
 * A package's own background loop: started by its `init` (opencensus' view worker, a metrics
 * flusher) and waiting to receive or select, as it does for the life of the process. A deadlock
 * or a test timeout does not make it a suspect.
 */
function isBackgroundLoop(group: GroupFacts, weight: number): boolean {
  return weight <= 2 && group.createdBy !== null && /\.init(?:\.\d+)?(?:\.func\d+)*$/.test(group.createdBy.func);
}

/** Not the runtime, the standard library, nor the `main` that `go test` generates (_testmain.go). */
export function isUserFrame(frame: SourceFrame): boolean {
  // A frame that names no function (locationStack.ts) is told by its path; a compiler-made wrapper's
  // (`<autogenerated>:1`) only passes the call on.
  if (frame.func === NAMELESS_FRAME) return frame.file !== '' && frame.file !== '<autogenerated>' && !isStdlibPath(frame.file);
  return !isStdlibFunc(frame.func) && !frame.file.endsWith('_testmain.go');
}

/**
 * The race detector's own hooks (`runtime.racereadrange` at `<autogenerated>:1`, where compiler-made code
 * copies a struct or an array): a race report shows one on top of the frame that made the access.
 */
const RACE_HOOK = /^runtime\.race(?:read|write)(?:range)?(?:pc)?$/;

function isRaceHook(func: string): boolean {
  return RACE_HOOK.test(func);
}

/** "18,000 goroutines blocked on chan send for 4 h 21 min – 7 h 9 min in registry.(*Store).DeleteCollection.func1 (store.go:1020), created by registry.(*Store).DeleteCollection" */
/**
 * A sentence's words, joined once into one flat string (see waitTargets.ts' describe): each group
 * keeps its sentence, and phrases made to be joined again were ~70 MB of garbage for a race report's
 * 10^5 accesses. Emptied by its count after each sentence: a list's length set to 0 lets V8 drop its
 * store, and each sentence grew a new one (~160 bytes of garbage a sentence).
 */
class SentenceWords implements WordSink {
  private readonly words: string[] = [];
  private count = 0;

  push(word: string): void {
    this.words[this.count++] = word;
  }

  /** The words pushed since the last call, joined. */
  joined(): string {
    const words = this.words;
    // The words of a longer sentence before are blanked, not cut off.
    if (this.count < words.length) words.fill('', this.count);
    this.count = 0;
    return words.join('');
  }
}

const sentenceWords = new SentenceWords();

export function suspectSentence(group: GroupFacts, userFrame: SourceFrame | null): string {
  const words = sentenceWords;
  words.push(formatCount(group.count));
  words.push(group.count === 1 ? ' goroutine' : ' goroutines');
  if (group.leaked > 0) words.push(' leaked (reported by the runtime),');
  words.push(' ');
  pushStatePhrase(words, group.state, group);
  const minutes = group.waitMinutes;
  // A wait that never ends reads "blocked forever", not "forever for 3 minutes".
  if (minutes && minutes.max !== 0 && !waitStateOf(group.state)?.neverWakes) {
    // Go prints no minutes under one: a group that mixes those with longer waits reads "up to N".
    words.push(' ');
    words.push(waitSentencePhrase(minutes.min, minutes.max));
  }
  const frame = userFrame ?? group.frames.find(f => !isRaceHook(f.func)) ?? group.frames[0] ?? null;
  if (frame) { words.push(' in '); pushFrameWords(words, frame); }
  if (group.createdBy) {
    words.push(', created by ');
    words.push(shortFuncName(group.createdBy.func));
    // A creator of the standard library's (`testing.(*T).Run`) is named with the user's call that ran it, when the text shows it.
    const caller = userFrame === null ? creatorUserCaller(group) : undefined;
    if (caller !== undefined) { words.push(' called from '); pushFrameWords(words, caller); }
  }
  return words.joined();
}

/**
 * The user frame is a `TestMain` calling `testing.(*M).Run`: the access above it is the test runner's
 * own (`runTests` reading whether a test ran), as under the `main` that `go test` generates.
 */
function callsTestRunner(frames: readonly SourceFrame[], userFrame: SourceFrame): boolean {
  const at = frames.indexOf(userFrame);
  return at > 0 && frames[at - 1].func === 'testing.(*M).Run';
}

/** The innermost user frame under a standard-library creator's `go` statement (`creatorCallers`), if the text shows one. */
function creatorUserCaller(group: GroupFacts): SourceFrame | undefined {
  const creator = group.createdBy;
  if (creator === null || group.creatorCallers === undefined || isUserFrame(creator)) return undefined;
  return group.creatorCallers.find(isUserFrame);
}

/**
 * The runtime's own frames that throw, print, switch or grow stacks, or turn a signal into a panic:
 * never where a fatal error comes from (a fault's is the frame under `runtime.sigpanic`; a stack
 * overflow's, the goroutine's own innermost frame, not the `newstack` that found it). `sync.throw`
 * and `sync.fatal` are the runtime's throw lent to package sync (`unlock of unlocked mutex`).
 */
const THROW_MACHINERY = new Set([
  'runtime.throw', 'runtime.throw.func1', 'runtime.fatalthrow', 'runtime.fatalthrow.func1', 'runtime.fatalpanic', 'runtime.fatalpanic.func1', 'sync.throw', 'sync.fatal',
  'runtime.dopanic_m', 'runtime.systemstack', 'runtime.badPointer', 'runtime.mstart', 'runtime.mstart0', 'runtime.mstart1', 'runtime.sigpanic',
  'runtime.newstack', 'runtime.morestack', 'runtime.morestack_noctxt',
]);

/**
 * A throw the table does not name: the runtime's `fatal` (Go ≥ 1.19, shown under GOTRACEBACK=system),
 * its map code's `internal/runtime/maps.fatal` (Go ≥ 1.24), or a name a help page made up
 * (`runtime.throw2`): a function of the runtime's own packages whose name starts `throw` or `fatal`.
 * Such a frame only reports the crash; the frame under it is where it happened.
 */
const RUNTIME_THROW_NAME = /^(?:runtime|internal\/runtime\/[a-z]+)\.(?:throw|fatal)[A-Za-z0-9_]*(?:\.func\d+)?$/;

export function isRuntimeThrowName(func: string): boolean {
  return RUNTIME_THROW_NAME.test(func);
}

/**
 * TinyGo's panic machinery, named in a WebAssembly runtime's stack trace (wasmStackTrace.ts): `runtime._panic`,
 * `runtime.panicOrGoexit`, `runtime.runtimePanicAt`, and a runtime error's own (`runtime.nilPanic`, `runtime.lookupPanic`).
 */
const TINYGO_PANIC = /^runtime\.(?:_panic|panicOrGoexit|[a-z][A-Za-z]*Panic(?:At)?)$/;

export function isThrowMachinery(func: string): boolean {
  return THROW_MACHINERY.has(func) || isGccgoCrashMachinery(func) || RUNTIME_THROW_NAME.test(func) || TINYGO_PANIC.test(func);
}

/**
 * "1 goroutine crashed (panic: boom) in main.main (main.go:26)", with "; 2 other goroutines have the same stack"
 * when its group holds more; for a recovered panic, "1 goroutine
 * panicked (recovered: http: panic serving …) in caddyhttp.(*Server).ServeHTTP (server.go:203)",
 * blaming the first user frame under the last `panic` call: the frames above it are the handler that
 * recovered and logged it, or raised it again as it was (`panic: x [recovered]` then `panic: x`).
 */
function crashSentence(group: GroupFacts, userFrame: SourceFrame | null, crash: { message: string; recovered: boolean; printedByProgram: boolean }, site: SourceFrame | null, walk?: string): { sentence: string; frame: SourceFrame | null } {
  const { message, recovered } = crash;
  // One goroutine crashed, whatever its group holds: the others only share its stack (a second panic at
  // the same time, workers running the same code), and are not said to have crashed.
  const count = '1 goroutine';
  const others = sameStackClause(group.count - 1);
  // Thrown by the runtime's stack walker: its frames and the goroutine's say nothing of the program.
  if (walk !== undefined) return { sentence: `${count} crashed (${crashHeadline(message)}) ${walk}${others}`, frame: null };
  // Thrown on the system stack: the goroutine shows only its switch there, or nothing when the paste cut it
  // before its first frame (`goroutine 7 [GC wor`); `runtime stack:` says where.
  const onSystemStack = site !== null && (group.frames[0]?.func === 'runtime.systemstack_switch' || group.frames.length === 0);
  // Recovered, raised again as it was, its message lost, or its stack printed by the program itself: the frames above the last `panic` may be
  // deferred handlers, not where it panicked. Or cut right under its `panic` call, only the runtime's frames in sight: the frame that
  // panicked is not in the text, and `panic` is no place to blame.
  const underPanic = recovered || message === '' || isRepanicOfSameValue(message) || crash.printedByProgram ? userFrameUnderPanic(group.frames, recovered)
    : group.cut && group.frames.every(f => f.func === 'panic' || isRuntimeFrame(f)) && userFrameUnderPanic(group.frames) === null ? null : undefined;
  // A recovered panic whose stack the paste cut before its `panic` frame: what is in sight is the handler that logged it.
  const cutBeforePanic = recovered && underPanic === undefined && group.cut;
  // Cut with only the runtime's crash machinery in sight (`runtime.throw`, `runtime.sigpanic`): the frame that crashed is not in the text.
  const cutInMachinery = !onSystemStack && underPanic === undefined && !cutBeforePanic && group.cut && group.frames.length > 0 && group.frames.every(isMachineryFrame);
  // Nothing but the runtime's frames over the creator: its call is the line a user can open.
  const creatorBlamed = !onSystemStack && !cutBeforePanic && !cutInMachinery ? creatorOverRuntimeFrames(group) : null;
  const frame = onSystemStack ? site : creatorBlamed !== null ? null : underPanic !== undefined ? underPanic : cutBeforePanic || cutInMachinery ? null :
    frameUnderLoggerExit(group.frames, isUserFrame) ?? userFrame ?? cgoCaller(group.frames) ?? group.frames.find(f => !isThrowMachinery(f.func)) ?? group.frames[0] ?? null;
  const where = frame ? ` in ${describeFrame(frame)}${onSystemStack ? ' on the system stack' : ''}` : creatorBlamed !== null ? ' in runtime frames only'
    : cutBeforePanic || underPanic === null ? ', cut before the frame that panicked' : cutInMachinery ? ', cut before the frame that crashed' : '';
  const creator = creatorBlamed !== null ? `, created by ${describeFrame(creatorBlamed)}` : group.createdBy ? `, created by ${shortFuncName(group.createdBy.func)}` : '';
  // No message: the paste lost the crash line, and only the goroutine's own `panic` or throw tells of it.
  const headline = crashHeadline(message);
  const what = recovered ? `panicked (recovered: ${headline})` : `crashed${message ? ` (${headline})` : ' (its crash line is not in the text)'}`;
  return { sentence: `${count} ${what}${where}${creator}${others}`, frame };
}

/** "; 1 other goroutine has the same stack", for the members of a crashed group that did not crash; '' for none. */
function sameStackClause(others: number): string {
  if (others <= 0) return '';
  return others === 1 ? '; 1 other goroutine has the same stack' : `; ${formatCount(others)} other goroutines have the same stack`;
}

/**
 * The creator of a goroutine whose every frame is the runtime's (`panic`, `runtime.panicmem`,
 * `runtime.sigpanic`: a fault in code the runtime ran for it), when the creator is no runtime
 * function and the stack is whole; else null. The runtime's frames say only how it crashed.
 */
function creatorOverRuntimeFrames(group: GroupFacts): SourceFrame | null {
  const creator = group.createdBy;
  if (creator === null || group.cut || group.frames.length === 0 || creator.func.startsWith('runtime.')) return null;
  return group.frames.every(f => f.func === 'panic' || isRuntimeFrame(f)) ? creator : null;
}

/**
 * A crash in C code called through cgo, no user frame in sight (the paste cut them, or the call is the
 * standard library's, `syscall.SyscallN` on Windows): the Go function that called into C, the first
 * frame outside the runtime under `runtime.cgocall`, not the runtime's switch to the C stack.
 */
function cgoCaller(frames: readonly SourceFrame[]): SourceFrame | undefined {
  const top = frames[0]?.func;
  return top === 'runtime.cgocall' || top === 'runtime.asmcgocall' ? frames.find(f => !f.func.startsWith('runtime.')) : undefined;
}

/**
 * A call to panic: Go ≥ 1.17 prints `panic`, Go 1.5–1.16 `runtime.gopanic`, Go 1.2–1.4 the C
 * runtime's `runtime.panic` (shown since golang.org/issue/5832 though other `runtime.` frames are
 * hidden), a stack of locations alone the runtime's `panic.go`.
 */
export function isPanicCall(frame: SourceFrame): boolean {
  return frame.func === 'panic' || frame.func === 'runtime.gopanic' || frame.func === 'runtime.panic' || isPanicLocation(frame);
}

/** A closure as Go ≤ 1.4 named it (`net/http.func·007`); Go 1.5 made it `….func1`. */
const OLD_CLOSURE = /\.func·\d+$/;

/** A closure as Go ≥ 1.5 names it (`net/http.(*conn).serve.func1`, `….func2.1` inside another). */
const CLOSURE = /\.func\d+(?:\.\d+)*$/;

/**
 * The first user frame under the last call to `panic` (isPanicCall), else the first frame under it
 * outside the runtime (the standard library's, where the panic happened, when a cut took the rest);
 * null when a cut took every such frame: the handlers above it are not where it panicked, and the
 * runtime's frames under it (`sigpanic`, `signal_unix.go`) only raised it; undefined when no frame
 * calls `panic`. `recovered`: the stack was printed by the handler that recovered the panic; Go ≤ 1.1
 * hid every `runtime.` frame, `runtime.panic` too, so a deferred closure of its naming on top of a
 * stack without a panic call is that handler, right above the frame that panicked. Go 1.4 and 1.5 hid
 * the panic again (`runtime.gopanic`, printed as `panic` from Go 1.6 on): a Go 1.5 closure on top with
 * frames under it and no panic call is that handler too (Go ≥ 1.6 prints `panic` right under it).
 */
export function userFrameUnderPanic(frames: readonly SourceFrame[], recovered = false): SourceFrame | null | undefined {
  let last = -1;
  for (let i = 0; i < frames.length; i++) if (isPanicCall(frames[i])) last = i;
  if (last < 0 && recovered && frames.length > 0 && (OLD_CLOSURE.test(frames[0].func) || (frames.length > 1 && CLOSURE.test(frames[0].func)))) last = 0;
  if (last < 0) return undefined;
  for (let i = last + 1; i < frames.length; i++) if (isUserFrame(frames[i])) return frames[i];
  for (let i = last + 1; i < frames.length; i++) if (!isRuntimeFrame(frames[i])) return frames[i];
  return null;
}

/** The runtime's own frame: `runtime.…`, or a nameless frame (locationStack.ts) in the runtime's sources (Go 1.0–1.3's C files under `src/pkg/runtime/` too). */
function isRuntimeFrame(frame: SourceFrame): boolean {
  if (frame.func !== NAMELESS_FRAME) return frame.func.startsWith('runtime.');
  return inFolder(frame.file, '/src/runtime/') || inFolder(frame.file, '/src/pkg/runtime/') || (frame.file.startsWith('runtime/') && frame.file.indexOf('/', 8) < 0);
}

/** The file lies right in the folder (`/src/runtime/`), not under a folder of it. */
function inFolder(file: string, folder: string): boolean {
  const at = file.lastIndexOf(folder);
  return at >= 0 && file.indexOf('/', at + folder.length) < 0;
}

/**
 * The runtime's crash machinery (isThrowMachinery) by a frame's name, or a nameless frame's in the
 * runtime's sources: a nameless frame in the program's code (a paste that kept the locations
 * alone) is where it crashed, not machinery.
 */
function isMachineryFrame(frame: SourceFrame): boolean {
  return isThrowMachinery(frame.func) && (frame.func !== NAMELESS_FRAME || !hasLocation(frame) || !isUserFrame(frame));
}

/** A race state's access (`data race (previous write)` → `previous write`), one string per state. */
const raceAccessWords = new ContentKeyedMap<string>();

function pushStatePhrase(parts: WordSink, state: string, group: GroupFacts): void {
  if (state === '') { parts.push('with the same stack'); return; }
  if (isRaceState(state)) {
    // "data race (previous write)" → "in a data race: previous write of 0xc000014100"
    let access = raceAccessWords.get(state);
    if (access === undefined) { access = state.slice(11, -1); raceAccessWords.set(state, access); }
    const address = group.waitTargets[0]?.address;
    parts.push('in a data race: ');
    parts.push(access);
    if (address) { parts.push(' of '); parts.push(address); }
    return;
  }
  parts.push(waitStateOf(state)?.phrase ?? `in state ${state}`);
}

/** Go's `?:0` is the runtime's word for a PC it has no line table for (a WebAssembly trace without DWARF too): no place to name. */
const UNKNOWN_FILE = '?';

const hasLocation = (frame: SourceFrame): boolean => frame.file !== '' && frame.file !== UNKNOWN_FILE;

export function describeFrame(frame: SourceFrame): string {
  const name = shortFuncName(frame.func);
  // A frame that names no function but its location (locationStack.ts) is named by it.
  if (frame.func === NAMELESS_FRAME && hasLocation(frame)) return `${baseName(frame.file)}:${frame.line}`;
  return hasLocation(frame) ? `${name} (${baseName(frame.file)}:${frame.line})` : name;
}

/** Where words are put one at a time: a list, or a writer that joins them with its own. */
export interface WordSink {
  push(word: string): unknown;
}

/** describeFrame's words, for a text that joins them with its own (a sentence, the CLI's lines). */
export function pushFrameWords(words: WordSink, frame: SourceFrame): void {
  if (frame.func === NAMELESS_FRAME && hasLocation(frame)) {
    words.push(baseName(frame.file));
    words.push(':');
    words.push(String(frame.line));
  } else if (hasLocation(frame)) {
    words.push(shortFuncName(frame.func));
    words.push(' (');
    words.push(baseName(frame.file));
    words.push(':');
    words.push(String(frame.line));
    words.push(')');
  } else words.push(shortFuncName(frame.func));
}

/** 18000 → "18,000" (locale-independent, so CLI output and goldens are stable). */
export function formatCount(n: number): string {
  // Most counts (a group of one, its line number) need no comma: no regex run and no copy.
  if (n < 1000 && n > -1000) return String(n);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
