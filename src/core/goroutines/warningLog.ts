// What the scanner tells the reader about the text: skipped lines, merged into one warning per run
// of consecutive skipped lines, and other warnings, capped so junk cannot make millions of them.
import type { DumpWarning } from './model';
import { withVisibleControls } from '../format';
import { detachString } from './textChunks';

export class WarningLog {
  readonly warnings: DumpWarning[] = [];
  private suppressed = 0;
  private skipStart = 0;
  private skipEnd = 0;
  /** The skipped line before skipEnd, for taking the last one back. */
  private skipPreviousEnd = 0;
  private skipCount = 0;
  private skipSample = '';
  /** A skipped line that what follows explains: left out of its run's warning while it is the run's last line. */
  private explained = -1;

  constructor(private readonly maxWarnings: number) {}

  warn(line: number, message: string): void {
    if (this.warnings.length < this.maxWarnings) this.warnings.push({ line, message });
    else this.suppressed++;
  }

  /** Past the cap: a warning without which the figures would be misread. */
  always(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  /** A line that is not part of a dump; `sample` is its start, quoted in the warning (when `quotesNextSkipped`). */
  skipped(line: number, sample: string): void {
    // A line skipped in pieces (a location, then the call glued to it) is one line skipped, sampled from its first.
    if (this.skipCount > 0 && line === this.skipEnd) return;
    if (this.skipCount === 0) { this.skipStart = line; this.skipSample = this.quotesNextSkipped ? withVisibleControls(detachString(sample)) : ''; }
    this.skipPreviousEnd = this.skipEnd;
    this.skipEnd = line;
    this.skipCount++;
  }

  /** The sample of the run opened on `line` by a piece of it (a `file:line` behind a quote, before a call glued to it): the line's start instead. */
  resample(line: number, sample: string): void {
    if (this.skipCount === 1 && this.skipStart === line && this.skipSample !== '') this.skipSample = withVisibleControls(detachString(sample));
  }

  /**
   * Whether the next skipped line's sample would be quoted: it starts a run, and the run's warning
   * is under the cap (warnings are never taken back, so past the cap no later run is quoted either).
   * Junk starts a run at every header-like line: past the cap, its samples are not even decoded.
   */
  get quotesNextSkipped(): boolean {
    return this.skipCount === 0 && this.warnings.length < this.maxWarnings;
  }

  /** `count` more skipped lines, the run's latest, up to `lastLine` (a run is open). */
  skippedMore(lastLine: number, count: number): void {
    this.skipPreviousEnd = lastLine - 1;
    this.skipEnd = lastLine;
    this.skipCount += count;
  }

  /** Takes back the skipped line `line` when it was the last one (a cut line, explained otherwise). */
  takeBackSkipped(line: number): void {
    if (this.skipCount === 0 || this.skipEnd !== line) return;
    this.skipCount--;
    this.skipEnd = this.skipPreviousEnd;
  }

  /**
   * Takes back the last `count` skipped lines, the first of them on `firstLine`, when the open run
   * ends with them (lines read as part of a dump after all); `skippedBefore` is the run's line before them.
   */
  takeBackSkippedRun(firstLine: number, count: number, skippedBefore: number): void {
    if (this.skipCount < count || this.skipStart > firstLine || this.skipEnd < firstLine) return;
    this.skipCount -= count;
    this.skipEnd = this.skipPreviousEnd = skippedBefore;
  }

  /** Whether the open run of skipped lines holds others before `line`, its last: that line is more of text skipped already. */
  skippedBefore(line: number): boolean {
    return this.skipCount > 1 && this.skipEnd === line && this.skipStart < line;
  }

  /** The last line skipped so far (0 before any). */
  get lastSkippedLine(): number {
    return this.skipEnd;
  }

  /** The skipped line before the last one (for `takeBackSkippedRun`). */
  get skippedBeforeLast(): number {
    return this.skipPreviousEnd;
  }

  /** Marks the skipped line `line` as explained by the line after it (-1: none). */
  explainSkipped(line: number): void {
    this.explained = line;
  }

  /** Ends a run of skipped lines: one warning for all of them. */
  flushSkipped(): void {
    if (this.explained >= 0) this.takeBackSkipped(this.explained);
    this.explained = -1;
    if (this.skipCount === 0) return;
    // Past the cap the message is only counted: junk flushes a run at every header-like line.
    if (this.warnings.length >= this.maxWarnings) { this.suppressed++; this.skipCount = 0; return; }
    this.warn(this.skipStart, skippedRunMessage(this.skipStart, this.skipEnd, this.skipCount, this.skipSample));
    this.skipCount = 0;
  }

  /**
   * `count` lines from `first` to `last`, taken as a dump's once and given back since (a recovery line the
   * stack under it did not confirm): skipped after all, their warning put in line order among those said since.
   */
  skippedAgain(first: number, last: number, count: number, sample: string): void {
    if (this.warnings.length >= this.maxWarnings) { this.suppressed++; return; }
    let at = this.warnings.length;
    while (at > 0 && this.warnings[at - 1].line > first) at--;
    this.warnings.splice(at, 0, { line: first, message: skippedRunMessage(first, last, count, withVisibleControls(detachString(sample))) });
  }

  /** Counts the warnings past the cap in one last warning. */
  closeSuppressed(line: number): void {
    if (this.suppressed > 0) this.warnings.push({ line, message: `${this.suppressed} more warnings not shown` });
    this.suppressed = 0;
  }
}

/** The warning of a run of skipped lines, `count` of them from `first` to `last` (blank lines between are not counted). */
function skippedRunMessage(first: number, last: number, count: number, sample: string): string {
  const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
  const what = count === 1 ? '1 line' : `${count} lines`;
  return `${where}: skipped ${what} that ${count === 1 ? 'is' : 'are'} not part of a goroutine dump, starting "${sample}"`;
}
