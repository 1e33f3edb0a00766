// Runs incident jobs off the extension host's thread, in an analysis worker of its own, under
// the goProfileExplorer.limits.* settings (a retry raises the limit that was hit).
import type * as vscode from 'vscode';
import type { SourceRef } from '../../shared/incidentProtocol';
import { LimitedWorkerRunner, ownedBuffers } from '../worker/limitedRunner';
import type {
  IncidentFramesInput, IncidentJobInput, IncidentJobOutput, IncidentReportInput, IncidentReportOutput, IncidentSameProcessInput, IncidentSameProcessOutput,
} from '../worker/jobs/incident';

export class IncidentRunner extends LimitedWorkerRunner {
  analyse(input: IncidentJobInput, token?: vscode.CancellationToken): Promise<IncidentJobOutput> {
    return this.client.run('incident', input, { token, transfer: ownedBuffers(input.files.map(f => f.data)) });
  }

  sameProcess(input: IncidentSameProcessInput, token?: vscode.CancellationToken): Promise<IncidentSameProcessOutput> {
    return this.client.run('incident.sameProcess', input, { token, transfer: ownedBuffers(input.files.map(f => f.data)) });
  }

  /** The next page of a suspect's deep stack's middle, kept by the worker for the view `input.viewId`. */
  frames(input: IncidentFramesInput): Promise<readonly SourceRef[]> {
    return this.client.run('incident.frames', input);
  }

  /** The view closed: the worker lets its stacks go. */
  release(viewId: string): void {
    this.client.run('incident.release', { viewId }).catch(() => undefined);
  }

  report(input: IncidentReportInput, token?: vscode.CancellationToken): Promise<IncidentReportOutput> {
    return this.client.run('incident.report', input, { token });
  }
}
