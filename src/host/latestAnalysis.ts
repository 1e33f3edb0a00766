// A view's analyses, one at a time: a new one cancels the one before, only the latest delivers
// its result, and one still running after a second shows a progress notification with Cancel.
// The goroutine view and the incident view read their input this way.
import * as vscode from 'vscode';
import { withCancelAfter } from './withCancelAfter';
import { LimitedWorkerRunner } from './worker/limitedRunner';

/** A still-running analysis shows a progress notification with Cancel after this long. */
export const PROGRESS_AFTER_MS = 1000;

/** How the latest analysis ended; a superseded or cancelled one ends with nothing to show. */
export type AnalysisOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

export class LatestAnalysis implements vscode.Disposable {
  private generation = 0;
  private cancel: vscode.CancellationTokenSource | undefined;
  private disposed = false;

  /**
   * Runs `work` (cancelling the analysis before it); resolves with its outcome when it is still the
   * latest and the view is open, else undefined (superseded, cancelled by the user, disposed).
   * `quiet`: no progress notification (a refresh while the view still shows the last answer).
   */
  async run<T>(progressTitle: string, work: (token: vscode.CancellationToken) => Promise<T>, options: { quiet?: boolean } = {}): Promise<AnalysisOutcome<T> | undefined> {
    const gen = ++this.generation;
    this.cancel?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.cancel = cts;
    const current = () => gen === this.generation && !this.disposed;
    try {
      const value = options.quiet ? await work(cts.token) : await withCancelAfter(PROGRESS_AFTER_MS, progressTitle, token => {
        token.onCancellationRequested(() => cts.cancel());
        return work(cts.token);
      });
      return current() ? { ok: true, value } : undefined;
    } catch (error) {
      return current() && !LimitedWorkerRunner.isCancellation(error) ? { ok: false, error } : undefined;
    } finally {
      cts.dispose();
      if (this.cancel === cts) this.cancel = undefined;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancel?.cancel();
  }
}
