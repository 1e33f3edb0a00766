// A dump copied out of rich text (a web page's `&nbsp;`, a chat client, a word processor) may end
// every line in a no-break space, U+00A0, and its blank lines hold one alone. Go's lines never end
// in one, and every reader of lines would see the call `main.main()\u00a0` or a blank line as
// text. Such a text is told from its first bytes (most lines with content end in one) and read with
// the no-break spaces before each line break dropped, before it is cut into lines.

import { HeldBytes, type ByteRewrite } from './heldBytes';

const NEWLINE = 0x0a;
const CR = 0x0d;
/** U+00A0 in UTF-8. */
const NBSP_LEAD = 0xc2;
const NBSP_TRAIL = 0xa0;
/** Fewer lines than this ending in a no-break space are a stray one, not a copy's habit. */
const MIN_LINES = 3;
/**
 * A run of no-break spaces at a chunk's end longer than this is passed on as it is: holding it
 * until the next chunk would copy it again with every chunk of a text of nothing else.
 */
const MAX_HELD_RUN = 4096;

/** Whether the text's first bytes end most of their lines with content in a no-break space. */
export function endsLinesWithNoBreakSpace(head: Uint8Array): boolean {
  if (head.indexOf(NBSP_TRAIL) < 0) return false;
  let ending = 0;
  let withContent = 0;
  let start = 0;
  for (let end = head.indexOf(NEWLINE); end >= 0; start = end + 1, end = head.indexOf(NEWLINE, start)) {
    const last = end > start && head[end - 1] === CR ? end - 1 : end;
    const runStart = noBreakRunStart(head, start, last);
    if (runStart < last) ending++;
    if (hasContent(head, start, runStart)) withContent++;
  }
  return ending >= MIN_LINES && ending * 2 >= withContent;
}

/** Where the run of no-break spaces that ends at bytes[end] starts (end when there is none). */
function noBreakRunStart(bytes: Uint8Array, start: number, end: number): number {
  let at = end;
  while (at - 2 >= start && bytes[at - 1] === NBSP_TRAIL && bytes[at - 2] === NBSP_LEAD) at -= 2;
  return at;
}

function hasContent(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09) return true;
  return false;
}

/**
 * Drops the no-break spaces right before each line break (before its CR in CRLF text), in a text
 * read in chunks of any size: a run at a chunk's end, which the next chunk may end with a line
 * break, is held until it tells.
 */
export class NoBreakSpaceTrimmer implements ByteRewrite {
  private readonly held = new HeldBytes();

  rewrite(chunk: Uint8Array): Uint8Array {
    const input = this.held.before(chunk);
    if (input.indexOf(NBSP_TRAIL) < 0) return input;
    const out = new Uint8Array(input.length);
    let written = 0;
    let start = 0;
    for (let newline = input.indexOf(NEWLINE); newline >= 0; start = newline + 1, newline = input.indexOf(NEWLINE, start)) {
      const last = newline > start && input[newline - 1] === CR ? newline - 1 : newline;
      const runStart = noBreakRunStart(input, start, last);
      out.set(input.subarray(start, runStart), written);
      written += runStart - start;
      out.set(input.subarray(last, newline + 1), written);
      written += newline + 1 - last;
    }
    // The unfinished line: its end may be a run the next chunk's line break ends.
    let tailEnd = input.length;
    if (tailEnd > start && input[tailEnd - 1] === CR) tailEnd--;
    else if (tailEnd > start && input[tailEnd - 1] === NBSP_LEAD) tailEnd--;
    const heldFrom = noBreakRunStart(input, start, tailEnd);
    const keep = heldFrom < input.length && input.length - heldFrom <= MAX_HELD_RUN ? heldFrom : input.length;
    out.set(input.subarray(start, keep), written);
    written += keep - start;
    if (keep < input.length) this.held.hold(input.subarray(keep));
    return out.subarray(0, written);
  }

  flush(): Uint8Array {
    return this.held.flush();
  }
}
