// One webview showing a ProfileDocument: answers the webview's (untrusted, validated) requests
// by running jobs on the document's worker.
import * as vscode from 'vscode';
import { crossingName } from '../../shared/nameLimit';
import { parseProfileWebviewMessage, type ProfilePostedMessage, type ProfileQuery, type ProfileWebviewMessage } from '../../shared/profileProtocol';
import type { LoadState, ProfileDocument } from './profileDocument';
import type { FigureRegistry } from '../figures/figureRegistry';
import { figureSourceOf } from '../figures/figureSource';
import type { SourceLinkService } from '../sources/sourceLinkService';
import { rememberFlameWidth } from './flameWidth';
import { savedViewEntries, type SavedViewStore } from './savedViewStore';
import { ViewExporter } from './viewExport';
import { functionSourceOf } from './functionSource';
import { RequestsInFlight, TooManyRequestsError } from '../requestsInFlight';
import { CoalescedUpdate } from '../coalescedUpdate';
import { ViewEditorOpens } from '../editorOpens';

/** How often the saved views are posted again at most, however fast they change. */
const SAVED_VIEWS_INTERVAL_MS = 250;

/** What the profile editor shares with the rest of the extension. */
export interface ProfileEditorServices {
  figures: FigureRegistry;
  sourceLinks: SourceLinkService;
}

/** The services of one panel: the editor's and the workspace's saved views. */
export interface ProfilePanelServices extends ProfileEditorServices {
  savedViews: SavedViewStore;
}

/** The webview's requests that the worker answers. */
type AnalysisRequest = Extract<ProfileWebviewMessage, { type: 'query' | 'topRows' | 'subtree' | 'bottomUp' | 'peek' | 'sampleTypes' | 'peekEdges' | 'source' | 'callers' | 'graph' }>;

let panelCounter = 0;

export class ProfilePanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** The figure source of this panel in the registry, for lenses and heat. */
  private readonly figureId: string;
  private publishedSampleType: number | undefined;
  /**
   * Whether the webview's script runs. VS Code queues messages posted before that, so a state
   * posted early would arrive twice (queued, then in reply to 'ready'), and each summary makes
   * the webview query: the first answer was computed only to be dropped.
   */
  private webviewReady = false;
  /** A view computed after the tab closed has nowhere to go: the closed panel's webview throws. */
  private disposed = false;
  private readonly exporter: ViewExporter;
  private readonly requests = new RequestsInFlight();
  private comparing = false;
  /** The sources this view opens: one at a time in the window, the latest asked by any view next. */
  private readonly opens = new ViewEditorOpens();
  /** One save written at a time: each writes the whole list to storage. */
  private saving = false;
  private readonly savedViewsUpdate = new CoalescedUpdate(() => this.sendSavedViews(), SAVED_VIEWS_INTERVAL_MS);

  constructor(private readonly document: ProfileDocument, private readonly panel: vscode.WebviewPanel, private readonly compareWith: (document: ProfileDocument) => Promise<void>, private readonly services: ProfilePanelServices) {
    this.figureId = `profile:${++panelCounter}:${document.uri.toString()}`;
    this.exporter = new ViewExporter(document, m => this.post(m));
    this.disposables.push(
      this.exporter,
      this.opens,
      this.savedViewsUpdate,
      services.savedViews.onDidChange(() => this.savedViewsUpdate.request()),
      new vscode.Disposable(() => services.figures.withdraw(this.figureId)),
      panel.webview.onDidReceiveMessage(raw => {
        const msg = parseProfileWebviewMessage(raw);
        if (msg) void this.handle(msg);
      }),
      document.onDidChange(state => { if (this.webviewReady) this.sendState(state); }),
    );
  }

  private post(message: ProfilePostedMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private sendState(state: LoadState): void {
    const fileName = this.document.fileName;
    switch (state.state) {
      case 'loading': this.post({ type: 'loading', fileName, byteLength: state.byteLength }); break;
      case 'failed': this.post({ type: 'error', fileName, message: state.message, canRetry: state.cancelled || state.retryLabel !== undefined, retryLabel: state.retryLabel }); break;
      case 'loaded':
        this.post({ type: 'summary', fileName, kind: 'pprof', byteLength: state.profile.byteLength, summary: state.profile.summary, base: state.profile.base?.summary });
        this.sendSavedViews();
        break;
    }
  }

  /** The kind of profile saved views are shared by, once it is loaded. */
  private kind(): string | undefined {
    const state = this.document.current;
    return state.state === 'loaded' ? state.profile.summary.sampleTypesKey : undefined;
  }

  private sendSavedViews(): void {
    const kind = this.kind();
    if (kind !== undefined && this.webviewReady) this.post({ type: 'savedViews', views: savedViewEntries(this.services.savedViews.list(kind)) });
  }

  private async applySavedView(name: string): Promise<void> {
    const kind = this.kind();
    const saved = kind !== undefined ? this.services.savedViews.find(kind, name) : undefined;
    if (!saved) return;
    this.post({ type: 'applySavedView', name, state: saved.state });
    const state = this.document.current;
    const currentBase = state.state === 'loaded' ? state.profile.base?.uri.toString() : undefined;
    if (saved.base === currentBase) return;
    try {
      await this.document.setBase(saved.base ? vscode.Uri.parse(saved.base) : undefined);
    } catch (e) {
      void vscode.window.showErrorMessage(`Saved view "${name}": cannot compare with its base: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async handle(msg: ProfileWebviewMessage): Promise<void> {
    switch (msg.type) {
      case 'ready':
        this.webviewReady = true;
        this.sendState(this.document.current);
        // After a failure or a cancel the webview offers Retry. Loading again by itself would undo
        // a cancel made before the webview was up (cancelling restarts the worker thread).
        if (this.document.current.state !== 'failed') void this.document.load();
        return;
      case 'reopenAsText':
        await vscode.commands.executeCommand('vscode.openWith', this.document.uri, 'default');
        return;
      case 'retry':
        this.document.retry();
        return;
      case 'compareWith':
        // One file picker at a time, however often the webview asks.
        if (this.comparing) return;
        this.comparing = true;
        try { await this.compareWith(this.document); } finally { this.comparing = false; }
        return;
      case 'clearBase':
        await this.document.setBase(undefined);
        return;
      case 'openSource': {
        const state = this.document.current;
        // Only files the profile itself names: the webview must not open arbitrary paths.
        if (state.state !== 'loaded' || !state.profile.sourceFiles.has(msg.file)) return;
        this.opens.request(() => this.services.sourceLinks.openFrame({ file: msg.file, line: msg.line, func: msg.functionName }));
        return;
      }
      case 'export':
        await this.exporter.export(msg);
        return;
      case 'exportPng':
        this.exporter.receivePng(msg);
        return;
      case 'saveView': {
        const kind = this.kind();
        const state = this.document.current;
        if (kind === undefined || state.state !== 'loaded') return;
        if (this.saving) {
          this.post({ type: 'savedViewRefused', name: msg.name, message: `View "${msg.name}" not saved: another save of this view is still being written.` });
          return;
        }
        this.saving = true;
        try {
          const refused = await this.services.savedViews.save({ name: msg.name, kind, state: msg.state, base: state.profile.base?.uri.toString() });
          if (refused !== undefined) this.post({ type: 'savedViewRefused', name: msg.name, message: refused });
        } finally {
          this.saving = false;
        }
        return;
      }
      case 'applySavedView':
        await this.applySavedView(msg.name);
        return;
      case 'deleteSavedView': {
        const kind = this.kind();
        if (kind !== undefined) await this.services.savedViews.delete(kind, msg.name);
        return;
      }
    }
    const started = Date.now();
    try {
      await this.requests.run(() => this.answer(msg, started));
    } catch (e) {
      // A limit the job hit failed the document: its view says so, with Retry, in place of this one.
      if (this.document.current.state === 'failed' && !(e instanceof TooManyRequestsError)) return;
      const message = e instanceof Error ? e.message : String(e);
      if (msg.type === 'peek' || msg.type === 'source') this.post({ type: 'functionViewError', requestId: msg.requestId, message });
      else if (msg.type === 'topRows') this.post({ type: 'topRows', requestId: msg.requestId, message });
      else if (msg.type === 'peekEdges') this.post({ type: 'peekEdges', requestId: msg.requestId, message });
      else if (msg.type === 'sampleTypes') this.post({ type: 'sampleTypes', requestId: msg.requestId, message });
      else this.post({ type: 'queryError', requestId: msg.requestId, message });
    }
  }

  /** Runs one request of the view on the worker and posts its answer. */
  private async answer(msg: AnalysisRequest, started: number): Promise<void> {
    const documentId = this.document.documentId;
    switch (msg.type) {
      case 'query': {
        rememberFlameWidth(msg.widthPx);
        const out = await this.document.run('profile.view', { documentId, query: msg.query, widthPx: msg.widthPx, top: msg.top });
        this.post({ type: 'view', requestId: msg.requestId, query: msg.query, unit: out.unit, total: out.total, shownTotal: out.shownTotal, diff: out.diff, flame: out.flame, top: out.top, elapsedMs: out.computedAheadMs ?? Date.now() - started });
        if (msg.query.sampleType !== this.publishedSampleType) void this.publishFigures(msg.query.sampleType);
        return;
      }
      case 'topRows': {
        // The host relays the rows in view; the whole table stays in the worker.
        const top = await this.document.run('profile.topRows', { documentId, query: msg.query, window: msg.window });
        this.post({ type: 'topRows', requestId: msg.requestId, top });
        return;
      }
      case 'subtree': {
        const out = await this.document.run('profile.subtree', { documentId, query: msg.query, path: msg.path, widthPx: msg.widthPx });
        if (out.flame) this.post({ type: 'subtree', requestId: msg.requestId, path: msg.path, flame: out.flame });
        return;
      }
      case 'bottomUp': {
        const out = await this.document.run('profile.bottomUp', { documentId, query: msg.query, widthPx: msg.widthPx });
        this.post({ type: 'bottomUp', requestId: msg.requestId, query: msg.query, unit: out.unit, total: out.total, diff: msg.query.diff !== undefined, flame: out.flame });
        return;
      }
      case 'peek': {
        const peek = await this.document.run('profile.peek', { documentId, query: msg.query, functionName: msg.functionName });
        this.post({ type: 'peek', requestId: msg.requestId, unit: await this.unitOf(msg.query), peek });
        return;
      }
      case 'sampleTypes': {
        // The host relays the types asked for; every type stays in the worker.
        const window = await this.document.run('profile.sampleTypes', { documentId, window: msg.window });
        this.post({ type: 'sampleTypes', requestId: msg.requestId, window });
        return;
      }
      case 'peekEdges': {
        // The host relays the edges asked for; the whole peek stays in the worker.
        const edges = await this.document.run('profile.peekEdges', { documentId, query: msg.query, functionName: msg.functionName, edges: msg.edges });
        this.post({ type: 'peekEdges', requestId: msg.requestId, edges });
        return;
      }
      case 'source': {
        const costs = await this.document.run('profile.source', { documentId, query: msg.query, functionName: msg.functionName });
        const source = await functionSourceOf(msg.functionName, costs, file => this.services.sourceLinks.readSource(file));
        this.post({ type: 'source', requestId: msg.requestId, unit: await this.unitOf(msg.query), source });
        return;
      }
      case 'callers': {
        const out = await this.document.run('profile.callers', { documentId, query: msg.query, functionName: msg.functionName, widthPx: msg.widthPx });
        this.post({ type: 'callers', requestId: msg.requestId, functionName: msg.functionName, callers: out.callers, callees: out.callees });
        return;
      }
      case 'graph': {
        const graph = await this.document.run('profile.graph', { documentId, query: msg.query, nodeCount: msg.nodeCount });
        this.post({ type: 'graph', requestId: msg.requestId, graph, elapsedMs: Date.now() - started });
        return;
      }
    }
  }

  /** The unit of the query's sample type. */
  private async unitOf(query: ProfileQuery): Promise<string> {
    return (await this.document.sampleTypeAt(query.sampleType))?.unit ?? '';
  }

  /** Code lenses and line heat follow the sample type shown here. */
  private async publishFigures(sampleType: number): Promise<void> {
    this.publishedSampleType = sampleType;
    try {
      const data = await this.document.run('profile.figures', { documentId: this.document.documentId, sampleType });
      if (this.publishedSampleType !== sampleType) return;
      this.services.figures.publish(figureSourceOf(this.figureId, data, async functionName => {
        this.panel.reveal(undefined, false);
        // As the flame graph's names crossed: cut the same way (nameLimit.ts).
        this.post({ type: 'focusFunction', functionName: crossingName(functionName) });
      }));
    } catch {
      // No figures (e.g. the document failed to load): lenses simply stay without this profile.
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
  }
}
