// "Go Profile: Watch endpoint…": the goroutine dump and the heap profile (and what else was asked)
// every N seconds into one folder, progress in the status bar, stop and resume. The folder opens
// as an incident that reads each new capture as it arrives (the reading and the analysis run in
// the incident view's worker; the requests run on the capture thread, captureWorker.ts). What to fetch,
// the names and the schedule come from core/watch; one round is node/watchRound.
import * as vscode from 'vscode';
import { CaptureError, normalizeBaseUrl, originOf } from '../../core/capture';
import { timerDelayMs } from '../../core/timerDelay';
import {
  DEFAULT_EVERY_SECONDS, checkPlan, parseDuration, plannedRounds, roundStartMs, nextRoundIndex, watchFolderName, watchRequests,
  type WatchPlan, type WatchRequest,
} from '../../core/watch';
import type { TlsOptions } from '../../node/httpFetch';
import type { RoundResult } from '../../node/watchRound';
import { analysisLimits } from '../worker/analysisLimits';
import { captureFolder, promptBaseUrl, requestHeadersFor, showErrorsUnlessScripted, tlsOptionsFor } from './captureEndpoint';
import { CaptureCredentials } from './credentials';
import type { CaptureThread } from './captureThread';

export const WATCH_COMMAND = 'goProfileExplorer.watchEndpoint';
export const STOP_WATCH_COMMAND = 'goProfileExplorer.stopWatch';
export const RESUME_WATCH_COMMAND = 'goProfileExplorer.resumeWatch';
const OPEN_INCIDENT_COMMAND = 'goProfileExplorer.openIncident';
const REFRESH_INCIDENT_COMMAND = 'goProfileExplorer.refreshIncident';
const EVERY_KEY = 'goProfileExplorer.watch.every';
const FOR_KEY = 'goProfileExplorer.watch.for';

/** The scriptable argument: no prompts. Durations as `30s`, `10m` or seconds. */
export interface WatchArgs {
  baseUrl: string;
  every?: string | number;
  /** Omitted: until stopped. */
  for?: string | number;
  gc?: boolean;
  delta?: string | number;
  cpu?: string | number;
  mutex?: boolean;
  block?: boolean;
}

/** What the command returns (and tests read): the watch's folder. */
export interface WatchStarted {
  folder: vscode.Uri;
}

function isWatchArgs(v: unknown): v is WatchArgs {
  return typeof v === 'object' && v !== null && typeof (v as WatchArgs).baseUrl === 'string';
}

function secondsOf(v: string | number | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const parsed = parseDuration(String(v));
  if ('error' in parsed) throw new CaptureError(`${name}: ${parsed.error}`, 'input');
  return parsed.seconds;
}

type WatchState = 'running' | 'stopped' | 'done';

/** One watch: its rounds on a grid from its (re)start, the status bar item, the incident view it feeds. */
class WatchSession implements vscode.Disposable {
  private state: WatchState = 'running';
  private rounds = 0;
  private failedRounds = 0;
  private gridStartMs = Date.now();
  private gridIndex = 0;
  private nextAtMs = this.gridStartMs;
  private timer: NodeJS.Timeout | undefined;
  private ticker: NodeJS.Timeout | undefined;
  private inFlight: AbortController | undefined;
  private lastError = '';
  private readonly requests: WatchRequest[];
  readonly planned: number | null;

  constructor(
    readonly plan: WatchPlan,
    readonly folder: vscode.Uri,
    private readonly auth: { headers: Record<string, string>; tls?: TlsOptions },
    private readonly status: vscode.StatusBarItem,
    private readonly log: vscode.LogOutputChannel,
    private readonly captures: CaptureThread,
  ) {
    this.requests = watchRequests(plan);
    this.planned = plannedRounds(plan);
    this.ticker = setInterval(() => this.render(), 1000);
    this.schedule(this.gridStartMs);
  }

  get isRunning(): boolean { return this.state === 'running'; }
  get isStopped(): boolean { return this.state === 'stopped'; }

  private schedule(atMs: number): void {
    this.nextAtMs = atMs;
    this.render();
    this.timer = setTimeout(() => { void this.round(); }, timerDelayMs(atMs - Date.now()));
  }

  private async round(): Promise<void> {
    this.timer = undefined;
    if (this.state !== 'running') return;
    const controller = new AbortController();
    this.inFlight = controller;
    const started = new Date();
    this.render('capturing…');
    const timeoutSeconds = vscode.workspace.getConfiguration('goProfileExplorer.capture').get<number>('timeoutSeconds', 30);
    let result: RoundResult;
    try {
      result = await this.captures.run({
        type: 'round', requests: this.requests, roundStartedMs: started.getTime(), folder: this.folder.fsPath, auth: this.auth, timeoutSeconds,
        maxUnzippedBytes: analysisLimits().maxUnzippedBytes,
      }, { signal: controller.signal });
    } catch (e) {
      // The thread itself failed (a round never throws for a request's failure).
      result = { files: [], errors: [e instanceof Error ? e.message : String(e)] };
    }
    this.inFlight = undefined;
    if (controller.signal.aborted && result.files.length === 0) return;
    this.rounds++;
    if (result.files.length === 0) this.failedRounds++;
    this.lastError = result.errors.join('; ');
    this.log.info(`capture ${this.rounds}: ${result.files.join(', ') || 'nothing saved'}${result.errors.length ? ` (failed: ${this.lastError})` : ''}`);
    if (result.files.length > 0) {
      // The first capture opens the folder as an incident; later ones refresh it in place.
      const refreshed = this.rounds > 1 && await vscode.commands.executeCommand<boolean>(REFRESH_INCIDENT_COMMAND, this.folder);
      if (!refreshed && this.rounds === 1) await vscode.commands.executeCommand(OPEN_INCIDENT_COMMAND, this.folder);
    }
    if (this.rounds === 1 && result.files.length === 0) {
      this.finish('stopped');
      void vscode.window.showErrorMessage(`Watch of ${this.plan.baseUrl}: the first capture failed: ${this.lastError}`, 'Resume').then(c => { if (c === 'Resume') this.resume(); });
      return;
    }
    if (this.planned !== null && this.rounds >= this.planned) { this.finish('done'); return; }
    // Stopped while this round was in flight: what it saved counts, and the item says so.
    if (this.state !== 'running') { this.render(); return; }
    this.gridIndex = nextRoundIndex(this.gridStartMs, this.plan.everySeconds, this.gridIndex, Date.now());
    this.schedule(roundStartMs(this.gridStartMs, this.plan.everySeconds, this.gridIndex));
  }

  stop(): void {
    if (this.state !== 'running') return;
    this.finish('stopped');
    this.log.info(`watch of ${this.plan.baseUrl} stopped after ${this.rounds} captures`);
  }

  /** Continues where it stopped: the next capture now, the remaining ones on a grid from now. */
  resume(): void {
    if (this.state !== 'stopped') return;
    this.state = 'running';
    this.gridStartMs = Date.now();
    this.gridIndex = 0;
    this.ticker ??= setInterval(() => this.render(), 1000);
    this.log.info(`watch of ${this.plan.baseUrl} resumed`);
    this.schedule(this.gridStartMs);
  }

  private finish(state: WatchState): void {
    this.state = state;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    this.render();
  }

  private render(activity?: string): void {
    const count = `${this.rounds}${this.planned !== null ? `/${this.planned}` : ''}`;
    const host = new URL(this.plan.baseUrl).host;
    if (this.state === 'running') {
      const inSeconds = Math.max(0, Math.ceil((this.nextAtMs - Date.now()) / 1000));
      this.show(`$(eye) Watch ${count} · ${activity ?? (this.inFlight ? 'capturing…' : `next in ${inSeconds} s`)}`, STOP_WATCH_COMMAND,
        `Watching ${this.plan.baseUrl} every ${this.plan.everySeconds} s${this.planned !== null ? ` (${this.planned} captures)` : ' until stopped'} into ${this.folder.fsPath}.${this.lastError ? `\nLast failure: ${this.lastError}` : ''}\nClick to stop.`);
    } else if (this.state === 'stopped') {
      this.show(`$(debug-pause) Watch ${count} stopped`, RESUME_WATCH_COMMAND, `The watch of ${host} is stopped after ${this.rounds} captures. Click to resume.`);
    } else {
      this.show(`$(check) Watch ${count} done`, { title: 'Open incident', command: OPEN_INCIDENT_COMMAND, arguments: [this.folder] },
        `The watch of ${host} took ${this.rounds} captures${this.failedRounds ? ` (${this.failedRounds} failed)` : ''}. Click to open its folder as an incident.`);
    }
  }

  // Every assignment to the status bar item is a message to the window, even of the same value:
  // the countdown's tick sends only the text, the rest when it changes.
  private shown: { text?: string; command?: string | vscode.Command; tooltip?: string } = {};

  private show(text: string, command: string | vscode.Command, tooltip: string): void {
    const first = this.shown.text === undefined;
    if (text !== this.shown.text) this.status.text = text;
    if (command !== this.shown.command) this.status.command = command;
    if (tooltip !== this.shown.tooltip) this.status.tooltip = tooltip;
    this.shown = { text, command, tooltip };
    if (first) this.status.show();
  }

  dispose(): void {
    this.finish(this.state === 'running' ? 'stopped' : this.state);
  }
}

class WatchController implements vscode.Disposable {
  private session: WatchSession | undefined;
  private readonly credentials: CaptureCredentials;
  private readonly status = vscode.window.createStatusBarItem('goProfileExplorer.watch', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel, private readonly captures: CaptureThread) {
    this.credentials = new CaptureCredentials(context.secrets);
    this.status.name = 'Go Profile Watch';
  }

  async start(args: unknown): Promise<WatchStarted | undefined> {
    const plan = isWatchArgs(args) ? this.planFromArgs(args) : await this.prompt();
    if (!plan) return undefined;
    const problem = checkPlan(plan);
    if (problem) throw new CaptureError(problem, 'input');
    const parent = captureFolder(this.context, this.log);
    if (parent.scheme !== 'file') throw new CaptureError('A watch saves its captures to a local folder: set goProfileExplorer.capture.folder to one.', 'input');
    const folder = vscode.Uri.joinPath(parent, watchFolderName(plan.baseUrl, new Date()));
    await vscode.workspace.fs.createDirectory(folder);
    const origin = originOf(plan.baseUrl);
    const auth = { headers: await requestHeadersFor(this.credentials, origin), tls: await tlsOptionsFor(this.credentials, origin) };
    // One watch at a time: a new one ends the one before (its captures stay).
    this.session?.dispose();
    this.session = new WatchSession(plan, folder, auth, this.status, this.log, this.captures);
    this.log.info(`watching ${plan.baseUrl} every ${plan.everySeconds} s into ${folder.fsPath}${auth.headers.Authorization ? ' (bearer token)' : ''}${auth.tls?.cert ? ' (client certificate)' : ''}`);
    return { folder };
  }

  stop(): void {
    if (this.session?.isRunning) this.session.stop();
    else void vscode.window.showInformationMessage('Go Profile: no watch is running.');
  }

  resume(): void {
    if (this.session?.isStopped) this.session.resume();
    else void vscode.window.showInformationMessage(this.session?.isRunning ? 'Go Profile: the watch is running.' : 'Go Profile: no stopped watch to resume.');
  }

  private planFromArgs(args: WatchArgs): WatchPlan {
    const base = normalizeBaseUrl(args.baseUrl);
    if ('error' in base) throw new CaptureError(base.error, 'input');
    return {
      baseUrl: base.url,
      everySeconds: secondsOf(args.every, 'every') ?? DEFAULT_EVERY_SECONDS,
      forSeconds: secondsOf(args.for, 'for') ?? null,
      gc: args.gc === true,
      deltaSeconds: secondsOf(args.delta, 'delta'),
      cpuSeconds: secondsOf(args.cpu, 'cpu'),
      mutex: args.mutex === true,
      block: args.block === true,
    };
  }

  private async askDuration(title: string, prompt: string, key: string, fallback: string, optional: boolean): Promise<number | null | undefined> {
    const answer = await vscode.window.showInputBox({
      title, prompt, value: this.context.workspaceState.get<string>(key) ?? fallback, ignoreFocusOut: true,
      validateInput: v => (optional && v.trim() === '' ? undefined : (r => ('error' in r ? r.error : undefined))(parseDuration(v))),
    });
    if (answer === undefined) return undefined;
    await this.context.workspaceState.update(key, answer.trim());
    if (answer.trim() === '') return null;
    const parsed = parseDuration(answer);
    return 'error' in parsed ? undefined : parsed.seconds;
  }

  private async prompt(): Promise<WatchPlan | undefined> {
    const baseUrl = await promptBaseUrl(this.context, 'Watch endpoint (1/4)');
    if (baseUrl === undefined) return undefined;
    const every = await this.askDuration('Watch endpoint (2/4): every', 'How often to capture, e.g. 30s or 2m', EVERY_KEY, `${DEFAULT_EVERY_SECONDS}s`, false);
    if (every === undefined || every === null) return undefined;
    const lasting = await this.askDuration('Watch endpoint (3/4): for', 'How long, e.g. 10m or 1h; empty: until stopped', FOR_KEY, '10m', true);
    if (lasting === undefined) return undefined;
    // Whatever takes the server time (a CPU profile, a delta) gets half the interval.
    const half = Math.max(1, Math.floor(every / 2));
    interface Extra extends vscode.QuickPickItem { readonly id: 'gc' | 'delta' | 'cpu' | 'mutex' | 'block' }
    const extras: Extra[] = [
      { id: 'gc', label: 'heap?gc=1', description: 'a garbage collection before each heap profile: in-use is what is live now' },
      { id: 'delta', label: `deltas over ${half} s`, description: 'heap?seconds=N and allocs?seconds=N (and mutex/block): the change over N seconds' },
      { id: 'cpu', label: `CPU profile of ${half} s`, description: 'each round' },
      { id: 'mutex', label: 'mutex', description: 'needs runtime.SetMutexProfileFraction' },
      { id: 'block', label: 'block', description: 'needs runtime.SetBlockProfileRate' },
    ];
    const picked = await vscode.window.showQuickPick(extras, {
      title: 'Watch endpoint (4/4): besides the goroutine dump (debug=2) and the heap profile', canPickMany: true, ignoreFocusOut: true,
      placeHolder: 'Pick none for just the dump and the heap',
    });
    if (!picked) return undefined;
    const has = (id: Extra['id']) => picked.some(p => p.id === id);
    return {
      baseUrl, everySeconds: every, forSeconds: lasting, gc: has('gc'), mutex: has('mutex'), block: has('block'),
      ...(has('delta') ? { deltaSeconds: half } : {}), ...(has('cpu') ? { cpuSeconds: half } : {}),
    };
  }

  dispose(): void {
    this.session?.dispose();
    this.status.dispose();
  }
}

const shown = <T>(fn: (args: unknown) => Promise<T> | T) => showErrorsUnlessScripted(isWatchArgs, fn);

export function registerWatch(context: vscode.ExtensionContext, captures: CaptureThread): void {
  const log = vscode.window.createOutputChannel('Go Profile Watch', { log: true });
  const controller = new WatchController(context, log, captures);
  context.subscriptions.push(
    log,
    controller,
    vscode.commands.registerCommand(WATCH_COMMAND, shown(args => controller.start(args))),
    vscode.commands.registerCommand(STOP_WATCH_COMMAND, shown(() => controller.stop())),
    vscode.commands.registerCommand(RESUME_WATCH_COMMAND, shown(() => controller.resume())),
  );
}
