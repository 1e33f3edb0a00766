// Offers the incident view when a profile (in the profile editor) and a goroutine dump (grouped,
// or open as text) of one process are open at the same time: that is the moment someone is
// joining the two in their head. The two must be in one folder (the incident reads a folder) and
// the core must find them of one process (the functions and files they name, the binary: the
// join's own check, run in the worker). Once per folder and session; the setting turns it off.
import * as vscode from 'vscode';
import type { GoroutineExplorer } from '../goroutines/goroutineExplorer';
import type { ProcessVerdict } from '../../core/report/incident';

const PROFILE_EDITORS = new Set(['goProfileExplorer.profile', 'goProfileExplorer.profileAny']);
const GOROUTINE_VIEW = 'goProfileExplorer.goroutines';
/** Text files whose names say they hold goroutines. */
const DUMP_NAME = /goroutine|stack|dump/i;
/** Tabs settle in bursts (a view replaces its editor): look once they have. */
const SETTLE_MS = 500;
/** Pairs of one folder checked at most per look: each check reads both files. */
const MAX_PAIRS_CHECKED = 4;

function parentOf(uri: vscode.Uri): string {
  return vscode.Uri.joinPath(uri, '..').toString();
}

/** A profile and a dump open in one folder. */
export interface OpenPair {
  readonly folder: vscode.Uri;
  readonly profile: vscode.Uri;
  readonly dump: vscode.Uri;
}

/** Whether a profile and a dump are of one process (the worker reads both); null when they are not a profile and a dump. */
export type SameProcessCheck = (profile: vscode.Uri, dump: vscode.Uri) => Promise<ProcessVerdict | null>;

export class IncidentOffer implements vscode.Disposable {
  private readonly offered = new Set<string>();
  /** Pairs already checked (profile and dump URIs): not read again. */
  private readonly checked = new Map<string, ProcessVerdict | null>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private looking: Promise<void> = Promise.resolve();
  /** The last look, for tests: resolves when its checks and its offer (if any) are done. */
  get lastLook(): Promise<void> { return this.looking; }

  constructor(
    private readonly goroutines: GoroutineExplorer,
    private readonly sameProcess: SameProcessCheck,
    private readonly openIncident: (folder: vscode.Uri) => void,
  ) {
    this.disposables.push(vscode.window.tabGroups.onDidChangeTabs(() => this.schedule()));
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.looking = this.check(); }, SETTLE_MS);
  }

  /** Every profile and dump open now that share a folder. */
  openPairs(): OpenPair[] {
    const profiles = new Map<string, vscode.Uri[]>();
    const dumps = new Map<string, vscode.Uri[]>();
    const add = (into: Map<string, vscode.Uri[]>, uri: vscode.Uri) => {
      const list = into.get(parentOf(uri)) ?? [];
      if (!list.some(u => u.toString() === uri.toString())) list.push(uri);
      into.set(parentOf(uri), list);
    };
    const groupedShown = [...vscode.window.tabGroups.all].some(g => g.tabs.some(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(GOROUTINE_VIEW)));
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const input = tab.input;
        if (input instanceof vscode.TabInputCustom && PROFILE_EDITORS.has(input.viewType)) add(profiles, input.uri);
        else if (input instanceof vscode.TabInputText && input.uri.scheme !== 'untitled' && DUMP_NAME.test(input.uri.path.slice(input.uri.path.lastIndexOf('/') + 1))) add(dumps, input.uri);
      }
    }
    if (groupedShown) for (const view of this.goroutines.views) if (view.source.uri.scheme !== 'untitled') add(dumps, view.source.uri);
    const pairs: OpenPair[] = [];
    for (const [key, profileUris] of profiles) {
      for (const profile of profileUris) for (const dump of dumps.get(key) ?? []) pairs.push({ folder: vscode.Uri.joinPath(profile, '..'), profile, dump });
    }
    return pairs;
  }

  /** The verdict on a pair, read once per session. */
  async verdict(pair: OpenPair): Promise<ProcessVerdict | null> {
    const key = `${pair.profile.toString()}\u0000${pair.dump.toString()}`;
    if (this.checked.has(key)) return this.checked.get(key)!;
    let verdict: ProcessVerdict | null;
    try {
      verdict = await this.sameProcess(pair.profile, pair.dump);
    } catch {
      verdict = null; // a file that cannot be read now is no reason to offer
    }
    this.checked.set(key, verdict);
    return verdict;
  }

  /** Folders with a profile and a dump of one process open now (each pair checked by the core). */
  async foldersOfOneProcess(): Promise<vscode.Uri[]> {
    const byFolder = new Map<string, OpenPair[]>();
    for (const pair of this.openPairs()) byFolder.set(pair.folder.toString(), [...(byFolder.get(pair.folder.toString()) ?? []), pair]);
    const out: vscode.Uri[] = [];
    for (const pairs of byFolder.values()) {
      for (const pair of pairs.slice(0, MAX_PAIRS_CHECKED)) {
        if ((await this.verdict(pair))?.same) { out.push(pair.folder); break; }
      }
    }
    return out;
  }

  private async check(): Promise<void> {
    if (!vscode.workspace.getConfiguration('goProfileExplorer.incident').get<boolean>('offerWhenOpen', true)) return;
    if (this.openPairs().every(p => this.offered.has(p.folder.toString()))) return;
    const folder = (await this.foldersOfOneProcess()).find(f => !this.offered.has(f.toString()));
    if (!folder) return;
    this.offered.add(folder.toString());
    const open = 'Open incident';
    const name = vscode.workspace.asRelativePath(folder, true) || folder.path;
    const choice = await vscode.window.showInformationMessage(
      `A profile and a goroutine dump of one process from ${name} are open. Read them together as one incident (which goroutines hold the heap)?`, open);
    if (choice === open) this.openIncident(folder);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
