// The lines of a text as `text.split(/\r?\n/)` gives them, read one at a time: a legacy profile
// of 10^6 stacks is never also an array of 10^6 line strings (each a slice, all alive at once).

export interface LinePosition { readonly pos: number; readonly index: number }

export class TextLines {
  private pos = 0;
  /** The 0-based number of the line `next` returns next. */
  index = 0;

  constructor(private readonly text: string) {}

  next(): string | undefined {
    const text = this.text;
    if (this.pos > text.length) return undefined;
    const newline = text.indexOf('\n', this.pos);
    const end = newline < 0 ? text.length : newline;
    // A CR is part of the break only before a LF, as in the pattern /\r?\n/.
    const lineEnd = newline > this.pos && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : end;
    const line = text.slice(this.pos, lineEnd);
    this.pos = end + 1;
    this.index++;
    return line;
  }

  /** Where the next line starts: `rewind` to it reads it again. */
  position(): LinePosition {
    return { pos: this.pos, index: this.index };
  }

  rewind(to: LinePosition): void {
    this.pos = to.pos;
    this.index = to.index;
  }

  /** The lines not read yet. */
  *rest(): Generator<string> {
    for (let line = this.next(); line !== undefined; line = this.next()) yield line;
  }
}
