// The analysis worker of the Node build: decoding and aggregation run in this worker thread,
// off the extension host's thread, with zlib and local files (nodeWorkerPlatform).
import { parentPort, workerData } from 'worker_threads';
import { setThreadLimits } from './threadLimits';
import { useWorkerPlatform } from './workerPlatform';
import { nodeWorkerPlatform } from './nodeWorkerPlatform';
import { jobServer } from './serveJobs';
import type { WorkerMessage } from './jobTypes';
import { takeStreamPiece } from './incomingStreams';

useWorkerPlatform(nodeWorkerPlatform);
setThreadLimits(workerData);

const port = parentPort;
if (port) {
  const handle = jobServer((reply, transfer) => port.postMessage(reply, transfer));
  port.on('message', (message: WorkerMessage) => {
    if ('streamPiece' in message) takeStreamPiece(message);
    else void handle(message);
  });
}
