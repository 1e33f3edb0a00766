// Runs a goroutine analysis off the extension host's thread: in the analysis worker (job
// `goroutines`), so a 7.6 MB dump never blocks the host. One worker client per explorer.
import * as vscode from 'vscode';
import { AnalysisWorkerClient, JobCancelledError, type WorkerLimits } from '../worker/analysisWorkerClient';
import { analysisLimits, limitFailure, type LimitFailure } from '../worker/analysisLimits';
import type { GoroutineJobInput, GoroutineJobOutput } from '../worker/jobs/goroutines';

export class GoroutineAnalysisRunner implements vscode.Disposable {
  private client: AnalysisWorkerClient;
  private readonly script: string;

  constructor(extensionUri: vscode.Uri) {
    this.script = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath;
    this.client = new AnalysisWorkerClient(this.script, analysisLimits());
  }

  /** What to say and offer when `e` is a limit the last job hit. */
  limitFailure(e: unknown): LimitFailure | undefined {
    return limitFailure(e, this.client.limits);
  }

  /** Later jobs run with these limits (a retry with a limit raised). */
  useLimits(limits: WorkerLimits): void {
    this.client.dispose();
    this.client = new AnalysisWorkerClient(this.script, limits);
  }

  async run(input: GoroutineJobInput, token?: vscode.CancellationToken): Promise<GoroutineJobOutput> {
    const transfer: ArrayBuffer[] = [];
    for (const t of [input.text, input.base?.text]) {
      // Bytes read from disk are ours alone: move them instead of copying.
      if (t instanceof Uint8Array && t.byteOffset === 0 && t.byteLength === t.buffer.byteLength && t.buffer instanceof ArrayBuffer) transfer.push(t.buffer);
    }
    return this.client.run('goroutines', input, { token, transfer: [...new Set(transfer)] });
  }

  static isCancellation(e: unknown): boolean {
    return e instanceof JobCancelledError;
  }

  dispose(): void {
    this.client.dispose();
  }
}
