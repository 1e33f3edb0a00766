// Log viewers that show the newest line first (Grafana and Loki's Explore, Kibana, Cloud Logging,
// `journalctl -r`) copy a dump upside down: each goroutine's `created by` line before its frames,
// its header after them, the crash line last. Such a text is told by where the call lines stand
// around the goroutine headers (after a header when the dump reads forward, before it when it is
// reversed) and read with its lines in reverse. Only small texts are looked at: a viewer's copy is.

/** Texts up to this size are held whole to be looked at before they are scanned. */
export const MAX_REVERSED_BYTES = 1 << 20;

export const REVERSED_WARNING = 'lines were newest first; read in reverse (line numbers count from the last line)';

import { isClosingLine } from './trailingClosers';

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
  if (forward > 0 || backward > 0) return backward > forward;
  return stacksWithoutHeadersLookReversed(lines);
}

const LOCATION = /^\S+\.go:\d+(?: \+0x[0-9a-f]+)?$/;

/**
 * Stacks pasted without their goroutine headers: told by where the first of their lines stands and
 * by what follows a `created by` line. Go starts a stack with a call and prints a `created by`'s
 * location under it, then ends the stack; upside down, the stack starts with a location, and the
 * one under the `created by` is the next frame's, followed by that frame's call.
 */
function stacksWithoutHeadersLookReversed(lines: readonly string[]): boolean {
  const first = lines.findIndex(line => {
    const trimmed = line.trim();
    return LOCATION.test(trimmed) || trimmed.startsWith('created by ') || (trimmed.endsWith(')') && /^[\w./*()-]+\(/.test(trimmed));
  });
  if (first < 0 || !LOCATION.test(lines[first].trim())) return false;
  let forward = 0;
  let backward = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trimStart().startsWith('created by ')) continue;
    const next = i + 1 < lines.length ? lines[i + 1].trim() : '';
    if (!LOCATION.test(next)) continue;
    const after = i + 2 < lines.length ? lines[i + 2].trim() : '';
    if (after.endsWith(')') && !after.startsWith('created by ') && !LOCATION.test(after)) backward++;
    else forward++;
  }
  return backward > forward;
}

/**
 * The text with its lines in reverse order (the last line's missing line break added); the closing
 * lines after the last line with content (a fence, blank lines, `</details>`) close the paste, not
 * the dump: they stay last, so what closes a paste does not move the dump's line numbers.
 */
export function reverseLines(lines: readonly string[]): string {
  const encoder = new TextEncoder();
  let end = lines.length;
  for (; end > 0 && lines[end - 1].length < 200; end--) {
    const line = encoder.encode(lines[end - 1]);
    if (!isClosingLine(line, 0, line.length)) break;
  }
  const reversed = lines.slice(0, end).reverse().concat(lines.slice(end));
  return reversed.join('\n') + '\n';
}

/** The lines of a text, without the empty piece a final line break leaves. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
