// The extension's activation, the same for the desktop (Node) and the web build: the entry points
// (src/extension.ts, src/extension.web.ts) choose the platform and add what only they have.
import * as vscode from 'vscode';
import { useHostPlatform, type HostPlatform } from './platform/hostPlatform';
import { registerProfileEditor } from './profileEditor/profileEditorProvider';
import { registerOpenProfilesMerged } from './profileEditor/mergedProfiles';
import { FigureRegistry } from './figures/figureRegistry';
import { SourceLinkService } from './sources/sourceLinkService';
import { registerLenses } from './lenses/registerLenses';
import { registerGoroutineExplorer } from './goroutines/goroutineExplorer';
import { setNextExportTarget } from './profileEditor/viewExport';
import { registerIncidentViews } from './incident/incidentViews';
import { recentProfileLoads, type ProfileLoadTiming } from './profileEditor/loadTimings';

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
  /** Folders where a profile and a goroutine dump of one process are open now: what the incident offer proposes. */
  incidentOfferFolders(): Promise<string[]>;
}

/** A command not in the palette: which build is running, for tests and bug reports. */
export const RUNTIME_COMMAND = 'goProfileExplorer.runtime';

export interface ExtensionRuntime {
  platform: HostPlatform['kind'];
  /** Whether Node's `process` exists where the extension runs (it does not in a web worker). */
  hasNodeProcess: boolean;
  /** The last profile loads' timings, oldest first. */
  profileLoads: readonly ProfileLoadTiming[];
}

export function activateExtension(context: vscode.ExtensionContext, platform: HostPlatform): GoProfileExplorerApi {
  useHostPlatform(platform);
  const figures = new FigureRegistry();
  const sourceLinks = new SourceLinkService();
  context.subscriptions.push(figures, sourceLinks);
  const lensFeatures = registerLenses(context, figures, sourceLinks);
  registerProfileEditor(context, { figures, sourceLinks });
  registerOpenProfilesMerged(context);
  const goroutines = registerGoroutineExplorer(context, { figures, sourceLinks });
  const incidents = registerIncidentViews(context, { sourceLinks, goroutines, figures });
  context.subscriptions.push(
    vscode.commands.registerCommand('goProfileExplorer.openProfile', async () => {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Open profile' });
      if (picked?.[0]) await vscode.commands.executeCommand('vscode.openWith', picked[0], 'goProfileExplorer.profileAny');
    }),
    // Where the extension runs (integration tests check the web build really runs in the browser).
    vscode.commands.registerCommand(RUNTIME_COMMAND, (): ExtensionRuntime => ({
      platform: platform.kind, hasNodeProcess: typeof process !== 'undefined' && !!process.versions?.node, profileLoads: recentProfileLoads(),
    })),
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
    incidentOfferFolders: async () => (await incidents.offer.foldersOfOneProcess()).map(u => u.toString()),
  };
}
