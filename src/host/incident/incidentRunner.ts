// Runs incident jobs off the extension host's thread, in an analysis worker of its own, under
// the goProfileExplorer.limits.* settings (a retry raises the limit that was hit).
import * as vscode from 'vscode';
import { AnalysisWorkerClient, JobCancelledError, type WorkerLimits } from '../worker/analysisWorkerClient';
import { analysisLimits, limitFailure, type LimitFailure } from '../worker/analysisLimits';
import type { IncidentJobInput, IncidentJobOutput, IncidentReportInput, IncidentReportOutput } from '../worker/jobs/incident';

export class IncidentRunner implements vscode.Disposable {
  private client: AnalysisWorkerClient;
  private readonly script: string;

  constructor(extensionUri: vscode.Uri) {
    this.script = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath;
    this.client = new AnalysisWorkerClient(this.script, analysisLimits());
  }

  limitFailure(e: unknown): LimitFailure | undefined {
    return limitFailure(e, this.client.limits);
  }

  useLimits(limits: WorkerLimits): void {
    this.client.dispose();
    this.client = new AnalysisWorkerClient(this.script, limits);
  }

  /** Bytes read through vscode.workspace.fs are ours alone: they move to the worker, not copied. */
  private static transferOf(input: IncidentJobInput): ArrayBuffer[] {
    const out = new Set<ArrayBuffer>();
    for (const f of input.files) {
      const d = f.data;
      if (d instanceof Uint8Array && d.byteOffset === 0 && d.byteLength === d.buffer.byteLength && d.buffer instanceof ArrayBuffer) out.add(d.buffer);
    }
    return [...out];
  }

  analyse(input: IncidentJobInput, token?: vscode.CancellationToken): Promise<IncidentJobOutput> {
    return this.client.run('incident', input, { token, transfer: IncidentRunner.transferOf(input) });
  }

  report(input: IncidentReportInput, token?: vscode.CancellationToken): Promise<IncidentReportOutput> {
    return this.client.run('incident.report', input, { token });
  }

  static isCancellation(e: unknown): boolean {
    return e instanceof JobCancelledError;
  }

  dispose(): void {
    this.client.dispose();
  }
}
