// Reads a dump that a logger wrote as escaped strings (escapedDump.ts finds and unescapes them; a
// record's stack field without a header, logRecords.ts): the string's lines go to the scanner one
// by one, and a quoted string that the line's end cut (a paste wrapped the log line) is carried to
// the next line. This holds what is carried; the scanner reads the lines.

import { continueEscapedDump, findEscapedDump, type EscapedDump } from './escapedDump';
import { headlessStackField } from './logRecords';
import { recordPanicCrashLine } from './recordPanicField';
import { lastPieceOf, type OpenStackField } from './cutStackField';

/** What the reader asks of the scanner. */
export interface LoggedStringScanner {
  /** The number of the line being read. */
  readonly lineNo: number;
  beginSection(): void;
  endSection(): void;
  /** Reads value[from, to) as lines of the text, at this line's number, without the dump's prefix. */
  readLines(value: string, from: number, to: number): void;
}

export class LoggedStrings {
  /** The last line so far of a logged quoted string that the line's end cut (a paste wrapped it): the next line goes on with it. */
  carry: string | null = null;
  /** The last record's stack field (headlessStackField) that its line's end left open, or null: cut there if that line is the text's last. */
  openStackField: OpenStackField | null = null;

  constructor(private readonly scan: LoggedStringScanner) {}

  /** A line holding an escaped string that holds a dump: its lines are read; false for any other line. */
  dumpLine(text: string, from: number, end: number): boolean {
    const found = findEscapedDump(text, from, end);
    if (found === null) return false;
    this.scan.beginSection();
    // The record's message and `panic` field (recordPanicCrashLine): the crash line before the stack.
    const crash = recordPanicCrashLine(text, from, end);
    this.readString(found, crash === null ? '' : crash + '\n', text, end);
    return true;
  }

  /** A record's stack field without its goroutine header (zap's `stacktrace`): its lines read as a stack of their own. */
  headlessStackFieldLine(text: string, from: number, end: number): boolean {
    const stack = headlessStackField(text, from, end);
    if (stack === null) return false;
    this.scan.beginSection();
    // Cut inside an escape (`…/http.go:204\`): the backslash began a line break, no part of the `file:line`.
    const value = !stack.closed && stack.value.endsWith('\\') ? stack.value.slice(0, -1) : stack.value;
    this.scan.readLines(value, 0, value.length);
    if (!stack.closed) this.openStackField = { line: this.scan.lineNo, lastPiece: lastPieceOf(stack.value) };
    this.scan.endSection();
    return true;
  }

  /**
   * The line goes on with the carried string (a wrapped log line): its rest is read with the
   * string's last line so far. False when the line reads as no such rest (the carried line is read).
   */
  wrappedLine(text: string, from: number, end: number): boolean {
    const carried = this.carry!;
    this.carry = null;
    const rest = continueEscapedDump(text, from, end);
    if (rest === null) {
      this.scan.readLines(carried, 0, carried.length);
      return false;
    }
    this.readString(rest, carried, text, end);
    return true;
  }

  /** At the text's end: the carried line, if any, is read; true when one was (the text ended inside the string). */
  readCarried(): boolean {
    const carried = this.carry;
    if (carried === null) return false;
    this.carry = null;
    this.scan.readLines(carried, 0, carried.length);
    return true;
  }

  /** The string's lines (after `carried`, the start of its first), then what follows it on the line. */
  readString(found: EscapedDump, carried: string, text: string, end: number): void {
    const value = carried + found.value;
    // A quoted string the line's end cut goes on on the next line: its last line waits for the rest.
    if (!found.closed && found.quoted) {
      const lastLine = value.lastIndexOf('\n') + 1;
      if (lastLine > 0) this.scan.readLines(value, 0, lastLine - 1);
      this.carry = value.slice(lastLine);
      return;
    }
    this.scan.readLines(value, 0, value.length);
    if (found.closed) {
      this.scan.endSection();
      this.dumpLine(text, found.stringEnd + 1, end);
    }
  }
}
