// The call line the scanner read last, waiting for the `file:line` line Go prints under it, and the
// frame it makes once that line (or another) comes: added to the stack the scanner's state reads (a
// goroutine's, its creator, an ancestor section's, the crash's runtime stack or a stack without its
// header). One object, reused for every call, shared by the scanner and the parts that read a call's lines.

import type { FrameInterner, FuncId } from './frameInterner';
import type { GoroutineId, SourceFrame } from './model';
import type { OpenGoroutine, GoroutineBuilder } from './goroutineBuilder';
import { ExtraCreators } from './extraCreators';
import type { HeadlessStacks } from './headlessStacks';
import type { TruncationTracker } from './dumpBoundaries';
import type { WarningLog } from './warningLog';
import type { ScanMode } from './scanMode';
import { isPathCutShort, type LocationLine } from './lineParsers';
import { pcDigitsOfText } from './framePcs';

export interface PendingCall {
  func: FuncId;
  args: string;
  bare: boolean;
  createdBy: boolean;
  creatorGoroutine: GoroutineId | null;
  line: number;
  /** Joined from a wrapped name whose pieces both read as names (wrappedName.ts): what the lines were, should no `file:line` follow. */
  unjoined: { headLine: number; headName: string; rest: string; restLine: number; creator: PendingCall | null } | null;
}

/**
 * What a call's frame asks of the scanner: its state and open stacks, read as properties (a frame
 * is added per plain line: no call back into the scanner on that path).
 */
export interface PendingCallScanner {
  readonly lineNo: number;
  readonly mode: ScanMode;
  readonly goroutine: OpenGoroutine | null;
  /** The crash's `runtime stack:` being read, if any (runtimeStacks.ts). */
  readonly runtimeStacks: { readonly open: { readonly frames: SourceFrame[] } | null };
  /** Reads a stack's line (the scanner's `stackLine`); false when it is none. */
  stackLine(text: string, s: number, end: number): boolean;
}

/** The parts a call's frame is added to, or that its end tells. */
export interface PendingCallParts {
  readonly interner: FrameInterner;
  readonly stack: GoroutineBuilder;
  readonly headless: HeadlessStacks;
  readonly ends: TruncationTracker;
  readonly log: WarningLog;
  /** The wrapped lines' part (wrappedLines.ts): whether the pending call is one the line's end cut in its arguments. */
  readonly wrapped: { cutInArguments: boolean };
  /** Where the frames' `file:line` lines stood, written as frames are added. */
  readonly locations: LocationLines;
  /** A goroutine header the line under it put in doubt (doubtfulHeader.ts): the next line decides. */
  readonly doubtfulHeader: { inDoubt: boolean };
}

/** Where the frames' `file:line` lines stood: the lines under them are read against these. */
export class LocationLines {
  /** The last line read as a frame's `file:line` (a frame added with a location, or a wrapped location's rest). */
  last = 0;
  /** The last line that was a frame's `file:line` and nothing else (no call glued to it). */
  lastWhole = 0;
  /**
   * A goroutine ended at a call without its `file:line` (an excerpt of call lines alone, `grep -A1`'s):
   * in such a text a missing location tells no stack was cut.
   */
  omitted = false;
}

export class PendingCalls {
  /** The call waiting for its `file:line`, or null. */
  pending: PendingCall | null = null;
  /** The frames of the ancestor section being read (mode `ancestor`), or null. */
  ancestorFrames: SourceFrame[] | null = null;
  /** At most one call waits at a time, so one object is reused for all. */
  private readonly call: PendingCall = { func: -1, args: '', bare: false, createdBy: false, creatorGoroutine: null, line: 0, unjoined: null };

  /** Where the frames' `file:line` lines stood (the scanner's parts read it through here). */
  readonly locations: LocationLines;
  /** The `created by` lines past the one Go prints under a stack, passed over (extraCreators.ts). */
  readonly extraCreators = new ExtraCreators();

  constructor(private readonly scan: PendingCallScanner, private readonly parts: PendingCallParts) {
    this.locations = parts.locations;
  }

  /** A call line read at this line: it waits for its `file:line`. */
  set(func: FuncId, args: string, bare: boolean, createdBy: boolean, creatorGoroutine: GoroutineId | null): void {
    this.parts.wrapped.cutInArguments = false;
    const pending = this.call;
    pending.func = func;
    pending.args = args;
    pending.bare = bare;
    pending.createdBy = createdBy;
    pending.creatorGoroutine = creatorGoroutine;
    pending.line = this.scan.lineNo;
    pending.unjoined = null;
    this.pending = pending;
  }

  /** The pending call's frame, at an interned location (0: none). */
  addPendingFrame(locationId: number): void {
    this.addFrame(this.pending!, locationId);
    this.pending = null;
  }

  /** The pending call's frame, at text[s, end)'s location (`location`, as parsed). */
  complete(text: string, s: number, end: number, location: LocationLine): void {
    this.parts.ends.noteLocation(location.locationEnd < end);
    this.parts.ends.pcDigits.note(pcDigitsOfText(text, location.locationEnd, end));
    const pathEnd = location.pathEnd;
    const locationId = this.parts.interner.location(text.slice(s, location.locationEnd), () => text.slice(s, pathEnd), location.line);
    this.addFrame(this.pending!, locationId);
    this.pending = null;
  }

  /** A frame of `func` at an interned location, added at once (no call waits for it). */
  addFrameAt(func: FuncId, locationId: number): void {
    this.set(func, '', false, false, null);
    this.addFrame(this.call, locationId);
    this.pending = null;
  }

  /**
   * A qualified bare name (gccgo's `main.$nested10`) followed by a path cut short where its
   * `file:line` was due (`\t/build/buil`): the name was a frame's, whose location the cut took.
   */
  keepBareCallOfCutPath(text: string, s: number, end: number): void {
    const pending = this.pending!;
    if (!pending.bare || !this.parts.interner.funcName(pending.func).includes('.') || !isPathCutShort(text.slice(s, end))) return;
    pending.bare = false;
    const g = this.scan.goroutine;
    if (g !== null && this.scan.mode === 'goroutine') g.endLine = pending.line;
  }

  /** The line under the pending call is no `file:line`: the call is a frame without its location, or no frame. */
  commitWithoutLocation(): void {
    const { log, ends } = this.parts;
    let pending = this.pending!;
    this.pending = null;
    const unjoined = pending.unjoined;
    if (unjoined !== null && unjoined.creator !== null) {
      // No `file:line` under the joined `created by`: it is the creator as it stood, kept without its location; the rest is no line of the dump,
      // unless it is the creator's `file:line` that the text's cut fell in (the truncation warning says so).
      if (unjoined.restLine !== ends.truncatedAtLine || !isPathCutShort(unjoined.rest)) log.skipped(unjoined.restLine, unjoined.rest);
      pending = unjoined.creator;
    } else if (unjoined !== null) {
      // No `file:line` under the joined name: the pieces were two lines after all, the first a name without its frame.
      log.skipped(unjoined.headLine, unjoined.headName);
      if (!this.scan.stackLine(unjoined.rest, 0, unjoined.rest.length) || this.pending === null) return;
      pending = this.pending;
      pending.line = unjoined.restLine;
      this.pending = null;
    }
    if (pending.bare) {
      log.skipped(pending.line, this.parts.interner.funcName(pending.func));
      // A word under a header that no `file:line` follows: no gccgo frame, so maybe no header either.
      const g = this.scan.goroutine;
      if (g !== null && this.scan.mode === 'goroutine' && this.parts.stack.frameCount === 0 && pending.line === g.startLine + 1) this.parts.doubtfulHeader.inDoubt = true;
      return;
    }
    ends.callLeftOpenAtLine = this.scan.lineNo;
    this.addFrame(pending, 0);
  }

  /** The call's frame, added to the stack the scanner's state reads. */
  private addFrame(pending: PendingCall, locationId: number): void {
    const scan = this.scan;
    const mode = scan.mode;
    if (locationId !== 0) this.locations.last = scan.lineNo;
    const goroutine = scan.goroutine;
    // A goroutine's own frame goes to the builder as ids (goroutineBuilder.ts): no frame object per call line.
    if (mode === 'goroutine' && goroutine !== null && !pending.createdBy) {
      this.parts.stack.addFrame(pending.func, locationId, pending.args, pending.line);
      return;
    }
    const frame = this.parts.interner.frame(pending.func, locationId);
    if (mode === 'runtimeStack') { scan.runtimeStacks.open?.frames.push(frame); return; }
    if (mode === 'headless' || (mode === 'delve' && goroutine === null)) {
      const stack = this.parts.headless.open!;
      if (pending.createdBy) stack.createdBy = frame; else stack.frames.push(frame);
      return;
    }
    if (!goroutine) return;
    if (pending.createdBy) {
      // Ancestor sections repeat `created by`; the goroutine's own creator is the first one.
      if (mode === 'goroutine' && goroutine.createdBy === null) { goroutine.createdBy = frame; goroutine.creatorGoroutine = pending.creatorGoroutine; goroutine.stoppedAtLine = -1; }
      if (mode === 'goroutine' || mode === 'ancestor') this.extraCreators.sectionHasCreator = true;
      return;
    }
    if (mode === 'ancestor') { this.ancestorFrames?.push(frame); return; }
    this.parts.stack.addFrame(pending.func, locationId, pending.args, pending.line);
  }
}
