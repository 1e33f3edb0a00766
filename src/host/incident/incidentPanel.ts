// One incident view: a webview panel bound to a folder. It gathers the folder's captures, has the
// worker read and join them (core buildIncident), sends the view model, and answers the
// webview's requests (checked against that model): open a source line, open a file in its full
// view, export the report.
import * as vscode from 'vscode';
import { renderWebviewHtml } from '../webviewHtml';
import {
  parseIncidentWebviewMessage, type IncidentFileViewer, type IncidentHostMessage, type IncidentViewModel,
} from '../../shared/incidentProtocol';
import { withCancelAfter } from '../withCancelAfter';
import { LatestAnalysis, PROGRESS_AFTER_MS } from '../latestAnalysis';
import type { SourceLinkService } from '../sources/sourceLinkService';
import { gatherIncidentFolder, incidentFolderLimits } from './incidentFolder';
import { readStackSources } from './stackSources';
import { IncidentRunner } from './incidentRunner';
import { buildIncidentViewModel, SentenceLinker, suspectFramesPage } from './incidentViewModel';
import { withSuspectFrames } from '../../shared/suspectFramesPage';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { ViewEditorOpens } from '../editorOpens';

export const INCIDENT_VIEW_TYPE = 'goProfileExplorer.incident';

export interface IncidentPanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly runner: IncidentRunner;
  readonly sourceLinks: SourceLinkService;
  /** Opens a gathered file in the profile editor or the goroutine view, focused on a function or a group when given. */
  openFile(uri: vscode.Uri, viewer: Exclude<IncidentFileViewer, null>, focus: FileFocus): Promise<void>;
  onDispose(panel: IncidentPanel): void;
}

/** What a full view opened from the incident shows first: a function, or (goroutine view) a suspect's group. */
export interface FileFocus {
  readonly func?: string;
  readonly group?: { readonly func: string; readonly state: string };
}

/** The HTML and Markdown files an export wrote. */
export interface ExportedReport {
  readonly html: vscode.Uri;
  readonly markdown: vscode.Uri;
}

export function folderName(uri: vscode.Uri): string {
  const path = uri.path.replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}

/** The folder as the user knows it: relative to its workspace folder when inside one. */
function folderLabel(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  return relative === uri.fsPath || relative === '' ? uri.fsPath : relative;
}

let viewsMade = 0;

export class IncidentPanel implements vscode.Disposable {
  private current: IncidentViewModel | undefined;
  /** The links of the model sent, to which a deep stack's page adds its frames'. */
  private linker = new SentenceLinker();
  /** Under which the worker keeps the suspects' deep stacks for this view. */
  private readonly viewId = `incident-${++viewsMade}`;
  /** Suspects whose deep stack's page is asked and not yet answered: one at a time each. */
  private readonly pagingFrames = new Set<number>();
  /** Counts the models sent: a page asked of one is not put in the next. */
  private modelsSent = 0;
  private readonly analyses = new LatestAnalysis();
  private readonly disposables: vscode.Disposable[] = [];
  /** The editors this view opens (a source line, a file in its viewer): one at a time in the window, the latest asked by any view next. */
  private readonly opens = new ViewEditorOpens();
  private disposed = false;
  /** Resolves when the last analysis has been posted (for tests and the command). */
  lastAnalysis: Promise<void> = Promise.resolve();
  private reading = false;
  private readAgain = false;

  constructor(readonly panel: vscode.WebviewPanel, readonly folder: vscode.Uri, private readonly deps: IncidentPanelDeps) {
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist'), vscode.Uri.joinPath(deps.extensionUri, 'media')] };
    webview.html = renderWebviewHtml(webview, deps.extensionUri, 'incident', `Incident: ${folderName(folder)}`);
    this.disposables.push(
      webview.onDidReceiveMessage(raw => this.onMessage(raw)),
      this.opens,
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get model(): IncidentViewModel | undefined { return this.current; }

  /**
   * Reads the folder again. `quiet` (a watch adding a capture): the view keeps showing the last
   * model until the new one is ready, and a reading under way is not cancelled but followed by one
   * more when it ends (captures arriving faster than a reading would otherwise never be shown).
   */
  refresh(options: { quiet?: boolean } = {}): Promise<void> {
    if (options.quiet && this.reading) {
      this.readAgain = true;
      return this.lastAnalysis;
    }
    this.readAgain = false;
    const reading = this.analyse(options.quiet === true && this.current !== undefined);
    this.reading = true;
    this.lastAnalysis = reading.finally(() => {
      if (this.lastAnalysis !== done) return;
      this.reading = false;
      if (this.readAgain && !this.disposed) void this.refresh({ quiet: true });
    });
    const done = this.lastAnalysis;
    return done;
  }

  private post(m: IncidentHostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(m);
  }

  private async analyse(quiet: boolean): Promise<void> {
    const title = folderName(this.folder);
    if (!quiet) this.post({ type: 'loading', title, detail: `Reading ${folderLabel(this.folder)}…` });
    const started = Date.now();
    const outcome = await this.analyses.run(`Reading the incident in ${title}…`, async token => {
      const gathered = await gatherIncidentFolder(this.folder, incidentFolderLimits());
      const analysed = await this.deps.runner.analyse({ files: gathered.files, viewId: this.viewId }, token);
      return { gathered, analysed };
    }, { quiet });
    if (!outcome) return;
    if (outcome.ok) {
      const out = outcome.value;
      // As `goprof incident`: the files left out before reading are unread too, with their reason.
      const incident = out.gathered.unread.length === 0 ? out.analysed.incident : {
        ...out.analysed.incident,
        unread: [...out.analysed.incident.unread, ...out.gathered.unread].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      };
      this.linker = new SentenceLinker();
      this.current = buildIncidentViewModel(incident, {
        title, folder: folderLabel(this.folder), positions: new ContentKeyedMap(out.analysed.positions), elapsedMs: Date.now() - started, linker: this.linker,
      });
      this.modelsSent++;
      this.post({ type: 'model', model: this.current });
      return;
    }
    const e = outcome.error;
    const limit = this.deps.runner.limitFailure(e);
    this.current = undefined;
    const message = e instanceof Error ? e.message : String(e);
    this.post({ type: 'error', title, message: limit ? limit.message : `Could not read the incident: ${message}` });
    if (limit) {
      void vscode.window.showErrorMessage(`${title}: ${limit.message}`, limit.retryLabel).then(choice => {
        if (choice !== limit.retryLabel || this.disposed) return;
        this.deps.runner.useLimits(limit.raised);
        void this.refresh();
      });
    }
  }

  /**
   * Writes the report: `target` is the HTML file (the Markdown goes beside it, same name, .md);
   * without one a save dialog asks. It says what the view shows, with the source lines around
   * each frame of the suspects' stacks.
   */
  async exportReport(target?: vscode.Uri): Promise<ExportedReport | undefined> {
    await this.lastAnalysis;
    const model = this.current;
    if (!model) {
      void vscode.window.showWarningMessage('Go Profile: the incident has not been read yet; nothing to export.');
      return undefined;
    }
    const title = folderName(this.folder);
    let html = target;
    if (!html) {
      html = await vscode.window.showSaveDialog({
        title: 'Export incident report', saveLabel: 'Export',
        defaultUri: vscode.Uri.joinPath(this.folder, `${title}-incident.html`),
        filters: { 'HTML report (a Markdown file is written beside it)': ['html'] },
      });
    }
    if (!html) return undefined;
    const markdown = html.with({ path: `${html.path.replace(/\.html?$/i, '')}.md` });
    const report = await withCancelAfter(PROGRESS_AFTER_MS, `Writing the incident report of ${title}…`, async token => {
      const sources = await readStackSources(model.incident, this.deps.sourceLinks);
      return this.deps.runner.report({ incident: model.incident, title: `Incident: ${title}`, sources, writtenAtMs: Date.now() }, token);
    });
    const encoder = new TextEncoder();
    await vscode.workspace.fs.writeFile(html, encoder.encode(report.html));
    await vscode.workspace.fs.writeFile(markdown, encoder.encode(report.markdown));
    this.post({ type: 'exported', html: folderLabel(html), markdown: folderLabel(markdown) });
    return { html, markdown };
  }

  /** The column for files opened from the view: not the view's own. */
  private otherColumn(): vscode.ViewColumn {
    const own = this.panel.viewColumn;
    const other = vscode.window.visibleTextEditors.find(e => e.viewColumn !== undefined && e.viewColumn !== own)?.viewColumn;
    return other ?? (own === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  }

  private onMessage(raw: unknown): void {
    const model = this.current;
    const msg = parseIncidentWebviewMessage(raw, {
      links: model?.links.length ?? 0, files: model?.incident.files.length ?? 0, suspects: model?.incident.suspects.length ?? 0,
    });
    if (!msg) return;
    switch (msg.type) {
      case 'ready':
        if (model) this.post({ type: 'model', model });
        else this.post({ type: 'loading', title: folderName(this.folder), detail: `Reading ${folderLabel(this.folder)}…` });
        break;
      case 'refresh':
        void this.refresh();
        break;
      case 'openLink':
        if (model) {
          const target = model.links[msg.link];
          this.opens.request(() => this.deps.sourceLinks.openFrame({ file: target.file, line: target.line, func: target.func }, this.otherColumn()));
        }
        break;
      case 'openFile': {
        const file = model?.incident.files[msg.file];
        const viewer = model?.fileViewers[msg.file];
        if (!model || !file || !viewer) break;
        const uri = vscode.Uri.joinPath(this.folder, ...file.path.split('/'));
        const suspect = msg.suspect === undefined ? undefined : model.incident.suspects[msg.suspect];
        const focus = {
          ...(msg.func !== undefined ? { func: model.links[msg.func].func } : {}),
          ...(suspect ? { group: { func: suspect.func, state: suspect.state } } : {}),
        };
        this.opens.request(() => this.deps.openFile(uri, viewer, focus));
        break;
      }
      case 'moreSuspectFrames':
        void this.moreSuspectFrames(msg.suspect);
        break;
      case 'export':
        void this.exportReport().catch(e => vscode.window.showErrorMessage(`Go Profile: the report could not be written: ${e instanceof Error ? e.message : String(e)}`));
        break;
    }
  }

  /** The next page of suspect `suspect`'s deep stack's middle: asked of the worker, put in the host's model, posted. */
  async moreSuspectFrames(suspect: number): Promise<void> {
    const leftOut = this.current?.incident.suspects[suspect]?.framesLeftOut;
    if (!leftOut || this.pagingFrames.has(suspect)) return;
    this.pagingFrames.add(suspect);
    const sent = this.modelsSent;
    try {
      const frames = await this.deps.runner.frames({ viewId: this.viewId, suspect, from: leftOut.at });
      // A new reading while the page was asked: the page is of the model before.
      if (this.modelsSent !== sent || !this.current || this.disposed) return;
      const page = suspectFramesPage(this.linker, suspect, frames);
      this.current = withSuspectFrames(this.current, page);
      this.post({ type: 'suspectFrames', page });
    } catch (e) {
      if (this.modelsSent !== sent || this.disposed) return;
      // The worker lost the stacks (started again after a limit): read the folder again.
      void vscode.window.showWarningMessage(`Go Profile: ${e instanceof Error ? e.message : String(e)}; reading the folder again.`);
      void this.refresh();
    } finally {
      this.pagingFrames.delete(suspect);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.deps.runner.release(this.viewId);
    this.analyses.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.deps.onDispose(this);
  }
}
