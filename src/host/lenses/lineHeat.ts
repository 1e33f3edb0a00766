// "Show profile heat in editor": colours the gutter of costly lines of the active profile,
// writes the cost at the end of the line, and explains it on hover.
import * as vscode from 'vscode';
import type { FigureRegistry, LineFigure } from '../figures/figureRegistry';
import type { SourceLinkService } from '../sources/sourceLinkService';
import { visibleText } from '../../shared/visibleText';

/** Heat levels: a line lands in the first level whose threshold its fraction reaches. */
const levels = [
  { min: 0.2, alpha: 0.45 },
  { min: 0.05, alpha: 0.3 },
  { min: 0.01, alpha: 0.18 },
  { min: 0, alpha: 0.08 },
];

export class LineHeat implements vscode.Disposable {
  private enabled = false;
  private readonly decorationTypes = levels.map(l => vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: `rgba(255, 96, 32, ${l.alpha / 2})`,
    borderWidth: '0 0 0 3px',
    borderStyle: 'solid',
    borderColor: `rgba(255, 96, 32, ${Math.min(1, l.alpha * 2)})`,
    overviewRulerColor: `rgba(255, 96, 32, ${Math.min(1, l.alpha * 2)})`,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  }));
  private readonly subscriptions: vscode.Disposable[];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after decorations were applied (tests wait on it). */
  readonly onDidRender = this.changed.event;

  constructor(private readonly registry: FigureRegistry, private readonly sources: SourceLinkService) {
    this.subscriptions = [
      registry.onDidChange(() => void this.renderAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => void this.renderAll()),
    ];
  }

  get isEnabled(): boolean { return this.enabled; }

  toggle(): boolean {
    this.enabled = !this.enabled;
    void this.renderAll();
    return this.enabled;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const d of this.decorationTypes) d.dispose();
    this.changed.dispose();
  }

  /** Line figures of the active profile for one local file: the profile's paths that resolve to it. */
  async figuresFor(document: vscode.TextDocument): Promise<Map<number, LineFigure>> {
    const out = new Map<number, LineFigure>();
    const profile = this.registry.active().find(s => s.kind === 'profile');
    if (!profile) return out;
    const base = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    for (const [file, lines] of profile.linesByFile()) {
      if (!(file === base || file.endsWith(`/${base}`) || file.endsWith(`\\${base}`))) continue;
      const r = await this.sources.resolve(file);
      if (!r.resolved || sameKubernetesFile(r.resolved) !== sameKubernetesFile(document.uri.path)) continue;
      for (const [line, fig] of lines) {
        const prev = out.get(line);
        if (!prev || prev.fraction < fig.fraction) out.set(line, fig);
      }
    }
    return out;
  }

  private async renderAll(): Promise<void> {
    await Promise.all(vscode.window.visibleTextEditors.map(e => this.render(e)));
    this.changed.fire();
  }

  private async render(editor: vscode.TextEditor): Promise<void> {
    const perLevel: vscode.DecorationOptions[][] = levels.map(() => []);
    if (this.enabled && editor.document.languageId === 'go') {
      for (const [line, fig] of await this.figuresFor(editor.document)) {
        if (line < 1 || line > editor.document.lineCount) continue;
        const level = levels.findIndex(l => fig.fraction >= l.min);
        perLevel[level].push({
          range: new vscode.Range(line - 1, 0, line - 1, 0),
          hoverMessage: new vscode.MarkdownString().appendText(visibleText(fig.detail)),
          renderOptions: { after: { contentText: `  ${visibleText(fig.text)}`, color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' } },
        });
      }
    }
    this.decorationTypes.forEach((t, i) => editor.setDecorations(t, perLevel[i]));
  }
}

/**
 * In a Kubernetes checkout vendor/k8s.io/X is a symlink to staging/src/k8s.io/X: the resolver
 * answers with the staging path, while the user may have opened the file through vendor/.
 */
function sameKubernetesFile(path: string): string {
  return path.replace(/\/staging\/src\//, '/vendor/');
}
