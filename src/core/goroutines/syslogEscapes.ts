// rsyslog writes each control character of a message as `#` and its three octal digits
// ($EscapeControlCharactersOnReceive, on by default on many distributions): a dump logged through
// it shows `#011` where Go printed the tab before each `file:line`. Such a text is told from its
// first bytes (an escaped tab right before a location) and read with its tabs put back, before it
// is cut into lines, so every reader of lines (prefix learner, junk gate, stacks without their
// header) sees the tabs Go printed.

import { HeldBytes, MATCH_CUT, NO_MATCH, replaceMatches, type ByteRewrite } from './heldBytes';
import { decodeEscapingBytes } from '../byteEscapes';

const HASH = 0x23;
const TAB = 0x09;
/** `#011`, rsyslog's escape of a tab. */
const TAB_ESCAPE = [HASH, 0x30, 0x31, 0x31];
/** An escaped tab right before a Go, assembly or C location: `#011/usr/lib/golang/src/runtime/mgc.go:204`. */
const ESCAPED_LOCATION = /#011[^\s#]*\.(?:go|s|c):\d/;

/** Whether the text's first bytes show a tab escaped as rsyslog escapes it, before a location. */
export function escapesTabs(head: Uint8Array): boolean {
  for (let at = head.indexOf(HASH); at >= 0; at = head.indexOf(HASH, at + 1)) {
    // Decoded only once an escape is there.
    if (escapeAt(head, at) === TAB_ESCAPE.length) return ESCAPED_LOCATION.test(decodeEscapingBytes(head));
  }
  return false;
}

/** How many bytes of `#011` start at `at` (4: all of it; fewer only where the bytes end); -1 where it does not. */
function escapeAt(bytes: Uint8Array, at: number): number {
  if (at < 0) return -1;
  let k = 0;
  while (k < TAB_ESCAPE.length && at + k < bytes.length && bytes[at + k] === TAB_ESCAPE[k]) k++;
  return k === TAB_ESCAPE.length || at + k === bytes.length ? k : -1;
}

/** `escapeAt` as `replaceMatches` asks it: the whole escape's length, MATCH_CUT or NO_MATCH. */
function wholeEscapeAt(bytes: Uint8Array, at: number): number {
  const length = escapeAt(bytes, at);
  return length === TAB_ESCAPE.length ? length : length < 0 ? NO_MATCH : MATCH_CUT;
}

/**
 * Puts the tabs back into a text read in chunks of any size: `#011` becomes a tab. An escape cut by
 * a chunk's end is held until the next chunk (or `flush`) says whether it is one.
 */
export class TabUnescaper implements ByteRewrite {
  private readonly held = new HeldBytes();

  rewrite(chunk: Uint8Array): Uint8Array {
    return replaceMatches(this.held, chunk, HASH, wholeEscapeAt, TAB);
  }

  flush(): Uint8Array {
    return this.held.flush();
  }
}
