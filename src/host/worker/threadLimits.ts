// The limits the host gave this worker thread (its workerData), read by the jobs that gunzip.
// A module of its own so that jobs can import it without the worker's entry point.
export const threadLimits: { maxUnzippedBytes?: number } = {};

/** Called once by the worker's entry point with its workerData. */
export function setThreadLimits(data: unknown): void {
  const max = (data as { maxUnzippedBytes?: unknown } | null)?.maxUnzippedBytes;
  threadLimits.maxUnzippedBytes = typeof max === 'number' && max > 0 ? max : undefined;
}
