// What the scanner has learnt of the line it is reading (scanner.ts), for what runs after the line
// is read and for the parts that ask (lineKinds.ts, headlessStacks.ts, wrappedLines.ts,
// stackBlankLines.ts): one record, set afresh for each line, so a new fact about a line is one field here.

/** The line is not blank. */
export const NOT_BLANK = 0;
/** Blank, read on the byte path: a run of blank lines may be counted on its bytes after it. */
export const BLANK_ON_BYTES = 1;
/** Blank, read on the text path (or passed over as the spacing of a double-spaced paste). */
export const BLANK_ON_TEXT = 2;

export class CurrentLine {
  /** Ends with a line break (the text's last line may not). */
  terminated = true;
  /** Starts with white space after any log prefix (the nested panic of a chain). */
  indented = false;
  /** NOT_BLANK, BLANK_ON_BYTES or BLANK_ON_TEXT. */
  blank = NOT_BLANK;
  /** Skipped outside any stack: it may hold a crash line after other text. */
  skippedOutside = false;
  /** The line last cut into pieces and read piece by piece (the scanner's `readPieces`), by its number. */
  cutIntoPieces = -1;

  /** Before a line of the text is read. */
  begin(terminated: boolean): void {
    this.terminated = terminated;
    this.blank = NOT_BLANK;
    this.skippedOutside = false;
  }
}
