// The capture thread: a worker_threads thread that runs the extension's captures (one URL,
// replicas, a watch's rounds, kubectl, and the analysis worker that compares replicas), so none
// of a capture's work runs on the extension host's thread:
// the HTTP and TLS parsing, VS Code's proxy resolution that wraps every request made from the
// host's own http module, the file writes, the counting gunzip, the kubectl processes. Only
// the jobs' results and progress events go back.
import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { CaptureError } from '../../core/capture';
import { fetchToFile } from '../../node/fetchToFile';
import { captureReplicas, type ReplicaCaptureResult } from '../../node/replicaCapture';
import { kubeContexts, kubeTargets, selectPods } from '../../node/kubeReplicas';
import { lowerThisThreadPriority } from '../../node/threadPriority';
import { captureRound } from '../../node/watchRound';
import { buildReplicaViewModel, VIEW_ROWS } from '../replicas/replicaViewModel';
import { HeldReplicaRows } from '../replicas/heldReplicaRows';
import { AnalysisWorkerClient, type CancellationTokenLike } from '../worker/analysisWorkerClient';
import { nodeAnalysisThreads } from '../worker/nodeAnalysisThread';
import type {
  CaptureJob, CaptureThreadEvent, CaptureThreadReply, CaptureThreadRequest, CompareJob, CompareResult, ReplicasJob,
} from './captureThreadProtocol';

/**
 * Nice levels below the host's thread: the lowest priority, so that a capture (network waits, a
 * little parsing) takes a core only when the host's thread does not want it.
 */
const CAPTURE_THREAD_NICE = 19;

async function replicas(job: ReplicasJob, signal: AbortSignal, onEvent: (e: CaptureThreadEvent) => void): Promise<ReplicaCaptureResult[]> {
  let targets = job.targets ?? [];
  let failedBefore: ReplicaCaptureResult[] = [];
  let stop = () => undefined as void;
  try {
    if (job.pods) {
      const pods = await selectPods(job.pods, { kubectl: job.kubectl, signal });
      const kube = await kubeTargets(job.pods, pods, { kubectl: job.kubectl, portForward: job.pods.portForward });
      stop = kube.stop;
      targets = kube.targets;
      failedBefore = kube.failed.map(f => ({ name: f.name, url: `pod/${f.name}`, error: f.error, elapsedMs: 0 }));
      onEvent({ type: 'targets', names: targets.map(t => t.name), failed: failedBefore });
    }
    const results = await captureReplicas(targets, {
      kind: job.kind, seconds: job.seconds, folder: job.folder, timeoutMs: job.timeoutMs, maxUnzippedBytes: job.maxUnzippedBytes,
      when: new Date(job.whenMs), signal, onEvent,
      headersFor: async origin => ({ ...job.auth[origin]?.headers }),
      tlsFor: async origin => job.auth[origin]?.tls,
    });
    return [...results, ...failedBefore];
  } finally {
    stop();
  }
}

/** The rows each replica view shows, every replica's value, until the view asks for one whole or closes. */
const heldRows = new HeldReplicaRows();

// The analysis worker of the comparisons, kept between captures while its script and limits stay.
let analysis: { readonly key: string; readonly client: AnalysisWorkerClient } | undefined;

function tokenOf(signal: AbortSignal): CancellationTokenLike {
  return {
    get isCancellationRequested() { return signal.aborted; },
    onCancellationRequested: listener => {
      signal.addEventListener('abort', listener);
      return { dispose: () => signal.removeEventListener('abort', listener) };
    },
  };
}

async function compare(job: CompareJob, signal: AbortSignal): Promise<CompareResult> {
  const key = JSON.stringify([job.workerScript, job.limits]);
  if (analysis?.key !== key) {
    analysis?.client.dispose();
    analysis = { key, client: new AnalysisWorkerClient(nodeAnalysisThreads(job.workerScript), job.limits) };
  }
  const out = await analysis.client.run('replicas', job.input, { token: tokenOf(signal) });
  let merged: CompareResult['merged'];
  if ('error' in out.merged) merged = out.merged;
  else {
    await writeFile(job.mergedPath, out.merged.bytes);
    merged = { path: job.mergedPath };
  }
  heldRows.hold(job.viewId, out.comparison.rows.slice(0, VIEW_ROWS));
  return { model: buildReplicaViewModel(out.comparison, { ...job.view, merged, elapsedMs: 0 }), merged };
}

function run(job: CaptureJob, signal: AbortSignal, onEvent: (e: CaptureThreadEvent) => void): Promise<unknown> {
  switch (job.type) {
    case 'replicas': return replicas(job, signal, onEvent);
    case 'round': return captureRound(job.requests, new Date(job.roundStartedMs), {
      folder: job.folder, headers: job.auth.headers, tls: job.auth.tls, timeoutSeconds: job.timeoutSeconds, maxUnzippedBytes: job.maxUnzippedBytes, signal,
    });
    case 'fetch': return fetchToFile(job.url, { ...job, headers: job.auth.headers, tls: job.auth.tls }, signal);
    case 'contexts': return kubeContexts({ kubectl: job.kubectl, signal });
    case 'compare': return compare(job, signal);
    case 'replicaRow': return Promise.resolve().then(() => heldRows.cells(job.viewId, job.row));
    case 'releaseRows': heldRows.release(job.viewId); return Promise.resolve(null);
  }
}

/**
 * A job's events go to the host together, at most every EVENT_BATCH_MS: ten replicas answering
 * within a few milliseconds wake the host's thread once, not ten times. A replica's start is not
 * sent at all: the host shows every replica as capturing from the moment it asks.
 */
const EVENT_BATCH_MS = 50;

class EventBatch {
  private pending: CaptureThreadEvent[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly send: (events: CaptureThreadEvent[]) => void) {}

  add(event: CaptureThreadEvent): void {
    if (event.type === 'started') return;
    this.pending.push(event);
    this.timer ??= setTimeout(() => this.flush(), EVENT_BATCH_MS);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const events = this.pending;
    this.pending = [];
    this.send(events);
  }
}

const port = parentPort;
if (port) {
  // Captures wait on the network; the host's thread must not wait behind them for a core. The
  // analysis worker this thread starts inherits the lower priority.
  lowerThisThreadPriority(CAPTURE_THREAD_NICE);
  const running = new Map<number, AbortController>();
  const reply = (m: CaptureThreadReply) => port.postMessage(m);
  port.on('message', (m: CaptureThreadRequest) => {
    if ('cancel' in m) { running.get(m.id)?.abort(); return; }
    const controller = new AbortController();
    running.set(m.id, controller);
    const events = new EventBatch(batch => reply({ id: m.id, events: batch }));
    const settled = (last: CaptureThreadReply) => { events.flush(); reply(last); };
    run(m.job, controller.signal, event => events.add(event)).then(
      result => settled({ id: m.id, result }),
      (e: unknown) => settled({ id: m.id, error: {
        message: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : 'Error', captureKind: e instanceof CaptureError ? e.kind : undefined,
      } }),
    ).finally(() => running.delete(m.id));
  });
}
