// Every state Go prints in a goroutine header, and what it means for finding the problem: how
// strongly it suggests a stuck goroutine, whether it can ever end, how a sentence says it, which
// runtime frames imply it when a stack has no header (debug=1, profile.proto), and which frames
// carry the channel or mutex it waits on. The one place these facts live.

import type { WaitObjectKind, WaitOperation } from './model';

/** A frame whose first argument word is the object waited on (channel, mutex, semaphore). */
export interface WaitObjectFunc {
  readonly func: string;
  readonly kind: WaitObjectKind;
  readonly op: WaitOperation;
  /** Higher wins: the sync.Mutex receiver names the mutex, the semaphore inside it does not. */
  readonly priority: number;
}

export interface WaitState {
  /** As Go prints it between the brackets, without markers and minutes: `chan send`. */
  readonly state: string;
  /** How strongly the state suggests a stuck goroutine; 0: not blocked on the program's behalf. */
  readonly weight: number;
  /** Blocked forever by construction: a single goroutine is already a bug. */
  readonly neverWakes: boolean;
  /**
   * How a long-lived loop waits for its next piece of work (`for { select { … } }`, `for job := range
   * jobs`, a `Cond.Wait` under its condition): an idle worker pool waits so for as long as the process lives.
   */
  readonly idlesInLoop: boolean;
  /**
   * Waits on another process (a socket's peer, a pipe), through the standard library's frames (net,
   * internal/poll, bufio): a read loop waits so for its client's next message, and a server has one per client.
   */
  readonly waitsOnPeer: boolean;
  /** How sentences say it: "blocked on chan send", "sleeping". */
  readonly phrase: string;
  /** Runtime and sync frames that imply this state (innermost frames of a stack without a header). */
  readonly impliedBy: readonly string[];
  /**
   * The runtime's semaphore frames that imply this state unless a sync type's own frame right
   * above them names another: before Go 1.24, RWMutex.RLock parks in the Mutex's semaphore and
   * WaitGroup.Wait in the plain one.
   */
  readonly impliedBySemaphore: readonly string[];
  /** Frames whose arguments name the channel, mutex or semaphore of this wait. */
  readonly namesObject: readonly WaitObjectFunc[];
}

type Row = Partial<Omit<WaitState, 'state' | 'weight'>>;

function blocked(state: string, weight: number, row: Row = {}): WaitState {
  return { state, weight, neverWakes: false, idlesInLoop: false, waitsOnPeer: false, phrase: `blocked on ${state}`, impliedBy: [], impliedBySemaphore: [], namesObject: [], ...row };
}

/** Runtime machinery (GC, scheduler, tracer) or not waiting at all: never a suspect by its state. */
function machinery(state: string, impliedBy: readonly string[] = []): WaitState {
  return { state, weight: 0, neverWakes: false, idlesInLoop: false, waitsOnPeer: false, phrase: `in state ${state}`, impliedBy, impliedBySemaphore: [], namesObject: [] };
}

const obj = (func: string, kind: WaitObjectKind, op: WaitOperation, priority: number): WaitObjectFunc => ({ func, kind, op, priority });

export const WAIT_STATES: readonly WaitState[] = [
  blocked('chan send (nil chan)', 5, { neverWakes: true, phrase: 'blocked forever on chan send (nil chan)' }),
  blocked('chan receive (nil chan)', 5, { neverWakes: true, phrase: 'blocked forever on chan receive (nil chan)' }),
  blocked('select (no cases)', 5, { neverWakes: true, phrase: 'blocked forever in an empty select', impliedBy: ['runtime.block'] }),
  blocked('chan send', 3, {
    impliedBy: ['runtime.chansend', 'runtime.chansend1'],
    namesObject: [obj('runtime.chansend1', 'chan', 'send', 3), obj('runtime.chansend', 'chan', 'send', 2)],
  }),
  // Go before 1.20 prints a goroutine waiting for a sync.Mutex or RWMutex as semacquire.
  blocked('semacquire', 3, {
    impliedBySemaphore: ['sync.runtime_Semacquire'],
    namesObject: [obj('sync.runtime_Semacquire', 'sema', 'acquire', 1), obj('runtime.semacquire1', 'sema', 'acquire', 0)],
  }),
  blocked('sync.Mutex.Lock', 3, {
    impliedBy: ['sync.(*Mutex).Lock', 'sync.(*Mutex).lockSlow', 'internal/sync.(*Mutex).Lock', 'internal/sync.(*Mutex).lockSlow'],
    impliedBySemaphore: ['sync.runtime_SemacquireMutex', 'internal/sync.runtime_SemacquireMutex'],
    namesObject: [
      obj('sync.(*Mutex).Lock', 'mutex', 'lock', 3), obj('sync.(*Mutex).lockSlow', 'mutex', 'lock', 2),
      obj('internal/sync.(*Mutex).Lock', 'mutex', 'lock', 2), obj('internal/sync.(*Mutex).lockSlow', 'mutex', 'lock', 2),
      obj('sync.runtime_SemacquireMutex', 'sema', 'acquire', 1),
    ],
  }),
  blocked('sync.RWMutex.Lock', 3, {
    impliedBy: ['sync.runtime_SemacquireRWMutex', 'sync.(*RWMutex).Lock'],
    namesObject: [obj('sync.(*RWMutex).Lock', 'rwmutex', 'lock', 3), obj('sync.runtime_SemacquireRWMutex', 'sema', 'acquire', 1)],
  }),
  blocked('sync.RWMutex.RLock', 3, {
    impliedBy: ['sync.runtime_SemacquireRWMutexR', 'sync.(*RWMutex).RLock'],
    namesObject: [obj('sync.(*RWMutex).RLock', 'rwmutex', 'rlock', 3), obj('sync.runtime_SemacquireRWMutexR', 'sema', 'acquire', 1)],
  }),
  blocked('chan receive', 2, {
    idlesInLoop: true,
    impliedBy: ['runtime.chanrecv', 'runtime.chanrecv1', 'runtime.chanrecv2'],
    namesObject: [
      obj('runtime.chanrecv1', 'chan', 'receive', 3), obj('runtime.chanrecv2', 'chan', 'receive', 3),
      obj('runtime.chanrecv', 'chan', 'receive', 2),
    ],
  }),
  blocked('select', 2, { idlesInLoop: true, phrase: 'blocked in select', impliedBy: ['runtime.selectgo'] }),
  blocked('sync.WaitGroup.Wait', 2, {
    impliedBy: ['sync.runtime_SemacquireWaitGroup', 'sync.(*WaitGroup).Wait'],
    namesObject: [obj('sync.(*WaitGroup).Wait', 'waitgroup', 'wait', 3), obj('sync.runtime_SemacquireWaitGroup', 'sema', 'acquire', 1)],
  }),
  blocked('sync.Cond.Wait', 2, {
    idlesInLoop: true,
    impliedBy: ['sync.runtime_notifyListWait', 'sync.(*Cond).Wait'],
    namesObject: [obj('sync.(*Cond).Wait', 'cond', 'wait', 3)],
  }),
  // A goroutine parked in iter.Pull's coroutine until the caller asks for the next value.
  blocked('coroutine', 2, { phrase: 'parked in a coroutine (iter.Pull)' }),
  blocked('IO wait', 1, { idlesInLoop: true, waitsOnPeer: true, phrase: 'waiting for IO', impliedBy: ['internal/poll.runtime_pollWait'] }),
  blocked('sleep', 0.5, { phrase: 'sleeping', impliedBy: ['time.Sleep'] }),
  blocked('syscall', 0.5, {
    impliedBy: ['syscall.Syscall', 'syscall.Syscall6', 'syscall.syscall', 'internal/runtime/syscall.Syscall6', 'os/signal.signal_recv'],
  }),
  blocked('synctest.Wait', 1, { phrase: 'waiting in synctest.Wait' }),
  machinery('synctest.Run'),
  machinery('running'), machinery('runnable'), machinery('idle'), machinery('waiting'), machinery('dead'),
  machinery('copystack'), machinery('preempted'),
  machinery('force gc (idle)', ['runtime.forcegchelper']),
  machinery('GC sweep wait', ['runtime.bgsweep']),
  machinery('GC scavenge wait', ['runtime.bgscavenge']),
  machinery('finalizer wait', ['runtime.runfinq']),
  machinery('GC worker (idle)', ['runtime.gcBgMarkWorker']),
  machinery('timer goroutine (idle)', ['runtime.timerproc']),
  machinery('cleanup wait'), machinery('GOMAXPROCS updater (idle)'),
  machinery('GC assist marking'), machinery('GC assist wait'), machinery('GC worker (active)'), machinery('GC mark termination'),
  machinery('GC weak to strong wait'), machinery('wait for GC cycle'), machinery('garbage collection'),
  machinery('garbage collection scan'), machinery('dumping heap'), machinery('panicwait'), machinery('trace reader (blocked)'),
  machinery('debug call'), machinery('stopping the world'), machinery('flushing proc caches'),
  machinery('trace goroutine status'), machinery('trace proc status'), machinery('page trace flush'),
];

/** A channel operation whose direction a debug=1 profile does not tell (hiddenRuntimeWaits.ts): Go never prints it. */
export const CHANNEL_WAIT = 'chan send or receive';
// Weighed as a receive: a pool of idle workers parked on a channel is no pile-up until its count says so.
const INFERRED_ONLY: readonly WaitState[] = [blocked(CHANNEL_WAIT, 2, { phrase: 'blocked on a channel (send or receive)' })];

const BY_STATE = new Map([...WAIT_STATES, ...INFERRED_ONLY].map(s => [s.state, s]));
const IMPLIED_BY = new Map(WAIT_STATES.flatMap(s => s.impliedBy.map(f => [f, s] as const)));
const IMPLIED_BY_SEMAPHORE = new Map(WAIT_STATES.flatMap(s => s.impliedBySemaphore.map(f => [f, s] as const)));
const OBJECT_FUNCS = new Map(WAIT_STATES.flatMap(s => s.namesObject.map(o => [o.func, o] as const)));

// Asked once per distinct function: a name of none of these first characters or lengths (most of a
// program's) is told apart without hashing it (a stack of 10^6 distinct frames: 10^6 names).
const OBJECT_FUNC_FIRST_CODES = new Set([...OBJECT_FUNCS.keys()].map(name => name.charCodeAt(0)));
const OBJECT_FUNC_LENGTHS = {
  min: Math.min(...[...OBJECT_FUNCS.keys()].map(name => name.length)),
  max: Math.max(...[...OBJECT_FUNCS.keys()].map(name => name.length)),
};

// A wait inside a synctest bubble has reasons of its own: `chan receive (synctest)` in Go 1.24,
// `chan receive (durable)` since Go 1.25.
const BUBBLE_MARKERS = [' (durable)', ' (synctest)'];

/** The row for a state as Go prints it (a synctest bubble's wait reads as its plain wait), else undefined. */
export function waitStateOf(state: string): WaitState | undefined {
  const row = BY_STATE.get(state);
  if (row !== undefined) return row;
  const marker = BUBBLE_MARKERS.find(m => state.endsWith(m));
  return marker === undefined ? undefined : BY_STATE.get(state.slice(0, -marker.length));
}

/** The frame's wait object, when its first argument names the channel, mutex or semaphore. */
export function waitObjectFuncOf(func: string): WaitObjectFunc | undefined {
  return func.length >= OBJECT_FUNC_LENGTHS.min && func.length <= OBJECT_FUNC_LENGTHS.max && OBJECT_FUNC_FIRST_CODES.has(func.charCodeAt(0))
    ? OBJECT_FUNCS.get(func) : undefined;
}


/** The packages of the frames between a semaphore wait and the sync type's frame that asked for it. */
const isSyncMachinery = (func: string): boolean =>
  func.startsWith('sync.') || func.startsWith('internal/sync.') || func.startsWith('runtime.');

/**
 * Wait state implied by the innermost frames, or '' when they do not tell. A semaphore frame
 * gives way to the sync type's frame above it (`sync.(*RWMutex).RLock` over
 * `sync.runtime_SemacquireMutex`), looked for only up to the first frame of other code.
 */
export function inferStateFromFrames(funcs: readonly string[]): string {
  const limit = Math.min(funcs.length, 8);
  let semaphore: WaitState | undefined;
  for (let i = 0; i < limit; i++) {
    const state = IMPLIED_BY.get(funcs[i]);
    if (state) return state.state;
    if (semaphore === undefined) semaphore = IMPLIED_BY_SEMAPHORE.get(funcs[i]);
    else if (!isSyncMachinery(funcs[i])) break;
  }
  return semaphore?.state ?? '';
}
