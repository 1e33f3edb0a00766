import * as vscode from 'vscode';
import { registerProfileEditor } from './host/profileEditor/profileEditorProvider';
import { FigureRegistry } from './host/figures/figureRegistry';
import { SourceLinkService } from './host/sources/sourceLinkService';
import { registerLenses } from './host/lenses/registerLenses';
import { registerGoroutineExplorer } from './host/goroutines/goroutineExplorer';
import { registerCapture } from './host/capture/captureCommand';
import { setNextExportTarget } from './host/profileEditor/viewExport';
import { registerIncidentViews } from './host/incident/incidentViews';
import { registerReplicaCapture } from './host/replicas/replicaCommand';

/** What activate() returns: for integration tests and other extensions. */
export interface GoProfileExplorerApi {
  readonly protocolVersion: number;
  /** Labels of the profile and dump that feed code lenses and line heat now. */
  lensSources(): string[];
  /** The line heat the active profile gives a document: 1-based line and end-of-line text. */
  heatFor(uri: vscode.Uri): Promise<{ line: number; text: string }[]>;
  /** Whether "Show profile heat in editor" is on. */
  heatEnabled(): boolean;
  /** The next Export of a profile editor writes to `uri` instead of asking where (tests, automation). */
  setNextExportTarget(uri: vscode.Uri | undefined): void;
}

export function activate(context: vscode.ExtensionContext): GoProfileExplorerApi {
  const figures = new FigureRegistry();
  const sourceLinks = new SourceLinkService();
  context.subscriptions.push(figures, sourceLinks);
  const lensFeatures = registerLenses(context, figures, sourceLinks);
  registerProfileEditor(context, { figures, sourceLinks });
  const goroutines = registerGoroutineExplorer(context, { figures, sourceLinks });
  registerIncidentViews(context, { sourceLinks, goroutines, figures });
  registerCapture(context);
  registerReplicaCapture(context);
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
  return {
    protocolVersion: 1,
    lensSources: () => figures.active().map(f => f.label),
    heatFor: async uri => {
      const doc = await vscode.workspace.openTextDocument(uri);
      return [...(await lensFeatures.heat.figuresFor(doc))].map(([line, f]) => ({ line, text: f.text })).sort((a, b) => a.line - b.line);
    },
    heatEnabled: () => lensFeatures.heat.isEnabled,
    setNextExportTarget,
  };
}

export function deactivate(): void { /* everything is disposed through context.subscriptions */ }
