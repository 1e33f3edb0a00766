// Go's text/tabwriter as pprof's -tags uses it (minwidth 0, tabwidth 0, padding 1, ' ', AlignRight):
// a line's cells end in a tab, its text after the last tab is no cell and is not padded; a column
// is as wide as its widest cell plus one over each run of lines that have a cell there (a line
// with fewer cells, such as a blank one, ends the run), and a cell's padding goes before it.

/** The lines with their cells padded; each line is its cells, the text after its last tab last. */
export function rightAlignedColumns(lines: readonly (readonly string[])[]): string[] {
  const out: string[] = new Array<string>(lines.length);
  const widthOf = (text: string): number => {
    let n = 0;
    for (const _ of text) n++;
    return n;
  };
  const write = (from: number, to: number, widths: readonly number[]): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i];
      let text = '';
      for (let j = 0; j < cells.length; j++) {
        text += j < widths.length && j < cells.length - 1 ? ' '.repeat(Math.max(0, widths[j] - widthOf(cells[j]))) + cells[j] : cells[j];
      }
      out[i] = text;
    }
  };
  // text/tabwriter's format: each run of lines with a cell in the next column gets that column's width.
  const format = (line0: number, line1: number, widths: number[]): void => {
    const column = widths.length;
    let start = line0;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      write(start, i, widths);
      let width = 0, end = i;
      for (; end < line1 && column < lines[end].length - 1; end++) width = Math.max(width, widthOf(lines[end][column]) + 1);
      format(i, end, [...widths, width]);
      start = end;
      i = end - 1;
    }
    write(start, line1, widths);
  };
  format(0, lines.length, []);
  return out;
}
