// What the open profiles and goroutine dumps say about functions and lines: the profile editor
// and the goroutine view publish a FigureSource each; code lenses, line heat and the status
// bar read the active one. The user picks which source feeds them (status bar), or clears it.
import * as vscode from 'vscode';

/** Figures of one function (as named in the profile or dump, vendor prefix kept). */
export interface FunctionFigure {
  /** Full function name as in the profile or dump. */
  name: string;
  /** Lens text, e.g. "inuse_space 9.0 GiB (79%) cum · 12 MiB flat". */
  title: string;
  /** Longer text for the lens tooltip. */
  detail: string;
  /** For ordering several lenses of one declaration: larger first. */
  weight: number;
}

/** Cost of one source line, for line heat. */
export interface LineFigure {
  /** 0..1 of the source's total (cum at the line). */
  fraction: number;
  /** End-of-line text, e.g. "12 MiB (3.1%)". */
  text: string;
  /** Hover markdown-free text with details. */
  detail: string;
}

export interface FigureSource {
  /** Unique per open view (the document's uri + view kind). */
  readonly id: string;
  readonly kind: 'profile' | 'goroutines';
  /** What the status bar shows, e.g. "heap.pb.gz · inuse_space". */
  readonly label: string;
  /** Function figures keyed by package import path without vendor prefix (see withoutVendorPrefix). */
  functionsByPackage(): ReadonlyMap<string, readonly FunctionFigure[]>;
  /** Line figures keyed by the file path as written in the profile; empty when the source has none. */
  linesByFile(): ReadonlyMap<string, ReadonlyMap<number, LineFigure>>;
  /** Shows the function in the view this source comes from (focus in the flame graph / filter the groups). */
  reveal(functionName: string): Promise<void>;
}

/**
 * Holds the published sources and which ones feed the editor: at most one profile and one
 * goroutine dump at a time, so the heap profile and the dump of one incident show together.
 */
export class FigureRegistry implements vscode.Disposable {
  private readonly sources = new Map<string, FigureSource>();
  private readonly activeByKind = new Map<FigureSource['kind'], string>();
  /** After the user cleared them, new sources do not take over until the user picks one. */
  private cleared = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** Adds or replaces a source (e.g. after the sample type changed); the newest of its kind becomes active. */
  publish(source: FigureSource): vscode.Disposable {
    this.sources.set(source.id, source);
    if (!this.cleared) this.activeByKind.set(source.kind, source.id);
    this.changed.fire();
    return new vscode.Disposable(() => this.withdraw(source.id));
  }

  withdraw(id: string): void {
    const source = this.sources.get(id);
    if (!source) return;
    this.sources.delete(id);
    if (this.activeByKind.get(source.kind) === id) {
      const next = this.all().filter(s => s.kind === source.kind).pop();
      if (next && !this.cleared) this.activeByKind.set(source.kind, next.id);
      else this.activeByKind.delete(source.kind);
    }
    this.changed.fire();
  }

  /** The sources feeding lenses, heat and the status bar: profile first. */
  active(): FigureSource[] {
    const out: FigureSource[] = [];
    for (const kind of ['profile', 'goroutines'] as const) {
      const id = this.activeByKind.get(kind);
      const s = id === undefined ? undefined : this.sources.get(id);
      if (s) out.push(s);
    }
    return out;
  }

  all(): FigureSource[] {
    return [...this.sources.values()];
  }

  /** Makes a source feed the editor (replacing the one of its kind). */
  select(id: string): void {
    const s = this.sources.get(id);
    if (!s) return;
    this.cleared = false;
    this.activeByKind.set(s.kind, id);
    this.changed.fire();
  }

  clear(): void {
    this.cleared = true;
    this.activeByKind.clear();
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
    this.sources.clear();
  }
}
