// Saved views of the profile editor, per workspace (workspaceState): a name for a sample type,
// filters, granularity, view tab, label views, order and base. A view serves every profile of the
// same kind (the same sample types), as pprof's saved configurations serve every profile.
import * as vscode from 'vscode';
import { parseSavedViewState, PROTOCOL_LIMITS, type SavedViewEntry, type SavedViewState } from '../../shared/profileProtocol';

const STORAGE_KEY = 'goProfileExplorer.savedViews';
/** More than anyone names by hand; keeps workspaceState small. */
const MAX_VIEWS = 200;

export interface StoredView {
  name: string;
  /** The sampleTypesKey of the profiles it serves (their summary's): profiles of the same sample types, in order, share views. */
  kind: string;
  state: SavedViewState;
  /** The base profile's URI, when the view compares with one. */
  base?: string;
}

function readStored(raw: unknown): StoredView[] {
  if (!Array.isArray(raw)) return [];
  const out: StoredView[] = [];
  for (const r of raw.slice(0, MAX_VIEWS)) {
    if (typeof r !== 'object' || r === null) continue;
    const v = r as Record<string, unknown>;
    const state = parseSavedViewState(v.state);
    if (typeof v.name !== 'string' || v.name === '' || v.name.length > PROTOCOL_LIMITS.maxViewNameLength || typeof v.kind !== 'string' || !state) continue;
    out.push({ name: v.name, kind: v.kind, state, base: typeof v.base === 'string' ? v.base : undefined });
  }
  return out;
}

export class SavedViewStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a view is saved or deleted (every open profile editor lists them again). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {}

  private all(): StoredView[] { return readStored(this.memento.get(STORAGE_KEY)); }

  list(kind: string): StoredView[] {
    return this.all().filter(v => v.kind === kind).sort((a, b) => a.name.localeCompare(b.name));
  }

  find(kind: string, name: string): StoredView | undefined {
    return this.all().find(v => v.kind === kind && v.name === name);
  }

  /** Saves (or replaces, by name within the kind) a view. */
  async save(view: StoredView): Promise<void> {
    const others = this.all().filter(v => !(v.kind === view.kind && v.name === view.name));
    await this.memento.update(STORAGE_KEY, [...others, view].slice(-MAX_VIEWS));
    this.changed.fire();
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
