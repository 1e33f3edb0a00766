// Who holds a lock that a convoy waits for: the mutex profile records contention where the lock is
// released (the holder's stack), the block profile where goroutines waited; a dump shows the holder
// only as another goroutine in the same type's methods that is not itself waiting for the lock.
import { shortFuncName, type GoroutineAnalysis, type GoroutineGroup } from '../../goroutines';
import { formatValue } from '../../format';
import { joinHeap, joinName, joinView } from './heapJoin';
import type { Capture } from './gatherCaptures';
import { percentOf } from './percent';

const LOCK_STATES = new Set(['semacquire', 'sync.Mutex.Lock', 'sync.RWMutex.Lock', 'sync.RWMutex.RLock']);

export function isLockWait(state: string): boolean {
  return LOCK_STATES.has(state);
}

/** The heaviest function of your code in a contention profile (the innermost such frame of each sample), with its share. */
export function contentionSite(capture: Capture): { func: string; value: number; fraction: number; unit: string } | null {
  const profile = capture.profile;
  if (!profile) return null;
  const type = profile.sampleTypes.find(t => t.type === 'delay') ?? profile.sampleTypes[profile.sampleTypes.length - 1];
  if (!type) return null;
  const view = joinView(profile, type.type);
  if (!view || view.total <= 0) return null;
  const all = joinHeap(view, view.frames.name.map(joinName), { flame: false });
  const site = all?.allocatedIn[0];
  return site ? { func: site.func, value: site.value, fraction: site.value / view.total, unit: type.unit } : null;
}

/** "the mutex profile puts 69.7 ms (99%) of the lock contention on unlocks in main.(*cache).refresh" */
export function contentionSentence(capture: Capture): string | null {
  const site = contentionSite(capture);
  if (!site) return null;
  const value = formatValue(site.value, site.unit);
  return capture.kind === 'mutex'
    ? `the mutex profile (${capture.path}) puts ${value} (${percentOf(site.fraction)}) of the lock contention on unlocks in ${shortFuncName(site.func)}`
    : `the block profile (${capture.path}) puts ${value} (${percentOf(site.fraction)}) of the waiting in ${shortFuncName(site.func)}`;
}

/** `pkg.(*T).M` → `pkg.(*T).`; null for a plain function. */
function receiverOf(func: string): string | null {
  const m = /^(.*\.\(\*?[^()]+\)\.)[^.]+/.exec(func);
  return m ? m[1] : null;
}

/**
 * A likely holder of the lock a group waits for: another group, not waiting for a lock, inside a
 * method of the same type as the waiters' lock call (the waiters' lookup and the holder's refresh
 * are both methods of the type that owns the mutex).
 */
export function likelyHolder(waiters: GoroutineGroup, analysis: GoroutineAnalysis): GoroutineGroup | null {
  const receiver = waiters.userFrame ? receiverOf(waiters.userFrame.func) : null;
  if (!receiver) return null;
  for (const g of analysis.groups) {
    if (g === waiters || g.isIdleRuntime || isLockWait(g.state)) continue;
    if (g.frames.some(f => f.func.startsWith(receiver))) return g;
  }
  return null;
}
