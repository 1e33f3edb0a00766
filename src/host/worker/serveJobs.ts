// The analysis worker's dispatch, the same in a Node worker thread and a Web Worker: each
// request names a job in jobs/index.ts and gets one reply.
import { jobs } from './jobs';
import { WorkerStore, type JobContext, type JobReply, type JobRequest } from './jobTypes';

export type PostReply = (reply: JobReply, transfer: ArrayBuffer[]) => void;

/** Returns the handler of one request; replies go through `post`. */
export function jobServer(post: PostReply): (request: JobRequest) => Promise<void> {
  const store = new WorkerStore();
  return async request => {
    const transferList: ArrayBuffer[] = [];
    const context: JobContext = { store, transfer: (...buffers) => transferList.push(...(buffers as ArrayBuffer[])) };
    let reply: JobReply;
    try {
      const job = (jobs as Record<string, { run(input: unknown, c: JobContext): unknown }>)[request.kind];
      if (!job) throw new Error(`unknown job kind ${request.kind}`);
      reply = { id: request.id, ok: true, output: await job.run(request.input, context) };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      const limitBytes = (err as { limitBytes?: unknown }).limitBytes;
      reply = { id: request.id, ok: false, error: { name: err.name, message: err.message, limitBytes: typeof limitBytes === 'number' ? limitBytes : undefined } };
      transferList.length = 0;
    }
    // A buffer listed twice (two views of one buffer) makes postMessage throw.
    post(reply, [...new Set(transferList)]);
  };
}
