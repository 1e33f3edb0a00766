// What a watch says as it goes: one line per round with what grows so far, and at the end the
// summary `goprof watch --json` prints. The growth itself is the incident's over-time series
// (core/report/incident/overTime): a watch folder is an incident folder filled over time.
import { formatBytes, formatCount } from '../format';
import type { OverTimeSeries } from '../report/incident';

/** One round as the summary lists it. */
export interface WatchRound {
  /** When the round started, ISO 8601 UTC. */
  readonly time: string;
  /** The files saved, relative to the watch folder. */
  readonly files: readonly string[];
  /** Requests that failed, one line each (the round still counts when one of them answered). */
  readonly errors?: readonly string[];
}

export interface GrowingSeries {
  readonly kind: 'goroutines' | 'heap';
  /** The group's top user function, or the heap function. */
  readonly name: string;
  /** One value per capture, oldest first: goroutines, or in-use bytes. */
  readonly values: readonly number[];
  /** The capture (a file of the watch folder) where it was first seen. */
  readonly firstSeen?: string;
}

/** `goprof watch --json`. */
export interface WatchSummary {
  readonly folder: string;
  readonly captures: readonly WatchRound[];
  readonly growing: readonly GrowingSeries[];
}

/** The series flagged as growing (the incident's leak flag), as the summary names them. */
export function growingSeries(overTime: readonly OverTimeSeries[]): GrowingSeries[] {
  return overTime.filter(s => s.leak).map(asGrowing);
}

/**
 * Series that rose since the capture before but are not flagged (yet): the growth so far, biggest rise
 * first. A sampled heap line's rise within its sampling noise (a sample or two) is no rise.
 */
export function risingSeries(overTime: readonly OverTimeSeries[]): GrowingSeries[] {
  const rise = (s: OverTimeSeries) => (s.points.length >= 2 ? s.points[s.points.length - 1].value - s.points[s.points.length - 2].value : 0);
  return overTime.filter(s => !s.leak && rise(s) > (s.leakNoise ?? 0))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'goroutines' ? -1 : 1) || rise(b) - rise(a)).map(asGrowing);
}

function asGrowing(s: OverTimeSeries): GrowingSeries {
  return {
    kind: s.kind,
    name: s.func ?? s.name,
    values: s.points.map(p => p.value),
    ...(s.firstSeen ? { firstSeen: s.firstSeen.path } : {}),
  };
}

function valueText(kind: GrowingSeries['kind'], value: number): string {
  return kind === 'heap' ? formatBytes(value) : formatCount(value);
}

const SHOWN_VALUES = 4;

/** "goroutines main.leakyWorker 10 → 20 → 30 (+20)" with the last few values of a long watch. */
export function growthText(series: GrowingSeries): string {
  const values = series.values;
  const shown = values.slice(-SHOWN_VALUES).map(v => valueText(series.kind, v)).join(' → ');
  const change = values.length > 1 ? values[values.length - 1] - values[0] : 0;
  const sign = change >= 0 ? '+' : '-';
  return `${series.kind} ${series.name} ${values.length > SHOWN_VALUES ? '… → ' : ''}${shown} (${sign}${valueText(series.kind, Math.abs(change))})`;
}

function listed(series: readonly GrowingSeries[], most: number): string {
  return `${series.slice(0, most).map(growthText).join('; ')}${series.length > most ? `; and ${series.length - most} more` : ''}`;
}

/**
 * One line per round: "capture 3/20 at 2025-01-02T03:04:05.000Z: 2 files; GROWING goroutines
 * main.leakyWorker 10 → 20 → 30 (+20)", or before anything is flagged, what rose since the capture before.
 */
export function roundLine(index: number, planned: number | null, round: WatchRound, growing: readonly GrowingSeries[], rising: readonly GrowingSeries[] = []): string {
  const count = `capture ${index + 1}${planned !== null ? `/${planned}` : ''}`;
  const files = `${round.files.length} file${round.files.length === 1 ? '' : 's'}`;
  const errors = round.errors?.length ? `, ${round.errors.length} failed (${round.errors.join('; ')})` : '';
  const growth = index === 0 ? 'first capture, nothing to compare yet'
    : growing.length > 0 ? `GROWING ${listed(growing, 3)}`
    : rising.length > 0 ? `nothing flagged yet; rose since the capture before: ${listed(rising, 2)}`
    : 'nothing growing';
  return `${count} at ${round.time}: ${files}${errors}; ${growth}`;
}
