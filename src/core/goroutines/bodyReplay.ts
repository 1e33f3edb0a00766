// The byte path's following of a goroutine's body (scanner.ts' scanBytes): where the body of the
// goroutine being read started on the bytes, and, after a plain header or the blank line that ends
// a goroutine, the remembered body replayed or the one just read remembered (repeatedBody.ts).
import { MAX_REMEMBERED_BODY_BYTES, RepeatedBody, type FinishedGoroutine } from './repeatedBody';
import type { ByteSearch } from './byteSearch';

/** What the byte path's plain line did, for the body to be followed after it: nothing to follow. */
export const PLAIN_OTHER = 0;
/** It began a goroutine: its body may be the remembered one. */
export const PLAIN_BEGAN_GOROUTINE = 1;
/** It ended a goroutine read wholly on the bytes: its body may be remembered. */
export const PLAIN_ENDED_GOROUTINE = 2;

/** What following a body asks of the scanner (scanner.ts). */
export interface BodyReplayScanner {
  /** The goroutine whose header was just read is `repeated` again, its body of `lines` lines passed. */
  replayGoroutine(repeated: FinishedGoroutine, lines: number): void;
}

export class BodyReplay {
  /** PLAIN_OTHER, PLAIN_BEGAN_GOROUTINE or PLAIN_ENDED_GOROUTINE: what the line just read did. */
  event = PLAIN_OTHER;
  /**
   * Where the current goroutine's body (the lines after its header) starts in the bytes being
   * scanned, or -1 once one of its lines was read as text or the bytes were left.
   */
  start = -1;
  /** The last goroutine body read wholly on the byte path, to replay when the next is the same. */
  readonly bodies = new RepeatedBody();

  constructor(private readonly scan: BodyReplayScanner) {}

  /** After the line whose event is not PLAIN_OTHER, the next line starting at `pos`: returns where the scan goes on. */
  follow(bytes: Uint8Array, pos: number, end: number, terminated: boolean, search: ByteSearch): number {
    const event = this.event;
    this.event = PLAIN_OTHER;
    if (!terminated) { this.start = -1; return pos; }
    if (event === PLAIN_BEGAN_GOROUTINE) {
      // The body that follows is byte for byte the remembered one (closing blank line included).
      const length = this.bodies.match(bytes, pos, end, search);
      if (length < 0) { this.start = pos; return pos; }
      this.start = -1;
      this.scan.replayGoroutine(this.bodies.replayed, this.bodies.lineCount());
      return pos + length;
    }
    if (this.start >= 0 && this.bodies.lastFinished.ordinary && pos - this.start <= MAX_REMEMBERED_BODY_BYTES) this.bodies.remember(bytes, this.start, pos);
    this.start = -1;
    return pos;
  }
}
