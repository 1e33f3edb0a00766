// The goroutine explorer: the commands, one view per dump source, and the status bar item that
// follows the view in front.
import * as vscode from 'vscode';
import { GoroutineAnalysisRunner } from './analysisRunner';
import { pickDumpFile, pickDumpSource, sourceFromUri, type DumpSource } from './dumpSource';
import { GoroutinePanel, GOROUTINE_VIEW_TYPE } from './goroutinePanel';
import { GoroutineStatusBar } from './statusBar';
import type { FigureRegistry } from '../figures/figureRegistry';
import { figureSourceOf } from '../figures/figureSource';
import type { FigureData } from '../../core/figures';
import type { SourceLinkService } from '../sources/sourceLinkService';

/** Services of other features the explorer feeds or uses (all optional). */
export interface GoroutineExplorerServices {
  /** Code lenses and line heat: each open dump publishes its figures here. */
  readonly figures?: FigureRegistry;
  /** Frame → local file. */
  readonly sourceLinks: SourceLinkService;
}

export const GROUP_COMMAND = 'goProfileExplorer.groupGoroutines';
export const COMPARE_COMMAND = 'goProfileExplorer.compareGoroutineDumps';

export class GoroutineExplorer implements vscode.Disposable {
  private readonly panels = new Map<string, GoroutinePanel>();
  private readonly runner: GoroutineAnalysisRunner;
  private readonly status = new GoroutineStatusBar();
  private front: GoroutinePanel | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: GoroutineExplorerServices) {
    this.runner = new GoroutineAnalysisRunner(extensionUri);
  }

  /** "Group goroutines by blocked state": the clicked file, the active editor, or a picked file. */
  async group(uri?: vscode.Uri): Promise<GoroutinePanel | undefined> {
    const source = await pickDumpSource(uri);
    return source ? this.show(source) : undefined;
  }

  /**
   * "Compare goroutine dumps…": with two files selected in the explorer, the first is the base;
   * from a view, the base is picked for it; otherwise the current dump is compared with a picked one.
   */
  async compare(uri?: vscode.Uri, uris?: vscode.Uri[]): Promise<GoroutinePanel | undefined> {
    if (uris && uris.length === 2) {
      const [base, current] = await Promise.all([sourceFromUri(uris[0]), sourceFromUri(uris[1])]);
      return this.show(current, base);
    }
    const active = [...this.panels.values()].find(p => p.panel.active);
    const current = !uri && active ? undefined : await pickDumpSource(uri, 'Group goroutines');
    const base = await pickDumpFile('Compare with this dump');
    if (!base) return undefined;
    if (!current && active) { active.setBase(base); return active; }
    return current ? this.show(current, base) : undefined;
  }

  private show(source: DumpSource, base?: DumpSource): GoroutinePanel {
    let view = this.panels.get(source.key);
    if (view) {
      view.panel.reveal(undefined, true);
      if (base) { view.source = source; view.setBase(base); } else view.setSource(source);
      return view;
    }
    const column = vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(GOROUTINE_VIEW_TYPE, `Goroutines: ${source.title}`, { viewColumn: column, preserveFocus: false }, {
      enableScripts: true, retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    view = new GoroutinePanel(panel, source, {
      extensionUri: this.extensionUri,
      runner: this.runner,
      onState: p => this.onPanelState(p),
      onDispose: p => this.onPanelDisposed(p),
      onFigures: (p, data) => this.publishFigures(p, data),
      sourceLinks: this.services.sourceLinks,
      pickBase: () => pickDumpFile('Compare with this dump'),
      openDump: other => { this.show(other); },
    });
    this.panels.set(source.key, view);
    this.front = view;
    if (base) view.setBase(base); else void view.refresh();
    return view;
  }

  private onPanelState(p: GoroutinePanel): void {
    if (p.panel.active) this.front = p;
    const shown = this.front?.panel.visible ? this.front : [...this.panels.values()].find(x => x.panel.visible);
    if (shown?.model) this.status.show(shown.model); else this.status.hide();
  }

  private figureId(p: GoroutinePanel): string {
    return `goroutines:${p.source.key}`;
  }

  private publishFigures(p: GoroutinePanel, data: FigureData): void {
    this.services.figures?.publish(figureSourceOf(this.figureId(p), data, async name => p.showFunction(name)));
  }

  private onPanelDisposed(p: GoroutinePanel): void {
    this.services.figures?.withdraw(this.figureId(p));
    for (const [k, v] of this.panels) if (v === p) this.panels.delete(k);
    if (this.front === p) this.front = undefined;
    const shown = [...this.panels.values()].find(x => x.panel.visible && x.model);
    if (shown?.model) this.status.show(shown.model); else this.status.hide();
  }

  /** The views open now (for tests). */
  get views(): readonly GoroutinePanel[] { return [...this.panels.values()]; }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.dispose();
    this.status.dispose();
    this.runner.dispose();
  }
}

/** Registers the goroutine explorer's commands; everything is disposed with the extension. */
export function registerGoroutineExplorer(context: vscode.ExtensionContext, services: GoroutineExplorerServices): GoroutineExplorer {
  const explorer = new GoroutineExplorer(context.extensionUri, services);
  context.subscriptions.push(
    explorer,
    vscode.commands.registerCommand(GROUP_COMMAND, (uri?: unknown) => explorer.group(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(COMPARE_COMMAND, (uri?: unknown, uris?: unknown) =>
      explorer.compare(uri instanceof vscode.Uri ? uri : undefined, Array.isArray(uris) && uris.every(u => u instanceof vscode.Uri) ? uris as vscode.Uri[] : undefined)),
  );
  return explorer;
}
