// What the status bar says of a grouped dump: "18,660 goroutines · 1 leak suspect" (or "… · crashed",
// "… · panic recovered", "… · data race").
import type { GoroutineViewModel } from '../../shared/goroutineProtocol';

let fmt: Intl.NumberFormat | undefined;

/**
 * A count with thousands separators. The formatter is made on first use: made as the module
 * loads, it was ~18 ms of the extension's activation (ICU's set-up), on the first profile's open.
 */
export function formatCount(n: number): string {
  fmt ??= new Intl.NumberFormat('en-US');
  return fmt.format(n);
}

export function statusText(model: Pick<GoroutineViewModel, 'summary'>): string {
  const n = model.summary.total;
  // Of every group: the model holds the groups sent so far.
  const races = model.summary.raceSuspects;
  const crashedGroup = model.summary.crashedGroup;
  // A crash line over stacks without their goroutine header (a recovery middleware's log) crashed
  // no group, and the view's banner still names it; a deadlock's or a test timeout's fatal line is
  // said as "deadlock" or "test timed out" below.
  const crashed = crashedGroup || (model.summary.stuck === null && (model.summary.crash !== null || model.summary.stackSuspect?.crashed === true));
  const s = model.summary.leakSuspects - races - (crashedGroup ? 1 : 0);
  const parts = [`${formatCount(n)} goroutine${n === 1 ? '' : 's'}`];
  // A panic recovered and logged ended no process: saying "crashed" would send the reader after a dead one.
  if (crashed) parts.push(model.summary.crashRecovered ? 'panic recovered' : 'crashed');
  if (races > 0) parts.push('data race');
  if (model.summary.stuck === 'deadlock') parts.push('deadlock');
  else if (model.summary.stuck === 'test timeout') parts.push('test timed out');
  else if (s > 0 || (races === 0 && !crashed)) parts.push(s === 0 ? 'no leak suspect' : `${formatCount(s)} leak suspect${s === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
