// The contract between the extension host and the analysis worker: one request per job, one
// reply per request. A job is a plain function of (input, context); its kind names it.

/** State a worker keeps between jobs, e.g. a decoded profile that later queries read. */
export class WorkerStore {
  private readonly entries = new Map<string, unknown>();
  get<T>(key: string): T | undefined { return this.entries.get(key) as T | undefined; }
  set(key: string, value: unknown): void { this.entries.set(key, value); }
  delete(key: string): void { this.entries.delete(key); }
}

export interface JobContext {
  store: WorkerStore;
  /** Buffers of the output to move (not copy) back to the host; they become unusable here. */
  transfer(...buffers: ArrayBufferLike[]): void;
}

export interface Job<Input, Output> {
  run(input: Input, context: JobContext): Output | Promise<Output>;
}

/** Host → worker. */
export interface JobRequest {
  id: number;
  kind: string;
  input: unknown;
}

/**
 * Host → worker: a piece of a file the host is still reading, for the job whose input names the
 * stream (`StreamedBytes`): the worker works on the pieces while the rest downloads. The last
 * message of a stream has `end` (all pieces sent) or `error` (the read failed).
 */
export interface StreamPiece {
  streamPiece: { stream: string; bytes?: Uint8Array; end?: true; error?: string };
}

/** Everything the host posts to a worker after its setup. */
export type WorkerMessage = JobRequest | StreamPiece;

/** Worker → host. */
export type JobReply =
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; error: { name: string; message: string; limitBytes?: number } };
