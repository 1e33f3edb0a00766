// A dump saved with a terminal's escape sequences left in (a CI log downloaded raw, a logger that
// colours whole lines, `tmux capture-pane -e`, a terminal's hyperlink on each location): each
// line starts with `ESC[31m` and ends with `ESC[0m`, so no reader of lines would know it. Every
// text is read without its colour (CSI) and hyperlink (OSC) sequences, wherever the first one
// stands (a log coloured only from its crash on), before it is cut into lines: a chunk without ESC,
// told by one fast search, passes as it is. A sequence longer than any terminal writes is no
// sequence: its bytes stay, so a stray ESC can neither swallow the text nor be held for long.

import type { ByteSearch } from './byteSearch';
import { HeldBytes, MATCH_CUT as CUT, NO_MATCH as NONE, replaceMatches, type ByteRewrite } from './heldBytes';

const ESC = 0x1b;
const BEL = 0x07;
/** `ESC [`: a control sequence (colours, cursor moves), ended by a byte of 0x40–0x7e. */
const CSI = 0x5b;
/** `ESC ]`: an operating system command (a hyperlink, a title), ended by BEL or `ESC \`. */
const OSC = 0x5d;
const BACKSLASH = 0x5c;
/** `ESC (` and `ESC )`: a character set chosen by the next byte (`tput sgr0` writes `ESC ( B`). */
const CHARSET_G0 = 0x28;
const CHARSET_G1 = 0x29;
/** The longest sequence taken as one: CSI parameters of a 256-colour SGR are ~20 bytes; an OSC hyperlink holds its URL. */
const MAX_CSI_BYTES = 64;
const MAX_OSC_BYTES = 4096;

/** The length of the sequence at bytes[at] (an ESC); CUT when the bytes end inside it; NONE when it is none. */
function sequenceAt(bytes: Uint8Array, at: number): number {
  const end = bytes.length;
  if (at + 1 >= end) return CUT;
  const kind = bytes[at + 1];
  // A charset's final byte is 0x30–0x7e (ECMA-35): `ESC (` before a line break is no sequence.
  if (kind === CHARSET_G0 || kind === CHARSET_G1) return at + 2 >= end ? CUT : bytes[at + 2] >= 0x30 && bytes[at + 2] <= 0x7e ? 3 : NONE;
  if (kind === CSI) {
    const stop = Math.min(end, at + MAX_CSI_BYTES);
    let i = at + 2;
    while (i < stop && bytes[i] >= 0x20 && bytes[i] <= 0x3f) i++;
    if (i === stop) return stop === end && end - at < MAX_CSI_BYTES ? CUT : NONE;
    return bytes[i] >= 0x40 && bytes[i] <= 0x7e ? i + 1 - at : NONE;
  }
  if (kind === OSC) {
    const stop = Math.min(end, at + MAX_OSC_BYTES);
    for (let i = at + 2; i < stop; i++) {
      if (bytes[i] === BEL) return i + 1 - at;
      if (bytes[i] === ESC) {
        if (i + 1 === end) return CUT;
        return bytes[i + 1] === BACKSLASH ? i + 2 - at : NONE;
      }
      if (bytes[i] === 0x0a) return NONE;
    }
    return stop === end && end - at < MAX_OSC_BYTES ? CUT : NONE;
  }
  return NONE;
}

/**
 * Drops the sequences from a text read in chunks of any size. A sequence cut by a chunk's end is
 * held until the next chunk (or `flush`) says whether it is one.
 */
export class TerminalEscapeStripper implements ByteRewrite {
  private readonly held = new HeldBytes();

  constructor(private readonly search: ByteSearch) {}

  rewrite(chunk: Uint8Array): Uint8Array {
    if (this.held.isEmpty && this.search.indexOf(chunk, ESC, 0, chunk.length) < 0) return chunk;
    return replaceMatches(this.held, chunk, ESC, sequenceAt);
  }

  flush(): Uint8Array {
    return this.held.flush();
  }
}
