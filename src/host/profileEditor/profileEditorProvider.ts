import * as vscode from 'vscode';
import { renderWebviewHtml } from '../webviewHtml';
import { baseName, ProfileDocument } from './profileDocument';
import { ProfilePanel, type ProfileEditorServices, type ProfilePanelServices } from './profilePanel';
import { SavedViewStore } from './savedViewStore';
import { restoreFlameWidth } from './flameWidth';
import { hostPlatform } from '../platform/hostPlatform';

export const PROFILE_VIEW_TYPE = 'goProfileExplorer.profile';
export const PROFILE_ANY_VIEW_TYPE = 'goProfileExplorer.profileAny';
export const COMPARE_WITH_COMMAND = 'goProfileExplorer.compareWith';
export const CLEAR_BASE_COMMAND = 'goProfileExplorer.clearCompare';

/** The read-only custom editor for pprof files. */
export class ProfileEditorProvider implements vscode.CustomReadonlyEditorProvider<ProfileDocument> {
  /** The document of the profile editor that was active last (the target of "Compare with…"). */
  private activeDocument: ProfileDocument | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: ProfilePanelServices) {}

  async openCustomDocument(uri: vscode.Uri): Promise<ProfileDocument> {
    const document = new ProfileDocument(uri, hostPlatform().startAnalysisThread);
    void document.load();
    return document;
  }

  async resolveCustomEditor(document: ProfileDocument, panel: vscode.WebviewPanel): Promise<void> {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')] };
    webview.html = renderWebviewHtml(webview, this.extensionUri, 'profile', baseName(document.uri));
    const controller = new ProfilePanel(document, panel, d => this.compareWith(d), this.services);
    if (panel.active) this.activeDocument = document;
    const viewState = panel.onDidChangeViewState(e => { if (e.webviewPanel.active) this.activeDocument = document; });
    panel.onDidDispose(() => {
      controller.dispose();
      viewState.dispose();
      if (this.activeDocument === document) this.activeDocument = undefined;
    });
  }

  /** "Compare with…": the chosen profile becomes the base; the flame graph colours growth and shrink. */
  async compareWith(document?: ProfileDocument, baseUri?: vscode.Uri): Promise<void> {
    const target = document ?? this.activeDocument;
    if (!target) {
      void vscode.window.showInformationMessage('Open a profile first, then compare it with a base profile.');
      return;
    }
    let base = baseUri;
    if (!base) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare with', title: `Base profile to compare ${target.fileName} with`, defaultUri: vscode.Uri.joinPath(target.uri, '..') });
      base = picked?.[0];
    }
    if (!base) return;
    try {
      await target.setBase(base);
    } catch (e) {
      void vscode.window.showErrorMessage(`Cannot compare with ${baseName(base)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async clearBase(): Promise<void> {
    await this.activeDocument?.setBase(undefined);
  }
}

export function registerProfileEditor(context: vscode.ExtensionContext, services: ProfileEditorServices): void {
  restoreFlameWidth(context.globalState);
  const savedViews = new SavedViewStore(context.workspaceState);
  const provider = new ProfileEditorProvider(context.extensionUri, { ...services, savedViews });
  const options = { webviewOptions: { retainContextWhenHidden: false }, supportsMultipleEditorsPerDocument: true };
  context.subscriptions.push(
    savedViews,
    vscode.window.registerCustomEditorProvider(PROFILE_VIEW_TYPE, provider, options),
    vscode.window.registerCustomEditorProvider(PROFILE_ANY_VIEW_TYPE, provider, options),
    // The base may be given (tests, other extensions); otherwise a file dialog asks for it.
    vscode.commands.registerCommand(COMPARE_WITH_COMMAND, (base?: unknown) => provider.compareWith(undefined, base instanceof vscode.Uri ? base : undefined)),
    vscode.commands.registerCommand(CLEAR_BASE_COMMAND, () => provider.clearBase()),
  );
}
