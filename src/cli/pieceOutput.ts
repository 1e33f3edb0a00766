// Output as large as the profile makes it (every frame of every sample) handed on a piece at a
// time, so that neither the whole text nor a list of its lines is held at once.
import type { CliIo } from './command';

/** Pieces of about this many characters: large enough that writing them costs little per call. */
const PIECE_CHARS = 1 << 20;

export interface PieceOutput {
  /** Adds text, writing what has gathered once it reaches a piece, and waits until the output has taken it. */
  add(text: string): Promise<void>;
  /** Writes what is left. */
  finish(): void;
}

export function pieceOutput(io: CliIo, pieceChars = PIECE_CHARS): PieceOutput {
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
