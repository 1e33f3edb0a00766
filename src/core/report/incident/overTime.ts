// Over time: with several captures of one kind (and one form), each goroutine group's count and
// each heap function's in-use bytes per capture, oldest first; what grows in every capture is a leak.
import { describeFrame, type GoroutineGroup } from '../../goroutines';
import { computeTop, createStackView } from '../../pprof';
import type { Capture } from './gatherCaptures';
import type { OverTimeSeries } from './incidentModel';

const MAX_GROUP_SERIES = 8;
const MAX_HEAP_SERIES = 8;

/** The series of dumps and heap profiles; empty when no kind has two captures. */
export function overTimeSeries(captures: readonly Capture[]): OverTimeSeries[] {
  return [...goroutineSeries(captures), ...heapSeries(captures)];
}

/** Captures compared over time must be of one form: a debug=2 and a debug=1 of the same moment are one capture twice. */
function largestSameForm(captures: readonly Capture[], form: (c: Capture) => string): Capture[] {
  const byForm = new Map<string, Capture[]>();
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
    const byKey = new Map<string, number>();
    for (const g of d.goroutines!.groups) byKey.set(g.key, (byKey.get(g.key) ?? 0) + g.count);
    return byKey;
  });
  const latest = dumps[dumps.length - 1].goroutines!.groups.filter(g => !g.isIdleRuntime).slice(0, MAX_GROUP_SERIES);
  return latest.map(g => {
    const points = dumps.map((d, i) => ({ capturedAtMs: d.capturedAtMs, path: d.path, value: counts[i].get(g.key) ?? 0 }));
    return { kind: 'goroutines' as const, name: groupLabel(g), points, leak: growsEveryTime(points.map(p => p.value)) };
  });
}

function heapSeries(captures: readonly Capture[]): OverTimeSeries[] {
  const heaps = largestSameForm(captures.filter(c => c.kind === 'heap' && c.profile?.sampleTypes.some(t => t.type === 'inuse_space')),
    c => c.profile!.format);
  if (heaps.length === 0) return [];
  const flats = heaps.map(h => {
    const top = computeTop(createStackView(h.profile!, { sampleType: 'inuse_space', granularity: 'functions' }));
    return new Map(top.rows.map(r => [r.func, r.flat]));
  });
  const latest = [...flats[flats.length - 1]].filter(([, flat]) => flat > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_HEAP_SERIES);
  return latest.map(([func]) => {
    const points = heaps.map((h, i) => ({ capturedAtMs: h.capturedAtMs, path: h.path, value: flats[i].get(func) ?? 0 }));
    return { kind: 'heap' as const, name: func, points, leak: growsEveryTime(points.map(p => p.value)) };
  });
}

/** Strictly larger in every capture than in the one before. */
export function growsEveryTime(values: readonly number[]): boolean {
  if (values.length < 2) return false;
  for (let i = 1; i < values.length; i++) if (!(values[i] > values[i - 1])) return false;
  return true;
}
