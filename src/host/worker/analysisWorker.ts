// The analysis worker: decoding and aggregation run here, off the extension host's thread.
// It only dispatches: each request names a job in jobs/index.ts and gets one reply.
import { parentPort, workerData } from 'worker_threads';
import { setThreadLimits } from './threadLimits';
import { jobs } from './jobs';
import { WorkerStore, type JobContext, type JobReply, type JobRequest } from './jobTypes';

const store = new WorkerStore();
setThreadLimits(workerData);

async function handle(port: NonNullable<typeof parentPort>, request: JobRequest): Promise<void> {
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
  port.postMessage(reply, [...new Set(transferList)]);
}

const port = parentPort;
if (port) port.on('message', (request: JobRequest) => void handle(port, request));
