// The analysis worker's limits from the settings (goProfileExplorer.limits.*), and what the
// views say and offer when a job hits one: "Retry with a higher limit" runs it again with
// that limit four times higher, for this document only.
import * as vscode from 'vscode';
import { JobFailedError, JobLimitError, type WorkerLimits } from './analysisWorkerClient';

const MiB = 1024 * 1024;
export const DEFAULT_HEAP_MB = 4096;
export const DEFAULT_JOB_SECONDS = 120;
const RAISE = 4;

export function analysisLimits(): WorkerLimits {
  const c = vscode.workspace.getConfiguration('goProfileExplorer.limits');
  const positive = (key: string, fallback: number): number => {
    const v = c.get<number>(key);
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const unzipped = positive('maxUnzippedMiB', 0);
  return {
    heapMb: positive('memoryMiB', DEFAULT_HEAP_MB),
    jobSeconds: positive('analysisSeconds', DEFAULT_JOB_SECONDS),
    maxUnzippedBytes: unzipped > 0 ? unzipped * MiB : undefined,
  };
}

/** A failure caused by a limit: what to tell, and the limits for a retry. */
export interface LimitFailure {
  message: string;
  retryLabel: string;
  raised: WorkerLimits;
}

export function limitFailure(e: unknown, limits: WorkerLimits): LimitFailure | undefined {
  if (e instanceof JobLimitError) {
    const raised = e.limit === 'memory' ? { ...limits, heapMb: limits.heapMb * RAISE } : { ...limits, jobSeconds: limits.jobSeconds * RAISE };
    const setting = e.limit === 'memory' ? 'goProfileExplorer.limits.memoryMiB' : 'goProfileExplorer.limits.analysisSeconds';
    const label = e.limit === 'memory' ? `${raised.heapMb} MiB` : `${raised.jobSeconds} s`;
    return { message: `The analysis was ${e.message} (setting ${setting}).`, retryLabel: `Retry with ${label}`, raised };
  }
  if (e instanceof JobFailedError && e.errorName === 'UnzipLimitError' && e.limitBytes !== undefined) {
    const raised = { ...limits, maxUnzippedBytes: e.limitBytes * RAISE };
    return {
      message: `Stopped: ${e.message}. A file that expands this much is unusual: it may be a gzip bomb (setting goProfileExplorer.limits.maxUnzippedMiB).`,
      retryLabel: `Retry with ${Math.round(raised.maxUnzippedBytes / MiB)} MiB`,
      raised,
    };
  }
  return undefined;
}
