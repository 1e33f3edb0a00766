// The records the byte path's parsers fill in place of returning a new object per line
// (byteLineParsers.ts, junkRun.ts, blankRun.ts), and the decoder of the lines read as text: one set
// per scanner (scanner.ts), reused line after line, so reading a line on the bytes allocates nothing.
import type { ByteHeader, ByteLocation } from './byteLineParsers';
import type { JunkRun } from './junkRun';
import type { BlankRun } from './blankRun';

export class ByteScratch {
  // ignoreBOM: a U+FEFF at the start of a line is text, not a byte order mark (that one is handled once).
  readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  readonly location: ByteLocation = { pathEnd: 0, locationEnd: 0, line: 0 };
  readonly header: ByteHeader = { id: 0, idStart: 0, idEnd: 0, bracketStart: 0, bracketEnd: 0, labelsStart: -1, labelsEnd: -1 };
  readonly junkRun: JunkRun = { pos: 0, lines: 0 };
  readonly blankLines: BlankRun = { lineStart: 0, lines: 0 };

  /** bytes[start, end) as text. */
  decode(bytes: Uint8Array, start: number, end: number): string {
    return this.decoder.decode(bytes.subarray(start, end));
  }
}
