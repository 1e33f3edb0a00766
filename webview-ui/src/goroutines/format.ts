// Number and range formatting for the goroutine view.
import type { GoroutineGroupView } from '../../../src/shared/goroutineProtocol';
import { formatWaitMinutes } from '../../../src/shared/waitFormat';

const grouping = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return grouping.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * "5 listed, 115 counted only" for a group whose count holds goroutines a debugger counted without
 * listing them (Delve's group totals), the CLI's words; '' for a group whose every goroutine is in the text.
 */
export function formatListedSplit(g: GoroutineGroupView): string {
  if (!g.unlisted) return '';
  return `${formatCount(g.count - g.unlisted)} listed, ${formatCount(g.unlisted)} counted only`;
}

/** "4 h 21 min – 7 h 9 min", "261–429 min" under two hours, "up to 2 min", "5 min" or "" when the dump printed no wait time. */
export function formatWait(g: GoroutineGroupView): string {
  return g.wait ? formatWaitMinutes(g.wait.min, g.wait.max) : '';
}

export function formatDelta(g: GoroutineGroupView): string {
  if (g.baseCount === undefined) return '';
  if (g.baseCount === null) return `new (+${formatCount(g.count)})`;
  const d = g.count - g.baseCount;
  return d === 0 ? '±0' : d > 0 ? `+${formatCount(d)}` : `−${formatCount(-d)}`;
}

/** What a group whose goroutine Go printed without a stack shows in place of its frames. */
export const STACK_UNAVAILABLE = 'stack unavailable (running on another thread)';
