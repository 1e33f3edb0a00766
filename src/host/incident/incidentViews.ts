// The incident views: "Open incident…" (palette, explorer menu on a folder), "Export incident
// report", one view per folder, and the offer to open one when a profile and a goroutine dump
// of one folder are open side by side.
import * as vscode from 'vscode';
import { IncidentPanel, INCIDENT_VIEW_TYPE, folderName, type ExportedReport, type FileFocus } from './incidentPanel';
import { IncidentRunner } from './incidentRunner';
import type { SourceLinkService } from '../sources/sourceLinkService';
import type { GoroutineExplorer } from '../goroutines/goroutineExplorer';
import type { FigureRegistry } from '../figures/figureRegistry';
import { IncidentOffer } from './incidentOffer';
import type { ProcessVerdict } from '../../core/report/incident';
import { hostPlatform } from '../platform/hostPlatform';

export const OPEN_INCIDENT_COMMAND = 'goProfileExplorer.openIncident';
export const EXPORT_INCIDENT_COMMAND = 'goProfileExplorer.exportIncidentReport';
/** Not in the palette: a watch says its folder has a new capture; the folder's view, when open, reads it again in place. */
export const REFRESH_INCIDENT_COMMAND = 'goProfileExplorer.refreshIncident';
const PROFILE_EDITOR = 'goProfileExplorer.profileAny';
/** How long "open in the profile editor" waits for the editor's figures before focusing a function. */
const FOCUS_WAIT_MS = 15000;

export interface IncidentServices {
  readonly sourceLinks: SourceLinkService;
  readonly goroutines: GoroutineExplorer;
  readonly figures: FigureRegistry;
}

export class IncidentViews implements vscode.Disposable {
  private readonly panels = new Map<string, IncidentPanel>();
  private readonly runner: IncidentRunner;
  /** Offers an incident when a profile and a dump of one process are open side by side. */
  readonly offer: IncidentOffer;

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: IncidentServices) {
    this.runner = new IncidentRunner(extensionUri);
    this.offer = new IncidentOffer(services.goroutines, (profile, dump) => this.sameProcess(profile, dump), folder => { this.show(folder); });
  }

  /** The core's verdict on a profile and a dump (read in the worker): one process or not; null when they are not a profile and a dump. */
  async sameProcess(profile: vscode.Uri, dump: vscode.Uri): Promise<ProcessVerdict | null> {
    const file = async (uri: vscode.Uri) => ({
      path: uri.path.slice(uri.path.lastIndexOf('/') + 1),
      mtimeMs: 0,
      data: await hostPlatform().workerInput(uri),
    });
    const out = await this.runner.sameProcess({ files: [await file(profile), await file(dump)] });
    return out.verdict;
  }

  /** "Open incident…": the clicked folder (or a clicked file's folder), else a folder the user picks. */
  async open(uri?: vscode.Uri): Promise<IncidentPanel | undefined> {
    const folder = uri ? await this.folderOf(uri) : await pickIncidentFolder();
    return folder ? this.show(folder) : undefined;
  }

  private async folderOf(uri: vscode.Uri): Promise<vscode.Uri> {
    const stat = await vscode.workspace.fs.stat(uri);
    return (stat.type & vscode.FileType.Directory) !== 0 ? uri : vscode.Uri.joinPath(uri, '..');
  }

  show(folder: vscode.Uri): IncidentPanel {
    const key = folder.toString();
    let view = this.panels.get(key);
    if (view) {
      view.panel.reveal(undefined, false);
      void view.refresh();
      return view;
    }
    const panel = vscode.window.createWebviewPanel(INCIDENT_VIEW_TYPE, `Incident: ${folderName(folder)}`, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true, retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    view = new IncidentPanel(panel, folder, {
      extensionUri: this.extensionUri,
      runner: this.runner,
      sourceLinks: this.services.sourceLinks,
      openFile: (uri, viewer, focus) => (viewer === 'goroutines' ? this.openGoroutines(uri, focus) : this.openProfile(uri, focus.func)),
      onDispose: p => { for (const [k, v] of this.panels) if (v === p) this.panels.delete(k); },
    });
    this.panels.set(key, view);
    void view.refresh();
    return view;
  }

  /** Reads the folder's view again without a loading page, if it is open; false when it is not. */
  refreshQuietly(folder: vscode.Uri): boolean {
    const view = this.panels.get(folder.toString());
    if (!view) return false;
    void view.refresh({ quiet: true });
    return true;
  }

  /** "Export incident report": the incident in front (or the only one). */
  async export(target?: vscode.Uri): Promise<ExportedReport | undefined> {
    const views = [...this.panels.values()];
    const view = views.find(v => v.panel.active) ?? views.find(v => v.panel.visible) ?? (views.length === 1 ? views[0] : undefined);
    if (!view) {
      void vscode.window.showInformationMessage('Go Profile: open an incident first (Go Profile: Open incident…), then export its report.');
      return undefined;
    }
    return view.exportReport(target);
  }

  /** Opens the goroutine view, filtered to a suspect's group (its function and state) or to a function. */
  private async openGoroutines(uri: vscode.Uri, focus: FileFocus): Promise<void> {
    const panel = await this.services.goroutines.group(uri);
    if (!panel || (!focus.group && !focus.func)) return;
    await panel.lastAnalysis;
    if (focus.group) panel.showGroup(focus.group.func, focus.group.state);
    else if (focus.func) panel.showFunction(focus.func);
  }

  /** Opens the profile editor; once it has published its figures, focuses the function in its flame graph. */
  private async openProfile(uri: vscode.Uri, func: string | undefined): Promise<void> {
    const figures = this.services.figures;
    const mine = () => figures.all().find(s => s.kind === 'profile' && s.id.endsWith(`:${uri.toString()}`));
    const before = mine();
    await vscode.commands.executeCommand('vscode.openWith', uri, PROFILE_EDITOR);
    if (!func) return;
    const ready = before ?? await new Promise<ReturnType<typeof mine>>(resolve => {
      const done = (s: ReturnType<typeof mine>) => { clearTimeout(timer); listener.dispose(); resolve(s); };
      const listener = figures.onDidChange(() => { const s = mine(); if (s) done(s); });
      const timer = setTimeout(() => done(undefined), FOCUS_WAIT_MS);
    });
    await ready?.reveal(func);
  }

  /** The views open now (for tests). */
  get views(): readonly IncidentPanel[] { return [...this.panels.values()]; }

  dispose(): void {
    this.offer.dispose();
    for (const p of [...this.panels.values()]) p.dispose();
    this.runner.dispose();
  }
}

/** The folder of the file in front, the workspace folders, or one from a dialog. */
async function pickIncidentFolder(): Promise<vscode.Uri | undefined> {
  interface FolderItem extends vscode.QuickPickItem { readonly folder?: vscode.Uri }
  const items: FolderItem[] = [];
  const seen = new Set<string>();
  const add = (folder: vscode.Uri, description: string) => {
    if (seen.has(folder.toString())) return;
    seen.add(folder.toString());
    items.push({ label: vscode.workspace.asRelativePath(folder, true) || folderName(folder), description, folder });
  };
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const active = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  if (active && active.scheme !== 'untitled') add(vscode.Uri.joinPath(active, '..'), 'folder of the file in front');
  for (const f of vscode.workspace.workspaceFolders ?? []) add(f.uri, 'workspace folder');
  const other: FolderItem = { label: '$(folder-opened) Choose a folder…' };
  items.push(other);
  const picked = items.length === 1 ? other : await vscode.window.showQuickPick(items, {
    title: 'Open incident: the folder with the heap profile and the goroutine dump', placeHolder: 'Folder of captures',
  });
  if (!picked) return undefined;
  if (picked.folder) return picked.folder;
  const chosen = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: 'Open incident' });
  return chosen?.[0];
}

/** Registers the incident commands and the offer; everything is disposed with the extension. */
export function registerIncidentViews(context: vscode.ExtensionContext, services: IncidentServices): IncidentViews {
  const views = new IncidentViews(context.extensionUri, services);
  context.subscriptions.push(
    views,
    vscode.commands.registerCommand(OPEN_INCIDENT_COMMAND, (uri?: unknown) => views.open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(EXPORT_INCIDENT_COMMAND, (target?: unknown) => views.export(target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(REFRESH_INCIDENT_COMMAND, (folder?: unknown) => folder instanceof vscode.Uri && views.refreshQuietly(folder)),
  );
  return views;
}
