// Output as large as the profile makes it (every frame of every sample) handed on a piece at a
// time, so that neither the whole text nor a list of its lines is held at once.
import type { CliIo } from './command';
import { encodeEscapedBytes, hasEscapedBytes } from '../core/byteEscapes';

/** Pieces of about this many characters (bytes where the output takes bytes): large enough that writing them costs little per call. */
const PIECE_CHARS = 1 << 20;

export interface PieceOutput {
  /** Adds text, writing what has gathered once it reaches a piece, and waits until the output has taken it. */
  add(text: string): Promise<void>;
  /** Writes what is left. */
  finish(): void;
}

export function pieceOutput(io: CliIo, pieceChars = PIECE_CHARS): PieceOutput {
  return io.outBytes ? bytePieces(io, io.outBytes, pieceChars) : textPieces(io, pieceChars);
}

function textPieces(io: CliIo, pieceChars: number): PieceOutput {
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = (): void => {
    if (pending.length > 0) io.out(pending.join(''));
    pending = [];
    pendingChars = 0;
  };
  return {
    async add(text) {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars < pieceChars) return;
      flush();
      await io.drained?.();
    },
    finish: flush,
  };
}

/**
 * Each text encoded as it comes into a piece of bytes: a piece of texts waiting to be joined
 * outlived V8's young generation (1 MB in the CLI), so every text of a 100 MB output was copied
 * and promoted, and the collector took 60 % of a 10^6-trace `traces`.
 */
function bytePieces(io: CliIo, outBytes: (bytes: Uint8Array) => void, pieceBytes: number): PieceOutput {
  const encoder = new TextEncoder();
  let piece = new Uint8Array(pieceBytes);
  let used = 0, pieces = 0;
  // The output may hold a piece until it is written: each piece is a new one.
  const flush = (): void => {
    if (used === 0) return;
    outBytes(piece.subarray(0, used));
    pieces++;
    piece = new Uint8Array(pieceBytes);
    used = 0;
  };
  const addBytes = (bytes: Uint8Array): void => {
    for (let at = 0; at < bytes.length;) {
      if (used === pieceBytes) flush();
      const n = Math.min(bytes.length - at, pieceBytes - used);
      piece.set(bytes.subarray(at, at + n), used);
      used += n;
      at += n;
    }
  };
  return {
    async add(text) {
      const piecesBefore = pieces;
      // A profile's bytes that were not UTF-8 are written back as they were (as the CLI's `out` does).
      if (hasEscapedBytes(text)) {
        addBytes(encodeEscapedBytes(text));
      } else {
        let rest = text;
        for (;;) {
          const { read, written } = encoder.encodeInto(rest, piece.subarray(used));
          used += written;
          if (read === rest.length) break;
          rest = rest.slice(read);
          flush();
        }
      }
      if (used === pieceBytes) flush();
      if (pieces === piecesBefore) return;
      await io.drained?.();
    },
    finish: flush,
  };
}
