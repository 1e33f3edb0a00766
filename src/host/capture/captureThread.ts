// The extension host's side of the capture thread (captureWorker.ts): starts it on the first
// job, sends jobs, relays their events, cancels them with the caller's AbortSignal, and ends the
// thread once it has been idle for a while (a watch's next round starts it again if need be).
import * as vscode from 'vscode';
import { Worker } from 'worker_threads';
import { CaptureError } from '../../core/capture';
import type { CaptureJob, CaptureJobResults, CaptureThreadEvent, CaptureThreadReply, CaptureThreadRequest } from './captureThreadProtocol';

const IDLE_MS = 60_000;

interface Pending {
  resolve(value: unknown): void;
  reject(e: Error): void;
  onEvent?(e: CaptureThreadEvent): void;
}

export class CaptureThread implements vscode.Disposable {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly scriptPath: string) {}

  run<K extends CaptureJob['type']>(
    job: Extract<CaptureJob, { type: K }>,
    options: { signal?: AbortSignal; onEvent?: (e: CaptureThreadEvent) => void } = {},
  ): Promise<CaptureJobResults[K]> {
    if (this.disposed) return Promise.reject(new CaptureError('The extension is shutting down.', 'cancelled'));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<CaptureJobResults[K]>((resolve, reject) => {
      const onAbort = () => this.post({ id, cancel: true });
      options.signal?.addEventListener('abort', onAbort);
      const settle = () => { options.signal?.removeEventListener('abort', onAbort); this.pending.delete(id); this.idleLater(); };
      this.pending.set(id, {
        resolve: v => { settle(); resolve(v as CaptureJobResults[K]); },
        reject: e => { settle(); reject(e); },
        onEvent: options.onEvent,
      });
      worker.postMessage({ id, job } satisfies CaptureThreadRequest);
      if (options.signal?.aborted) onAbort();
    });
  }

  private start(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.worker) return this.worker;
    const worker = new Worker(this.scriptPath);
    worker.on('message', (m: CaptureThreadReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      if ('events' in m) { for (const e of m.events) p.onEvent?.(e); }
      else if ('result' in m) p.resolve(m.result);
      else p.reject(m.error.captureKind ? new CaptureError(m.error.message, m.error.captureKind) : Object.assign(new Error(m.error.message), { name: m.error.name }));
    });
    const fail = (e: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const p of [...this.pending.values()]) p.reject(e);
    };
    worker.on('error', e => fail(e instanceof Error ? e : new Error(String(e))));
    worker.on('exit', code => fail(new Error(`The capture thread ended (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private post(m: CaptureThreadRequest): void {
    this.worker?.postMessage(m);
  }

  private idleLater(): void {
    if (this.pending.size > 0 || !this.worker) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
  }

  private stop(): void {
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  dispose(): void {
    this.disposed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.stop();
    if (worker) for (const p of [...this.pending.values()]) p.reject(new CaptureError('The extension is shutting down.', 'cancelled'));
  }
}

/** The capture thread of the desktop extension (dist/captureWorker.js). */
export function captureThreadFor(context: vscode.ExtensionContext): CaptureThread {
  const thread = new CaptureThread(vscode.Uri.joinPath(context.extensionUri, 'dist', 'captureWorker.js').fsPath);
  context.subscriptions.push(thread);
  return thread;
}
