// One goroutine view: a webview panel bound to a dump source. It analyses the source in the
// worker, sends the view model, answers the webview's requests (checked against that model) and
// follows edits of the source document (debounced).
import * as vscode from 'vscode';
import { renderWebviewHtml } from '../webviewHtml';
import {
  parseGoroutineWebviewMessage, type GoroutineHostMessage, type GoroutineViewModel, type Similarity,
} from '../../shared/goroutineProtocol';
import type { FigureData } from '../../core/figures';
import { sourceOfLines, type DumpSource } from './dumpSource';
import { GoroutineAnalysisRunner } from './analysisRunner';
import { revealDumpLines } from './dumpReveal';
import { LatestAnalysis } from '../latestAnalysis';
import type { WorkerLimits } from '../worker/analysisWorkerClient';
import type { SourceLinkService } from '../sources/sourceLinkService';
import type { GroupQuery } from '../../shared/goroutineFilter';
import { ViewEditorOpens } from '../editorOpens';
import { LatestWins } from '../latestWins';
import { ViewPaging } from './viewPaging';
import { allStacks } from '../../shared/stacksWindow';

export const GOROUTINE_VIEW_TYPE = 'goProfileExplorer.goroutines';
const EDIT_DEBOUNCE_MS = 400;
let viewsMade = 0;

export interface PanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly runner: GoroutineAnalysisRunner;
  /** Called when the panel's model changes or it becomes active / hidden. */
  onState(panel: GoroutinePanel): void;
  onDispose(panel: GoroutinePanel): void;
  /** New code-lens figures of the panel's dump. */
  onFigures(panel: GoroutinePanel, figures: FigureData): void;
  /** Frame → local source. */
  readonly sourceLinks: SourceLinkService;
  /** Asks the user for a base dump to compare with. */
  pickBase(): Promise<DumpSource | undefined>;
  /** Groups another source in a view of its own. */
  openDump(source: DumpSource): void;
}

export class GoroutinePanel implements vscode.Disposable {
  private similarity: Similarity = 'default';
  private base: DumpSource | undefined;
  private readonly analyses = new LatestAnalysis();
  /** The raised limits a retry uses, after an analysis hit one. */
  private retryLimits: WorkerLimits | undefined;
  /** The last analysis's failure, sent again when the webview (re)loads: it may fail before the webview is ready. */
  private failure: GoroutineHostMessage | undefined;
  /** The filter last asked for, sent again when the webview (re)loads: a view just opened may not listen yet. */
  private filter: string | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The editors this view opens (a frame's source, a group's lines): one at a time in the window, the latest asked by any view next. */
  private readonly opens = new ViewEditorOpens();
  private disposed = false;
  /** Names this view's model in the worker, which holds the groups not sent. */
  private readonly viewId = `goroutines-${++viewsMade}`;
  /**
   * The webview's queries, one after another (each page appends to the model the one before left),
   * and while one runs only the latest asked waits: a burst of 10^4 runs two searches, not 10^4.
   */
  private readonly queries = new LatestWins();
  /** Grey bars of the flame opened: the latest asked waits, as for queries. */
  private readonly zooms = new LatestWins();
  /** Pages of the stacks outside the groups: a burst of asks brings two pages, not one per ask. */
  private readonly stackPages = new LatestWins();
  /** Pages of the groups gone since the base, alike. */
  private readonly vanishedPages = new LatestWins();
  /** The model as the webview holds it, and the pages asked after it. */
  private readonly paging: ViewPaging;
  /** Resolves when the last analysis has been posted (for tests and the command). */
  lastAnalysis: Promise<void> = Promise.resolve();

  constructor(readonly panel: vscode.WebviewPanel, public source: DumpSource, private readonly deps: PanelDeps) {
    this.paging = new ViewPaging(deps.runner, this.viewId, { regroup: () => this.refresh(), post: m => this.post(m) });
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'dist'), vscode.Uri.joinPath(deps.extensionUri, 'media')] };
    webview.html = renderWebviewHtml(webview, deps.extensionUri, 'goroutines', `Goroutines: ${source.title}`);
    this.disposables.push(
      webview.onDidReceiveMessage(raw => this.onMessage(raw)),
      this.opens,
      this.queries,
      this.zooms,
      this.stackPages,
      this.vanishedPages,
      panel.onDidChangeViewState(() => deps.onState(this)),
      panel.onDidDispose(() => this.dispose()),
    );
    this.followSource();
  }

  get model(): GoroutineViewModel | undefined { return this.paging.model; }

  private get current(): GoroutineViewModel | undefined { return this.paging.model; }
  private set current(model: GoroutineViewModel | undefined) { this.paging.model = model; }

  /** Re-targets the panel (same key, new selection/text) and analyses again. */
  setSource(source: DumpSource): void {
    this.source = source;
    void this.refresh();
  }

  setBase(base: DumpSource | undefined): void {
    this.base = base;
    void this.refresh();
  }

  refresh(): Promise<void> {
    this.lastAnalysis = this.analyse();
    return this.lastAnalysis;
  }

  /** One listener for the panel's life: it follows whatever document the current source names. */
  private followSource(): void {
    this.disposables.push(vscode.workspace.onDidChangeTextDocument(e => {
      if (!this.source.followDocument || e.document !== this.source.followDocument || !e.contentChanges.length) return;
      if (this.debounce) clearTimeout(this.debounce);
      this.debounce = setTimeout(() => { this.debounce = undefined; void this.refresh(); }, EDIT_DEBOUNCE_MS);
    }));
  }

  private post(m: GoroutineHostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(m);
  }

  private async analyse(): Promise<void> {
    const source = this.source;
    const base = this.base;
    this.failure = undefined;
    this.post({ type: 'loading', title: source.title });
    const outcome = await this.analyses.run(`Grouping goroutines of ${source.title}…`, async token => {
      const [text, baseText] = await Promise.all([source.read(), base?.read()]);
      return this.deps.runner.run({
        text, similarity: this.similarity, lineOffset: source.lineOffset, title: source.title,
        base: base && baseText !== undefined ? { text: baseText, title: base.title } : undefined, viewId: this.viewId,
      }, token);
    });
    if (!outcome) return;
    if (outcome.ok) {
      const out = outcome.value;
      this.current = { ...out.view, title: source.title, origin: source.origin, canReveal: source.canReveal };
      this.post({ type: 'model', model: this.current });
      this.deps.onState(this);
      this.deps.onFigures(this, out.figures);
      return;
    }
    const e = outcome.error;
    const message = e instanceof Error ? e.message : String(e);
    const limit = this.deps.runner.limitFailure(e);
    this.current = undefined;
    this.retryLimits = limit?.raised;
    this.failure = limit
      ? { type: 'error', title: source.title, message: limit.message, retryLabel: limit.retryLabel }
      : { type: 'error', title: source.title, message: `Could not group the goroutines: ${message}` };
    this.post(this.failure);
    this.deps.onState(this);
  }

  /**
   * Asks the worker which groups the query keeps (it searches the whole texts) and, for "N more" or
   * a search that keeps none sent, a page of them; the page is appended to the model here and in
   * the webview.
   */
  query(query: GroupQuery, more: boolean): void {
    this.queries.request(() => this.paging.query(query, more));
  }

  /** The next page of a group's stack middle. Resolves when posted (for tests). */
  moreFrames(group: number): Promise<void> {
    return this.paging.moreFrames(group);
  }

  /** Brings the view to the front with its filter set to `func:<name>` (a code lens asked for it). */
  showFunction(functionName: string): void {
    this.showFilter(`func:${functionName}`);
  }

  /** Brings the view to the front filtered to one group: its top user function and its wait state (every word of it). */
  showGroup(functionName: string, state: string): void {
    const stateTerms = state.trim().split(/\s+/).filter(w => w.length > 0).map(w => `state:${w}`);
    this.showFilter([`func:${functionName}`, ...stateTerms].join(' '));
  }

  private showFilter(text: string): void {
    this.panel.reveal(undefined, false);
    this.filter = text;
    this.post({ type: 'filter', text });
  }

  /** The column for files opened from the view: not the view's own. */
  private otherColumn(): vscode.ViewColumn {
    const own = this.panel.viewColumn;
    const other = vscode.window.visibleTextEditors.find(e => e.viewColumn !== undefined && e.viewColumn !== own)?.viewColumn;
    return other ?? (own === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
  }

  private onMessage(raw: unknown): void {
    const model = this.current;
    const msg = parseGoroutineWebviewMessage(raw, {
      frames: model?.frames.length ?? 0, groups: model?.groups.length ?? 0, earlierDumps: model?.summary.earlierDumps.length ?? 0,
      stacks: model?.stacks.length ?? 0, allStacks: model ? allStacks(model) : 0,
    });
    if (!msg) return;
    switch (msg.type) {
      case 'retry':
        if (this.retryLimits) this.deps.runner.useLimits(this.retryLimits);
        this.retryLimits = undefined;
        void this.refresh();
        break;
      case 'ready':
        this.post(model ? { type: 'model', model } : this.failure ?? { type: 'loading', title: this.source.title });
        if (this.filter !== undefined) this.post({ type: 'filter', text: this.filter });
        this.filter = undefined;
        break;
      case 'openFrame':
        if (model) {
          const f = model.frames[msg.frame];
          this.opens.request(() => this.deps.sourceLinks.openFrame({ file: f.file, line: f.line, func: f.func }, this.otherColumn()));
        }
        break;
      case 'revealGroup': {
        const lines = model?.groups[msg.group].firstLines;
        if (lines) this.opens.request(() => revealDumpLines(this.source, lines.start, lines.end, this.otherColumn()));
        break;
      }
      case 'revealStack': {
        const lines = model?.stacks[msg.stack].lines;
        if (lines) this.opens.request(() => revealDumpLines(this.source, lines.start, lines.end, this.otherColumn()));
        break;
      }
      case 'query':
        this.query(msg.query, msg.more);
        break;
      case 'moreFrames':
        void this.moreFrames(msg.group);
        break;
      case 'moreStackFrames':
        void this.paging.moreStackFrames(msg.stack);
        break;
      case 'moreStacks':
        this.stackPages.request(() => this.paging.moreStacks());
        break;
      case 'stacksAt': {
        const { from } = msg;
        this.stackPages.request(() => this.paging.stacksAt(from));
        break;
      }
      case 'moreVanished':
        this.vanishedPages.request(() => this.paging.moreVanished());
        break;
      case 'flameZoom': {
        const { query, steps, width } = msg;
        this.zooms.request(() => this.paging.flameZoom(query, steps, width));
        break;
      }
      case 'setSimilarity':
        if (msg.similarity !== this.similarity) { this.similarity = msg.similarity; void this.refresh(); }
        break;
      case 'compare':
        void this.deps.pickBase().then(b => { if (b) this.setBase(b); });
        break;
      case 'clearCompare':
        this.setBase(undefined);
        break;
      case 'openEarlierDump':
      case 'compareWithEarlierDump': {
        const dumps = model?.summary.earlierDumps ?? [];
        const dump = dumps[msg.dump];
        if (!dump || !this.source.canReveal) break;
        const source = sourceOfLines(this.source, dump.start, dump.end, `dump ${msg.dump + 1} of ${dumps.length + 1}`);
        if (msg.type === 'openEarlierDump') this.deps.openDump(source); else this.setBase(source);
        break;
      }
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.analyses.dispose();
    this.deps.runner.release(this.viewId);
    if (this.debounce) clearTimeout(this.debounce);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.deps.onDispose(this);
  }
}
