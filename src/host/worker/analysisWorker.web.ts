// The analysis worker of the web build: a Web Worker started by the web extension host. No file
// system and no zlib: the host sends bytes read through vscode.workspace.fs or streams them as it
// downloads them; a profile is gunzipped by libdeflate in WebAssembly (the browser's
// DecompressionStream where WebAssembly is not allowed), anything else by the core's fflate,
// under the same limits. Its first message is the setup (the limits), then jobs.
import { gzipSync } from 'fflate';
import { decompressionStreamGunzip, hasDecompressionStream } from './streamGunzip';
import { takeStreamPiece } from './incomingStreams';
import { wasmGunzipOr } from './wasmGunzip';
import { setThreadLimits } from './threadLimits';
import { useWorkerPlatform } from './workerPlatform';
import { jobServer } from './serveJobs';
import type { ThreadSetup } from './analysisThread';
import type { JobReply, WorkerMessage } from './jobTypes';

/** The parts of a worker's global scope used here (the project's lib is ES2022 without DOM). */
interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: JobReply, transfer: ArrayBuffer[]): void;
}

useWorkerPlatform({ gzip: bytes => gzipSync(bytes), gunzipAsync: wasmGunzipOr(hasDecompressionStream() ? decompressionStreamGunzip : undefined) });

const scope = globalThis as unknown as WorkerScope;
const handle = jobServer((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = event => {
  const data = event.data as WorkerMessage | ThreadSetup;
  if ('setup' in data) setThreadLimits(data.setup);
  else if ('streamPiece' in data) takeStreamPiece(data);
  else void handle(data);
};
