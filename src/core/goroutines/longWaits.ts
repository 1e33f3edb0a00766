// A few goroutines blocked long sending or on a lock: too few for a pile-up (ranking.ts counts those
// from 10 goroutines on), yet nothing waits so for minutes on end in a working program. Judged
// against the dump: in a small dump (a paste, a tiny program), past an hour, or the dump's longest wait.
// Receives, selects, WaitGroup and Cond waits are not judged so: a worker idles that way for as long
// as the process lives, and a server's keep-alive reads (IO wait) and timers weigh too little.

/** Goroutines in a dump small enough that a few blocked ones are what it shows. */
const SMALL_DUMP_GOROUTINES = 20;
/** Minutes from which a lock or send wait stands out whatever the dump. */
const LONG_WAIT_MINUTES = 60;

/** Why a few goroutines blocked long are a suspect, as their sentence says it: one row per reason, first match wins. */
export const LONG_WAIT_REASONS = [
  { reason: 'longest', clause: 'the longest wait in the dump' },
  { reason: 'hours', clause: 'blocked over an hour' },
  { reason: 'small', clause: 'blocked long in a small dump' },
] as const;

export type LongWaitReason = (typeof LONG_WAIT_REASONS)[number]['reason'];

export interface LongWaitFacts {
  readonly count: number;
  /** The longest wait of the group, in minutes (0 when Go printed none). */
  readonly maxMinutes: number;
  /** How surely the wait is stuck (waitStates.ts' weight of the state as weighed). */
  readonly weight: number;
  /** The group's stack shows some frame: its user frame, or frames the text cut above it. */
  readonly placed: boolean;
}

export interface DumpWaits {
  readonly goroutines: number;
  /** The longest wait any goroutine of the dump printed, in minutes. */
  readonly longestMinutes: number;
}

/**
 * Why the group is a suspect as few goroutines blocked long sending or on a lock, or null.
 * `minCount`, `minMinutes` and `minWeight`: ranking.ts' own floors (a group at `minCount` is judged there).
 */
export function longWaitReason(group: LongWaitFacts, dump: DumpWaits, floors: { minCount: number; minMinutes: number; minWeight: number }): LongWaitReason | null {
  if (group.count >= floors.minCount || group.weight < floors.minWeight || group.maxMinutes < floors.minMinutes || !group.placed) return null;
  if (group.maxMinutes >= dump.longestMinutes && dump.goroutines > group.count) return 'longest';
  if (group.maxMinutes >= LONG_WAIT_MINUTES) return 'hours';
  if (dump.goroutines <= SMALL_DUMP_GOROUTINES) return 'small';
  return null;
}

export function longWaitClause(reason: LongWaitReason): string {
  return LONG_WAIT_REASONS.find(r => r.reason === reason)!.clause;
}
