// The web build's analysis worker: a Web Worker started from the web extension host. The script
// is fetched (the host's fetch maps the extension's vscode-remote: or https: location to a URL
// the browser can load) and started from a blob: URL, which works whatever origin the extension
// is served from. A Web Worker has no heap limit and reports no out-of-memory: the watchdog's
// time limit is what stops a runaway job there.
import type { AnalysisThreadEvents, StartAnalysisThread, ThreadSetup } from './analysisThread';
import type { JobReply, WorkerMessage } from './jobTypes';

/** The parts of the browser's Worker used here (the project's lib is ES2022 without DOM). */
interface WebWorker {
  onmessage: ((event: { data: JobReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  postMessage(message: WorkerMessage | ThreadSetup, transfer?: ArrayBuffer[]): void;
  terminate(): void;
}
type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

export function webAnalysisThreads(scriptUrl: string): StartAnalysisThread {
  let blobUrl: Promise<string> | undefined;
  const loadScript = (): Promise<string> => blobUrl ??= fetch(scriptUrl)
    .then(r => { if (!r.ok) throw new Error(`could not load the analysis worker (${r.status} ${r.statusText})`); return r.text(); })
    .then(code => URL.createObjectURL(new Blob([code], { type: 'application/javascript' })))
    .catch((e: unknown) => { blobUrl = undefined; throw e; });

  return (limits, events: AnalysisThreadEvents) => {
    let worker: WebWorker | undefined;
    let terminated = false;
    const queued: [WorkerMessage, ArrayBuffer[]][] = [];
    loadScript().then(url => {
      if (terminated) return;
      const Worker = (globalThis as unknown as { Worker: WebWorkerConstructor }).Worker;
      const started = new Worker(url, { name: 'go-profile-explorer-analysis' });
      started.onmessage = event => events.reply(event.data);
      started.onerror = event => events.failed(new Error(event.message || 'the analysis worker failed'), false);
      started.postMessage({ setup: { maxUnzippedBytes: limits.maxUnzippedBytes } });
      for (const [request, transfer] of queued.splice(0)) started.postMessage(request, transfer);
      worker = started;
    }, (e: unknown) => events.failed(e instanceof Error ? e : new Error(String(e)), false));
    return {
      post: (message, transfer) => { if (worker) worker.postMessage(message, transfer); else queued.push([message, transfer]); },
      terminate: () => { terminated = true; worker?.terminate(); },
    };
  };
}
