// The location Delve's goroutine or thread line names (`* Goroutine 1 - User: ./main.go:12
// main.main …`): the stack's one frame unless a numbered stack of Delve's follows under it, and
// the `at file:line` line under each numbered frame. Delve's lines themselves are told and read by
// delveLines.ts and delveOutput.ts; this holds the top until the stack's end says whether it is needed.

import type { FrameInterner, FuncId } from './frameInterner';
import type { DelveLocation } from './delveLines';
import type { SourceFrame } from './model';
import { delveAtLocationStart } from './delveLines';
import { parseLocationLine } from './lineParsers';

/** What Delve's top asks of the scanner. */
export interface DelveTopScanner {
  /** Frames read so far of the goroutine or stack of Delve's being read. */
  readonly delveFramesRead: number;
  /** The pending call's frame, at an interned location (0: none). */
  addPendingFrame(locationId: number): void;
  /** A frame of `func` at an interned location, added to the stack being read. */
  addFrameAt(func: FuncId, locationId: number): void;
}

export class DelveTop {
  /** The location Delve's goroutine or thread line names, or null. */
  private top: { func: FuncId; locationId: number } | null = null;

  constructor(private readonly scan: DelveTopScanner, private readonly interner: FrameInterner) {}

  get held(): boolean {
    return this.top !== null;
  }

  /** The location the line of the goroutine or thread just begun names (null: none). */
  hold(top: DelveLocation | null): void {
    this.top = top === null ? null : { func: this.interner.func(top.func), locationId: this.locationId(top) };
  }

  /** The frame of the `go` statement a goroutine's line names (`goroutines -g`). */
  creatorFrame(createdBy: DelveLocation): SourceFrame {
    return this.interner.frame(this.interner.func(createdBy.func), this.locationId(createdBy));
  }

  /** `at file:line` under Delve's numbered frame; Delve prints `at ?:-1` where it knows no line. */
  locationLine(text: string, s: number, end: number): boolean {
    const at = delveAtLocationStart(text, s, end);
    if (at < 0) return false;
    const location = parseLocationLine(text, at, end);
    const pathEnd = location?.pathEnd ?? 0;
    this.scan.addPendingFrame(location === null ? 0 : this.interner.location(text.slice(at, location.locationEnd), () => text.slice(at, pathEnd), location.line));
    return true;
  }

  /** The stack ends: without a numbered stack under its line (`inDelve`: still Delve's), the location held is its one frame. */
  addIfAlone(inDelve: boolean): void {
    const top = this.top!;
    this.top = null;
    if (this.scan.delveFramesRead > 0 || !inDelve) return;
    this.scan.addFrameAt(top.func, top.locationId);
  }

  private locationId(location: DelveLocation): number {
    return this.interner.location(location.fileAndLine, () => location.file, location.line);
  }
}
