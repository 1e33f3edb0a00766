// The records the byte path's parsers fill in place of returning a new object per line
// (byteLineParsers.ts, junkRun.ts, blankRun.ts), and the decoding of the lines read as text: one set
// per scanner (scanner.ts), reused line after line, so reading a line on the bytes allocates nothing.
import { decodeLineEscapingBytes } from '../byteEscapes';
import type { ByteHeader, ByteLocation } from './byteLineParsers';
import type { JunkRun } from './junkRun';
import type { BlankRun } from './blankRun';

export class ByteScratch {
  readonly location: ByteLocation = { pathEnd: 0, locationEnd: 0, line: 0 };
  readonly header: ByteHeader = { id: 0, idStart: 0, idEnd: 0, bracketStart: 0, bracketEnd: 0, labelsStart: -1, labelsEnd: -1 };
  readonly junkRun: JunkRun = { pos: 0, lines: 0 };
  readonly blankLines: BlankRun = { lineStart: 0, lines: 0 };

  /** bytes[start, end) as text, a byte that is not UTF-8 escaped (core/byteEscapes.ts). */
  decode(bytes: Uint8Array, start: number, end: number): string {
    return decodeLineEscapingBytes(bytes.subarray(start, end));
  }
}
