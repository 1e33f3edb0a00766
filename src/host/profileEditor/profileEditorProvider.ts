import * as vscode from 'vscode';
import { renderWebviewHtml } from '../webviewHtml';
import { parseProfileWebviewMessage, type ProfileHostMessage } from '../../shared/protocol';

export const PROFILE_VIEW_TYPE = 'goProfileExplorer.profile';
export const PROFILE_ANY_VIEW_TYPE = 'goProfileExplorer.profileAny';

class ProfileDocument implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri, readonly bytes: Uint8Array) {}
  dispose(): void { /* nothing held beyond the bytes */ }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The read-only custom editor for pprof files. */
export class ProfileEditorProvider implements vscode.CustomReadonlyEditorProvider<ProfileDocument> {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async openCustomDocument(uri: vscode.Uri): Promise<ProfileDocument> {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new ProfileDocument(uri, bytes);
  }

  async resolveCustomEditor(document: ProfileDocument, panel: vscode.WebviewPanel): Promise<void> {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')] };
    webview.html = renderWebviewHtml(webview, this.extensionUri, 'profile', baseName(document.uri));
    const post = (m: ProfileHostMessage) => webview.postMessage(m);
    const subscription = webview.onDidReceiveMessage(raw => {
      const msg = parseProfileWebviewMessage(raw);
      if (!msg) return;
      switch (msg.type) {
        case 'ready':
          void post({ type: 'summary', fileName: baseName(document.uri), kind: 'pprof', byteLength: document.bytes.byteLength });
          break;
        case 'reopenAsText':
          void vscode.commands.executeCommand('vscode.openWith', document.uri, 'default');
          break;
      }
    });
    panel.onDidDispose(() => subscription.dispose());
  }
}

export function registerProfileEditor(context: vscode.ExtensionContext): void {
  const provider = new ProfileEditorProvider(context.extensionUri);
  const options = { webviewOptions: { retainContextWhenHidden: false }, supportsMultipleEditorsPerDocument: true };
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(PROFILE_VIEW_TYPE, provider, options),
    vscode.window.registerCustomEditorProvider(PROFILE_ANY_VIEW_TYPE, provider, options),
  );
}
