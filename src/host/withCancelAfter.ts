// A long job gets a Cancel button after a moment, whatever the size of its input.
import * as vscode from 'vscode';

/**
 * Runs `work`; if it is still running after `afterMs`, shows a progress notification whose
 * Cancel cancels it. Every load is cancellable this way, whatever the file's size: a small
 * file can be slow too.
 */
export async function withCancelAfter<T>(afterMs: number, title: string, work: (token: vscode.CancellationToken) => Promise<T>): Promise<T> {
  const source = new vscode.CancellationTokenSource();
  const running = work(source.token);
  const timer = setTimeout(() => {
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_p, token) => {
      const cancel = token.onCancellationRequested(() => source.cancel());
      return running.then(() => undefined, () => undefined).finally(() => cancel.dispose());
    });
  }, afterMs);
  try {
    return await running;
  } finally {
    clearTimeout(timer);
    source.dispose();
  }
}
