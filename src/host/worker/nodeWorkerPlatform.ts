// The Node build's worker thread: zlib (several times faster than fflate on large profiles),
// local files read by the thread itself and Buffer's memchr for the goroutine scanner's searches.
import { gzipSync } from 'node:zlib';
import { nodeGunzip } from '../../node/gunzip';
import { nodeLocalFiles } from '../../node/localFiles';
import { nodeByteSearch } from '../../node/byteSearch';
import type { WorkerPlatform } from './workerPlatform';

export const nodeWorkerPlatform: WorkerPlatform = {
  gunzip: nodeGunzip,
  gzip: bytes => gzipSync(bytes),
  localFiles: nodeLocalFiles,
  byteSearch: nodeByteSearch,
};
