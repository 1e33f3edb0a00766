// Files the host streams to the worker while it still reads them (the web build's download of a
// remote file): their pieces come as messages beside the job that names the stream, in order, so
// the job can inflate each piece as it comes instead of waiting for the whole file.
import type { StreamPiece } from './jobTypes';

/** A job's input that names a stream, with the file's size. */
export interface StreamedBytes {
  readonly stream: string;
  readonly byteLength: number;
}

export function isStreamedBytes(source: unknown): source is StreamedBytes {
  return typeof source === 'object' && source !== null && typeof (source as StreamedBytes).stream === 'string';
}

/** The pieces of one stream, read in order by as many readers as ask. */
export class IncomingStream {
  private readonly pieces: Uint8Array[] = [];
  private received = 0;
  private ended = false;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];

  /** Takes one message of the stream. */
  take(piece: StreamPiece['streamPiece']): void {
    if (this.ended || this.failure) return;
    if (piece.bytes && piece.bytes.length > 0) { this.pieces.push(piece.bytes); this.received += piece.bytes.length; }
    if (piece.error !== undefined) this.failure = new Error(piece.error);
    else if (piece.end) this.ended = true;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** A reader of the pieces from the first: `next()` gives each in turn, undefined after the last. */
  reader(): { next(): Promise<Uint8Array | undefined> } {
    let index = 0;
    const next = async (): Promise<Uint8Array | undefined> => {
      for (;;) {
        if (this.failure) throw this.failure;
        if (index < this.pieces.length) return this.pieces[index++];
        if (this.ended) return undefined;
        await new Promise<void>(resolve => this.waiters.push(resolve));
      }
    };
    return { next };
  }

  /** The first piece (undefined for an empty file). */
  async first(): Promise<Uint8Array | undefined> {
    return this.reader().next();
  }

  /** All the bytes in one buffer, once the stream has ended. */
  async whole(): Promise<Uint8Array> {
    const reader = this.reader();
    while (await reader.next() !== undefined) { /* waits for the end */ }
    if (this.pieces.length === 1) return this.pieces[0];
    const out = new Uint8Array(this.received);
    let at = 0;
    for (const piece of this.pieces) { out.set(piece, at); at += piece.length; }
    return out;
  }
}

const streams = new Map<string, IncomingStream>();
/** Streams whose job is done: a piece still on its way then is dropped, not kept for nobody. */
const done = new Set<string>();

/** The stream of that name, made on its first message or the job that names it, whichever comes first. */
export function incomingStream(name: string): IncomingStream {
  let stream = streams.get(name);
  if (!stream) { stream = new IncomingStream(); streams.set(name, stream); }
  return stream;
}

export function takeStreamPiece(message: StreamPiece): void {
  if (!done.has(message.streamPiece.stream)) incomingStream(message.streamPiece.stream).take(message.streamPiece);
}

/** Forgets a stream its job is done with. */
export function dropStream(name: string): void {
  streams.delete(name);
  done.add(name);
}
