// Over time: with several captures of one kind (and one form), each goroutine group's count and
// each heap function's in-use bytes per capture, oldest first; what grows in each of the last
// LEAK_WINDOW captures is a leak (a watch flags it the moment that holds, not only at the end).
// "Grows" differs by kind because the numbers differ in kind. Goroutine counts are exact: each of
// the last captures has more goroutines than the one before (an equal count is not growth). Heap
// bytes are sampled: Go records about one allocation per sampling period (the profile's period,
// 512 KiB by default) and scales each sample up to at least a period, so a function's in-use bytes
// move by whole samples while nothing leaks. A heap function grows when each of the last captures
// is larger than the one before AND the rise over them is more than two and a half periods: two
// samples of objects under half a period come to less (0 -> 512 KiB -> 1 MiB is noise), three
// samples of anything to more. A leak slower than about a period per capture is not flagged on
// the heap until the interval is long enough for it to rise by three samples.
import { describeFrame, type GoroutineGroup } from '../../goroutines';
import { computeTop, createStackView, type Profile } from '../../pprof';
import type { Capture } from './gatherCaptures';
import type { OverTimeSeries } from './incidentModel';
import { ContentKeyedMap } from '../../../shared/contentKeyedMap';

const MAX_GROUP_SERIES = 8;
const MAX_HEAP_SERIES = 8;
/** How many of the latest captures must each be larger than the one before for a leak. */
export const LEAK_WINDOW = 3;

/** The series of dumps and heap profiles; empty when no kind has two captures. */
export function overTimeSeries(captures: readonly Capture[]): OverTimeSeries[] {
  return [...goroutineSeries(captures), ...heapSeries(captures)];
}

type Point = OverTimeSeries['points'][number];

/**
 * The fields every series derives from its points: the leak flag, where it first had a value, its
 * growth. `noise`: a rise over the window this large or smaller is not growth (0 for exact counts).
 */
function seriesFacts(points: readonly Point[], noise = 0): Pick<OverTimeSeries, 'leak' | 'leakWindow' | 'leakNoise' | 'firstSeen' | 'growth'> {
  const values = points.map(p => p.value);
  const first = points.find(p => p.value > 0);
  return {
    leak: growsOverLast(values, LEAK_WINDOW, noise),
    leakWindow: LEAK_WINDOW,
    ...(noise > 0 ? { leakNoise: noise } : {}),
    growth: values.length > 0 ? values[values.length - 1] - values[0] : 0,
    ...(first ? { firstSeen: { path: first.path, capturedAtMs: first.capturedAtMs } } : {}),
  };
}

/** Captures compared over time must be of one form: a debug=2 and a debug=1 of the same moment are one capture twice. */
function largestSameForm(captures: readonly Capture[], form: (c: Capture) => string): Capture[] {
  const byForm = new ContentKeyedMap<Capture[]>();
  for (const c of captures) {
    const key = form(c);
    const list = byForm.get(key);
    if (list) list.push(c); else byForm.set(key, [c]);
  }
  let best: Capture[] = [];
  for (const list of byForm.values()) if (list.length > best.length) best = list;
  return best.length >= 2 ? best : [];
}

export function groupLabel(g: GoroutineGroup): string {
  const frame = g.userFrame ?? g.frames[0];
  return `${g.state || 'goroutines'}${frame ? ` in ${describeFrame(frame)}` : ''}`;
}

function goroutineSeries(captures: readonly Capture[]): OverTimeSeries[] {
  const dumps = largestSameForm(captures.filter(c => c.goroutines !== null), c => String(c.dumpRichness));
  if (dumps.length === 0) return [];
  const counts = dumps.map(d => {
    const byKey = new ContentKeyedMap<number>();
    for (const g of d.goroutines!.groups) byKey.set(g.key, (byKey.get(g.key) ?? 0) + g.count);
    return byKey;
  });
  const latest = dumps[dumps.length - 1].goroutines!.groups.filter(g => !g.isIdleRuntime).slice(0, MAX_GROUP_SERIES);
  return latest.map(g => {
    const points = dumps.map((d, i) => ({ capturedAtMs: d.capturedAtMs, path: d.path, value: counts[i].get(g.key) ?? 0 }));
    const func = (g.userFrame ?? g.frames[0])?.func;
    return { kind: 'goroutines' as const, name: groupLabel(g), ...(func ? { func } : {}), points, ...seriesFacts(points) };
  });
}

function heapSeries(captures: readonly Capture[]): OverTimeSeries[] {
  const heaps = largestSameForm(captures.filter(c => c.kind === 'heap' && !c.delta && c.profile?.sampleTypes.some(t => t.type === 'inuse_space')),
    c => c.profile!.format);
  if (heaps.length === 0) return [];
  const flats = heaps.map(h => {
    const top = computeTop(createStackView(h.profile!, { sampleType: 'inuse_space', granularity: 'functions' }));
    return new ContentKeyedMap(top.rows.map(r => [r.func, r.flat] as const));
  });
  const noise = heapSamplingNoise(heaps.map(h => h.profile!));
  const latest = [...flats[flats.length - 1]].filter(([, flat]) => flat > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_HEAP_SERIES);
  return latest.map(([func]) => {
    const points = heaps.map((h, i) => ({ capturedAtMs: h.capturedAtMs, path: h.path, value: flats[i].get(func) ?? 0 }));
    return { kind: 'heap' as const, name: func, func, points, ...seriesFacts(points, noise) };
  });
}

/** Go's default heap sampling period (runtime.MemProfileRate), for a heap profile that does not say its own. */
const DEFAULT_HEAP_SAMPLING_BYTES = 512 * 1024;
/** A rise over the window of this many periods or less is sampling noise (two samples of small objects). */
const NOISE_PERIODS = 2.5;

/**
 * The rise of a heap function's in-use bytes over the window that sampling alone can make, at the
 * coarsest period among the profiles; 0 when every allocation was recorded (a period of 1).
 */
export function heapSamplingNoise(profiles: readonly Pick<Profile, 'period' | 'periodType'>[]): number {
  let period = 0;
  for (const p of profiles) {
    const inBytes = p.periodType === undefined || p.periodType.unit === 'bytes';
    period = Math.max(period, inBytes && p.period > 0 ? p.period : DEFAULT_HEAP_SAMPLING_BYTES);
  }
  return period > 1 ? NOISE_PERIODS * period : 0;
}

/** What a leak flag says: "grows in every capture", or over the last LEAK_WINDOW of a longer run. */
export function leakLabel(series: OverTimeSeries): string {
  const window = series.leakWindow ?? series.points.length;
  return series.points.length > window ? `grows in each of the last ${window} captures` : 'grows in every capture';
}

/** Strictly larger in every capture than in the one before. */
export function growsEveryTime(values: readonly number[]): boolean {
  return growsOverLast(values, Infinity);
}

/**
 * Strictly larger in each of the last `window` values than in the one before, and larger at the
 * end than at the window's start by more than `noise`. Fewer values than the window are not a
 * trend yet (one rise between two captures is as often noise as a leak).
 */
export function growsOverLast(values: readonly number[], window: number, noise = 0): boolean {
  if (values.length < 2 || (Number.isFinite(window) && values.length < window)) return false;
  const from = Math.max(1, values.length - Math.max(1, window) + 1);
  for (let i = from; i < values.length; i++) if (!(values[i] > values[i - 1])) return false;
  return values[values.length - 1] - values[from - 1] > noise;
}
