// A dump logged as an escaped string and escaped once more (a logfmt `msg="…"` inside another log's
// quotes), then pasted with only its escaped line breaks made real: each line keeps the backslash
// that was before its `n`, and each location the escaped tab before it (`\\t` or `\t`):
//   goroutine 805 [running]:\
//   runtime/debug.Stack()\
//   \\t/usr/local/go/src/runtime/debug/stack.go:24 +0x65\
// Such a text is told from its first bytes (a backslash ending a line, the next line an escaped tab
// before a location) and read with the backslashes at the lines' ends dropped and the escaped tabs
// that start lines put back, before it is cut into lines, so every reader of lines sees Go's text.

import { HeldBytes, type ByteRewrite } from './heldBytes';
import { decodeEscapingBytes } from '../byteEscapes';

const BACKSLASH = 0x5c;
const LETTER_T = 0x74;
const NEWLINE = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
/** A backslash ending a line, then an escaped tab (`\\t` or `\t`) before a Go or assembly location. */
const ESCAPED_LOCATION_LINE = /\\\r?\n\\\\?t[^\s\\]*\.(?:go|s):\d/;

/** Whether the text's first bytes show lines ending in the backslash of an escaped line break, a location behind an escaped tab. */
export function escapesLineEnds(head: Uint8Array): boolean {
  const at = head.indexOf(BACKSLASH);
  return at >= 0 && ESCAPED_LOCATION_LINE.test(decodeEscapingBytes(head.subarray(at)));
}

/**
 * Drops the backslash before each line break and turns an escaped tab that starts a line into a
 * tab, in a text read in chunks of any size: the few bytes a chunk's end cuts an escape in are held
 * until the next chunk (or `flush`).
 */
export class LineEndUnescaper implements ByteRewrite {
  private readonly held = new HeldBytes();
  private atLineStart = true;

  rewrite(chunk: Uint8Array): Uint8Array {
    const input = this.held.before(chunk);
    if (input.indexOf(BACKSLASH) < 0) {
      if (input.length > 0) this.atLineStart = input[input.length - 1] === NEWLINE;
      return input;
    }
    const out = new Uint8Array(input.length);
    let written = 0;
    for (let i = 0; i < input.length;) {
      const b = input[i];
      if (b === BACKSLASH) {
        const escape = this.escapeAt(input, i);
        if (escape === HELD) {
          this.held.hold(input.subarray(i));
          return out.subarray(0, written);
        }
        if (escape === DROPPED) { i++; continue; }
        if (escape > 0) {
          out[written++] = TAB;
          i += escape;
          this.atLineStart = false;
          continue;
        }
      }
      out[written++] = b;
      this.atLineStart = b === NEWLINE;
      i++;
    }
    return out.subarray(0, written);
  }

  flush(): Uint8Array {
    return this.held.flush();
  }

  /**
   * At a backslash: HELD when the bytes end before telling, DROPPED for one right before a line
   * break, the escaped tab's length at a line's start, 0 for any other backslash.
   */
  private escapeAt(input: Uint8Array, i: number): number {
    const next = i + 1 < input.length ? input[i + 1] : -1;
    if (next === -1) return HELD;
    if (next === NEWLINE) return DROPPED;
    if (next === CR) {
      if (i + 2 >= input.length) return HELD;
      return input[i + 2] === NEWLINE ? DROPPED : 0;
    }
    if (!this.atLineStart) return 0;
    if (next === LETTER_T) return 2;
    if (next !== BACKSLASH) return 0;
    if (i + 2 >= input.length) return HELD;
    return input[i + 2] === LETTER_T ? 3 : 0;
  }
}

const HELD = -1;
const DROPPED = -2;
