// Gunzip through the browser's DecompressionStream (native zlib) for the web build's worker
// where WebAssembly is not allowed (wasmGunzip.ts is faster). The limit is kept while it
// streams: the input goes in pieces that cannot inflate past the limit by much, each written only
// when the output read so far leaves room (the stream's backpressure), and the stream is
// cancelled as soon as the output passes it.
// A 37.6 MB profile inflates in ~1.5 s this way in Chromium, against 6-20 s for fflate's
// streaming inflater there (V8 deoptimizes it at every piece's end).
import { pushBytes } from '../../core/pprof/unzipLimit';
import { onePiece, type AsyncGunzipOutput, type GzipPieces } from './gunzipPieces';

/** The parts of the Compression Streams API used here (the project's lib is ES2022 without DOM). */
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
interface ByteWriter {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
interface DecompressionStreamLike {
  readonly writable: { getWriter(): ByteWriter };
  readonly readable: { getReader(): ByteReader };
}
type DecompressionStreamConstructor = new (format: 'gzip') => DecompressionStreamLike;

/** Whether this global scope has DecompressionStream (every current browser; Node 18+ too). */
export function hasDecompressionStream(): boolean {
  return typeof (globalThis as { DecompressionStream?: unknown }).DecompressionStream === 'function';
}

/** The output passed `maxBytes`: a RangeError, as zlib's, which the core reports as its UnzipLimitError. */
class OverLimit extends RangeError {}

/**
 * Gunzips `bytes` (a gzip file, one member: a browser's DecompressionStream refuses data after
 * the first member) into one buffer that starts at `sizeHint` bytes and grows. Throws RangeError
 * once the output would pass `maxBytes`, the stream's TypeError for data it cannot inflate.
 */
export function streamGunzip(bytes: Uint8Array, sizeHint: number, maxBytes: number): Promise<Uint8Array> {
  return streamGunzipPieces(onePiece(bytes), sizeHint, maxBytes);
}

/**
 * The same for input that arrives in pieces (a download): each is inflated as it comes, so the
 * inflating overlaps the wait for the next.
 */
export async function streamGunzipPieces(pieces: GzipPieces, sizeHint: number, maxBytes: number): Promise<Uint8Array> {
  const Decompression = (globalThis as unknown as { DecompressionStream: DecompressionStreamConstructor }).DecompressionStream;
  const stream = new Decompression('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let out = new Uint8Array(Math.min(maxBytes + 1, Math.max(sizeHint, 64 * 1024)));
  let size = 0;
  let stopped = false;

  const feed = async (): Promise<void> => {
    for (let piece = await pieces.next(); piece !== undefined && !stopped; piece = await pieces.next()) {
      for (let at = 0; at < piece.length && !stopped;) {
        await writer.ready;
        if (stopped) return;
        const end = Math.min(piece.length, at + pushBytes(maxBytes - size));
        // Not awaited: write() settles only once the piece is read out, and the reads are below.
        writer.write(piece.subarray(at, end)).catch(() => undefined);
        at = end;
      }
    }
    if (!stopped) await writer.close();
  };
  const fed = feed().catch((e: unknown) => { stopped = true; throw e; });
  fed.catch(() => undefined);
  // A failed source ends the reads too: its error, not a wait for output that never comes.
  const failed = fed.then(() => new Promise<never>(() => undefined));
  failed.catch(() => undefined);

  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), failed]);
      if (done) break;
      if (!value) continue;
      if (size + value.length > maxBytes) throw new OverLimit(`gzip expands beyond ${maxBytes} bytes`);
      if (size + value.length > out.length) {
        const grown = new Uint8Array(Math.min(maxBytes, Math.max(out.length * 2, size + value.length)));
        grown.set(out.subarray(0, size));
        out = grown;
      }
      out.set(value, size);
      size += value.length;
    }
    await fed;
  } catch (e) {
    stopped = true;
    reader.cancel(e).catch(() => undefined);
    writer.abort(e).catch(() => undefined);
    throw e;
  }
  return out.subarray(0, size);
}

/** streamGunzipPieces as a worker platform's asynchronous gunzip. */
export async function decompressionStreamGunzip(pieces: GzipPieces, sizeHint: number, maxBytes: number): Promise<AsyncGunzipOutput> {
  return { bytes: await streamGunzipPieces(pieces, sizeHint, maxBytes), via: 'DecompressionStream' };
}
