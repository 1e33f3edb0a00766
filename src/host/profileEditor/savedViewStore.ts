// Saved views of the profile editor, per workspace (workspaceState): a name for a sample type,
// filters, granularity, view tab, label views, order and base. A view serves every profile of the
// same kind (the same sample types), as pprof's saved configurations serve every profile.
import * as vscode from 'vscode';
import type { SavedViewEntry } from '../../shared/profileProtocol';
import { readStoredViews, withSavedView, type StoredView } from './savedViewList';

export type { StoredView } from './savedViewList';

const STORAGE_KEY = 'goProfileExplorer.savedViews';

export class SavedViewStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a view is saved or deleted (every open profile editor lists them again). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  private all(): StoredView[] { return readStoredViews(this.memento.get(STORAGE_KEY)); }

  list(kind: string): StoredView[] {
    return this.all().filter(v => v.kind === kind).sort((a, b) => a.name.localeCompare(b.name));
  }

  find(kind: string, name: string): StoredView | undefined {
    return this.all().find(v => v.kind === kind && v.name === name);
  }

  /** Saves (or replaces, by name within the kind) a view; returns why it was not saved, past the limits. */
  async save(view: StoredView): Promise<string | undefined> {
    const saved = withSavedView(this.all(), view);
    if ('refused' in saved) return saved.refused;
    await this.memento.update(STORAGE_KEY, saved.views);
    this.changed.fire();
    return undefined;
  }

  async delete(kind: string, name: string): Promise<void> {
    await this.memento.update(STORAGE_KEY, this.all().filter(v => !(v.kind === kind && v.name === name)));
    this.changed.fire();
  }

  dispose(): void { this.changed.dispose(); }
}

/** What the webview lists: the name, what it restores and the base's file name. */
export function savedViewEntries(views: readonly StoredView[]): SavedViewEntry[] {
  return views.map(v => {
    const base = v.base ? vscode.Uri.parse(v.base) : undefined;
    return { name: v.name, state: v.state, baseName: base ? base.path.slice(base.path.lastIndexOf('/') + 1) : undefined };
  });
}
