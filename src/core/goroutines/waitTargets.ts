// Who waits on what: goroutines parked on the same channel, mutex or semaphore address, read from
// the arguments of runtime.chansend1/chanrecv1, sync.(*Mutex).Lock, semacquire and friends.

import type { GoroutineList, WaitObjectKind, WaitOn, WaitOperation, WaitTarget } from './model';
import { GoroutineTable } from './goroutineTable';
import { formatCount } from './ranking';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

type MutableTarget = { -readonly [K in keyof Omit<WaitTarget, 'description'>]: K extends 'byOperation' ? Partial<Record<WaitOperation, number>> : WaitTarget[K] };

// Written when read: views read the few first targets' (the CLI's text the five largest), and a race
// report of 10^5 accesses waits on as many addresses, each a sentence of its own. One getter shared
// by every target keeps them one shape (see grouping.ts' key); enumerable, so JSON and structured
// clones carry it as a value, in the place the field had.
function describeTarget(this: MutableTarget): string {
  return describe(this.kind, this.address, this.byOperation);
}
const LAZY_DESCRIPTION: PropertyDescriptor = { get: describeTarget, enumerable: true, configurable: true };

export function summarizeWaitTargets(goroutines: GoroutineList): WaitTarget[] {
  // Per kind, per address, its target: filled in place, its description written when read
  // (no key string, record or count object per goroutine beside the target itself: a race report's
  // 10^5 accesses each wait on an address of their own).
  const byKind = new Map<WaitObjectKind, Map<string, MutableTarget>>();
  const targets: WaitTarget[] = [];
  // A table's column is read as is: a record per goroutine is garbage when 10^5 race accesses each wait.
  const waitOf = goroutines instanceof GoroutineTable ? (i: number): WaitOn | null => goroutines.waitOn(i) : (i: number) => goroutines.get(i).waitOn;
  for (let i = 0; i < goroutines.length; i++) {
    const wait = waitOf(i);
    if (wait) countWaiter(byKind, targets, wait);
  }
  return targets.sort((a, b) => b.waiters - a.waiters || (a.address < b.address ? -1 : 1));
}

/**
 * Counts `wait` on its target, made on first sight. A function of its own, called per waiter: the
 * loop over the goroutines runs once, and where the CLI lets no loop be compiled while it runs
 * (v8Tuning.ts), a body inlined there stayed unoptimised for 10^5 waiters.
 */
function countWaiter(byKind: Map<WaitObjectKind, Map<string, MutableTarget>>, targets: WaitTarget[], wait: WaitOn): void {
  let byAddress = byKind.get(wait.kind);
  if (byAddress === undefined) { byAddress = new Map(); byKind.set(wait.kind, byAddress); }
  let target = byAddress.get(wait.address);
  if (!target) {
    target = { kind: wait.kind, address: wait.address, waiters: 1, byOperation: ONE_WAITER[wait.op] };
    byAddress.set(wait.address, target);
    targets.push(Object.defineProperty(target, 'description', LAZY_DESCRIPTION) as WaitTarget);
    return;
  }
  // A second waiter: the target gets counts of its own in place of the shared ones.
  if (target.waiters === 1) target.byOperation = { ...target.byOperation };
  target.waiters++;
  target.byOperation[wait.op] = (target.byOperation[wait.op] ?? 0) + 1;
}

const WAIT_OPERATIONS: readonly WaitOperation[] = ['send', 'receive', 'lock', 'rlock', 'wait', 'acquire', 'read', 'write'];
/**
 * A target of one waiter's counts, per operation, shared by every such target (read-only): a race
 * report's 10^5 accesses each wait on an address of their own, an object each for `{ write: 1 }`.
 */
const ONE_WAITER = Object.fromEntries(WAIT_OPERATIONS.map(op => [op, Object.freeze({ [op]: 1 })])) as Record<WaitOperation, Partial<Record<WaitOperation, number>>>;

/** Counts whose phrases are made once per word and kept: most targets count a few waiters each. */
const KEPT_PHRASE_COUNTS = 16;
const keptPhrases = new ContentKeyedMap<string[]>();

function plural(n: number, word: string): string {
  if (!(n >= 0 && n < KEPT_PHRASE_COUNTS)) return phrase(n, word);
  let phrases = keptPhrases.get(word);
  if (phrases === undefined) { phrases = []; keptPhrases.set(word, phrases); }
  return phrases[n] ??= phrase(n, word);
}

function phrase(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Each description is joined from its pieces into one flat string: a template literal builds a tree
 * of them (V8's cons strings), which a target kept as long as its description, five or six objects
 * per target (a race report of 10^5 accesses has as many targets).
 */
function describe(kind: WaitObjectKind, address: string, ops: Partial<Record<WaitOperation, number>>): string {
  switch (kind) {
    case 'chan':
      return [plural(ops.send ?? 0, 'sender'), ', ', plural(ops.receive ?? 0, 'receiver'), ' on chan ', address].join('');
    case 'mutex':
      return [plural(ops.lock ?? 0, 'goroutine'), ' waiting to lock sync.Mutex ', address].join('');
    case 'rwmutex':
      return [plural(ops.lock ?? 0, 'writer'), ', ', plural(ops.rlock ?? 0, 'reader'), ' waiting on sync.RWMutex ', address].join('');
    case 'waitgroup':
      return [plural(ops.wait ?? 0, 'goroutine'), ' waiting on sync.WaitGroup ', address].join('');
    case 'cond':
      return [plural(ops.wait ?? 0, 'goroutine'), ' waiting on sync.Cond ', address].join('');
    case 'sema':
      return [plural(ops.acquire ?? 0, 'goroutine'), ' waiting on semaphore ', address].join('');
    case 'memory':
      return ['data race on ', address, ': ', plural(ops.read ?? 0, 'read'), ', ', plural(ops.write ?? 0, 'write')].join('');
  }
}
