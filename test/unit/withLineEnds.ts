// Test inputs whose line ends are rewritten, shared by the goroutine and pprof line-end tests.

/**
 * The text's LF line ends made `ends[i % ends.length]`, line by line; an empty line after one that
 * ends in a CR alone ends in a CR alone too (CRs before an LF are one line end: lineEnds.ts).
 */
export function withEnds(text: string, ends: readonly string[]): string {
  const lines = text.split('\n');
  let out = lines[0], turn = 0;
  for (let i = 1; i < lines.length; i++) {
    let end = ends[turn++ % ends.length];
    if (out.endsWith('\r') && lines[i - 1] === '') end = '\r';
    out += end + lines[i];
  }
  return out;
}
