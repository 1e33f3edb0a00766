// The suffix a log puts after every line it carries (lineSuffix.ts), learnt at a goroutine header,
// or from a dump's crash lines before any header has taught it: lent to the lines after them until the first
// header carries it too, let go when none does soon, and cut from the crash lines once confirmed.
import type { PrefixLearner } from './prefixLearner';
import type { CrashHeaders } from './dumpBoundaries';
import { indexInLine, isBlank, parseHeaderLine, type HeaderLine } from './lineParsers';
import { emptyColumnAlone, endBeforeSuffix, headerLineSuffix, possibleSuffix, type LineSuffix } from './lineSuffix';
import { holdsCrashLine } from './crashBeforeDump';

/** How many lines a suffix taken from a crash's lines waits for a goroutine header to carry it too. */
const MAX_LINES_TO_CONFIRM_SUFFIX = 16;

/** The line's end before the dump's suffix; a suffix taken from a crash's lines that no header confirms soon is let go. */
export function suffixedLineEnd(prefixes: PrefixLearner<unknown>, text: string, lineStart: number, lineEnd: number, lineNo: number): number {
  const since = prefixes.suffixTentativeSince;
  if (since >= 0 && lineNo - since > MAX_LINES_TO_CONFIRM_SUFFIX) {
    prefixes.suffix = null;
    prefixes.suffixTentativeSince = -1;
    return lineEnd;
  }
  return prefixes.endBeforeSuffix(text, lineStart, lineEnd, lineNo);
}

/**
 * Before any header has taught a suffix (lineSuffix.ts): a crash line that ends as a log's suffix
 * does, or a line right under one that holds such a suffix alone (the blank line Go prints after
 * it), lends it to the lines after it until the first header carries it too (or does not, and
 * it is let go). Returns the line's end before the suffix.
 */
export function suffixOfCrashLines(prefixes: PrefixLearner<unknown>, crashes: CrashHeaders, text: string, lineStart: number, lineEnd: number, lineNo: number): number {
  let end = lineEnd;
  while (end > lineStart && isBlank(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  // The blank line under a crash line (its chain goes on through a `[signal …]` line), or under the `PC=` line after it.
  if (last === 0x2d /* - */ && (crashes.chainsTo(lineNo - 1) || crashes.chainsTo(lineNo - 2))) {
    const column = emptyColumnAlone(text, prefixes.skip(text, lineStart, end), end);
    if (column !== null) {
      prefixes.suffix = column;
      prefixes.suffixTentativeSince = lineNo;
      return prefixes.endBeforeSuffix(text, lineStart, lineEnd, lineNo);
    }
  }
  // Most lines end in neither a separator nor a field's value: told before anything is searched.
  if (end === lineStart || (last !== 0x2c /* , */ && last !== 0x3b /* ; */ && indexInLine(text, '=', Math.max(lineStart, end - 300), end) < 0)) return lineEnd;
  // Only a crash's lines lend a suffix: told before the suffix is looked for (a log's every line may end in fields).
  const underCrash = crashes.chainsTo(lineNo - 1);
  if (!underCrash && !holdsCrashLine(text.slice(lineStart, end))) return lineEnd;
  const found = possibleSuffix(text, lineStart, end, false);
  if (found === null) return lineEnd;
  const afterPrefix = prefixes.skip(text, lineStart, found.start);
  const alone = text.slice(afterPrefix, found.start).trim() === '';
  if (alone ? !underCrash : !holdsCrashLine(text.slice(lineStart, found.start))) return lineEnd;
  prefixes.suffix = found.suffix;
  prefixes.suffixTentativeSince = lineNo;
  // A crash line is kept whole until a header confirms the suffix (a wrapped one may end in `,`).
  return alone ? prefixes.endBeforeSuffix(text, lineStart, lineEnd, lineNo) : lineEnd;
}

/**
 * At the first header, behind the suffix its line taught (lineSuffix.ts): the crash lines read
 * before it carried the suffix too; they are kept without it, and without the blank lines it alone made.
 */
export function crashWithoutSuffix(prefixes: PrefixLearner<unknown>, crashes: CrashHeaders, suffix: LineSuffix): void {
  const crash = crashes.last();
  if (crash === undefined) return;
  // A chain of crash lines is kept joined by ` / ` (dumpBoundaries.ts), a panic's value by line breaks: each line loses the suffix.
  const lines = crash.message.split('\n').map(line => line.split(' / ').map(part => part.slice(0, endBeforeSuffix(suffix, part, 0, part.length))).join(' / '));
  // A blank line under the crash line, kept as a line of its value while it carried the suffix: the line prefix alone once it is cut.
  while (lines.length > 1 && lines[lines.length - 1].slice(prefixes.skip(lines[lines.length - 1], 0, lines[lines.length - 1].length)).trim() === '') lines.pop();
  const message = lines.join('\n');
  if (message !== crash.message) crashes.reword(crash.line, message);
}

/**
 * The goroutine header at text[s, end), read behind the suffix its line carries (Go prints nothing
 * after `]:`), which it teaches, and confirming or letting go a suffix taken from the crash's lines.
 */
export function headerWithSuffix(prefixes: PrefixLearner<unknown>, text: string, s: number, end: number, lineNo: number): { header: HeaderLine | null; suffixLearnt: boolean } {
  let header = parseHeaderLine(text, s, end);
  let suffixLearnt = false;
  const tentative = prefixes.suffixTentativeSince >= 0;
  if (header === null && (prefixes.suffix === null || tentative)) {
    // Text after the header's `]:`, which Go never prints there: the suffix every line of the dump carries (lineSuffix.ts).
    const suffixed = headerLineSuffix(text, s, end);
    header = suffixed === null ? null : parseHeaderLine(text, s, suffixed.headerEnd);
    if (header !== null) { prefixes.suffix = suffixed!.suffix; suffixLearnt = true; }
  } else if (header !== null && tentative) {
    // The suffix taken from the crash's lines: the header carried it too, or it was the crash's own text.
    suffixLearnt = prefixes.suffixCutOnLine === lineNo;
    if (!suffixLearnt) prefixes.suffix = null;
  } else if (header !== null && prefixes.suffix === null) {
    // A fence glued after the header, which reads without it: the paste may have glued one to every line.
    const fenced = headerLineSuffix(text, s, end);
    if (fenced !== null && fenced.suffix.glued && fenced.suffix.sample.startsWith('`')) { prefixes.suffix = fenced.suffix; suffixLearnt = true; }
  }
  return { header, suffixLearnt };
}
