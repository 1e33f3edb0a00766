// Two goroutines blocked long since the same minute, one of them waiting on a lock: the two sides of
// a likely deadlock (one holds the lock and waits on something the other keeps from it; or each holds
// the lock the other wants). Told by their minutes and the lock's type: a dump read without arguments
// does not say which lock a goroutine holds, so the sentence says "may hold". Read with them
// (similarity `args` or `exact`), the lock's address printed, exact, as an argument of the holder's
// frames (the struct the lock is the first field of: scylla-manager's `(*metricMap).Collect(0xc000706c90, …)`
// under `(*RWMutex).Lock(0xc000706c90)`) is the evidence for "holds", said with it. The scan keeps
// the arguments of every goroutine that may be a pair's member (`mayPairInDeadlock`) whatever the
// similarity, so the default reading says "holds" where the text shows it.

import type { GoroutineGroup, GoroutineId, SourceFrame } from './model';
import { describeFrame, weighedWait } from './ranking';
import { waitStateOf } from './waitStates';
import { shortFuncName } from './goFunctions';
import { LONG_WAIT_REASONS } from './longWaits';
import { waitSentencePhrase } from '../../shared/waitFormat';

/** Minutes Go floors per goroutine: two that blocked within a minute of each other may print one apart. */
const SAME_MINUTE_SLACK = 1;
/** From these minutes on, blocking "at the same time" is no coincidence of a young process. */
const PAIR_MIN_MINUTES = 5;
/** How a lock wait reads (said of one goroutine; of two, the verb without its `s`), by the state it is weighed as (waitStates.ts). */
const LOCK_WAITS: ReadonlyMap<string, { readonly verb: string; readonly lock: string }> = new Map([
  ['sync.Mutex.Lock', { verb: 'waits to Lock', lock: 'a Mutex' }],
  ['sync.RWMutex.Lock', { verb: 'waits to Lock', lock: 'an RWMutex' }],
  ['sync.RWMutex.RLock', { verb: 'waits to RLock', lock: 'an RWMutex' }],
  ['semacquire', { verb: 'waits on', lock: 'a semaphore' }],
]);

function lockWaitWords(state: string): string | undefined {
  const row = LOCK_WAITS.get(state);
  return row === undefined ? undefined : `${row.verb} ${row.lock}`;
}

interface PairMember {
  readonly index: number;
  readonly group: GoroutineGroup;
  readonly minutes: number;
  /** How its lock wait reads, or undefined when it waits on no lock. */
  readonly lockWait: string | undefined;
}

/**
 * The groups with each likely deadlock pair's sentence and rank: the member that may hold the lock
 * (or the first of two lock waiters) says the pair's sentence; the pair ranks by both members' impact.
 * A lock waiter pairs only with the one other suspect of a single goroutine that blocked in the same
 * minute: with two or more such, which one holds the lock is not in the text.
 */
export function pairDeadlocks(
  groups: GoroutineGroup[], argsOf: (index: number) => readonly string[] | null = () => null, lockSidesOf: (index: number) => readonly LockSide[] | null = () => null,
): void {
  const members: PairMember[] = [];
  for (let i = 0; i < groups.length; i++) {
    const both = bothSidesSentence(groups[i], lockSidesOf(i));
    if (both !== null) { groups[i] = { ...groups[i], suspect: both }; continue; }
    const member = pairMemberOf(groups[i], i);
    if (member !== null) members.push(member);
  }
  if (members.length < 2) return;
  // The members by their minutes: a waiter's partners are looked up, not searched for (10^5 lone lock waits stay linear).
  const byMinutes = new Map<number, PairMember[]>();
  for (const m of members) {
    const same = byMinutes.get(m.minutes);
    if (same === undefined) byMinutes.set(m.minutes, [m]);
    else if (same.length < 3) same.push(m);
  }
  const paired = new Set<number>();
  for (const waiter of members) {
    if (waiter.lockWait === undefined || paired.has(waiter.index)) continue;
    const partners: PairMember[] = [];
    for (let minutes = waiter.minutes - SAME_MINUTE_SLACK; minutes <= waiter.minutes + SAME_MINUTE_SLACK; minutes++) {
      for (const m of byMinutes.get(minutes) ?? []) if (m !== waiter) partners.push(m);
    }
    if (partners.length !== 1 || paired.has(partners[0].index)) continue;
    const other = partners[0];
    paired.add(waiter.index);
    paired.add(other.index);
    // The one that holds: the member waiting on no lock; of two lock waiters, the one printed first.
    const [holder, waits] = other.lockWait === undefined || (other.group.firstLines?.start ?? 0) < (waiter.group.firstLines?.start ?? 0) ? [other, waiter] : [waiter, other];
    // Both are suspects (score 1e9 + impact): the pair weighs as both.
    const score = 1e9 + (holder.group.score % 1e9) + (waits.group.score % 1e9);
    groups[holder.index] = { ...holder.group, suspect: pairSentence(holder, waits, argsOf), score: score + 2e-3 };
    groups[waits.index] = { ...waits.group, suspect: `${stripClause(waits.group.suspect!)}; in a likely deadlock with goroutine ${holder.group.goroutineIds[0]}, blocked since the same minute`, score: score + 1e-3 };
  }
}

/**
 * A group of two goroutines with one stack, both waiting to lock since the same minute (two transfers
 * locking two accounts in opposite orders): its sentence as a likely lock-order deadlock, else null.
 */
function bothSidesSentence(group: GoroutineGroup, sides: readonly LockSide[] | null): string | null {
  const minutes = group.waitMinutes;
  if (group.suspect === null || group.crashed || group.count !== 2 || minutes === null || minutes.max < PAIR_MIN_MINUTES || minutes.max - minutes.min > SAME_MINUTE_SLACK) return null;
  const weighed = weighedWait(group);
  const row = weighed === undefined ? undefined : LOCK_WAITS.get(weighed.state);
  if (row === undefined) return null;
  const created = group.createdBy ? `, created by ${shortFuncName(group.createdBy.func)}` : '';
  return `2 goroutines blocked ${waitSentencePhrase(minutes.min, minutes.max)} since the same minute, a likely lock-order deadlock: both ${row.verb.replace(/s\b/, '')} ${row.lock} in ${describeFrame(placeOf(group))}${created}; ${eachHoldsWords(group.frames, sides)}`;
}

/** One goroutine of a group of two lock waiters: its arguments per frame and the lock it waits on. */
export interface LockSide {
  readonly id: GoroutineId;
  readonly args: readonly string[];
  /** The lock's address, as its wait target prints it. */
  readonly waitsOn: string;
}

/** "each holds what the other waits on (…; …)" when each side's frames were called with the other's lock, else "each may hold …". */
function eachHoldsWords(frames: readonly SourceFrame[], sides: readonly LockSide[] | null): string {
  if (sides === null || sides.length !== 2 || sides[0].waitsOn === sides[1].waitsOn) return 'each may hold what the other waits on';
  const first = frameCalledWith(frames, sides[0].args, sides[1].waitsOn);
  const second = frameCalledWith(frames, sides[1].args, sides[0].waitsOn);
  if (first === null || second === null) return 'each may hold what the other waits on';
  return `each holds what the other waits on (${heldWords(sides[0].id, first, sides[1].waitsOn, `the lock goroutine ${sides[1].id} waits on`)}; ` +
    `${heldWords(sides[1].id, second, sides[0].waitsOn, `the lock goroutine ${sides[0].id} waits on`)})`;
}

/**
 * A goroutine whose header says it may be a pair's member (blocked PAIR_MIN_MINUTES or more, in a
 * wait that may end): the scan keeps its arguments for the evidence (goroutineBuilder.ts).
 */
export function mayPairInDeadlock(state: string, minutes: number | null): boolean {
  if (minutes === null || minutes < PAIR_MIN_MINUTES) return false;
  const wait = waitStateOf(state);
  return wait !== undefined && !wait.neverWakes && wait.weight >= 2;
}

/** A suspect of one goroutine, blocked with the same minutes printed, not crashed nor in a race; else null. */
function pairMemberOf(group: GoroutineGroup, index: number): PairMember | null {
  const minutes = group.waitMinutes;
  if (group.suspect === null || group.crashed || group.count !== 1 || group.goroutineIds.length !== 1 || minutes === null) return null;
  if (minutes.max < PAIR_MIN_MINUTES || waitStateOf(group.state) === undefined || waitStateOf(group.state)!.neverWakes) return null;
  const weighed = weighedWait(group);
  if (weighed === undefined || weighed.weight < 2) return null;
  return { index, group, minutes: minutes.max, lockWait: lockWaitWords(weighed.state) };
}

/** "2 goroutines blocked for 42 h 40 min since the same minute, a likely deadlock: goroutine 561437 waits to Lock an RWMutex in sync.(*RWMutex).Lock (rwmutex.go:103), while goroutine 562120, blocked on chan send in prometheus.(*metricMap).Collect (vec.go:312), created by healthcheck.collect, may hold it" */
function pairSentence(holder: PairMember, waits: PairMember, argsOf: (index: number) => readonly string[] | null): string {
  const minutes = Math.max(holder.minutes, waits.minutes);
  const head = `2 goroutines blocked ${waitSentencePhrase(minutes, minutes)} since the same minute, a likely deadlock: `;
  const waiterWords = `goroutine ${waits.group.goroutineIds[0]} ${waits.lockWait} in ${describeFrame(placeOf(waits.group))}`;
  const held = heldLockFrame(holder, waits, argsOf);
  if (holder.lockWait !== undefined) {
    const heldBack = heldLockFrame(waits, holder, argsOf);
    const each = held !== null && heldBack !== null
      ? `each holds what the other waits on (${evidenceWords(holder, held)}; ${evidenceWords(waits, heldBack)})`
      : 'each may hold what the other waits on';
    return `${head}goroutine ${holder.group.goroutineIds[0]} ${holder.lockWait} in ${describeFrame(placeOf(holder.group))} and ${waiterWords}; ${each}`;
  }
  const created = holder.group.createdBy ? `, created by ${shortFuncName(holder.group.createdBy.func)}` : '';
  const holds = held === null ? 'may hold it' : `holds it (${evidenceWords(holder, held)})`;
  return `${head}${waiterWords}, while goroutine ${holder.group.goroutineIds[0]}, ${holderState(holder.group)} in ${describeFrame(placeOf(holder.group))}${created}, ${holds}`;
}

/** The frame of `holder` called with the address of the lock `waits` waits on, and that address; null without such evidence. */
interface HeldLock {
  readonly frame: SourceFrame;
  readonly address: string;
}

/** Lock kinds a waiter's wait target names (waitStates.ts' `namesObject`). */
export const LOCK_KINDS: ReadonlySet<string> = new Set(['mutex', 'rwmutex', 'sema']);

/** A `0x…` word of an argument list, with Go's `?` (the value may be stale, Go ≥ 1.17) when printed. */
const ADDRESS_WORD = /0x[0-9a-f]+\??/g;

function heldLockFrame(holder: PairMember, waits: PairMember, argsOf: (index: number) => readonly string[] | null): HeldLock | null {
  const args = argsOf(holder.index);
  const target = waits.group.waitTargets.find(t => LOCK_KINDS.has(t.kind));
  if (args === null || target === undefined) return null;
  const frame = frameCalledWith(holder.group.frames, args, target.address);
  return frame === null ? null : { frame, address: target.address };
}

/** The first of `frames` outside the runtime and package sync whose arguments print `address` exact, or null. */
function frameCalledWith(frames: readonly SourceFrame[], args: readonly string[], address: string): SourceFrame | null {
  if (args.length !== frames.length) return null;
  for (let i = 0; i < frames.length; i++) {
    // The goroutine's own wait (its lock's or channel's frames) names what it waits on, not what it holds.
    if (frames[i].func.startsWith('runtime.') || frames[i].func.startsWith('sync.')) continue;
    for (const word of args[i].match(ADDRESS_WORD) ?? []) if (word === address) return frames[i];
  }
  return null;
}

/** "goroutine 562120's prometheus.(*metricMap).Collect was called with 0xc000706c90, the lock's address" */
function evidenceWords(holder: PairMember, held: HeldLock): string {
  return heldWords(holder.group.goroutineIds[0], held.frame, held.address);
}

function heldWords(id: GoroutineId, frame: SourceFrame, address: string, what = 'the lock\'s address'): string {
  return `goroutine ${id}'s ${shortFuncName(frame.func)} was called with ${address}, ${what}`;
}

function holderState(group: GoroutineGroup): string {
  return waitStateOf(group.state)?.phrase ?? `in state ${group.state}`;
}

/** Where the sentence points: the user's frame, else the sync type's own frame a cut left on top (`sync.(*RWMutex).Lock`). */
function placeOf(group: GoroutineGroup): SourceFrame {
  if (group.userFrame !== null) return group.userFrame;
  const sync = group.frames.filter(f => f.func.startsWith('sync.(*'));
  return sync[sync.length - 1] ?? group.frames[0];
}

/** The sentence without the long-wait reason ranking.ts ended it with: the pair's clause says why instead. */
function stripClause(sentence: string): string {
  const reason = LONG_WAIT_REASONS.find(r => sentence.endsWith(`; ${r.clause}`));
  return reason === undefined ? sentence : sentence.slice(0, -(reason.clause.length + 2));
}
