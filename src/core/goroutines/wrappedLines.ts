// A frame's lines that a wrap at a fixed width or a pager's chop at the terminal's width cut: a
// `file:line` whose path goes on at the next line's start (wrappedLocation.ts), a call cut in its
// name (wrappedName.ts) or its arguments (wrappedArguments.ts) with the rest on the next line, the
// indent of a `file:line` left alone on a line, and a `file:line` a pager chopped (pagerWidth.ts).
// This holds what such a line left open and reads the line that may go on with it, for the call
// waiting for its `file:line` (the scanner's pending call).

import type { CurrentLine } from './currentLine';
import type { FrameInterner } from './frameInterner';
import type { PendingCall } from './pendingCall';
import { CUT_MARK, parseLocationLine, type LocationLine } from './lineParsers';
import { PagerWidth } from './pagerWidth';
import { isWrappedArgumentsTail, joinWrappedLocation, mayBeWrappedLineNumber, mayBeWrappedPathHead, type WrappedHead } from './wrappedLocation';
import { joinWrappedName } from './wrappedName';
import { argumentsTail } from './wrappedArguments';

/** What a pager's chop left of a location's offset or marks after its line number: ` +`, ` +0x1`, ` fp=0xc0`. */
const CHOPPED_LOCATION_SUFFIX = /^ (?:\+(?:0(?:x[0-9a-f]*)?)?|(?:fp|sp|pc)=?(?:0(?:x[0-9a-f]*)?)?|[fsp])$/;
/** A path's start, as a pager's chop leaves it: no white space, a `/` in it. */
const CHOPPED_PATH = /^[^\s/]*\/\S*$/;

/** What the wrapped lines ask of the scanner. */
export interface WrappedLineScanner {
  /** The number of the line being read. */
  readonly lineNo: number;
  /** What is known of the line being read (currentLine.ts). */
  readonly line: Readonly<CurrentLine>;
  /** The call waiting for its `file:line`, or null. */
  pending: PendingCall | null;
  /** Reads a stack's line (the scanner's `stackLine`); false when it is none. */
  stackLine(text: string, s: number, end: number): boolean;
  /** The pending call's frame, at text[s, end)'s location. */
  completePending(text: string, s: number, end: number, location: LocationLine): void;
  /** The pending call's frame, at an interned location. */
  addPendingFrame(locationId: number): void;
  /** The stack being read ends at this line. */
  touch(): void;
  /** Reads `text` again as the line `lineNo` (its prefix already cut). */
  rereadLine(lineNo: number, text: string): void;
}

export class WrappedLines {
  /** The lines' widths, for a pager that chopped them (pagerWidth.ts). */
  readonly pagerWidth = new PagerWidth();
  /** The line read now may have been chopped at a pager's width. */
  lineChopped = false;
  /** A frame's location line that may go on at the next line's start, a long line wrapped (wrappedLocation.ts). */
  head: WrappedHead | null = null;
  /** A line of white space alone under a call, held as the indent a wrap left of the call's `file:line` (the next line). */
  indentLine = -1;
  /** The pending call is one the line's end cut in its arguments: its line was cut, not wrapped, so no wrapped location is looked for under it. */
  cutInArguments = false;
  /** The call's arguments were cut inside a hex number (`0xfffffffffff`): the rest may start with that number's last digits. */
  cutInNumber = false;
  /** The held head is read again: it is not held a second time. */
  rereading = false;
  /** The head held may have been chopped at a pager's width. */
  private headChopped = false;

  constructor(private readonly scan: WrappedLineScanner, private readonly interner: FrameInterner) {}

  /**
   * The line under the held head: the rest of its location joined to it, the pending call's frame,
   * and true; else the head is read as the line it was, and false.
   */
  joinHead(text: string, s: number, end: number, indented: boolean): boolean {
    const head = this.head!;
    this.head = null;
    const joined = joinWrappedLocation(head, text, s, end, indented);
    if (joined !== null) { this.scan.completePending(joined.text, 0, joined.text.length, joined.location); return true; }
    this.reread(head);
    return false;
  }

  /** The text ends with a held head: it is read as the line it was. */
  rereadHeldHead(): void {
    const head = this.head;
    if (head === null) return;
    this.head = null;
    this.reread(head);
  }

  /** A line held as a wrapped location's start that the next line did not continue: read as it would have been, at its own line number. */
  private reread(head: WrappedHead): void {
    const chopped = this.lineChopped;
    this.lineChopped = this.headChopped;
    this.rereading = true;
    this.scan.rereadLine(head.line, head.text);
    this.rereading = false;
    this.lineChopped = chopped;
  }

  /**
   * Under the pending call, text[s, end) with no location (`location` null), or a whole one that
   * ends at its line number where an offset was due: held when it may be a location's start that the
   * next line goes on with.
   */
  holdPathHead(text: string, s: number, end: number, location: LocationLine | null): boolean {
    if (!this.scan.line.terminated || this.rereading || this.cutInArguments) return false;
    if (location === null ? !mayBeWrappedPathHead(text, s, end) : !mayBeWrappedLineNumber(text, s, end, location)) return false;
    this.head = { line: this.scan.lineNo, text: text.slice(s, end) };
    this.headChopped = this.lineChopped;
    return true;
  }

  /**
   * A line under the pending call that goes on with its line, cut by a wrap or a pager: the rest of
   * its arguments or its name, or its `file:line` chopped. True when the line is taken.
   */
  underPendingCall(text: string, s: number, end: number, afterPrefix: number, prefixMatched: boolean, delve: boolean): boolean {
    const pending = this.scan.pending!;
    const lineNo = this.scan.lineNo;
    // The rest of a call's arguments that a wrap at a fixed width carried over: the call waits on for its `file:line`.
    if (this.cutInArguments && pending.line === lineNo - 1 && s === afterPrefix && isWrappedArgumentsTail(text, s, end)) {
      this.cutInArguments = false;
      pending.line = lineNo;
      this.scan.touch();
      return true;
    }
    // A `file:line` a pager chopped, the next line no rest of it: the frame keeps what location it has.
    if (this.lineChopped && !delve && !pending.bare && this.choppedLocationLine(text, s, end, parseLocationLine(text, s, end))) return true;
    if ((pending.bare || pending.createdBy) && pending.line === lineNo - 1 && this.wrappedNameLine(text, s, end, s > afterPrefix)) return true;
    return this.cutInArguments && pending.line === lineNo - 1 && !prefixMatched && this.wrappedArgumentsLine(text, s, end);
  }

  /**
   * The pending call's `file:line`, text[s, end) (`location`, as parsed), on a line a pager may have
   * chopped (pagerWidth.ts): chopped in its offset, the location before it is whole; chopped in its
   * path (held as a wrap's head, the next line no rest of it), it is kept as it stands, marked cut,
   * with no line number. False when the line reads as neither.
   */
  private choppedLocationLine(text: string, s: number, end: number, location: LocationLine | null): boolean {
    if (location !== null) return false;
    // A wrap's head is held for the next line to continue first (rereading: it did not); any other line is judged at once.
    if (!this.rereading && !this.cutInArguments && this.scan.line.terminated && mayBeWrappedPathHead(text, s, end)) return false;
    const space = text.lastIndexOf(' ', end - 1);
    const beforeSuffix = space > s && CHOPPED_LOCATION_SUFFIX.test(text.slice(space, end)) ? parseLocationLine(text, s, space) : null;
    if (beforeSuffix !== null) { this.scan.completePending(text, s, space, beforeSuffix); return true; }
    if (!CHOPPED_PATH.test(text.slice(s, end))) return false;
    // The `:` before a line number the chop took is no part of the path.
    const path = text.slice(s, text.charCodeAt(end - 1) === 0x3a /* : */ ? end - 1 : end) + CUT_MARK;
    this.scan.addPendingFrame(this.interner.location(path, () => path, 0));
    return true;
  }

  /**
   * The line under a bare name or a `created by` that a wrap cut inside the function's name: the
   * rest of the name (wrappedName.ts). The call read from the two joined waits for its `file:line`.
   */
  private wrappedNameLine(text: string, s: number, end: number, indented: boolean): boolean {
    const scan = this.scan;
    const head = scan.pending!;
    const joined = joinWrappedName(this.interner.funcName(head.func), head.createdBy, text, s, end, indented);
    if (joined === null) return false;
    const [headLine, headName] = [head.line, this.interner.funcName(head.func)];
    // The pending call is one object, reused: the creator as it stood is copied before the joined line replaces it.
    const creator = joined.tentative && head.createdBy ? { ...head, unjoined: null } : null;
    scan.pending = null;
    const read = scan.stackLine(joined.line, 0, joined.line.length);
    const pending = scan.pending as PendingCall | null;
    if (!read || pending === null) { scan.pending = head; return false; }
    // A call cut in its arguments waits on this line for their rest (the line under it); any other, for its `file:line`.
    pending.line = this.cutInArguments ? scan.lineNo : headLine;
    if (joined.tentative) pending.unjoined = { headLine, headName, rest: text.slice(s, end), restLine: scan.lineNo, creator };
    scan.touch();
    return true;
  }

  /**
   * The line under a call cut in its arguments, without the dump's prefix (at the line's start, or
   * under a wrapping tool's hanging indent): their rest, which a wrap put there (wrappedArguments.ts).
   * The call still waits for its `file:line`.
   */
  private wrappedArgumentsLine(text: string, s: number, end: number): boolean {
    const tail = argumentsTail(text, s, end, this.cutInNumber);
    if (tail === null) return false;
    this.cutInNumber = false;
    this.scan.pending!.line = this.scan.lineNo;
    if (tail === 'closed') this.cutInArguments = false;
    this.scan.touch();
    return true;
  }
}
