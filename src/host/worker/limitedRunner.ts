// A view's own analysis worker under the goProfileExplorer.limits.* settings: jobs run off the
// extension host's thread, a job that hits a limit says so (limitFailure), and a retry runs later
// jobs with the raised limits in a new worker.
import * as vscode from 'vscode';
import { AnalysisWorkerClient, JobCancelledError, type WorkerLimits } from './analysisWorkerClient';
import { analysisLimits, limitFailure, type LimitFailure } from './analysisLimits';
import type { StartAnalysisThread } from './analysisThread';
import { hostPlatform } from '../platform/hostPlatform';

export class LimitedWorkerRunner implements vscode.Disposable {
  protected client: AnalysisWorkerClient;
  private readonly startThread: StartAnalysisThread;

  constructor(_extensionUri: vscode.Uri) {
    this.startThread = hostPlatform().startAnalysisThread;
    this.client = new AnalysisWorkerClient(this.startThread, analysisLimits());
  }

  /** What to say and offer when `e` is a limit the last job hit. */
  limitFailure(e: unknown): LimitFailure | undefined {
    return limitFailure(e, this.client.limits);
  }

  /** Later jobs run with these limits (a retry with a limit raised). */
  useLimits(limits: WorkerLimits): void {
    this.client.dispose();
    this.client = new AnalysisWorkerClient(this.startThread, limits);
  }

  static isCancellation(e: unknown): boolean {
    return e instanceof JobCancelledError;
  }

  dispose(): void {
    this.client.dispose();
  }
}

/** The buffers of these inputs that are wholly theirs (read from disk for the job): moved to the worker, not copied. */
export function ownedBuffers(inputs: readonly unknown[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const d of inputs) {
    if (d instanceof Uint8Array && d.byteOffset === 0 && d.byteLength === d.buffer.byteLength && d.buffer instanceof ArrayBuffer) out.add(d.buffer);
  }
  return [...out];
}
