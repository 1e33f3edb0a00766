// Runs the replica comparison off the extension host's thread, in an analysis worker of its own,
// under the goProfileExplorer.limits.* settings.
import type * as vscode from 'vscode';
import { LimitedWorkerRunner } from '../worker/limitedRunner';
import type { ReplicaJobInput, ReplicaJobOutput } from '../worker/jobs/replicas';

export class ReplicaRunner extends LimitedWorkerRunner {
  compare(input: ReplicaJobInput, token?: vscode.CancellationToken): Promise<ReplicaJobOutput> {
    return this.client.run('replicas', input, { token });
  }
}
