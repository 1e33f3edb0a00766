// A rewrite of a text's bytes read in chunks (escapes put back before the text is cut into lines):
// an escape a chunk's end cuts in two is held until the next chunk says what it is.

export interface ByteRewrite {
  rewrite(chunk: Uint8Array): Uint8Array;
  /** The bytes still held at the text's end: they were no escape. */
  flush(): Uint8Array;
}

/** The bytes a rewrite holds back at a chunk's end. */
export class HeldBytes {
  private held: Uint8Array = new Uint8Array(0);

  /** The held bytes, then `chunk`, as one array; nothing is held after. */
  before(chunk: Uint8Array): Uint8Array {
    const joined = joinBytes(this.held, chunk);
    this.held = new Uint8Array(0);
    return joined;
  }

  get isEmpty(): boolean {
    return this.held.length === 0;
  }

  hold(bytes: Uint8Array): void {
    this.held = bytes.slice();
  }

  flush(): Uint8Array {
    const rest = this.held;
    this.held = new Uint8Array(0);
    return rest;
  }
}

/**
 * `chunk` (after what `held` kept of the chunk before) rewritten a line at a time: each whole line,
 * its newline included, through `line`; the last line, its newline not yet read, held for the next chunk.
 */
export function rewriteWholeLines(held: HeldBytes, chunk: Uint8Array, line: (input: Uint8Array, start: number, end: number) => Uint8Array): Uint8Array {
  const input = held.before(chunk);
  const pieces: Uint8Array[] = [];
  let pos = 0;
  for (;;) {
    const newline = input.indexOf(0x0a, pos);
    if (newline < 0) { held.hold(input.subarray(pos)); break; }
    pieces.push(line(input, pos, newline + 1));
    pos = newline + 1;
  }
  return concatBytes(pieces);
}

/** `matchAt`'s answer where the bytes end inside what may still be a match: the rest is held for the next chunk. */
export const MATCH_CUT = 0;
/** `matchAt`'s answer where no match starts. */
export const NO_MATCH = -1;

/**
 * `input` (after what `held` kept of the chunk before) with each match made `replacement` (a byte,
 * or nothing): at each `marker` byte, `matchAt` says the match's length there, MATCH_CUT or NO_MATCH.
 */
export function replaceMatches(held: HeldBytes, chunk: Uint8Array, marker: number, matchAt: (bytes: Uint8Array, at: number) => number, replacement?: number): Uint8Array {
  const input = held.before(chunk);
  let at = input.indexOf(marker);
  if (at < 0) return input;
  const out = new Uint8Array(input.length);
  let written = 0;
  let copied = 0;
  for (; at >= 0; at = input.indexOf(marker, at + 1)) {
    const length = matchAt(input, at);
    if (length === NO_MATCH) continue;
    out.set(input.subarray(copied, at), written);
    written += at - copied;
    if (length === MATCH_CUT) {
      held.hold(input.subarray(at));
      return out.subarray(0, written);
    }
    if (replacement !== undefined) out[written++] = replacement;
    copied = at + length;
    at = copied - 1;
  }
  out.set(input.subarray(copied), written);
  written += input.length - copied;
  return out.subarray(0, written);
}

/** What the rewrites, applied one after the other, still hold at the text's end, rewritten by the ones after. */
export function flushRewrites(rewrites: readonly ByteRewrite[]): Uint8Array {
  let rest: Uint8Array = new Uint8Array(0);
  for (const r of rewrites) rest = joinBytes(r.rewrite(rest), r.flush());
  return rest;
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** The pieces one after the other, as one array (the piece itself when there is one). */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) { out.set(piece, at); at += piece.length; }
  return out;
}
