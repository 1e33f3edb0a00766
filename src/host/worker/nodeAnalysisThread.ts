// The Node build's analysis worker: a worker_threads thread with V8's heap limit, so an input
// that needs more ends the thread, not the extension host.
import { Worker } from 'worker_threads';
import type { StartAnalysisThread } from './analysisThread';
import type { JobReply } from './jobTypes';

export function nodeAnalysisThreads(scriptPath: string): StartAnalysisThread {
  return (limits, events) => {
    const worker = new Worker(scriptPath, {
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
      workerData: { maxUnzippedBytes: limits.maxUnzippedBytes },
    });
    worker.on('message', (reply: JobReply) => events.reply(reply));
    worker.on('error', err => {
      const outOfMemory = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      events.failed(err instanceof Error ? err : new Error(String(err)), outOfMemory);
    });
    worker.on('exit', () => events.exited());
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => { void worker.terminate(); },
    };
  };
}
