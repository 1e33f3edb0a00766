// Heap profiles that sample allocations as a Poisson process (Go's, Java's heapz) hold fewer
// bytes than were allocated; pprof scales each sample back up, and so do we, with its rounding.

/** pprof's unsampling of a Poisson-sampled heap profile: divide by 1 - exp(-avgSize/rate). */
export function scaleHeapSample(count: number, size: number, rate: number): [number, number] {
  if (count === 0 || size === 0) return [0, 0];
  if (rate <= 1) return [count, size];
  const scale = 1 / (1 - Math.exp(-(size / count) / rate));
  return [Math.trunc(count * scale), Math.trunc(size * scale)];
}
