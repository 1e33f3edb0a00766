// The extension host's side of the analysis worker: run(kind, input) → Promise of the job's
// output. Cancelling a job terminates the thread (a decode is synchronous: nothing else stops
// it); the next run starts a fresh one (paced: pacedThreadStarts.ts), so jobs that rely on
// worker state must start over.
// The thread runs under a heap limit (in Node, V8's resourceLimits: an input that needs more
// ends the thread, not the extension host) and a watchdog (a job over its time budget is
// stopped); both fail the job with JobLimitError, which says what happened, so the view can
// offer a retry with the limit raised. The thread itself is the platform's (analysisThread.ts).
import { timerDelayMs } from '../../core/timerDelay';
import type { JobKind, JobInput, JobOutput } from './jobs';
import type { JobRequest, StreamPiece } from './jobTypes';
import type { AnalysisThread, StartAnalysisThread, WorkerLimits } from './analysisThread';
import { PacedThreadStarts } from './pacedThreadStarts';

export type { WorkerLimits } from './analysisThread';

/** Structurally vscode.CancellationToken, so this module does not need vscode. */
export interface CancellationTokenLike {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export class JobCancelledError extends Error {
  constructor() { super('cancelled'); this.name = 'JobCancelledError'; }
}

/** A failure reported by the job itself (its error's name and message survive the thread hop). */
export class JobFailedError extends Error {
  /** The limit an UnzipLimitError hit, in bytes. */
  readonly limitBytes?: number;
  constructor(readonly errorName: string, message: string, limitBytes?: number) {
    super(message);
    this.name = 'JobFailedError';
    this.limitBytes = limitBytes;
  }
}

/** A job stopped by a limit: the thread's heap, or the watchdog's time budget. */
export class JobLimitError extends Error {
  constructor(readonly limit: 'memory' | 'time', message: string) { super(message); this.name = 'JobLimitError'; }
}

interface Pending {
  resolve(output: unknown): void;
  reject(error: Error): void;
}

export class AnalysisWorkerClient {
  private worker: AnalysisThread | undefined;
  private readonly pending = new Map<number, Pending>();
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  /** The job the watchdog times. */
  private watched: number | undefined;
  private nextId = 1;
  /** Increments each time a thread is stopped, so callers can tell that worker state was lost. */
  generation = 0;

  private readonly threads: PacedThreadStarts;

  constructor(startThread: StartAnalysisThread, readonly limits: WorkerLimits) {
    this.threads = new PacedThreadStarts(startThread);
  }

  run<K extends JobKind>(kind: K, input: JobInput<K>, options: { token?: CancellationTokenLike; transfer?: ArrayBuffer[] } = {}): Promise<JobOutput<K>> {
    const { token, transfer = [] } = options;
    if (token?.isCancellationRequested) return Promise.reject(new JobCancelledError());
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<JobOutput<K>>((resolve, reject) => {
      const cancellation = token?.onCancellationRequested(() => this.restart(new JobCancelledError()));
      const settle = (): void => { cancellation?.dispose(); };
      this.pending.set(id, {
        resolve: out => { settle(); resolve(out as JobOutput<K>); },
        reject: err => { settle(); reject(err); },
      });
      this.watchOldest();
      const request: JobRequest = { id, kind, input };
      worker.post(request, transfer);
    });
  }

  /**
   * Posts one message of a stream a running job reads (`transfer`: buffers moved, not copied);
   * false when the thread that job ran on is gone (cancelled, over a limit): the sender can stop reading.
   */
  sendStreamPiece(piece: StreamPiece['streamPiece'], generation: number, transfer: ArrayBuffer[] = []): boolean {
    if (!this.worker || generation !== this.generation) return false;
    this.worker.post({ streamPiece: piece }, transfer);
    return true;
  }

  /** Starts the thread now, so that its start overlaps what comes before the first job (reading a file). */
  prestart(): void {
    this.ensureWorker();
  }

  dispose(): void {
    this.restart(new JobCancelledError());
  }

  private ensureWorker(): AnalysisThread {
    if (this.worker) return this.worker;
    const worker: AnalysisThread = this.threads.start(this.limits, {
      reply: reply => {
        const p = this.pending.get(reply.id);
        if (!p) return;
        this.pending.delete(reply.id);
        this.watchOldest();
        if (reply.ok) p.resolve(reply.output);
        else p.reject(new JobFailedError(reply.error.name, reply.error.message, reply.error.limitBytes));
      },
      failed: (err, outOfMemory) => {
        if (this.worker !== worker) return;
        this.restart(outOfMemory ? new JobLimitError('memory', `stopped: it needed more than ${this.limits.heapMb} MiB of memory, the limit of one analysis`) : err);
      },
      exited: () => { if (this.worker === worker) this.restart(new Error('the analysis worker stopped')); },
    });
    this.worker = worker;
    return worker;
  }

  /**
   * The watchdog times the oldest unanswered job, from when it became the oldest: the thread runs
   * jobs in order, so that one is running, and the jobs queued behind it (a webview asking many
   * views at once) have not started. Timed from their request, 100 jobs of 0.1 s under a 3 s limit
   * failed 89 of them as "stopped after 3 s".
   */
  private watchOldest(): void {
    const oldest = this.pending.keys().next();
    const id = oldest.done ? undefined : oldest.value;
    if (id === this.watched) return;
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    this.watched = id;
    if (id === undefined) return;
    this.watchdog = setTimeout(() => {
      this.restart(new JobLimitError('time', `stopped after ${this.limits.jobSeconds} s, the time limit of one analysis`));
    }, timerDelayMs(this.limits.jobSeconds * 1000));
  }

  /** Stops the thread and fails every job still running on it. */
  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      this.generation++;
      worker.terminate();
      if (reason instanceof JobCancelledError) this.threads.cancelled();
    }
    const failed = [...this.pending.values()];
    this.pending.clear();
    this.watchOldest();
    for (const p of failed) p.reject(reason);
  }
}
