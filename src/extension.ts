import * as vscode from 'vscode';
import { registerProfileEditor } from './host/profileEditor/profileEditorProvider';
import { FigureRegistry } from './host/figures/figureRegistry';
import { SourceLinkService } from './host/sources/sourceLinkService';
import { registerLenses } from './host/lenses/registerLenses';

export interface GoProfileExplorerApi {
  /** For integration tests and other extensions: the version of the message protocol. */
  readonly protocolVersion: number;
}

export function activate(context: vscode.ExtensionContext): GoProfileExplorerApi {
  const figures = new FigureRegistry();
  const sourceLinks = new SourceLinkService();
  context.subscriptions.push(figures, sourceLinks);
  registerLenses(context, figures, sourceLinks);
  registerProfileEditor(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('goProfileExplorer.openProfile', async () => {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Open profile' });
      if (picked?.[0]) await vscode.commands.executeCommand('vscode.openWith', picked[0], 'goProfileExplorer.profileAny');
    }),
    vscode.commands.registerCommand('goProfileExplorer.reopenAsText', async (uri?: vscode.Uri) => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      const target = uri ?? (input instanceof vscode.TabInputCustom ? input.uri : undefined);
      if (target) await vscode.commands.executeCommand('vscode.openWith', target, 'default');
    }),
  );
  return { protocolVersion: 1 };
}

export function deactivate(): void { /* everything is disposed through context.subscriptions */ }
