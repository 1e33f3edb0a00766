// A dump copied out of a page that turned what looks like a domain into a link (a chat or tracker
// that autolinks `github.com/…`), then pasted back as markdown, carries each such span as
// `[text](http://text)`: a call `[github.com/x/y.(*T).F(0xc0](http://github.com/x/y.(*T).F(0xc0), 0x1)`
// or a location `\t[github.com/x/y@v1/z.go:74](http://github.com/x/y@v1/z.go:74) +0xc5`. Such a
// text is told from its first bytes (a link to a Go location whose URL is its text behind a scheme)
// and read with each such link put back to its text, before it is cut into lines, so every reader
// of lines sees Go's text. A link whose text is not its URL (a prose link) is left as it is.

import { decodeEscapingBytes, decodeLineEscapingBytes, encodeKeepingBytes } from '../byteEscapes';
import { startsName } from './byteLineParsers';
import { HeldBytes, type ByteRewrite } from './heldBytes';

const NEWLINE = 0x0a;
const LINK_MIDDLE = '](http';
/** How many `[` before a link's middle are tried as its start: a link text holds few (a generic's type list). */
const MAX_OPENERS_TRIED = 4;
/** The longest link text looked for: the search back for a link's `[` stays bounded on any line. */
const MAX_LINK_TEXT = 4096;
/** A line longer than this is passed on as it is rather than held whole. */
const MAX_HELD_BYTES = 1 << 20;

/** Where the autolink whose `](` is at `middle` starts (its `[`) and ends (after its `)`), or null. */
function autolinkAt(line: string, middle: number, from: number): { start: number; end: number } | null {
  let urlBody = middle + LINK_MIDDLE.length;
  if (line.charCodeAt(urlBody) === 0x73) urlBody++; // `https`
  if (!line.startsWith('://', urlBody)) return null;
  urlBody += 3;
  const floor = Math.max(from, middle - MAX_LINK_TEXT);
  let open = middle;
  for (let tried = 0; tried < MAX_OPENERS_TRIED; tried++) {
    do open--; while (open >= floor && line.charCodeAt(open) !== 0x5b);
    if (open < floor) return null;
    const length = middle - open - 1;
    if (length > 0 && line.charCodeAt(urlBody + length) === 0x29 && line.startsWith(line.slice(open + 1, middle), urlBody)) {
      return { start: open, end: urlBody + length + 1 };
    }
  }
  return null;
}

/** The line with each autolink put back to its text. */
export function unlinkLine(line: string): string {
  let middle = line.indexOf(LINK_MIDDLE);
  if (middle < 0) return line;
  let out = '';
  let copied = 0;
  for (; middle >= 0; middle = line.indexOf(LINK_MIDDLE, middle + 1)) {
    const link = autolinkAt(line, middle, copied);
    if (link === null) continue;
    out += line.slice(copied, link.start) + line.slice(link.start + 1, middle);
    copied = link.end;
    middle = copied - 1;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/**
 * A function's name without the `http://` or `https://` that a tracker's autolink left before it
 * when the link's markup was lost (`http://go.etcd.io/etcd/raft.(*raftLog).slice`): no Go name
 * holds a `:`, so a scheme before one is never its own. Given the name of a line already read as
 * a call or a `created by`.
 */
export function withoutAutolinkScheme(name: string): string {
  if (name.charCodeAt(0) !== 0x68 /* h */ || !name.startsWith('http')) return name;
  const rest = name.charCodeAt(4) === 0x73 /* s */ ? 5 : 4;
  return name.startsWith('://', rest) && startsName(name.charCodeAt(rest + 3)) ? name.slice(rest + 3) : name;
}

/** Whether the text's first bytes hold an autolinked Go location (`[x.go:12](http://x.go:12)`). */
export function autolinksLocations(head: Uint8Array): boolean {
  if (indexOfAscii(head, LINK_MIDDLE) < 0) return false;
  const text = decodeEscapingBytes(head);
  for (const line of text.split('\n')) {
    const middle = line.indexOf(LINK_MIDDLE);
    if (middle < 0) continue;
    const unlinked = unlinkLine(line);
    if (unlinked !== line && /\.go:\d/.test(unlinked)) return true;
  }
  return false;
}

function indexOfAscii(bytes: Uint8Array, ascii: string): number {
  const first = ascii.charCodeAt(0);
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < ascii.length && bytes[at + k] === ascii.charCodeAt(k)) k++;
    if (k === ascii.length) return at;
  }
  return -1;
}

/**
 * Puts each autolink back to its text in a text read in chunks of any size: a chunk's unfinished
 * last line is held until the next chunk (or `flush`) ends it.
 */
export class AutolinkUnlinker implements ByteRewrite {
  private readonly held = new HeldBytes();
  private readonly encoder = new TextEncoder();

  rewrite(chunk: Uint8Array): Uint8Array {
    const input = this.held.before(chunk);
    const lastNewline = input.lastIndexOf(NEWLINE);
    if (input.length - lastNewline > MAX_HELD_BYTES) return input;
    if (lastNewline < 0) {
      this.held.hold(input);
      return input.subarray(0, 0);
    }
    this.held.hold(input.subarray(lastNewline + 1));
    return this.unlink(input.subarray(0, lastNewline + 1));
  }

  flush(): Uint8Array {
    return this.unlink(this.held.flush());
  }

  private unlink(bytes: Uint8Array): Uint8Array {
    if (indexOfAscii(bytes, LINK_MIDDLE) < 0) return bytes;
    return encodeKeepingBytes(decodeLineEscapingBytes(bytes).split('\n').map(unlinkLine).join('\n'), this.encoder);
  }
}
