// One replica view: a webview panel that shows a replica capture as it runs (one line per
// replica), then the comparison side by side; it opens a replica's capture or the merged profile
// when the webview asks (requests checked against the model last sent).
import * as vscode from 'vscode';
import { renderWebviewHtml } from '../webviewHtml';
import { parseReplicaWebviewMessage, type ReplicaHostMessage, type ReplicaProgress, type ReplicaViewModel } from '../../shared/replicaProtocol';

export const REPLICA_VIEW_TYPE = 'goProfileExplorer.replicas';

export interface ReplicaPanelDeps {
  readonly extensionUri: vscode.Uri;
  /** Opens a saved capture (or the merged profile) in its full view. */
  openCapture(file: vscode.Uri): Promise<void>;
  /** Every replica's value in a row of the comparison the capture thread keeps for view `viewId`. */
  rowCells(viewId: string, row: number): Promise<readonly string[]>;
  onDispose(panel: ReplicaPanel): void;
}

let viewsMade = 0;

export class ReplicaPanel implements vscode.Disposable {
  /** Under which the capture thread keeps this view's rows. */
  readonly viewId = `replicas-${++viewsMade}`;
  private current: ReplicaViewModel | undefined;
  private progress: readonly ReplicaProgress[] = [];
  private files: readonly (vscode.Uri | undefined)[] = [];
  private mergedFile: vscode.Uri | undefined;
  private errorMessage: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  constructor(readonly panel: vscode.WebviewPanel, readonly title: string, private readonly deps: ReplicaPanelDeps) {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist'), vscode.Uri.joinPath(deps.extensionUri, 'media')] };
    webview.html = renderWebviewHtml(webview, deps.extensionUri, 'replicas', title);
    this.disposables.push(webview.onDidReceiveMessage(raw => this.onMessage(raw)), panel.onDidDispose(() => this.dispose()));
  }

  get model(): ReplicaViewModel | undefined { return this.current; }
  get isDisposed(): boolean { return this.disposed; }

  private post(m: ReplicaHostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(m);
  }

  showProgress(replicas: readonly ReplicaProgress[]): void {
    this.progress = replicas;
    if (!this.current) this.post({ type: 'progress', title: this.title, replicas });
  }

  showError(message: string): void {
    this.errorMessage = message;
    this.post({ type: 'error', title: this.title, message });
  }

  /** The comparison; `files` per replica (same order as model.replicas), `merged` the merged profile when written. */
  showModel(model: ReplicaViewModel, files: readonly (vscode.Uri | undefined)[], merged: vscode.Uri | undefined): void {
    this.current = model;
    this.files = files;
    this.mergedFile = merged;
    this.post({ type: 'model', model });
  }

  private onMessage(raw: unknown): void {
    const msg = parseReplicaWebviewMessage(raw, { replicas: this.current?.replicas.length ?? 0, rows: this.current?.rows.length ?? 0 });
    if (!msg) return;
    switch (msg.type) {
      case 'ready':
        if (this.current) this.post({ type: 'model', model: this.current });
        else if (this.errorMessage !== undefined) this.post({ type: 'error', title: this.title, message: this.errorMessage });
        else this.post({ type: 'progress', title: this.title, replicas: this.progress });
        break;
      case 'openMerged':
        if (this.mergedFile) void this.deps.openCapture(this.mergedFile);
        break;
      case 'openCapture': {
        const file = this.files[msg.replica];
        if (file) void this.deps.openCapture(file);
        break;
      }
      case 'replicaRow':
        void this.showRow(msg.row);
        break;
    }
  }

  /** Every replica's value in row `row`, asked of the capture thread and posted (not kept: the view holds it). */
  private async showRow(row: number): Promise<void> {
    const model = this.current;
    try {
      const cells = await this.deps.rowCells(this.viewId, row);
      if (this.current === model) this.post({ type: 'row', row, cells });
    } catch (e) {
      if (this.current === model) void vscode.window.showWarningMessage(`Go Profile: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.deps.onDispose(this);
  }
}
