// Node and browsers keep a timer's delay as a signed 32-bit count of milliseconds: a longer one
// (a timeout setting of 1e308 s, a watch interval of a month) fires after 1 ms instead, so a time
// limit would end every request at once and a schedule would run its rounds back to back.

/** The longest delay a timer keeps as given (~24.8 days). */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** `ms` as a timer keeps it: at most MAX_TIMER_DELAY_MS, at least 0 (also for NaN). */
export function timerDelayMs(ms: number): number {
  return ms > 0 ? Math.min(ms, MAX_TIMER_DELAY_MS) : 0;
}
