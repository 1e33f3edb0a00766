// A text's order (forward, or a dump copied newest line first: reversedDump.ts) told from its first
// bytes as they are held, decoding only the lines around goroutine headers. Decoding the whole
// sample and splitting it into lines made a 1 MB string and tens of thousands of line strings that
// outlived the young generation: ~1.5 MB of a fresh process's peak memory on any dump past the
// sample's size. The vote is the one `looksReversed` takes over the decoded lines, line for line.
import type { ByteSearch } from './byteSearch';
import { looksReversed, splitLines, voteOnHeader, type LineWalk, type OrderVotes } from './reversedDump';

const NEWLINE = 0x0a;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

/** Whether `bytes` (UTF-8) read as a dump newest line first: `looksReversed(splitLines(decoded))`. */
export function bytesLookReversed(bytes: Uint8Array, search: ByteSearch): boolean {
  const lines = new ByteLines(bytes, search);
  const votes: OrderVotes = { forward: 0, backward: 0 };
  // A header's trimmed line ends with `]:`, so its bytes hold `]:`: only such lines are decoded.
  for (let from = 0; from < bytes.length;) {
    const bracket = search.indexOf(bytes, CLOSE_BRACKET, from, bytes.length);
    if (bracket < 0) break;
    if (bytes[bracket + 1] !== COLON) { from = bracket + 1; continue; }
    const start = search.lastIndexOf(bytes, NEWLINE, 0, bracket) + 1;
    voteOnHeader(lines, start, votes);
    from = lines.end(start) + 1;
  }
  if (votes.forward > 0 || votes.backward > 0) return votes.backward > votes.forward;
  // No header voted: stacks without headers are told from the whole text, as before.
  return looksReversed(splitLines(new TextDecoder().decode(bytes)));
}

/**
 * The lines of `bytes` as `splitLines` cuts its decoded text, each named by its first byte's offset:
 * cut at each line break, the empty piece after a final one left out.
 */
class ByteLines implements LineWalk<number> {
  /** As decoding the whole text: a byte order mark is left out at the text's start only. */
  private readonly firstLine = new TextDecoder();
  private readonly laterLines = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(private readonly bytes: Uint8Array, private readonly search: ByteSearch) {}

  /** Where the line starting at `start` ends (its line break, or the text's end). */
  end(start: number): number {
    const newline = this.search.indexOf(this.bytes, NEWLINE, start, this.bytes.length);
    return newline < 0 ? this.bytes.length : newline;
  }

  text(start: number): string {
    // A line break is a byte of its own in UTF-8: a line's bytes decode as the whole text's piece.
    return (start === 0 ? this.firstLine : this.laterLines).decode(this.bytes.subarray(start, this.end(start)));
  }

  next(start: number): number | null {
    const after = this.end(start) + 1;
    return after < this.bytes.length ? after : null;
  }

  previous(start: number): number | null {
    return start === 0 ? null : this.search.lastIndexOf(this.bytes, NEWLINE, 0, start - 1) + 1;
  }
}
