// A watch: the same captures of one /debug/pprof/ endpoint every N seconds for M minutes (or
// until stopped), each round saved under one folder with its time in the names. Pure: the CLI
// and the extension do the fetching, the waiting and the writing.
import { buildCaptureUrl, findCaptureKind, formatTimestamp, hostForFileName, type CaptureKind } from '../capture';

export const DEFAULT_EVERY_SECONDS = 30;
export const MIN_EVERY_SECONDS = 1;
export const MAX_WATCH_SECONDS = 7 * 24 * 3600;

/** What a watch captures besides the goroutine dump (debug=2) and the heap profile it always takes. */
export interface WatchEndpointOptions {
  /** CPU profile of this many seconds each round. */
  readonly cpuSeconds?: number;
  readonly mutex?: boolean;
  readonly block?: boolean;
  /** `heap?gc=1`: a garbage collection first, so in-use is what is live now, not at the last GC. */
  readonly gc?: boolean;
  /**
   * Also the endpoints' own deltas over this many seconds: `heap?seconds=N`, `allocs?seconds=N`,
   * and mutex and block as deltas when they are asked for.
   */
  readonly deltaSeconds?: number;
}

export interface WatchPlan extends WatchEndpointOptions {
  readonly baseUrl: string;
  readonly everySeconds: number;
  /** Null: until stopped. */
  readonly forSeconds: number | null;
}

/** One request of a round: what to fetch and the name part that says what it is. */
export interface WatchRequest {
  readonly kind: CaptureKind;
  readonly url: string;
  /** In the file name: `goroutine`, `heap`, `heap-delta10s`, `cpu` … */
  readonly fileKind: string;
  /** The longest the server may take before it answers (CPU sampling, a delta's wait), in seconds. */
  readonly serverSeconds: number;
}

/** `30`, `30s`, `10m`, `1h30m`, `1.5m`: seconds; an error text otherwise. */
export function parseDuration(text: string): { seconds: number } | { error: string } {
  const t = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(t)) return { seconds: Number(t) };
  const parts = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
  if (!t || !parts || parts.slice(1).every(p => p === undefined)) return { error: `"${text}" is not a duration: write 30s, 10m or 1h.` };
  const [h, m, s] = parts.slice(1).map(p => (p === undefined ? 0 : Number(p)));
  return { seconds: h * 3600 + m * 60 + s };
}

/** Checks a plan's numbers: the interval, the length, and request times that fit inside the interval. */
export function checkPlan(plan: WatchPlan): string | undefined {
  if (!Number.isFinite(plan.everySeconds) || plan.everySeconds < MIN_EVERY_SECONDS || plan.everySeconds > MAX_WATCH_SECONDS) {
    return `The interval must be at least ${MIN_EVERY_SECONDS} s and at most ${MAX_WATCH_SECONDS / 86400} days.`;
  }
  if (plan.forSeconds !== null && (!Number.isFinite(plan.forSeconds) || plan.forSeconds < plan.everySeconds || plan.forSeconds > MAX_WATCH_SECONDS)) {
    return `The watch must last at least one interval (${plan.everySeconds} s) and at most ${MAX_WATCH_SECONDS / 86400} days.`;
  }
  for (const [name, seconds] of [['CPU profile', plan.cpuSeconds], ['delta', plan.deltaSeconds]] as const) {
    if (seconds === undefined) continue;
    if (!Number.isInteger(seconds) || seconds < 1) return `The ${name} seconds must be a whole number of at least 1.`;
    if (seconds >= plan.everySeconds) return `The ${name} takes ${seconds} s: it must be shorter than the interval (${plan.everySeconds} s).`;
  }
  return undefined;
}

/** How many rounds a plan takes: one every interval while the watch lasts (null: until stopped); slow rounds delay, never drop, them. */
export function plannedRounds(plan: Pick<WatchPlan, 'everySeconds' | 'forSeconds'>): number | null {
  return plan.forSeconds === null ? null : Math.max(1, Math.floor(plan.forSeconds / plan.everySeconds + 1e-9));
}

function kind(id: string): CaptureKind {
  const k = findCaptureKind(id);
  if (!k) throw new Error(`no capture kind ${id}`);
  return k;
}

/** The requests of every round, the goroutine dump first (it is the cheapest and the one a leak shows in). */
export function watchRequests(plan: WatchPlan): WatchRequest[] {
  const base = plan.baseUrl;
  const out: WatchRequest[] = [];
  const add = (k: CaptureKind, fileKind: string, query: Record<string, string> = {}, serverSeconds = 0) => {
    const u = new URL(buildCaptureUrl(base, k, k.needsSeconds ? serverSeconds : undefined));
    for (const [name, value] of Object.entries(query)) u.searchParams.set(name, value);
    out.push({ kind: k, url: u.toString(), fileKind, serverSeconds });
  };
  add(kind('goroutine'), 'goroutine');
  add(kind('heap'), 'heap', plan.gc ? { gc: '1' } : {});
  const delta = plan.deltaSeconds;
  if (delta) {
    add(kind('heap'), `heap-delta${delta}s`, { seconds: String(delta) }, delta);
    add(kind('allocs'), `allocs-delta${delta}s`, { seconds: String(delta) }, delta);
  }
  if (plan.cpuSeconds) add(kind('profile'), 'cpu', {}, plan.cpuSeconds);
  if (plan.mutex) add(kind('mutex'), delta ? `mutex-delta${delta}s` : 'mutex', delta ? { seconds: String(delta) } : {}, delta ?? 0);
  if (plan.block) add(kind('block'), delta ? `block-delta${delta}s` : 'block', delta ? { seconds: String(delta) } : {}, delta ?? 0);
  return out;
}

/** The folder of one watch: `watch-127.0.0.1_6060-20250102T030405Z`. */
export function watchFolderName(baseUrl: string, started: Date): string {
  return `watch-${hostForFileName(baseUrl)}-${formatTimestamp(started)}`;
}

/** A capture of a round: `goroutine-20250102T030405Z.txt`, `heap-delta10s-20250102T030405Z.pb.gz` (the folder names the host). */
export function watchFileName(request: WatchRequest, roundStarted: Date): string {
  return `${request.fileKind}-${formatTimestamp(roundStarted)}${request.kind.output === 'goroutineText' ? '.txt' : '.pb.gz'}`;
}

/** When round `index` (0-based) starts, ms since the epoch: on the grid from the start, so slow rounds do not drift the rest. */
export function roundStartMs(startedMs: number, everySeconds: number, index: number): number {
  return startedMs + index * everySeconds * 1000;
}

/**
 * The next round after one that ended at `nowMs`: the next point of the grid not yet passed
 * (a round that overran its interval skips the points it missed rather than running back to back).
 */
export function nextRoundIndex(startedMs: number, everySeconds: number, finishedIndex: number, nowMs: number): number {
  const due = Math.ceil((nowMs - startedMs) / (everySeconds * 1000) - 1e-9);
  return Math.max(finishedIndex + 1, due);
}
