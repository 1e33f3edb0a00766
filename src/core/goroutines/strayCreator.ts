// A goroutine's `created by` parted from its stack by a stray blank line: PowerShell writes each of a
// native program's stderr writes as a line of its own, with blank lines between (`…testing.go:1145
// +0x100`, a blank line, `created by time.goFunc`, a blank line, its `file:line`). Go prints a
// goroutine's `created by` last in its stack and never a blank line inside one, and no other line
// starts with it, so a `created by` right under the blank line that ended a goroutine read without
// one is that goroutine's creator, its `file:line` the next line with text.
import type { GoroutineId } from './model';
import type { FrameInterner, InternedFunc } from './frameInterner';
import type { GoroutineTable } from './goroutineTable';
import { parseCreatedByLine, parseLocationLine } from './lineParsers';

export const NOT_TAKEN = 0;
export const TAKEN = 1;
export const TAKEN_SPACED = 2;

export class StrayCreator {
  /** The `created by` held for its `file:line`: the goroutine's row, the creator, its line; null when none is. */
  private held: { row: number; func: InternedFunc; creatorGoroutine: GoroutineId | null; line: number } | null = null;

  constructor(private readonly parts: { readonly interner: FrameInterner; readonly goroutines: GoroutineTable }) {}

  get holding(): boolean {
    return this.held !== null;
  }

  /**
   * The trimmed line text[s, end), outside any stack, single-spaced: a `created by` under the blank
   * line that ended the last goroutine (finished at `finishedAtLine`) without a creator is held as
   * its creator. Returns whether it was.
   */
  take(text: string, s: number, end: number, lineNo: number, finishedAtLine: number): boolean {
    const table = this.parts.goroutines;
    const row = table.length - 1;
    if (row < 0 || finishedAtLine !== lineNo - 1 || table.endLine(row) !== lineNo - 2 || table.createdBy(row) !== null || table.rare(row)?.cut === true) return false;
    const createdBy = parseCreatedByLine(text, s, end);
    if (createdBy === null) return false;
    this.held = { row, func: this.parts.interner.func(text.slice(s + 11, createdBy.funcEnd)), creatorGoroutine: createdBy.creatorGoroutine, line: lineNo };
    return true;
  }

  /**
   * The next line with text after a held `created by`: its `file:line` completes the creator, and
   * the line is taken; any other line leaves the creator without a location, and is read. Returns
   * NOT_TAKEN, TAKEN, or TAKEN_SPACED when a blank line stood between the two as well (a paste that
   * doubles line breaks, as a headless stack's start spaced so tells: lineSpacing.ts).
   */
  lineAfter(text: string, s: number, end: number, lineNo: number): number {
    const held = this.held!;
    this.held = null;
    const location = lineNo - held.line <= 2 ? parseLocationLine(text, s, end) : null;
    const locationId = location === null ? 0 : this.parts.interner.location(text.slice(s, location.locationEnd), () => text.slice(s, location.pathEnd), location.line);
    this.parts.goroutines.setCreator(held.row, this.parts.interner.frame(held.func, locationId), held.creatorGoroutine, location === null ? held.line : lineNo);
    return location === null ? NOT_TAKEN : lineNo - held.line === 2 ? TAKEN_SPACED : TAKEN;
  }
}
