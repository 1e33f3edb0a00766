// The Node build's worker thread: zlib (several times faster than fflate on large profiles) and
// local files read by the thread itself.
import { gzipSync } from 'node:zlib';
import { nodeGunzip } from '../../node/gunzip';
import { nodeLocalFiles } from '../../node/localFiles';
import type { WorkerPlatform } from './workerPlatform';

export const nodeWorkerPlatform: WorkerPlatform = {
  gunzip: nodeGunzip,
  gzip: bytes => gzipSync(bytes),
  localFiles: nodeLocalFiles,
};
