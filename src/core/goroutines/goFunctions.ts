// What a Go function name says about its frame: standard library or user code, and whether the
// runtime/sync function carries the address of the object a goroutine waits on.

import type { WaitObjectKind, WaitOperation } from './model';

// First path elements of the standard library (go list std, Go 1.19–1.26).
const STD_ROOTS = new Set([
  'archive', 'arena', 'bufio', 'bytes', 'cmp', 'compress', 'container', 'context', 'crypto', 'database', 'debug',
  'embed', 'encoding', 'errors', 'expvar', 'flag', 'fmt', 'go', 'hash', 'html', 'image', 'index', 'internal',
  'io', 'iter', 'log', 'maps', 'math', 'mime', 'net', 'os', 'path', 'plugin', 'reflect', 'regexp', 'runtime',
  'slices', 'sort', 'strconv', 'strings', 'structs', 'sync', 'syscall', 'testing', 'text', 'time', 'unicode',
  'unique', 'unsafe', 'vendor', 'weak',
]);

/** Import path of the function's package: `k8s.io/x/registry.(*Store).Delete` → `k8s.io/x/registry`. */
export function packageOf(func: string): string {
  const slash = func.lastIndexOf('/');
  const dot = func.indexOf('.', slash + 1);
  return dot < 0 ? func : func.slice(0, dot);
}

/**
 * True for the runtime and the standard library (including its vendored golang.org/x copies), and
 * for names without a package: the runtime prints `runtime.gopanic` as `panic`, and an unsymbolised
 * PC is only its address.
 */
export function isStdlibFunc(func: string): boolean {
  if (!func.includes('.')) return true;
  const pkg = packageOf(func);
  const slash = pkg.indexOf('/');
  const root = slash < 0 ? pkg : pkg.slice(0, slash);
  return STD_ROOTS.has(root);
}

/** `k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1` → `registry.(*Store).DeleteCollection.func1`. */
export function shortFuncName(func: string): string {
  const slash = func.lastIndexOf('/', func.indexOf('(') < 0 ? func.length : func.indexOf('('));
  return slash < 0 ? func : func.slice(slash + 1);
}

export function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return slash < 0 ? file : file.slice(slash + 1);
}

export interface WaitSpec {
  readonly kind: WaitObjectKind;
  readonly op: WaitOperation;
  /** Higher wins: the sync.Mutex receiver names the mutex, the semaphore inside it does not. */
  readonly priority: number;
}

// The first argument word of these frames is the channel, mutex or semaphore address.
const WAIT_FUNCS = new Map<string, WaitSpec>([
  ['runtime.chansend1', { kind: 'chan', op: 'send', priority: 3 }],
  ['runtime.chansend', { kind: 'chan', op: 'send', priority: 2 }],
  ['runtime.chanrecv1', { kind: 'chan', op: 'receive', priority: 3 }],
  ['runtime.chanrecv2', { kind: 'chan', op: 'receive', priority: 3 }],
  ['runtime.chanrecv', { kind: 'chan', op: 'receive', priority: 2 }],
  ['sync.(*Mutex).Lock', { kind: 'mutex', op: 'lock', priority: 3 }],
  ['sync.(*Mutex).lockSlow', { kind: 'mutex', op: 'lock', priority: 2 }],
  ['internal/sync.(*Mutex).Lock', { kind: 'mutex', op: 'lock', priority: 2 }],
  ['internal/sync.(*Mutex).lockSlow', { kind: 'mutex', op: 'lock', priority: 2 }],
  ['sync.(*RWMutex).Lock', { kind: 'rwmutex', op: 'lock', priority: 3 }],
  ['sync.(*RWMutex).RLock', { kind: 'rwmutex', op: 'rlock', priority: 3 }],
  ['sync.(*WaitGroup).Wait', { kind: 'waitgroup', op: 'wait', priority: 3 }],
  ['sync.(*Cond).Wait', { kind: 'cond', op: 'wait', priority: 3 }],
  ['sync.runtime_SemacquireMutex', { kind: 'sema', op: 'acquire', priority: 1 }],
  ['sync.runtime_SemacquireRWMutex', { kind: 'sema', op: 'acquire', priority: 1 }],
  ['sync.runtime_SemacquireRWMutexR', { kind: 'sema', op: 'acquire', priority: 1 }],
  ['sync.runtime_SemacquireWaitGroup', { kind: 'sema', op: 'acquire', priority: 1 }],
  ['sync.runtime_Semacquire', { kind: 'sema', op: 'acquire', priority: 1 }],
  ['runtime.semacquire1', { kind: 'sema', op: 'acquire', priority: 0 }],
]);

export function waitSpecOf(func: string): WaitSpec | undefined {
  return WAIT_FUNCS.get(func);
}

// Frames that tell the wait state when a stack has no header (debug=1, profile.proto).
const STATE_BY_FUNC = new Map<string, string>([
  ['runtime.chansend', 'chan send'], ['runtime.chansend1', 'chan send'],
  ['runtime.chanrecv', 'chan receive'], ['runtime.chanrecv1', 'chan receive'], ['runtime.chanrecv2', 'chan receive'],
  ['runtime.selectgo', 'select'], ['runtime.block', 'select (no cases)'],
  ['sync.runtime_SemacquireMutex', 'sync.Mutex.Lock'], ['sync.(*Mutex).Lock', 'sync.Mutex.Lock'],
  ['sync.(*Mutex).lockSlow', 'sync.Mutex.Lock'],
  ['sync.(*RWMutex).RLock', 'sync.RWMutex.RLock'], ['sync.(*RWMutex).Lock', 'sync.RWMutex.Lock'],
  ['sync.(*WaitGroup).Wait', 'sync.WaitGroup.Wait'], ['sync.(*Cond).Wait', 'sync.Cond.Wait'],
  ['sync.runtime_Semacquire', 'semacquire'], ['sync.runtime_notifyListWait', 'sync.Cond.Wait'],
  ['internal/poll.runtime_pollWait', 'IO wait'], ['time.Sleep', 'sleep'],
  ['runtime.forcegchelper', 'force gc (idle)'], ['runtime.bgsweep', 'GC sweep wait'],
  ['runtime.bgscavenge', 'GC scavenge wait'], ['runtime.runfinq', 'finalizer wait'],
  ['runtime.gcBgMarkWorker', 'GC worker (idle)'], ['os/signal.signal_recv', 'syscall'],
  ['syscall.Syscall', 'syscall'], ['syscall.Syscall6', 'syscall'], ['syscall.syscall', 'syscall'],
  ['internal/runtime/syscall.Syscall6', 'syscall'],
]);

/** Wait state implied by the innermost frames, or '' when they do not tell. */
export function inferStateFromFrames(funcs: readonly string[]): string {
  const limit = Math.min(funcs.length, 8);
  for (let i = 0; i < limit; i++) {
    const state = STATE_BY_FUNC.get(funcs[i]);
    if (state) return state;
  }
  return '';
}
