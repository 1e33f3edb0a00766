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

  hold(bytes: Uint8Array): void {
    this.held = bytes.slice();
  }

  flush(): Uint8Array {
    const rest = this.held;
    this.held = new Uint8Array(0);
    return rest;
  }
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
