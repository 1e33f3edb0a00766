// What the analysis worker gets from where it runs: the worker thread of the Node build has a
// file system and zlib; the Web Worker of the web build has neither, and uses the core's fflate.
// The worker's entry point sets it once, before the first job.
import { gzipSync } from 'fflate';
import type { ParseOptions } from '../../core/pprof/parse';

/** Local files that the host named by path, so their bytes never passed through the host. */
export interface LocalFileReader {
  readFile(path: string): Uint8Array;
  /** Calls `each` with successive chunks of the file (each chunk is reused after the call). */
  readChunks(path: string, each: (chunk: Uint8Array) => void): void;
}

export interface WorkerPlatform {
  /** A faster gunzip than the core's fflate; it must stop at maxBytes as the core's does. */
  readonly gunzip?: ParseOptions['gunzip'];
  readonly gzip: (bytes: Uint8Array) => Uint8Array;
  readonly localFiles?: LocalFileReader;
}

let current: WorkerPlatform = { gzip: bytes => gzipSync(bytes) };

export function useWorkerPlatform(platform: WorkerPlatform): void {
  current = platform;
}

export function workerPlatform(): WorkerPlatform {
  return current;
}

/** The local file reader; a web worker is never sent a path, so asking there is a bug. */
export function localFiles(): LocalFileReader {
  if (!current.localFiles) throw new Error('this analysis worker cannot read local files: the host must send the bytes');
  return current.localFiles;
}
