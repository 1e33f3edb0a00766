// What the analysis worker gets from where it runs: the worker thread of the Node build has a
// file system and zlib; the Web Worker of the web build has neither, and uses the core's fflate.
// The worker's entry point sets it once, before the first job.
import { gzipSync } from 'fflate';
import { gunzippedSizeHint, type ParseOptions } from '../../core/pprof/parse';
import { isGzip } from '../../core/pprof/sniff';
import { isDeclaredBomb, unzipLimit } from '../../core/pprof/unzipLimit';
import { threadLimits } from './threadLimits';
import type { ByteSearch } from '../../core/goroutines/byteSearch';
import type { IncomingStream } from './incomingStreams';
import { onePiece, type PiecesGunzip } from './gunzipPieces';

/** Local files that the host named by path, so their bytes never passed through the host. */
export interface LocalFileReader {
  readFile(path: string): Uint8Array;
  /** Calls `each` with successive chunks of the file (each chunk is reused after the call). */
  readChunks(path: string, each: (chunk: Uint8Array) => void): void;
}

export interface WorkerPlatform {
  /** A faster gunzip than the core's fflate; it must stop at maxBytes as the core's does. */
  readonly gunzip?: ParseOptions['gunzip'];
  /**
   * A faster gunzip that is asynchronous (the browser's DecompressionStream), run before the
   * synchronous decode; same contract as `gunzip`. It may refuse data the core reads (a second
   * gzip member): then the core's own gunzip runs. The input comes in pieces, as a download does;
   * `inputBytes` is the whole file's size.
   */
  readonly gunzipAsync?: PiecesGunzip;
  readonly gzip: (bytes: Uint8Array) => Uint8Array;
  readonly localFiles?: LocalFileReader;
  /** Faster searches over bytes for the goroutine scanner (Node's memchr); the core's portable ones otherwise. */
  readonly byteSearch?: ByteSearch;
}

let current: WorkerPlatform = { gzip: bytes => gzipSync(bytes) };

export function useWorkerPlatform(platform: WorkerPlatform): void {
  current = platform;
}

export function workerPlatform(): WorkerPlatform {
  return current;
}

type Gunzip = ParseOptions['gunzip'];

/**
 * Gunzips `bytes` ahead with the platform's asynchronous gunzip, when it has one and they are
 * gzip; the result is the gunzip to decode them with (it hands over the inflated bytes, or throws
 * what inflating threw: an over-limit RangeError becomes the core's UnzipLimitError). Undefined:
 * nothing to do ahead, decode with `workerPlatform().gunzip`. A bomb the core refuses at once
 * from its trailer is left to the core.
 */
export function gunzipAhead(bytes: Uint8Array | object): Promise<GunzippedAhead> | undefined {
  const gunzipAsync = current.gunzipAsync;
  if (!gunzipAsync || !(bytes instanceof Uint8Array) || !isGzip(bytes)) return undefined;
  const limit = unzipLimit(bytes.length, threadLimits.maxUnzippedBytes);
  if (isDeclaredBomb(bytes, limit)) return undefined;
  return gunzipResult(gunzipAsync(onePiece(bytes), Math.min(gunzippedSizeHint(bytes), limit.bytes + 1), limit.bytes, bytes.length));
}

/** What the sizes of real profiles suggest a gzip file of unknown output expands to (2-10×). */
const STREAMED_SIZE_GUESS = 4;

/**
 * The same for a file still arriving in pieces (`stream`, `byteLength` bytes in all): each piece
 * is inflated as it comes. Resolves once the stream has ended, with the whole file's bytes and
 * the gunzip to decode them with (undefined: not gzip, or no asynchronous gunzip here).
 */
export async function gunzipStreamAhead(stream: IncomingStream, byteLength: number): Promise<{ bytes: Uint8Array; ahead?: GunzippedAhead }> {
  const gunzipAsync = current.gunzipAsync;
  const first = await stream.first();
  if (!gunzipAsync || !first || !isGzip(first)) return { bytes: await stream.whole() };
  const limit = unzipLimit(byteLength, threadLimits.maxUnzippedBytes);
  const inflated = gunzipResult(gunzipAsync(stream.reader(), Math.min(STREAMED_SIZE_GUESS * byteLength, limit.bytes + 1), limit.bytes, byteLength));
  const ahead = await inflated;
  return { bytes: ahead.input ?? await stream.whole(), ahead };
}

/** The gunzip to decode with after gunzipping ahead, and which way that went. */
export interface GunzippedAhead {
  readonly gunzip: Gunzip;
  /** Undefined: the asynchronous gunzip refused the data; the platform's synchronous one runs. */
  readonly via?: string;
  readonly inputEndedAt?: number;
  readonly input?: Uint8Array;
}

/** The gunzip that hands over what inflating gave, or throws what it threw (an over-limit RangeError becomes the core's UnzipLimitError). */
function gunzipResult(inflating: ReturnType<PiecesGunzip>): Promise<GunzippedAhead> {
  const fallback = current.gunzip;
  return inflating.then(
    (out): GunzippedAhead => ({ gunzip: () => out.bytes, via: out.via, inputEndedAt: out.inputEndedAt, input: out.input }),
    (e: unknown): GunzippedAhead => ({ gunzip: e instanceof RangeError ? () => { throw e; } : fallback }));
}

/** The local file reader; a web worker is never sent a path, so asking there is a bug. */
export function localFiles(): LocalFileReader {
  if (!current.localFiles) throw new Error('this analysis worker cannot read local files: the host must send the bytes');
  return current.localFiles;
}
