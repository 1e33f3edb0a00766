// "Go Profile: Capture from replicas…": the same capture from several /debug/pprof/ endpoints at
// once (a list of URLs, or the pods a namespace and label selector choose, through kubectl), each
// replica's progress in the view and the notification, then the replicas side by side. The
// requests, files and kubectl runs are the capture thread's (src/node/replicaCapture.ts run by
// capture/captureWorker.ts), the reading and comparing run in an analysis worker that the
// capture thread starts, and the capture thread formats the view's model from the comparison, so
// the extension host's thread never waits on a replica nor copies a comparison it does not show.
import * as vscode from 'vscode';
import {
  CAPTURE_KINDS, CaptureError, DEFAULT_CPU_SECONDS, captureTimeoutMs, findCaptureKind, formatTimestamp, normalizeBaseUrl, parseSeconds,
  type CaptureKind,
} from '../../core/capture';
import { checkPodSelection, type PodSelection } from '../../core/capture/kubernetes';
import type { ReplicaTarget } from '../../node/replicaCapture';
import type { KubeContext } from '../../core/capture/kubernetes';
import { CaptureCredentials } from '../capture/credentials';
import { captureFolder, requestHeadersFor, tlsOptionsFor } from '../capture/captureEndpoint';
import type { CaptureThread } from '../capture/captureThread';
import type { OriginAuth } from '../capture/captureThreadProtocol';
import { analysisLimits } from '../worker/analysisLimits';
import type { ReplicaProgress, ReplicaViewModel } from '../../shared/replicaProtocol';
import { CoalescedUpdate } from '../coalescedUpdate';
import { ReplicaPanel, REPLICA_VIEW_TYPE } from './replicaPanel';
import { seconds } from './replicaViewModel';

export const CAPTURE_REPLICAS_COMMAND = 'goProfileExplorer.captureReplicas';
const PROFILE_EDITOR = 'goProfileExplorer.profileAny';
const GROUP_GOROUTINES_COMMAND = 'goProfileExplorer.groupGoroutines';
const URLS_KEY = 'goProfileExplorer.replicas.urls';
const KUBE_KEY = 'goProfileExplorer.replicas.kubernetes';
/** How often the view and the notification follow the replicas' answers. */
const UPDATE_MS = 150;

interface KubernetesArgs {
  readonly context?: string;
  readonly namespace: string;
  readonly selector?: string;
  readonly port?: number;
  readonly https?: boolean;
  readonly pprofPath?: string;
  readonly portForward?: boolean;
}

/** The scriptable argument: no prompts; resolves with the view's model once compared. */
export interface CaptureReplicasArgs {
  readonly urls?: readonly string[];
  readonly kubernetes?: KubernetesArgs;
  readonly kind: string;
  readonly seconds?: number;
  readonly sampleType?: string;
  readonly measure?: 'flat' | 'cum';
}

interface ReplicaRequest {
  readonly kind: CaptureKind;
  readonly seconds?: number;
  readonly urls?: readonly string[];
  readonly pods?: PodSelection & { readonly portForward: boolean };
  readonly sampleType?: string;
  readonly measure?: 'flat' | 'cum';
}

function isArgs(v: unknown): v is CaptureReplicasArgs {
  const a = v as CaptureReplicasArgs;
  return typeof v === 'object' && v !== null && typeof a.kind === 'string' && (Array.isArray(a.urls) || (typeof a.kubernetes === 'object' && a.kubernetes !== null));
}

function kindOf(id: string): CaptureKind {
  const kind = findCaptureKind(id);
  if (!kind) throw new CaptureError(`Unknown profile kind "${id}". Known: ${CAPTURE_KINDS.filter(k => !k.refused).map(k => k.id).join(', ')}.`, 'input');
  if (kind.refused) throw new CaptureError(kind.refused, 'refused');
  return kind;
}

/** Base URLs typed as a list: commas, spaces or new lines between them. */
export function splitUrls(text: string): { urls: string[] } | { error: string } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return { error: 'Enter the base URLs of the replicas, separated by commas or spaces.' };
  const urls: string[] = [];
  for (const p of parts) {
    const base = normalizeBaseUrl(p);
    if ('error' in base) return { error: `${p}: ${base.error}` };
    if (urls.includes(base.url)) return { error: `${base.url} is listed twice.` };
    urls.push(base.url);
  }
  return { urls };
}

/** "6060", "https:6443": the pods' port, and whether it serves https. */
function parsePort(text: string): { port: number; https: boolean } | { error: string } {
  const m = /^\s*(https?:)?(\d{1,5})\s*$/i.exec(text);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) return { error: 'Enter the pods\' pprof port, e.g. 6060, or https:6443 for https.' };
  return { port, https: m[1]?.toLowerCase() === 'https:' };
}

class ReplicaCapture {
  private readonly credentials: CaptureCredentials;
  private readonly panels = new Set<ReplicaPanel>();

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel, private readonly captures: CaptureThread) {
    this.credentials = new CaptureCredentials(context.secrets);
  }

  async run(args: unknown): Promise<ReplicaViewModel | undefined> {
    const request = isArgs(args) ? this.requestFromArgs(args) : await this.prompt();
    return request ? this.capture(request) : undefined;
  }

  private requestFromArgs(a: CaptureReplicasArgs): ReplicaRequest {
    const kind = kindOf(a.kind);
    const seconds = kind.needsSeconds ? this.seconds(a.seconds ?? DEFAULT_CPU_SECONDS) : undefined;
    if (a.urls) {
      const split = splitUrls(a.urls.join(','));
      if ('error' in split) throw new CaptureError(split.error, 'input');
      return { kind, seconds, urls: split.urls, sampleType: a.sampleType, measure: a.measure };
    }
    const k = a.kubernetes!;
    const pods = {
      context: k.context ?? '', namespace: k.namespace, selector: k.selector ?? '', port: k.port ?? 6060, scheme: k.https ? 'https' as const : 'http' as const,
      pprofPath: k.pprofPath, portForward: k.portForward === true,
    };
    const bad = checkPodSelection(pods);
    if (bad) throw new CaptureError(bad, 'input');
    return { kind, seconds, pods, sampleType: a.sampleType, measure: a.measure };
  }

  private seconds(value: number | string): number {
    const parsed = parseSeconds(value);
    if ('error' in parsed) throw new CaptureError(parsed.error, 'input');
    return parsed.seconds;
  }

  private kubectl(): string | undefined {
    return vscode.workspace.getConfiguration('goProfileExplorer.capture').get<string>('kubectlPath', '').trim() || undefined;
  }

  private async prompt(): Promise<ReplicaRequest | undefined> {
    const how = await vscode.window.showQuickPick([
      { label: 'Base URLs…', description: 'several /debug/pprof/ endpoints (direct, port-forwarded, kubectl proxy)', pods: false },
      { label: 'Kubernetes pods…', description: 'by namespace and label selector, through kubectl and your kubeconfig', pods: true },
    ], { title: 'Capture from replicas', placeHolder: 'Which replicas?', ignoreFocusOut: true });
    if (!how) return undefined;
    let urls: string[] | undefined;
    let pods: ReplicaRequest['pods'];
    if (!how.pods) {
      const typed = await vscode.window.showInputBox({
        title: 'Capture from replicas: base URLs', prompt: 'The replicas\' /debug/pprof/ base URLs, separated by commas or spaces',
        value: this.context.workspaceState.get<string>(URLS_KEY) ?? 'http://127.0.0.1:6060/debug/pprof/, http://127.0.0.1:6061/debug/pprof/',
        ignoreFocusOut: true, validateInput: v => { const r = splitUrls(v); return 'error' in r ? r.error : undefined; },
      });
      if (typed === undefined) return undefined;
      const split = splitUrls(typed);
      if ('error' in split) return undefined;
      urls = split.urls;
      await this.context.workspaceState.update(URLS_KEY, urls.join(', '));
    } else {
      pods = await this.promptPods();
      if (!pods) return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      CAPTURE_KINDS.filter(k => !k.refused).map(k => ({ label: k.label, description: k.description, captureKind: k })),
      { title: 'Capture from replicas: which profile?', ignoreFocusOut: true },
    );
    if (!picked) return undefined;
    let seconds: number | undefined;
    if (picked.captureKind.needsSeconds) {
      const answer = await vscode.window.showInputBox({
        title: 'CPU profile duration', prompt: 'Seconds to sample CPU on every replica', value: String(DEFAULT_CPU_SECONDS), ignoreFocusOut: true,
        validateInput: v => { const r = parseSeconds(v); return 'error' in r ? r.error : undefined; },
      });
      if (answer === undefined) return undefined;
      seconds = this.seconds(answer);
    }
    return { kind: picked.captureKind, seconds, urls, pods };
  }

  private async promptPods(): Promise<ReplicaRequest['pods']> {
    const last = this.context.workspaceState.get<{ context: string; namespace: string; selector: string; port: string; portForward: boolean }>(KUBE_KEY);
    let contexts: KubeContext[] = [];
    try {
      contexts = await this.captures.run({ type: 'contexts', kubectl: this.kubectl() });
    } catch (e) {
      void vscode.window.showWarningMessage(`Go Profile: ${e instanceof Error ? e.message : String(e)} The current context is used.`);
    }
    let context = '';
    let namespace = last?.namespace ?? 'default';
    if (contexts.length > 0) {
      const items = contexts.map(c => ({ label: c.name, description: [c.current ? 'current' : '', c.cluster, c.namespace ? `namespace ${c.namespace}` : ''].filter(Boolean).join(' · '), c }));
      items.sort((a, b) => Number(b.c.name === last?.context) - Number(a.c.name === last?.context) || Number(b.c.current) - Number(a.c.current));
      const picked = await vscode.window.showQuickPick(items, { title: 'Capture from pods: kubeconfig context', ignoreFocusOut: true });
      if (!picked) return undefined;
      context = picked.c.name;
      if (picked.c.namespace && picked.c.name !== last?.context) namespace = picked.c.namespace;
    }
    const ns = await vscode.window.showInputBox({ title: 'Capture from pods: namespace', value: namespace, ignoreFocusOut: true });
    if (ns === undefined) return undefined;
    const selector = await vscode.window.showInputBox({
      title: 'Capture from pods: label selector', prompt: 'kubectl --selector syntax, e.g. component=kube-apiserver (empty: every pod of the namespace)',
      value: last?.selector ?? '', ignoreFocusOut: true,
    });
    if (selector === undefined) return undefined;
    const portText = await vscode.window.showInputBox({
      title: 'Capture from pods: pprof port', prompt: 'The pods\' port serving /debug/pprof/ (https:6443 for https)', value: last?.port ?? '6060',
      ignoreFocusOut: true, validateInput: v => { const r = parsePort(v); return 'error' in r ? r.error : undefined; },
    });
    if (portText === undefined) return undefined;
    const port = parsePort(portText);
    if ('error' in port) return undefined;
    const via = await vscode.window.showQuickPick([
      { label: 'Through the API server (pods/proxy)', description: 'kubectl get --raw …/pods/POD:PORT/proxy/…', portForward: false },
      { label: 'kubectl port-forward per pod', description: 'started for the capture, stopped after it', portForward: true },
    ], { title: 'Capture from pods: how to reach them', ignoreFocusOut: true });
    if (!via) return undefined;
    const pods = { context, namespace: ns.trim(), selector: selector.trim(), port: port.port, scheme: port.https ? 'https' as const : 'http' as const, portForward: via.portForward };
    const bad = checkPodSelection(pods);
    if (bad) { void vscode.window.showErrorMessage(bad); return undefined; }
    await this.context.workspaceState.update(KUBE_KEY, { context, namespace: pods.namespace, selector: pods.selector, port: portText.trim(), portForward: via.portForward });
    return pods;
  }

  /**
   * The stored credentials of each URL target's origin, read here for the capture thread. Every
   * read is a round trip to the window (SecretStorage): all origins at once, not one after another.
   */
  private async auth(targets: readonly ReplicaTarget[]): Promise<Record<string, OriginAuth>> {
    const origins = new Set(targets.flatMap(t => ('baseUrl' in t.source ? [new URL(t.source.baseUrl).origin] : [])));
    const read = await Promise.all([...origins].map(async (origin): Promise<[string, OriginAuth]> => {
      const [headers, tls] = await Promise.all([requestHeadersFor(this.credentials, origin), tlsOptionsFor(this.credentials, origin)]);
      return [origin, { headers, tls }];
    }));
    return Object.fromEntries(read);
  }

  private captureRoot(): vscode.Uri {
    return captureFolder(this.context, this.log);
  }

  private openPanel(title: string): ReplicaPanel {
    const panel = vscode.window.createWebviewPanel(REPLICA_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true, retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist'), vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    });
    const view = new ReplicaPanel(panel, title, {
      extensionUri: this.context.extensionUri,
      openCapture: file => this.openCapture(file),
      rowCells: (viewId, row) => this.captures.run({ type: 'replicaRow', viewId, row }),
      onDispose: p => {
        this.panels.delete(p);
        this.captures.run({ type: 'releaseRows', viewId: p.viewId }).catch(() => undefined);
      },
    });
    this.panels.add(view);
    return view;
  }

  private async openCapture(file: vscode.Uri): Promise<void> {
    if (file.path.endsWith('.txt')) await vscode.commands.executeCommand(GROUP_GOROUTINES_COMMAND, file);
    else await vscode.commands.executeCommand('vscode.openWith', file, PROFILE_EDITOR);
  }

  private async capture(request: ReplicaRequest): Promise<ReplicaViewModel | undefined> {
    const started = new Date();
    const where = request.pods ? `${request.pods.namespace}${request.pods.selector ? ` ${request.pods.selector}` : ''}` : `${request.urls!.length} replicas`;
    const title = `Replicas: ${request.kind.label} · ${where}`;
    const root = this.captureRoot();
    const folder = vscode.Uri.joinPath(root, `replicas-${request.kind.fileKind}-${formatTimestamp(started)}`);
    const view = this.openPanel(title);
    const controller = new AbortController();
    view.panel.onDidDispose(() => controller.abort());
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Capturing ${request.kind.label} from ${where}`, cancellable: true }, async (progress, cancel) => {
      const sub = cancel.onCancellationRequested(() => controller.abort());
      const logLines: string[] = [];
      let updates: CoalescedUpdate | undefined;
      try {
        const targets: ReplicaTarget[] = request.urls ? request.urls.map(url => ({ name: url, source: { baseUrl: url } })) : [];
        const states = new Map<string, ReplicaProgress>(targets.map(t => [t.name, { name: t.name, state: 'capturing', detail: 'waiting for the answer…' }]));
        let done = 0, reported = 0;
        // The view and the notification follow the answers at most every UPDATE_MS; the log gets one
        // entry per capture (each entry is a native write on the host's thread).
        const update = new CoalescedUpdate(() => {
          if (states.size > 0 && done > reported) progress.report({ increment: (100 * (done - reported)) / states.size, message: `${done} of ${states.size} replicas answered` });
          reported = done;
          view.showProgress([...states.values()]);
        }, UPDATE_MS);
        updates = update;
        if (request.pods) view.showProgress([{ name: `kubectl get pods -n ${request.pods.namespace}`, state: 'capturing', detail: 'listing pods…' }]);
        else view.showProgress([...states.values()]);
        const timeoutSeconds = vscode.workspace.getConfiguration('goProfileExplorer.capture').get<number>('timeoutSeconds', 30);
        logLines.push(`capturing ${request.kind.id} from ${request.urls ? request.urls.join(', ') : where} into ${folder.fsPath}`);
        const results = await this.captures.run({
          type: 'replicas', targets, pods: request.pods, kubectl: this.kubectl(),
          kind: request.kind, seconds: request.seconds, folder: folder.fsPath, timeoutMs: captureTimeoutMs(timeoutSeconds, request.kind, request.seconds),
          maxUnzippedBytes: analysisLimits().maxUnzippedBytes, whenMs: started.getTime(), auth: await this.auth(targets),
        }, {
          signal: controller.signal,
          onEvent: e => {
            if (e.type === 'targets') {
              // The pods found: one line each, those that cannot be reached failed already.
              states.clear();
              for (const name of e.names) states.set(name, { name, state: 'capturing', detail: 'waiting for the answer…' });
              for (const f of e.failed) states.set(f.name, { name: f.name, state: 'failed', detail: f.error ?? '' });
              done = reported = e.failed.length;
              update.request();
              return;
            }
            if (e.type !== 'done') return;
            const r = e.result;
            done++;
            states.set(r.name, { name: r.name, state: r.error !== undefined ? 'failed' : 'captured', detail: r.error ?? seconds(r.elapsedMs) });
            logLines.push(`${r.name}: ${r.error ?? `saved ${r.file}`} (${seconds(r.elapsedMs)})`);
            update.request();
          },
        });
        update.flush();
        this.log.info(logLines.splice(0).join('\n'));
        if (controller.signal.aborted) return undefined;
        progress.report({ message: 'comparing…' });
        const out = await this.captures.run({
          type: 'compare',
          input: { replicas: results.map(r => ({ name: r.name, filePath: r.file, error: r.error, elapsedMs: r.elapsedMs })), sampleType: request.sampleType, measure: request.measure },
          workerScript: vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'worker.js').fsPath, limits: analysisLimits(),
          mergedPath: vscode.Uri.joinPath(folder, `merged-${request.kind.fileKind}-${formatTimestamp(started)}.pb.gz`).fsPath,
          view: { title, folder: vscode.workspace.asRelativePath(folder, false) }, viewId: view.viewId,
        }, { signal: controller.signal });
        if (controller.signal.aborted) return undefined;
        const mergedFile = 'path' in out.merged ? vscode.Uri.file(out.merged.path) : undefined;
        const model: ReplicaViewModel = { ...out.model, elapsedMs: Date.now() - started.getTime() };
        view.showModel(model, results.map(r => (r.file ? vscode.Uri.file(r.file) : undefined)), mergedFile);
        return model;
      } catch (e) {
        if (controller.signal.aborted) return undefined;
        const message = e instanceof Error ? e.message : String(e);
        if (logLines.length > 0) this.log.info(logLines.join('\n'));
        this.log.error(message);
        view.showError(message);
        throw e;
      } finally {
        updates?.dispose();
        sub.dispose();
      }
    });
  }

  /** The views open now (for tests). */
  get views(): readonly ReplicaPanel[] { return [...this.panels]; }

  dispose(): void {
    for (const p of [...this.panels]) p.dispose();
  }
}

export function registerReplicaCapture(context: vscode.ExtensionContext, captures: CaptureThread): void {
  const log = vscode.window.createOutputChannel('Go Profile Replicas', { log: true });
  const capture = new ReplicaCapture(context, log, captures);
  context.subscriptions.push(
    log, capture,
    vscode.commands.registerCommand(CAPTURE_REPLICAS_COMMAND, async (args?: unknown) => {
      try {
        return await capture.run(args);
      } catch (e) {
        if (isArgs(args)) throw e;
        void vscode.window.showErrorMessage(`Go Profile: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }),
  );
}
