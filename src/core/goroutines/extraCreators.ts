// `created by` lines past the one Go prints under a stack. Go ends each stack with one creator, and
// each `[originating from goroutine N]:` section (GODEBUG=tracebackancestors) with its own; another
// under the same stack (two goroutines' ends joined by a paste, or a crafted text of a million) is
// no frame of it. Such lines and their `file:line` are passed over without being parsed into names
// or kept, and said in one warning per goroutine, so their number costs a count, not a frame each.
import type { WarningLog } from './warningLog';
import type { GoroutineId } from './model';

export class ExtraCreators {
  /** Whether the stack being read (a goroutine's, or an ancestor section's) has its creator. */
  sectionHasCreator = false;
  /** The line of the last `created by` passed over, whose `file:line` may follow; -1 before any. */
  lastLine = -1;
  private firstLine = -1;
  private count = 0;

  /** A new stack or ancestor section starts: its first `created by` is its own. */
  startSection(): void {
    this.sectionHasCreator = false;
  }

  /** A `created by` line at `line` after the section's own: passed over. */
  pass(line: number): void {
    if (this.count === 0) this.firstLine = line;
    this.count++;
    this.lastLine = line;
  }

  /** The goroutine whose stack was read ends: one warning for the creators passed over in it. */
  endGoroutine(log: WarningLog, goroutineId: GoroutineId, headerLine: number): void {
    this.sectionHasCreator = false;
    if (this.count === 0) return;
    const more = this.count === 1 ? 'another `created by` line' : `${this.count} more \`created by\` lines`;
    log.warn(this.firstLine, `line ${this.firstLine}: goroutine ${goroutineId} (line ${headerLine}) has ${more} after its creator, ` +
      `where Go prints one: ${this.count === 1 ? 'it is' : 'they are'} skipped`);
    this.count = 0;
  }
}
