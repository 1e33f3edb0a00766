// Whether a replica's row stands out: its own module, so the host's view model reads it without
// loading the comparison (and with it the profile and dump readers, which run in the worker).

/** The row's worst replica is further from the median than sampling alone puts it. */
export function standsOut(row: { readonly distance: number; readonly noise: number }): boolean {
  return row.distance > row.noise;
}
