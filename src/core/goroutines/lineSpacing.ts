// Double-spaced pastes: web forms and mail clients double every line break, so a blank line stands
// after each of the dump's lines. Go never prints a blank line inside a stack: the first one right
// under a header leaves the spacing undecided, and the line after it decides (a stack's line: the
// paste is double-spaced). In such a paste one blank line is spacing, and two in a row (the blank
// line Go printed, doubled) end a section. This holds what is known of the text's spacing.

import { startsCreatedBy } from './lineParsers';
import { parseFramePrefixedCall } from './framePrefix';
import { isWholeCallLine } from './callShapes';

const SINGLE_SPACED = 0;
const MAYBE_DOUBLE_SPACED = 1;
const DOUBLE_SPACED = 2;

export class LineSpacing {
  private state = SINGLE_SPACED;
  /** Blank lines in a row, in a double-spaced paste. */
  private blankRun = 0;

  /** Lines as Go prints them, no blank line inside a stack. */
  get single(): boolean {
    return this.state === SINGLE_SPACED;
  }

  /** A blank line after every line. */
  get doubled(): boolean {
    return this.state === DOUBLE_SPACED;
  }

  /** A blank line right under a header was read: the next line with content decides. */
  get undecided(): boolean {
    return this.state === MAYBE_DOUBLE_SPACED;
  }

  /** From here the text is read as double-spaced. */
  double(): void {
    this.state = DOUBLE_SPACED;
  }

  /** A blank line right under a header, in text read as single-spaced so far: the next line decides. */
  blankUnderHeader(): void {
    this.state = MAYBE_DOUBLE_SPACED;
  }

  /** A blank line that ends a section where Go puts one: the text is single-spaced. */
  blankEndingSection(): void {
    this.state = SINGLE_SPACED;
  }

  /** A blank line in a double-spaced paste: whether it is the second in a row, the blank line Go printed, which ends the section. */
  blankInDoubled(): boolean {
    return ++this.blankRun >= 2;
  }

  /** A line with content: the run of blank lines before it is over. */
  contentLine(): void {
    this.blankRun = 0;
  }

  /**
   * The line text[s, end) after a header and a blank line, `record` when the header was a debug=1
   * record's and `goroutine` a goroutine's (`noFrame`: none read yet): whether the stack goes on
   * (the paste is double-spaced) or the header stood alone (single-spaced).
   */
  decide(text: string, s: number, end: number, record: boolean, goroutine: boolean, noFrame: boolean, lineNo: number): boolean {
    const goesOn = record ? text.charCodeAt(s) === 0x23 /* # */
      : isWholeCallLine(text, s, end) || (goroutine && (startsCreatedBy(text, s) ||
        (text.startsWith('goroutine ', s) && text.endsWith('stack unavailable', end)) ||
        // A first frame behind text its header lacks (framePrefix.ts).
        (noFrame && parseFramePrefixedCall(text, s, s, end, lineNo) !== null)));
    this.state = goesOn ? DOUBLE_SPACED : SINGLE_SPACED;
    return goesOn;
  }
}
