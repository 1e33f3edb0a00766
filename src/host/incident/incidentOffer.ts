// Offers the incident view when a profile (in the profile editor) and a goroutine dump (grouped,
// or open as text) from one folder are open at the same time: that is the moment someone is
// joining the two in their head. Once per folder and session; the setting turns it off.
import * as vscode from 'vscode';
import type { GoroutineExplorer } from '../goroutines/goroutineExplorer';

const PROFILE_EDITORS = new Set(['goProfileExplorer.profile', 'goProfileExplorer.profileAny']);
const GOROUTINE_VIEW = 'goProfileExplorer.goroutines';
/** Text files whose names say they hold goroutines. */
const DUMP_NAME = /goroutine|stack|dump/i;
/** Tabs settle in bursts (a view replaces its editor): look once they have. */
const SETTLE_MS = 500;

function parentOf(uri: vscode.Uri): string {
  return vscode.Uri.joinPath(uri, '..').toString();
}

export class IncidentOffer implements vscode.Disposable {
  private readonly offered = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly goroutines: GoroutineExplorer, private readonly openIncident: (folder: vscode.Uri) => void) {
    this.disposables.push(vscode.window.tabGroups.onDidChangeTabs(() => this.schedule()));
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.check(); }, SETTLE_MS);
  }

  /** Folders that have both a profile and a dump open now. */
  foldersWithBoth(): vscode.Uri[] {
    const profiles = new Map<string, vscode.Uri>();
    const dumps = new Set<string>();
    const groupedShown = [...vscode.window.tabGroups.all].some(g => g.tabs.some(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(GOROUTINE_VIEW)));
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const input = tab.input;
        if (input instanceof vscode.TabInputCustom && PROFILE_EDITORS.has(input.viewType)) profiles.set(parentOf(input.uri), vscode.Uri.joinPath(input.uri, '..'));
        else if (input instanceof vscode.TabInputText && input.uri.scheme !== 'untitled' && DUMP_NAME.test(input.uri.path.slice(input.uri.path.lastIndexOf('/') + 1))) dumps.add(parentOf(input.uri));
      }
    }
    if (groupedShown) for (const view of this.goroutines.views) if (view.source.uri.scheme !== 'untitled') dumps.add(parentOf(view.source.uri));
    return [...profiles].filter(([key]) => dumps.has(key)).map(([, uri]) => uri);
  }

  private async check(): Promise<void> {
    if (!vscode.workspace.getConfiguration('goProfileExplorer.incident').get<boolean>('offerWhenOpen', true)) return;
    const folder = this.foldersWithBoth().find(f => !this.offered.has(f.toString()));
    if (!folder) return;
    this.offered.add(folder.toString());
    const open = 'Open incident';
    const name = vscode.workspace.asRelativePath(folder, true) || folder.path;
    const choice = await vscode.window.showInformationMessage(
      `A profile and a goroutine dump from ${name} are open. Read them together as one incident (which goroutines hold the heap)?`, open);
    if (choice === open) this.openIncident(folder);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
