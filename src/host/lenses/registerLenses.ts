// Wires code lenses, line heat and the lens-source status bar to the figure registry.
import * as vscode from 'vscode';
import type { FigureRegistry } from '../figures/figureRegistry';
import type { SourceLinkService } from '../sources/sourceLinkService';
import { GoFunctionLensProvider, REVEAL_FUNCTION_COMMAND } from './goFunctionLensProvider';
import { LineHeat } from './lineHeat';
import { FigureStatusBar, PICK_FIGURE_SOURCE_COMMAND } from './figureStatusBar';

export interface LensFeatures {
  lenses: GoFunctionLensProvider;
  heat: LineHeat;
  statusBar: FigureStatusBar;
}

export function registerLenses(context: vscode.ExtensionContext, registry: FigureRegistry, sources: SourceLinkService): LensFeatures {
  const lenses = new GoFunctionLensProvider(registry, sources);
  const heat = new LineHeat(registry, sources);
  const statusBar = new FigureStatusBar(registry);
  context.subscriptions.push(
    lenses, heat, statusBar,
    vscode.languages.registerCodeLensProvider({ language: 'go' }, lenses),
    vscode.commands.registerCommand(REVEAL_FUNCTION_COMMAND, async (sourceId: unknown, functionName: unknown) => {
      if (typeof sourceId !== 'string' || typeof functionName !== 'string') return;
      const source = registry.all().find(s => s.id === sourceId);
      if (!source) { void vscode.window.showInformationMessage('Go Profile: that profile or dump is no longer open.'); return; }
      await source.reveal(functionName);
    }),
    vscode.commands.registerCommand('goProfileExplorer.toggleCodeLens', async () => {
      const config = vscode.workspace.getConfiguration('goProfileExplorer');
      await config.update('codeLens.enabled', !config.get<boolean>('codeLens.enabled', true), vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('goProfileExplorer.toggleLineHeat', () => heat.toggle()),
    vscode.commands.registerCommand(PICK_FIGURE_SOURCE_COMMAND, () => statusBar.pick()),
  );
  return { lenses, heat, statusBar };
}
