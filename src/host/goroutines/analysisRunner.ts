// Runs a goroutine analysis off the extension host's thread: in the analysis worker (job
// `goroutines`), so a 7.6 MB dump never blocks the host. One worker client per explorer. The worker
// keeps each view's whole model; the host asks it for the groups past the first page.
import type * as vscode from 'vscode';
import { LimitedWorkerRunner, ownedBuffers } from '../worker/limitedRunner';
import type { GoroutineFlameZoomInput, GoroutineFramesInput, GoroutineJobInput, GoroutineJobOutput, GoroutineQueryInput, GoroutineStacksInput, GoroutineVanishedInput } from '../worker/jobs/goroutines';
import type { FlameZoomPage, GroupPage, StackFramesPage, StacksPage, VanishedPage } from '../../shared/goroutineProtocol';

export class GoroutineAnalysisRunner extends LimitedWorkerRunner {
  run(input: GoroutineJobInput, token?: vscode.CancellationToken): Promise<GoroutineJobOutput> {
    return this.client.run('goroutines', input, { token, transfer: ownedBuffers([input.text, input.base?.text]) });
  }

  query(input: GoroutineQueryInput): Promise<GroupPage> {
    return this.client.run('goroutines.query', input);
  }

  frames(input: GoroutineFramesInput): Promise<StackFramesPage> {
    return this.client.run('goroutines.frames', input);
  }

  flameZoom(input: GoroutineFlameZoomInput): Promise<FlameZoomPage> {
    return this.client.run('goroutines.flameZoom', input);
  }

  stacks(input: GoroutineStacksInput): Promise<StacksPage> {
    return this.client.run('goroutines.stacks', input);
  }

  vanished(input: GoroutineVanishedInput): Promise<VanishedPage> {
    return this.client.run('goroutines.vanished', input);
  }

  /** The view closed: the worker lets its model go. */
  release(viewId: string): void {
    this.client.run('goroutines.release', { viewId }).catch(() => undefined);
  }
}
