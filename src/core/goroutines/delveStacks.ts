// What Delve's lines do to the scan's stacks: a goroutine or a stack of Delve's begun (the scanner's
// `delve` state), its numbered frames and their `at file:line`, its labels, a stack Delve shortened,
// and the location its goroutine or thread line names (delveTop.ts). Delve's lines are told by the
// line-kind table's rows (lineKinds.ts) and read by delveOutput.ts, which asks these operations of
// the scan (DelveScan); they reach the scanner only through `DelveStackScanner`.

import type { CrashHeaders } from './dumpBoundaries';
import type { FrameInterner, FuncId } from './frameInterner';
import type { GoroutineBuilder, OpenGoroutine } from './goroutineBuilder';
import type { HeaderInfo } from './goroutineTable';
import type { GoroutineId } from './model';
import type { HeadlessStacks } from './headlessStacks';
import type { PendingCalls } from './pendingCall';
import type { ScanMode } from './scanMode';
import type { WarningLog } from './warningLog';
import type { DelveLocation } from './delveLines';
import { DelveOutput, type DelveScan } from './delveOutput';
import { DelveTop, type DelveTopScanner } from './delveTop';
import { detachString } from './textChunks';

/** What Delve's stacks ask of the scanner. */
export interface DelveStackScanner {
  readonly lineNo: number;
  readonly crashes: CrashHeaders;
  readonly log: WarningLog;
  mode: ScanMode;
  readonly goroutine: OpenGoroutine | null;
  /** A goroutine's header read: what was read before it is complete, the goroutine begins. */
  beginGoroutine(id: GoroutineId, info: HeaderInfo): void;
  /** A line that opens a section of its own: what was read before it is complete. */
  beginSection(): void;
  endSection(): void;
  /** The stack being read ends at this line. */
  touch(): void;
}

/** The scanner's parts Delve's stacks are read into. */
export interface DelveStackParts {
  readonly interner: FrameInterner;
  readonly stack: GoroutineBuilder;
  readonly headless: HeadlessStacks;
  readonly calls: PendingCalls;
}

export class DelveStacks implements DelveScan, DelveTopScanner {
  /** What each of Delve's lines makes of the scan (delveOutput.ts): the line-kind table's rows call it. */
  readonly output: DelveOutput;
  /** The location Delve's goroutine or thread line names: its one frame unless a numbered stack follows (delveTop.ts). */
  readonly top: DelveTop;

  constructor(private readonly scan: DelveStackScanner, private readonly parts: DelveStackParts) {
    this.output = new DelveOutput(this);
    this.top = new DelveTop(this, parts.interner);
  }

  get lineNo(): number {
    return this.scan.lineNo;
  }

  get crashes(): CrashHeaders {
    return this.scan.crashes;
  }

  get log(): WarningLog {
    return this.scan.log;
  }

  endSection(): void {
    this.scan.endSection();
  }

  beginDelveGoroutine(id: GoroutineId, info: HeaderInfo, top: DelveLocation | null, createdBy: DelveLocation | null, cut: boolean): void {
    this.scan.beginGoroutine(id, info);
    this.scan.mode = 'delve';
    const goroutine = this.parts.stack.goroutine;
    goroutine.cut = cut;
    this.top.hold(top);
    if (createdBy !== null) goroutine.createdBy = this.top.creatorFrame(createdBy);
  }

  beginDelveStack(top: DelveLocation | null, whole: boolean): void {
    const { scan, parts } = this;
    scan.beginSection();
    if (whole) parts.headless.wholeStarts.add(scan.lineNo);
    parts.headless.open = { frames: [], createdBy: null, startLine: scan.lineNo, endLine: scan.lineNo };
    scan.mode = 'delve';
    this.top.hold(top);
  }

  get inDelveStack(): boolean {
    return this.scan.mode === 'delve' && (this.scan.goroutine !== null || this.parts.headless.open !== null);
  }

  delveCall(func: string): void {
    const calls = this.parts.calls;
    if (calls.pending) calls.commitWithoutLocation();
    calls.set(this.parts.interner.func(func), '', false, false, null);
    this.scan.touch();
  }

  delveStackShortened(): void {
    const { calls, headless } = this.parts;
    if (calls.pending) calls.commitWithoutLocation();
    const goroutine = this.scan.goroutine;
    if (goroutine !== null) goroutine.framesElided = true;
    else if (headless.open !== null) headless.open.framesElided = true;
    this.scan.touch();
  }

  delveLabels(text: string): void {
    const goroutine = this.scan.goroutine;
    if (goroutine !== null) goroutine.labelsText = detachString(text);
    this.scan.touch();
  }

  // What Delve's top asks (DelveTopScanner).
  get delveFramesRead(): number {
    return this.scan.goroutine !== null ? this.parts.stack.frameCount : this.parts.headless.open?.frames.length ?? 1;
  }

  addPendingFrame(locationId: number): void {
    this.parts.calls.addPendingFrame(locationId);
    this.scan.touch();
  }

  addFrameAt(func: FuncId, locationId: number): void {
    this.parts.calls.addFrameAt(func, locationId);
  }
}
