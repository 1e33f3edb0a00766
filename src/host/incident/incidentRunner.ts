// Runs incident jobs off the extension host's thread, in an analysis worker of its own, under
// the goProfileExplorer.limits.* settings (a retry raises the limit that was hit).
import type * as vscode from 'vscode';
import { LimitedWorkerRunner, ownedBuffers } from '../worker/limitedRunner';
import type {
  IncidentJobInput, IncidentJobOutput, IncidentReportInput, IncidentReportOutput, IncidentSameProcessInput, IncidentSameProcessOutput,
} from '../worker/jobs/incident';

export class IncidentRunner extends LimitedWorkerRunner {
  analyse(input: IncidentJobInput, token?: vscode.CancellationToken): Promise<IncidentJobOutput> {
    return this.client.run('incident', input, { token, transfer: ownedBuffers(input.files.map(f => f.data)) });
  }

  sameProcess(input: IncidentSameProcessInput, token?: vscode.CancellationToken): Promise<IncidentSameProcessOutput> {
    return this.client.run('incident.sameProcess', input, { token, transfer: ownedBuffers(input.files.map(f => f.data)) });
  }

  report(input: IncidentReportInput, token?: vscode.CancellationToken): Promise<IncidentReportOutput> {
    return this.client.run('incident.report', input, { token });
  }
}
