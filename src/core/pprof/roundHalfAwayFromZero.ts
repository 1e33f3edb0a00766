/** Go's math.Round, which pprof scales and normalizes with: JavaScript's Math.round takes -2.5 to -2, Go to -3. */
export function roundHalfAwayFromZero(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}
