/** A share as the sentences print it: whole percents, "<1%" for a sliver, "100%" from 99.5% up. */
export function percentOf(fraction: number): string {
  if (fraction >= 0.995) return '100%';
  if (fraction >= 0.01) return `${Math.round(fraction * 100)}%`;
  return fraction > 0 ? '<1%' : '0%';
}
