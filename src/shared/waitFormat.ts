// How long goroutines have waited, in the words every view uses (the goroutine table, the code
// lenses, the incident report's facts), so one group never reads "0–2 min" in one place and
// "up to 2 min" in another.

const grouping = new Intl.NumberFormat('en-US');

/**
 * "5 min", "261–429 min", or "up to 2 min" when the shortest is 0: Go prints no minutes under one,
 * so a 0 is "less than a minute", not a wait that started at 0.
 */
export function formatWaitMinutes(min: number, max: number): string {
  if (min === max) return `${grouping.format(max)} min`;
  return min === 0 ? `up to ${grouping.format(max)} min` : `${grouping.format(min)}–${grouping.format(max)} min`;
}
