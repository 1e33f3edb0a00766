// How long the extension host's event loop stalls while something runs, and why: the tests run in
// the extension host, so a 10 ms timer here sees every stall of its thread. Each long gap also
// says how much of it the thread spent on a CPU and how much waiting for one (Linux schedstat): a
// gap that is mostly waiting is the machine being busy, a gap that is mostly running is work on
// the host's thread. GPE_HOST_CPU_PROFILE=DIR also writes a CPU profile of the thread (inspector)
// per measurement, to see what ran.
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';
import { PerformanceObserver, monitorEventLoopDelay, type PerformanceEntry } from 'perf_hooks';

export interface HostGap {
  /** Milliseconds since the probe started. */
  readonly atMs: number;
  readonly gapMs: number;
  /** Of the gap: on a CPU, and runnable but waiting for one (undefined without schedstat). */
  readonly runMs?: number;
  readonly waitMs?: number;
  /** Of the gap: the host's garbage collection pauses that fell in it. */
  gcMs?: number;
}

export interface HostStalls {
  /** The longest time between two 10 ms ticks. */
  readonly longestGapMs: number;
  /** perf_hooks.monitorEventLoopDelay's maximum (10 ms resolution): the longest delay of its timer. */
  readonly maxLoopDelayMs: number;
  readonly p99LoopDelayMs: number;
  /**
   * The most CPU time the thread had between two ticks: the longest stretch of work on the host's
   * thread itself (the rest of a long gap is waiting for a CPU, or blocked). Undefined without schedstat.
   */
  readonly longestWorkMs?: number;
  /** The gaps over 50 ms, longest first (at most 10). */
  readonly longGaps: readonly HostGap[];
  /** The thread's CPU time over the whole measurement, ms (undefined without schedstat). */
  readonly runMs?: number;
  readonly waitMs?: number;
  readonly cpuProfile?: string;
  /** The longest garbage collection pause of the host's heap and all its pauses together, ms. */
  readonly gcMaxMs: number;
  /** The longest pause's kind: major (mark-compact), minor (scavenge), incremental, weak callbacks. */
  readonly gcMaxKind?: string;
  readonly gcTotalMs: number;
}

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** The main thread's time on a CPU and waiting for one, in ms; undefined off Linux. */
function schedstat(): { run: number; wait: number } | undefined {
  try {
    const [run, wait] = fs.readFileSync(SCHEDSTAT, 'utf8').split(' ').map(Number);
    return { run: run / 1e6, wait: wait / 1e6 };
  } catch {
    return undefined;
  }
}

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

export interface HostStallProbe {
  /** Ends the measurement. */
  stop(): Promise<HostStalls>;
}

/** Starts measuring; `name` names the CPU profile file when GPE_HOST_CPU_PROFILE is set. */
export async function probeHostStalls(name: string): Promise<HostStallProbe> {
  const profileDir = process.env.GPE_HOST_CPU_PROFILE;
  let session: inspector.Session | undefined;
  if (profileDir) {
    session = new inspector.Session();
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
    await post(session, 'Profiler.start');
  }
  // A long gap that is neither on a CPU nor waiting for one is the thread blocked: often the
  // garbage collector waiting for its helper threads, which on a busy machine wait for a core.
  const gcPauses: PerformanceEntry[] = [];
  const gcObserver = new PerformanceObserver(list => { gcPauses.push(...list.getEntries()); });
  gcObserver.observe({ entryTypes: ['gc'] });
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const gaps: HostGap[] = [];
  const t0 = performance.now();
  const first = schedstat();
  let last = t0;
  let lastStat = first;
  let longest = 0;
  let longestWork: number | undefined;
  const ticker = setInterval(() => {
    const now = performance.now();
    const stat = schedstat();
    const gapMs = now - last;
    longest = Math.max(longest, gapMs);
    if (stat && lastStat) longestWork = Math.max(longestWork ?? 0, stat.run - lastStat.run);
    if (gapMs > 50) {
      gaps.push({
        atMs: Math.round(last - t0), gapMs: Math.round(gapMs),
        ...(stat && lastStat ? { runMs: Math.round(stat.run - lastStat.run), waitMs: Math.round(stat.wait - lastStat.wait) } : {}),
      });
    }
    last = now;
    lastStat = stat;
  }, 10);
  return {
    async stop(): Promise<HostStalls> {
      clearInterval(ticker);
      histogram.disable();
      // Entries are delivered on a later tick: let the last ones in.
      await new Promise(r => setTimeout(r, 0));
      gcObserver.disconnect();
      const gcIn = (from: number, to: number) => gcPauses.reduce((sum, e) => sum + Math.max(0, Math.min(to, e.startTime + e.duration) - Math.max(from, e.startTime)), 0);
      for (const g of gaps) g.gcMs = Math.round(gcIn(t0 + g.atMs, t0 + g.atMs + g.gapMs));
      const end = schedstat();
      let cpuProfile: string | undefined;
      if (session && profileDir) {
        const { profile } = await post<{ profile: unknown }>(session, 'Profiler.stop');
        session.disconnect();
        fs.mkdirSync(profileDir, { recursive: true });
        cpuProfile = path.join(profileDir, `${name}-${Date.now()}.cpuprofile`);
        fs.writeFileSync(cpuProfile, JSON.stringify(profile));
      }
      return {
        longestGapMs: Math.round(longest),
        ...(longestWork !== undefined ? { longestWorkMs: Math.round(longestWork) } : {}),
        maxLoopDelayMs: Math.round(histogram.max / 1e6),
        p99LoopDelayMs: Math.round(histogram.percentile(99) / 1e6),
        longGaps: gaps.sort((a, b) => b.gapMs - a.gapMs).slice(0, 10),
        ...(first && end ? { runMs: Math.round(end.run - first.run), waitMs: Math.round(end.wait - first.wait) } : {}),
        cpuProfile,
        gcMaxMs: Math.round(Math.max(0, ...gcPauses.map(e => e.duration))),
        gcMaxKind: gcKind(gcPauses.reduce<PerformanceEntry | undefined>((a, e) => (!a || e.duration > a.duration ? e : a), undefined)),
        gcTotalMs: Math.round(gcPauses.reduce((sum, e) => sum + e.duration, 0)),
      };
    },
  };
}

const GC_KINDS: Record<number, string> = { 1: 'minor', 4: 'major', 8: 'incremental', 16: 'weakcb' };

function gcKind(e: PerformanceEntry | undefined): string | undefined {
  const kind = (e as { detail?: { kind?: number } } | undefined)?.detail?.kind;
  return kind === undefined ? undefined : GC_KINDS[kind] ?? String(kind);
}

/** One line for a benchmark record: the longest stall and work, the loop delay, CPU time, GC pauses, the long gaps as gap/run/wait/gc@at. */
export function describeStalls(s: HostStalls): string {
  const gaps = s.longGaps.map(g => `${g.gapMs}${g.runMs !== undefined ? `/${g.runMs}/${g.waitMs}` : ''}/${g.gcMs ?? 0}@${g.atMs}`).join(',');
  return `max_host_stall_ms=${s.longestGapMs}${s.longestWorkMs !== undefined ? ` max_host_work_ms=${s.longestWorkMs}` : ''} loop_delay_max_ms=${s.maxLoopDelayMs} loop_delay_p99_ms=${s.p99LoopDelayMs}`
    + `${s.runMs !== undefined ? ` thread_run_ms=${s.runMs} thread_wait_ms=${s.waitMs}` : ''} gc_max_ms=${s.gcMaxMs}${s.gcMaxKind ? `(${s.gcMaxKind})` : ''} gc_total_ms=${s.gcTotalMs} long_gaps_ms(gap/run/wait/gc@t)=[${gaps}]`;
}
