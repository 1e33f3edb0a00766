// The CRI log format (containerd, CRI-O: what `kubectl logs` reads and what a node's
// /var/log/pods holds) splits a line longer than its limit (16 KiB by default) into records:
// each but the last tagged `P` (partial), the last `F`, every one behind its own prefix:
//   2024-05-01T10:00:00.123456789Z stderr P {"level":"error","stack":"goroutine 7 [running]:\n…
//   2024-05-01T10:00:00.123456789Z stderr F …\tmain.go:12 +0x1d\n"}
// A dump logged as one escaped string (or a panic's long value) is cut anywhere so. Such a text,
// told by CRI lines in its first bytes, is read with each `P` record joined to the next one (its
// line break and the next record's prefix dropped) before it is cut into lines, so every reader of
// lines sees the line the program wrote.
import { concatBytes, HeldBytes, type ByteRewrite } from './heldBytes';
import { decodeEscapingBytes } from '../byteEscapes';

const NEWLINE = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const LETTER_P = 0x50;
const LETTER_F = 0x46;
/** A CRI prefix is at most this long: an RFC 3339 time with nanoseconds and an offset, the stream, the tag. */
const MAX_PREFIX_BYTES = 64;
/** A CRI record at a line's start, in the text's first bytes. */
const CRI_LINE = /(?:^|\n)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d) (?:stdout|stderr) [FP] /;

/** Whether the text's first bytes hold CRI log records. */
export function holdsCriRecords(head: Uint8Array): boolean {
  return CRI_LINE.test(decodeEscapingBytes(head));
}

const STDOUT = [0x73, 0x74, 0x64, 0x6f, 0x75, 0x74];
const STDERR = [0x73, 0x74, 0x64, 0x65, 0x72, 0x72];

const isTimeByte = (b: number): boolean => (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x3a || b === 0x2e || b === 0x54 || b === 0x5a || b === 0x2b;

/**
 * Where the CRI prefix of the line at bytes[start…) ends (after its tag and the space), or -1 when
 * the line has none; its tag is the byte two before that end.
 */
function criPrefixEnd(bytes: Uint8Array, start: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, start + MAX_PREFIX_BYTES);
  let i = start;
  while (i < limit && isTimeByte(bytes[i])) i++;
  // The time, one space, a stream of 6 letters, one space, the tag, one space.
  if (i - start < 20 || i + 10 > limit || bytes[i] !== SPACE) return -1;
  const stream = i + 1;
  const words = bytes[stream + 3] === 0x6f ? STDOUT : STDERR;
  for (let k = 0; k < 6; k++) if (bytes[stream + k] !== words[k]) return -1;
  const tag = bytes[stream + 7];
  return bytes[stream + 6] === SPACE && (tag === LETTER_P || tag === LETTER_F) && bytes[stream + 8] === SPACE ? stream + 9 : -1;
}

/**
 * Joins each `P` record to the next in a text read in chunks of any size: a line's start whose
 * prefix a chunk's end cuts is held until the next chunk (or `flush`).
 */
export class CriPartialJoiner implements ByteRewrite {
  private readonly held = new HeldBytes();
  /** The chunk ended inside a line, its prefix read: the next chunk goes on with it. */
  private inLine = false;
  /** The line being read is a `P` record: its line break is dropped. */
  private partial = false;
  /** The line before was a `P` record: this line's prefix is dropped. */
  private joining = false;

  rewrite(chunk: Uint8Array): Uint8Array {
    const input = this.held.before(chunk);
    const pieces: Uint8Array[] = [];
    let copiedFrom = 0;
    let pos = 0;
    let end = input.length;
    while (pos < input.length) {
      const found = input.indexOf(NEWLINE, pos);
      const lineEnd = found < 0 ? input.length : found;
      if (!this.inLine) {
        // At a line's start: its prefix says whether it is a `P` record.
        if (found < 0 && lineEnd - pos < MAX_PREFIX_BYTES) { this.held.hold(input.subarray(pos)); end = pos; break; }
        const prefixEnd = criPrefixEnd(input, pos, lineEnd);
        if (this.joining && prefixEnd > 0) { pieces.push(input.subarray(copiedFrom, pos)); copiedFrom = prefixEnd; }
        this.partial = prefixEnd > 0 && input[prefixEnd - 2] === LETTER_P;
        this.joining = false;
      }
      if (found < 0) { this.inLine = true; break; }
      this.inLine = false;
      if (this.partial) {
        // The record's line break, and a CR before it, are no line break of the program's.
        pieces.push(input.subarray(copiedFrom, found > pos && input[found - 1] === CR ? found - 1 : found));
        copiedFrom = found + 1;
        this.joining = true;
      }
      pos = found + 1;
    }
    if (pieces.length === 0) return input.subarray(0, end);
    pieces.push(input.subarray(copiedFrom, end));
    return concatBytes(pieces);
  }

  flush(): Uint8Array {
    const rest = this.held.flush();
    if (!this.joining) return rest;
    // The text's last line, short, after a `P` record: its prefix goes as any next record's does.
    const newline = rest.indexOf(NEWLINE);
    const prefixEnd = criPrefixEnd(rest, 0, newline < 0 ? rest.length : newline);
    return prefixEnd > 0 ? rest.subarray(prefixEnd) : rest;
  }
}
