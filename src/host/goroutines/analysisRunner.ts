// Runs a goroutine analysis off the extension host's thread: in the analysis worker (job
// `goroutines`), so a 7.6 MB dump never blocks the host. One worker client per explorer.
import * as vscode from 'vscode';
import { AnalysisWorkerClient, JobCancelledError } from '../worker/analysisWorkerClient';
import type { GoroutineJobInput, GoroutineJobOutput } from '../worker/jobs/goroutines';

export class GoroutineAnalysisRunner implements vscode.Disposable {
  private readonly client: AnalysisWorkerClient;

  constructor(extensionUri: vscode.Uri) {
    this.client = new AnalysisWorkerClient(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath);
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
