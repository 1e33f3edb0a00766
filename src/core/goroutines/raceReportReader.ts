// The race detector report the scanner reads in its `race` state, between `WARNING: DATA RACE` (or
// a section read outside any report: the text starts inside one) and the closing `==================`
// or a goroutine header: the report's builder (raceReport.ts), and whether the text cut its start,
// whose creators then stand without the accesses the cut took. The report's lines, its states and
// what each line does in each are the rows of raceLineRows.ts, which both the byte path (`lineBytes`)
// and the text path (`line`) read; the closing rule and a goroutine header, which end the report, are
// the scanner's (scanMode.ts' table), told here on the bytes.

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
