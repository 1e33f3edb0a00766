// Dumps list goroutines of one kind one after another, and half of the bench dumps' goroutines have
// a body (the lines after the header, through the closing blank line) byte-identical to the one
// before. The scanner remembers the last body it read wholly on the byte path with the goroutine it
// made; a header followed by the same bytes replays that goroutine instead of reading its lines.
import type { GoroutineId, SourceFrame, WaitOn } from './model';
import type { ByteSearch } from './byteSearch';

const NEWLINE = 0x0a;

/**
 * A longer body is not remembered: Go prints 100 frames of a stack at most, far under it, and a
 * crafted body of megabytes (a name of a megabyte per frame) would be copied whole each time.
 */
export const MAX_REMEMBERED_BODY_BYTES = 256 * 1024;

/** What a finished goroutine without rare parts was made of, so a byte-identical body can replay it. */
export interface FinishedGoroutine {
  ordinary: boolean;
  stack: readonly SourceFrame[];
  /** The stack's id in the scanner's interner (the table finds the stack by it). */
  stackId: number;
  createdBy: SourceFrame | null;
  creatorGoroutine: GoroutineId | null;
  waitOn: WaitOn | null;
  endLineOffset: number;
}

const emptyFinished = (): FinishedGoroutine => ({ ordinary: false, stack: [], stackId: -1, createdBy: null, creatorGoroutine: null, waitOn: null, endLineOffset: 0 });

export class RepeatedBody {
  /** The goroutine the scanner finished last: it fills it in, and it becomes the replayed one once its body is remembered. */
  lastFinished = emptyFinished();
  /** The goroutine the remembered body made. */
  replayed = emptyFinished();
  private source: Uint8Array = new Uint8Array(0);
  private from = 0;
  private length = 0;
  /** Lines in the remembered body (closing blank line included); -1 until first replayed. */
  private lines = -1;
  /** Holds the remembered body once the bytes it was read from are left (the caller may reuse them). */
  private copy = new Uint8Array(1024);

  /** Remembers bytes[from, to) as the body of the goroutine finished last, in place: it is copied only when the scan leaves these bytes. */
  remember(bytes: Uint8Array, from: number, to: number): void {
    this.source = bytes;
    this.from = from;
    this.length = to - from;
    this.lines = -1;
    const finished = this.lastFinished;
    this.lastFinished = this.replayed;
    this.replayed = finished;
  }

  /** Copies the remembered body out of the bytes the scan is about to leave. */
  detach(bytes: Uint8Array): void {
    if (this.source !== bytes || this.length === 0) return;
    if (this.length > this.copy.length) this.copy = new Uint8Array(Math.max(this.length, this.copy.length * 2));
    this.copy.set(bytes.subarray(this.from, this.from + this.length));
    this.source = this.copy;
    this.from = 0;
  }

  /** The length of bytes[from…) when the remembered body starts them, byte for byte (compared by `search`); else -1. */
  match(bytes: Uint8Array, from: number, end: number, search: ByteSearch): number {
    const length = this.length;
    if (length === 0 || end - from < length) return -1;
    const body = this.source;
    const bodyFrom = this.from;
    // The body ends with its last line's newline and the blank line: a body of another length fails here at once.
    if (bytes[from + length - 1] !== body[bodyFrom + length - 1] || bytes[from + length - 2] !== body[bodyFrom + length - 2]) return -1;
    return search.equalSpans(bytes, from, body, bodyFrom, length) ? length : -1;
  }

  /** How many lines the remembered body holds. */
  lineCount(): number {
    if (this.lines < 0) {
      let lines = 0;
      for (let i = 0; i < this.length; i++) if (this.source[this.from + i] === NEWLINE) lines++;
      this.lines = lines;
    }
    return this.lines;
  }
}
