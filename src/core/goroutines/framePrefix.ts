// Frame lines that carry a prefix their goroutine's header lacks: a tool that writes `goroutine
// 92100 ` (or any fixed text) before each line of a stack under a bare `goroutine 92100 [running]:`,
// or a log whose frame lines carry more than its header line. Right under the header, a call
// behind text is held; the line after it must carry the same text and, indented further, the
// call's `file:line`: the pair a headless stack's prefix is learnt from (prefixedHeadlessStart.ts).
import type { HeadlessStart } from './headlessStart';
import { isBlank } from './lineParsers';
import { parsePrefixedHeadlessStart } from './prefixedHeadlessStart';

/**
 * The line text[lineStart, end), whose text behind the header's prefix starts at `s`, read as a
 * call behind more text: the start to hold, its `prefixText` the line's whole prefix (the header's
 * and the frames' own); null when the line is no such call.
 */
export function parseFramePrefixedCall(text: string, lineStart: number, s: number, end: number, line: number): HeadlessStart | null {
  const start = parsePrefixedHeadlessStart(text, s, end, line);
  if (start === null || start.prefixText === null) return null;
  let from = lineStart;
  while (from < s && isBlank(text.charCodeAt(from))) from++;
  return { ...start, prefixText: text.slice(from, s + start.prefixText.length), sample: text.slice(from, Math.min(end, from + 60)) };
}
