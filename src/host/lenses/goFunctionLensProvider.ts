// Code lenses above Go functions with what the active profile and dump say about them, e.g.
// "inuse_space 9.0 GiB (79%) cum · 12 MiB flat" and "18,000 goroutines · chan send · 4 h 21 min – 7 h 9 min".
import * as vscode from 'vscode';
import { findDeclarationForFunction, withoutVendorPrefix, type GoFuncDecl } from '../../core/sources';
import type { FigureRegistry, FigureSource, FunctionFigure } from '../figures/figureRegistry';
import type { SourceLinkService } from '../sources/sourceLinkService';
import { goDeclarationsOf } from './goDeclarations';
import { visibleText } from '../../shared/visibleText';

export const REVEAL_FUNCTION_COMMAND = 'goProfileExplorer.revealFunction';
/** More lenses than this per source on one declaration (closures) would push the code away. */
const maxLensesPerDeclaration = 2;

export function codeLensesEnabled(): boolean {
  return vscode.workspace.getConfiguration('goProfileExplorer').get<boolean>('codeLens.enabled', true);
}

interface Placed { decl: GoFuncDecl; source: FigureSource; figure: FunctionFigure }

export class GoFunctionLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly registry: FigureRegistry, private readonly sources: SourceLinkService) {
    this.subscriptions = [
      registry.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('goProfileExplorer.codeLens')) this.changed.fire(); }),
    ];
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const active = this.registry.active();
    if (!codeLensesEnabled() || active.length === 0) return [];
    const importPath = await this.sources.packagePathOf(document.uri.path);
    if (!importPath || token.isCancellationRequested) return [];
    const packagePath = withoutVendorPrefix(importPath);
    const declarations = await goDeclarationsOf(document);
    const placed: Placed[] = [];
    for (const source of active) {
      for (const figure of source.functionsByPackage().get(packagePath) ?? []) {
        const decl = findDeclarationForFunction(declarations, figure.name, importPath);
        if (decl) placed.push({ decl, source, figure });
      }
    }
    return this.toLenses(placed);
  }

  private toLenses(placed: Placed[]): vscode.CodeLens[] {
    const byDecl = new Map<GoFuncDecl, Placed[]>();
    for (const p of placed) {
      const list = byDecl.get(p.decl) ?? [];
      list.push(p);
      byDecl.set(p.decl, list);
    }
    const lenses: vscode.CodeLens[] = [];
    for (const [decl, list] of byDecl) {
      const range = new vscode.Range(decl.line - 1, 0, decl.line - 1, 0);
      // Goroutines first (a leak is what people look for), then the profile; per source the
      // declaration's own figure first, then its closures by weight.
      list.sort((a, b) => (a.source.kind === b.source.kind ? 0 : a.source.kind === 'goroutines' ? -1 : 1)
        || ownFirst(a, decl) - ownFirst(b, decl) || b.figure.weight - a.figure.weight);
      const shownPerSource = new Map<FigureSource, number>();
      for (const p of list) {
        const shown = shownPerSource.get(p.source) ?? 0;
        if (shown >= maxLensesPerDeclaration) continue;
        shownPerSource.set(p.source, shown + 1);
        const own = ownFirst(p, decl) === 0;
        // Shown with their hidden characters marked (a name from the file must not reorder the line).
        const title = visibleText(own ? p.figure.title : `${closureLabel(p.figure.name)}: ${p.figure.title}`);
        lenses.push(new vscode.CodeLens(range, {
          title,
          tooltip: `${visibleText(p.figure.detail)}\nfrom ${visibleText(p.source.label)}; click to show it there`,
          command: REVEAL_FUNCTION_COMMAND,
          arguments: [p.source.id, p.figure.name],
        }));
      }
    }
    return lenses;
  }
}

/** 0 when the figure is the declaration itself, 1 for closures and wrappers inside it. */
function ownFirst(p: Placed, decl: GoFuncDecl): number {
  const tail = p.figure.name.replace(/\[[^\]]*\]/g, '');
  return tail.endsWith(`.${decl.name}`) || tail.endsWith(`).${decl.name}`) ? 0 : 1;
}

function closureLabel(name: string): string {
  const m = /\.((?:func|gowrap|deferwrap)\d+(?:\.\d+)*)$/.exec(name);
  return m ? m[1] : name.slice(name.lastIndexOf('.') + 1);
}
