// Runs a goroutine analysis off the extension host's thread: in the analysis worker (job
// `goroutines`), so a 7.6 MB dump never blocks the host. One worker client per explorer.
import type * as vscode from 'vscode';
import { LimitedWorkerRunner, ownedBuffers } from '../worker/limitedRunner';
import type { GoroutineJobInput, GoroutineJobOutput } from '../worker/jobs/goroutines';

export class GoroutineAnalysisRunner extends LimitedWorkerRunner {
  run(input: GoroutineJobInput, token?: vscode.CancellationToken): Promise<GoroutineJobOutput> {
    return this.client.run('goroutines', input, { token, transfer: ownedBuffers([input.text, input.base?.text]) });
  }
}
