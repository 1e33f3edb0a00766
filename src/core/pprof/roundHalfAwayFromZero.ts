/** Go's math.Round, which pprof scales and normalizes with: JavaScript's Math.round takes -2.5 to -2, Go to -3. */
export function roundHalfAwayFromZero(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

const INT64_LIMIT = 2 ** 63;

/**
 * pprof's scaled value, `int64(math.Round(float64(v) * ratio))`: a float64 past int64's range
 * (a huge value scaled up, a normalize ratio of a total near 0) converts, on amd64 where the
 * reference pprof runs, to the most negative int64.
 */
export function scaledInt64(value: number, ratio: number): number {
  const x = roundHalfAwayFromZero(value * ratio);
  return x >= INT64_LIMIT || x < -INT64_LIMIT || Number.isNaN(x) ? -INT64_LIMIT : x;
}
