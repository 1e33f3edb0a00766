// The lines of a text as `splitLines` (lineEnds.ts: LF, CRLF and CR alone end lines) gives them,
// read one at a time: a legacy profile of 10^6 stacks is never also an array of 10^6 line strings
// (each a slice, all alive at once).
import { TextLineEnds } from '../lineEnds';

export interface LinePosition { readonly pos: number; readonly index: number }

export class TextLines {
  private readonly lines: TextLineEnds;
  /** The 0-based number of the line `next` returns next. */
  index = 0;

  constructor(private readonly text: string) {
    this.lines = new TextLineEnds(text);
  }

  next(): string | undefined {
    const lines = this.lines;
    if (!lines.next()) return undefined;
    this.index++;
    return this.text.slice(lines.start, lines.end);
  }

  /** Where the next line starts: `rewind` to it reads it again. */
  position(): LinePosition {
    return { pos: this.lines.pos, index: this.index };
  }

  rewind(to: LinePosition): void {
    this.lines.seek(to.pos);
    this.index = to.index;
  }

  /** The lines not read yet. */
  *rest(): Generator<string> {
    for (let line = this.next(); line !== undefined; line = this.next()) yield line;
  }
}
