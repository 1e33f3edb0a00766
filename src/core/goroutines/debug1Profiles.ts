// The debug=1 goroutine profiles of a text (`goroutine profile: total N`, then `N @ 0x…` records of
// `#\t0x… func+0x… file:line` frames): builds their records, keeps the last profile of several,
// and passes over another profile's records (threadcreate…). The scanner decides when a record
// begins and ends; this holds what the profiles read so far are.

import type { EarlierDump, SourceFrame, StackRecord } from './model';
import type { FrameInterner } from './frameInterner';
import { lineWhereCountsPassExact, parseLabels, parseRecordFrameLine } from './debug1Lines';
import { Debug1Ends } from './debug1Ends';
import { hiddenFrameAddresses } from './hiddenRuntimeWaits';
import type { WarningLog } from './warningLog';

interface RecordBuilder {
  count: number;
  /** The `N @ 0x…` line, read for the hidden runtime frames once the first frame line is read. */
  header: string;
  hidden: readonly number[] | null;
  frames: SourceFrame[];
  labels: Record<string, string>;
  startLine: number;
  endLine: number;
}

/** The profiles as they were before a header behind a new prefix, to take that header back. */
export interface ProfileSnapshot {
  declaredTotal: number | null;
  records: StackRecord[];
  earlierProfiles: number;
  profileStartLine: number;
}

/**
 * A count as the runtime can print it: an int's, at most 2^63 − 1. More digits, which only a crafted
 * text holds, read as that (a count of 401 digits was Infinity, "Infinity goroutines").
 */
function runtimeCount(n: number): number {
  // 2^63 − 1 as a double is 2^63.
  return Math.min(n, 2 ** 63);
}

export class Debug1Profiles {
  /** The record being read, or null. */
  record: RecordBuilder | null = null;
  records: StackRecord[] = [];
  /** `goroutine profile: total N` of the last profile; null before any. */
  declaredTotal: number | null = null;
  /** Where the last `goroutine profile: total N` line is; profiles before it, for a text holding several. */
  profileStartLine = 0;
  readonly earlierProfiles: EarlierDump[] = [];
  /** Inside another debug=1 profile (threadcreate…): its records are no goroutines. */
  inOtherProfile = false;
  /** Inside a goroutineleak profile (Go ≥ 1.26): its goroutines are leaked, the runtime says. */
  private inLeakProfile = false;
  /**
   * The line of the last `#` frame line read that names a function but has no `file:line` column,
   * or -1: runtime/pprof prints both for every pc it has a function for, so as the text's last line it was cut.
   */
  frameWithoutLocationLine = -1;
  /** What the last profile's records say of where its text was cut (debug1Ends.ts). */
  readonly ends = new Debug1Ends();

  constructor(private readonly interner: FrameInterner) {}

  /** Some profile's header or record was read. */
  get any(): boolean {
    return this.records.length > 0 || this.declaredTotal !== null;
  }

  /** `goroutine profile: total N` at `line`; a second one (captures appended to one file) keeps the later profile. */
  begin(total: number, leaked: boolean, line: number): void {
    if (this.declaredTotal !== null) {
      this.earlierProfiles.push({ lines: { start: this.profileStartLine, end: line - 1 }, goroutines: this.declaredTotal, crash: null });
      // A new array: the one left may still be taken back (see takeBack).
      this.records = [];
    }
    this.declaredTotal = runtimeCount(total);
    this.profileStartLine = line;
    this.ends.beginProfile();
    this.inLeakProfile = leaked;
    this.inOtherProfile = false;
  }

  beginRecord(count: number, header: string, line: number): void {
    this.record = { count: runtimeCount(count), header, hidden: null, frames: [], labels: {}, startLine: line, endLine: line };
    this.ends.noteRecordHeader(header);
  }

  /** The record begun at `line` has no frame yet. */
  recordJustBegun(line: number): boolean {
    return this.record !== null && this.record.startLine === line && this.record.frames.length === 0;
  }

  /** A `#` line of the open record: its labels or a frame; false when it is neither (the line is skipped). */
  recordLine(text: string, s: number, end: number, line: number): boolean {
    const record = this.record!;
    record.endLine = line;
    if (text.startsWith('# labels:', s)) {
      Object.assign(record.labels, parseLabels(text.slice(s + 9, end)));
      return true;
    }
    const parsed = parseRecordFrameLine(text, s, end);
    if (!parsed) return false;
    this.frameWithoutLocationLine = parsed.pathEnd < 0 && parsed.funcStart !== parsed.addressStart ? line : -1;
    if (record.frames.length === 0) {
      record.hidden = hiddenFrameAddresses(record.header, text.slice(parsed.addressStart, parsed.addressEnd));
      this.ends.noteFirstFrame(record.hidden === null ? null : record.hidden.length);
    }
    if (parsed.pathEnd >= 0) this.ends.noteFrameLine(line, text.slice(parsed.addressStart, parsed.addressEnd), parsed.line);
    else if (parsed.funcStart === parsed.addressStart) this.ends.noteBarePcLine(text.slice(parsed.addressStart, parsed.addressEnd));
    const interner = this.interner;
    const locationId = parsed.pathEnd < 0 ? 0 : interner.location(text.slice(parsed.pathStart, end),
      () => text.slice(parsed.pathStart, parsed.pathEnd), parsed.line);
    record.frames.push(interner.frame(interner.func(text.slice(parsed.funcStart, parsed.funcEnd)), locationId));
    return true;
  }

  /** The goroutines the last profile's records count (its declared total, when whole). */
  countedGoroutines(): number {
    let counted = 0;
    for (const record of this.records) counted += record.count;
    return counted;
  }

  /** Ends the open record, if any. */
  endRecord(): void {
    const record = this.record;
    if (record === null) return;
    this.records.push({
      count: record.count, frames: this.interner.stack(record.frames), labels: record.labels,
      lines: { start: record.startLine, end: record.endLine }, leaked: this.inLeakProfile, hiddenAddresses: record.hidden,
    });
    this.record = null;
  }

  snapshot(): ProfileSnapshot {
    return { declaredTotal: this.declaredTotal, records: this.records, earlierProfiles: this.earlierProfiles.length, profileStartLine: this.profileStartLine };
  }

  takeBack(profile: ProfileSnapshot): void {
    this.declaredTotal = profile.declaredTotal;
    this.records = profile.records;
    this.earlierProfiles.length = profile.earlierProfiles;
    this.profileStartLine = profile.profileStartLine;
  }

  /**
   * At the text's end, what the log says of the profiles: counts whose sum passes 2^53 in a text of
   * profiles alone; a profile beside goroutine stacks (`withGoroutines`), which are grouped and it not.
   */
  warnAtEnd(log: WarningLog, withGoroutines: boolean): void {
    if (!withGoroutines && this.any) {
      const inexactFrom = lineWhereCountsPassExact(this.records);
      // Warned, not clamped: a rounded count still ranks and compares the groups as the profile does.
      if (inexactFrom >= 0) {
        log.always(inexactFrom, `${inexactFrom > 0 ? `line ${inexactFrom}: ` : ''}goroutine counts too large to add exactly (their sum passes 2^53): ` +
          'the counts and totals shown are rounded');
      }
    }
    if (withGoroutines && this.declaredTotal !== null) {
      log.always(this.profileStartLine,
        `line ${this.profileStartLine}: the text also holds a debug=1 goroutine profile (total ${this.declaredTotal}): ` +
        'only the goroutine stacks are grouped; select the profile\'s lines to group it');
    }
  }

  /** With several profiles in the text: only the last is grouped, which the log says. */
  keepLast(log: WarningLog): { earlier: readonly EarlierDump[]; previous: null } {
    const first = this.earlierProfiles[0].lines.start;
    log.always(this.profileStartLine,
      `the text holds ${this.earlierProfiles.length + 1} goroutine profiles (from line ${first}): ` +
      `only the last one, from line ${this.profileStartLine}, is grouped; select another profile's lines to group it`);
    return { earlier: this.earlierProfiles, previous: null };
  }
}
