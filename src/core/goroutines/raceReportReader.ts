// The race detector report the scanner reads in its `race` state, between `WARNING: DATA RACE` (or
// a section read outside any report: the text starts inside one) and the closing `==================`
// or a goroutine header: the report's builder (raceReport.ts), and whether the text cut its start,
// whose creators then stand without the accesses the cut took.
//
// The report's states and transitions, as scanMode.ts writes down the scanner's. The states are the
// builder's (raceReport.ts): `between` (no section open, or a section closed by a blank line),
// `header` (a section's header just read, no frame yet), `frames` (a section open, nothing waiting),
// `call` (a call read, its `file:line` due), `held` (an access line broken after its `by`, its rest
// due). A double-spaced paste (a call right after the blank under a header) is noted once for the
// report and changes what a blank line does. The byte path (`lineBytes`) reads the plain lines of
// every state but `held` and a double-spaced report; it leaves the rest to the text path (`line`),
// which decides as it would.
//
// | state          | line                                               | next state | what it does                                      | who                               |
// |----------------|----------------------------------------------------|------------|---------------------------------------------------|-----------------------------------|
// | any            | `==================`                               | (outside)  | the report ends: its accesses become goroutines   | scanner `endRace`, `finish` here  |
// | any            | `goroutine N [state]:`                             | (goroutine)| the report ends, the header begins a goroutine    | scanner `endRace`                 |
// | any but held   | `Read at 0x… by goroutine N:`, `Write by main goroutine:` (ACCESS_HEADER) | header | opens an access section | raceReport `openSection`          |
// | any but held   | `Goroutine N (running) created at:` (CREATED_AT)   | header     | opens a creator section                           | raceReport `openSection`          |
// | any but held   | an access line's words ending ` by`, ` by goroutine`, ` by main` (ACCESS_CUT_ENDS) | held | held until the next line | raceReport `line`            |
// | held           | the rest (`25:`) that makes an access header       | header     | the two read as one access line                   | raceReport `line`                 |
// | held           | any other line                                     | as read    | the held words dropped, the line read as itself   | raceReport `line`                 |
// | header, frames | a call (callShapes.ts' call, or cut in its arguments) | call    | the call waits for its `file:line`                | raceReport `line` / `lineBytes`   |
// | call           | `file:line` (`+0x…`)                               | frames     | adds the frame                                    | raceReport `pushFrame`            |
// | call           | another call                                       | call       | the waiting call kept without a location          | raceReport `commitPendingWithoutLocation` |
// | header, frames | `[failed to restore the stack]`                    | frames     | the section ends there, without frames            | raceReport `line` / `lineBytes`   |
// | header         | a blank line                                       | header     | held: a double-spaced paste if a call follows     | raceReport `blankLine`            |
// | frames, call   | a blank line (two in a double-spaced report)       | between    | the section closes                                | raceReport `closeSection`         |
// | any            | any line of none of the shapes above               | as before  | not the report's (`line` says false): the scanner reads it as other text | scanner `handleLine` |
// | any            | the text's end                                     | —          | a call waiting or a section open tells the cut    | cutAtEnd.ts (`callPending`, `callDueAfter`) |
//
// Still apart: the rows above are written down, not read as a table; a new race-report line is a
// branch in `line` and, for the byte path, in `lineBytes` (its section headers in raceSectionLines.ts).

import type { HeadlessStack } from './model';
import type { FrameInterner } from './frameInterner';
import type { GoroutineTable } from './goroutineTable';
import type { LineMeanings } from './lineMeanings';
import { RaceReportBuilder } from './raceReport';
import { asciiBytes, startsWithBytes } from './byteLineParsers';
import { RACE_RULE } from './lineKinds';
import { appendAll } from '../appendAll';

const RACE_RULE_BYTES = asciiBytes(RACE_RULE);
const GOROUTINE_WORD = asciiBytes('goroutine ');

// What a line of the report is on its bytes (`lineBytes`): read into the report; the closing rule,
// which ends it; or left to the text path (a goroutine header, a line of no plain shape).
export const RACE_LINE_READ = 0;
export const RACE_LINE_RULE = 1;
export const RACE_LINE_AS_TEXT = 2;

export class RaceReportReader {
  /** The report being read, or null outside one. */
  report: RaceReportBuilder | null = null;
  /** The line of the first section read outside a report (the text starts inside one), or -1. */
  cutAtStartLine = -1;
  /** The report being read started without its `WARNING: DATA RACE`. */
  private cutAtStart = false;

  constructor(
    private readonly interner: FrameInterner,
    private readonly internState: (state: string) => string,
    private readonly meanings: LineMeanings,
  ) {}

  /** `WARNING: DATA RACE`: a report begins. */
  begin(): void {
    this.report = new RaceReportBuilder(this.interner, this.internState, this.meanings);
  }

  /** A report's section outside one, text[s, end): the report begins there, its start cut off. */
  beginCutAtStart(text: string, s: number, end: number, lineNo: number): void {
    this.begin();
    this.report!.line(text, s, end, lineNo);
    this.cutAtStart = true;
    if (this.cutAtStartLine < 0) this.cutAtStartLine = lineNo;
  }

  /** The report's line bytes[s, end) (trimmed), read on the bytes when it is of a plain shape. */
  lineBytes(bytes: Uint8Array, s: number, end: number, lineNo: number): number {
    if (bytes[s] === 0x3d /* = */ && startsWithBytes(bytes, s, end, RACE_RULE_BYTES)) return RACE_LINE_RULE;
    // A goroutine header ends the report: read as text.
    if (bytes[s] === 0x67 /* g */ && startsWithBytes(bytes, s, end, GOROUTINE_WORD)) return RACE_LINE_AS_TEXT;
    return this.report !== null && this.report.lineBytes(bytes, s, end, lineNo) ? RACE_LINE_READ : RACE_LINE_AS_TEXT;
  }

  /** The report's line text[s, end) that is neither its rule nor a goroutine header; false when it is none of a report's. */
  line(text: string, s: number, end: number, lineNo: number): boolean {
    return this.report !== null && this.report.line(text, s, end, lineNo);
  }

  /** The report ends: its accesses become goroutines; a report cut at its start leaves its creators without an access as headless stacks. */
  finish(goroutines: GoroutineTable, headlessStacks: HeadlessStack[]): void {
    const report = this.report;
    report?.finish(goroutines);
    if (report !== null && this.cutAtStart) appendAll(headlessStacks, report.creatorsWithoutAccess());
    this.cutAtStart = false;
    this.report = null;
  }
}
