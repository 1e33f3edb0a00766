// Log viewers that show the newest line first (Grafana and Loki's Explore, Kibana, Cloud Logging,
// `journalctl -r`) copy a dump upside down: each goroutine's `created by` line before its frames,
// its header after them, the crash line last. Such a text is told by where the call lines stand
// around the goroutine headers (after a header when the dump reads forward, before it when it is
// reversed) and read with its lines in reverse. Only small texts are looked at: a viewer's copy is.

/** Texts up to this size are held whole to be looked at before they are scanned. */
export const MAX_REVERSED_BYTES = 1 << 20;

export const REVERSED_WARNING = 'lines were newest first; read in reverse (line numbers count from the last line)';

const HEADER = /goroutine \d+ \[[^\]]{1,200}\]:$/;

const trimmedEnd = (line: string): string => line.trimEnd();

/** Whether the lines read as a dump printed bottom up: more headers with their call line above than below. */
export function looksReversed(lines: readonly string[]): boolean {
  let forward = 0;
  let backward = 0;
  const content = (i: number, step: number): string | null => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const line = trimmedEnd(lines[j]);
      // Blank, or a viewer's time alone (its tab-separated column with an empty line after it).
      if (line.trim() !== '' && !/^[\d :.TZ+-]*$/.test(line)) return line;
    }
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = trimmedEnd(lines[i]);
    if (!line.endsWith(']:') || !HEADER.test(line)) continue;
    if (content(i, 1)?.endsWith(')')) forward++;
    if (content(i, -1)?.endsWith(')')) backward++;
  }
  return backward > forward;
}

/** The text with its lines in reverse order (the last line's missing line break added). */
export function reverseLines(lines: readonly string[]): string {
  const reversed = [...lines].reverse();
  return reversed.join('\n') + '\n';
}

/** The lines of a text, without the empty piece a final line break leaves. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
