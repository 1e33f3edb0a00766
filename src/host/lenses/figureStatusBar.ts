// The status bar item naming the profile and dump that feed lenses and heat; click to switch or clear.
import * as vscode from 'vscode';
import type { FigureRegistry } from '../figures/figureRegistry';
import { visibleText } from '../../shared/visibleText';

export const PICK_FIGURE_SOURCE_COMMAND = 'goProfileExplorer.pickLensSource';

export class FigureStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('goProfileExplorer.lensSource', vscode.StatusBarAlignment.Right, 100);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly registry: FigureRegistry) {
    this.item.name = 'Go Profile: lens source';
    this.item.command = PICK_FIGURE_SOURCE_COMMAND;
    this.subscription = registry.onDidChange(() => this.update());
    this.update();
  }

  /** The text shown now (tests read it). */
  get text(): string { return this.item.text; }

  private update(): void {
    const active = this.registry.active();
    if (this.registry.all().length === 0) { this.item.hide(); return; }
    this.item.text = active.length ? `$(flame) ${active.map(s => visibleText(s.label)).join(' · ')}` : '$(flame) Go Profile: lenses off';
    this.item.tooltip = 'Profiles and dumps that feed code lenses and line heat. Click to switch or clear.';
    this.item.show();
  }

  async pick(): Promise<void> {
    type Item = vscode.QuickPickItem & { run: () => void };
    const active = new Set(this.registry.active().map(s => s.id));
    const items: Item[] = this.registry.all().map(s => ({
      label: `${active.has(s.id) ? '$(check) ' : ''}${visibleText(s.label)}`,
      description: s.kind === 'profile' ? 'profile' : 'goroutine dump',
      run: () => this.registry.select(s.id),
    }));
    items.push({ label: '$(close) Clear', description: 'no lenses or heat until a source is picked', run: () => this.registry.clear() });
    const choice = await vscode.window.showQuickPick(items, { placeHolder: 'Which profile or dump feeds code lenses and line heat?' });
    choice?.run();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
