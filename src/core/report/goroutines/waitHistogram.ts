// Equal-width wait-minute histograms per group (the core's buckets are fixed decades, which put a
// 261–429 minute leak in one bar). Pure: runs in the worker.
import type { Goroutine, GoroutineGroup, SourceFrame } from '../../goroutines';
import type { HistogramBucketView } from '../../../shared/goroutineProtocol';
import { ContentKeyedMap } from '../../../shared/contentKeyedMap';

export const HISTOGRAM_BUCKETS = 8;

function signature(g: Pick<Goroutine, 'state' | 'createdBy' | 'framesElided' | 'stackUnavailable'>, stackKey: string, leaked: boolean): string {
  return `${g.state}\u0000${g.createdBy?.func ?? ''}\u0000${leaked ? 1 : 0}${g.framesElided ? 1 : 0}${g.stackUnavailable ? 1 : 0}\u0000${stackKey}`;
}

function stackKeys(): (frames: readonly SourceFrame[]) => string {
  const cache = new Map<readonly SourceFrame[], string>();
  return frames => {
    let k = cache.get(frames);
    if (k === undefined) { k = frames.map(f => `${f.func} ${f.file}:${f.line}`).join('\n'); cache.set(frames, k); }
    return k;
  };
}

function equalWidth(minutes: readonly number[], min: number, max: number): HistogramBucketView[] {
  if (min === max) return [{ from: min, to: max, count: minutes.length }];
  const width = (max - min) / HISTOGRAM_BUCKETS;
  const counts = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
  for (const m of minutes) counts[Math.min(HISTOGRAM_BUCKETS - 1, Math.floor((m - min) / width))]++;
  return counts.map((count, i) => ({ from: Math.round(min + i * width), to: Math.round(min + (i + 1) * width), count }));
}

function coreBuckets(g: GoroutineGroup): HistogramBucketView[] {
  const max = g.waitMinutes?.max ?? 0;
  const nonEmpty = g.waitHistogram.filter(b => b.count > 0);
  return nonEmpty.map(b => ({ from: b.fromMinutes, to: b.toMinutes ?? Math.max(max, b.fromMinutes), count: b.count }));
}

/** Per group (same order), its histogram; [] for groups without wait minutes. */
export function groupHistograms(goroutines: Iterable<Goroutine>, groups: readonly GoroutineGroup[]): HistogramBucketView[][] {
  const keyOf = stackKeys();
  const byKey = new ContentKeyedMap<number>();
  const ambiguous = new Set<number>();
  groups.forEach((g, i) => {
    if (!g.waitMinutes) return;
    const k = signature(g, keyOf(g.frames), g.leaked > 0);
    const other = byKey.get(k);
    if (other !== undefined) { ambiguous.add(other); ambiguous.add(i); } else byKey.set(k, i);
  });
  const minutes = groups.map(() => [] as number[]);
  if (byKey.size) {
    for (const gr of goroutines) {
      const i = byKey.get(signature(gr, keyOf(gr.frames), gr.leaked));
      if (i !== undefined) minutes[i].push(gr.waitMinutes ?? 0);
    }
  }
  return groups.map((g, i) => {
    if (!g.waitMinutes) return [];
    if (ambiguous.has(i) || minutes[i].length !== g.count) return coreBuckets(g);
    return equalWidth(minutes[i], g.waitMinutes.min, g.waitMinutes.max);
  });
}
