// Number and range formatting for the goroutine view.
import type { GoroutineGroupView } from '../../../src/shared/goroutineProtocol';

const grouping = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return grouping.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "261–429 min", "5 min" or "" when the dump printed no wait time. */
export function formatWait(g: GoroutineGroupView): string {
  if (!g.wait) return '';
  return g.wait.min === g.wait.max ? `${g.wait.min} min` : `${g.wait.min}–${g.wait.max} min`;
}

export function formatDelta(g: GoroutineGroupView): string {
  if (g.baseCount === undefined) return '';
  if (g.baseCount === null) return `new (+${formatCount(g.count)})`;
  const d = g.count - g.baseCount;
  return d === 0 ? '±0' : d > 0 ? `+${formatCount(d)}` : `−${formatCount(-d)}`;
}
