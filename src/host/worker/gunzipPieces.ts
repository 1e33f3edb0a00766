// What the web worker's asynchronous gunzips (WebAssembly, DecompressionStream) take and give:
// gzip input in pieces, as a download arrives, and the inflated bytes with how they were made.

/** Pieces of gzip input as they become available; undefined once there are no more. */
export interface GzipPieces {
  next(): Promise<Uint8Array | undefined>;
}

/** The whole input as one piece. */
export function onePiece(bytes: Uint8Array): GzipPieces {
  let given = false;
  return { next: () => Promise.resolve(given ? undefined : (given = true, bytes)) };
}

/** What an asynchronous gunzip gave: the bytes, which way (for the load's timings), and when its last input piece came (performance.now()). */
export interface AsyncGunzipOutput {
  readonly bytes: Uint8Array;
  readonly via: string;
  readonly inputEndedAt?: number;
  /** The whole gzip file, where the gunzip gathered it anyway: then it is not gathered again. */
  readonly input?: Uint8Array;
}

/** An asynchronous gunzip of `inputBytes` bytes in pieces; RangeError past `maxBytes`, TypeError for input it does not take. */
export type PiecesGunzip = (pieces: GzipPieces, sizeHint: number, maxBytes: number, inputBytes: number) => Promise<AsyncGunzipOutput>;
