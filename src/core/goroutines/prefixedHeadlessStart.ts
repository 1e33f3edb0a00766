// A stack without its goroutine header behind a log prefix (`14:41:42 `, `2023-05-01T10:00:00Z
// app[123]: `) that no goroutine header or crash line has taught yet: a `debug.Stack()` logged line
// by line, or the tail of a goroutine the paste starts inside. The prefix is learnt from the stack
// itself: a call line with text before the function's name (a stack's first line is a call), a
// `created by` behind text (prefixedCreator.ts: the paste starts at a goroutine's creator), or a
// logger's bare qualified name (pkg/errors' `%+v`, zap's `stacktrace`: `main.(*store).fetch`, no
// arguments), then a line that carries the same prefix (digits may differ, not its length but for a
// leading number's, an editor's line numbers) and,
// indented further, a `file:line`. One pair, one pattern tried: the work is bounded by the two lines' length.
import { parseHeadlessStart, startsHeadlessStack, type HeadlessStart } from './headlessStart';
import { CREATED_BY, indexInLine, isBlank, isDigit, lastIndexInLine, parseLocationLine, type LocationLine } from './lineParsers';
import { linePrefixFrom, skipLinePrefix, type LinePrefix } from './linePrefix';
import { prefixedCreatorAt } from './prefixedCreator';
import { holdsCrashLine } from './crashBeforeDump';

/** A log prefix is short; a long run of text before a call is prose. */
export const MAX_PREFIX_CHARS = 200;

/**
 * The trimmed line text[s, end) read as a headless start behind a prefix not known yet: the text
 * before the call's name (or before `created by`) is kept as `prefixText`; null when the line is no
 * such call.
 */
export function parsePrefixedHeadlessStart(text: string, s: number, end: number, line: number): HeadlessStart | null {
  if (end - s < 4) return null;
  const creatorAt = prefixedCreatorAt(text, s, end, MAX_PREFIX_CHARS);
  if (creatorAt > s) {
    const start = parseHeadlessStart(text, creatorAt, end, line);
    if (start !== null && start.createdBy) return { ...start, sample: text.slice(s, Math.min(end, s + 60)), text: end - s < 2000 ? text.slice(s, end) : null, prefixText: text.slice(s, creatorAt) };
  }
  const creator = prefixedCreatorStart(text, s, end, line);
  if (creator !== null) return creator;
  let i: number;
  if (text.charCodeAt(end - 1) === 0x29 /* ) */) {
    // Arguments hold no '(' (lineParsers.ts): the last one opens them; the name runs back to white space.
    let open = end - 2;
    while (open > s && text.charCodeAt(open) !== 0x28 /* ( */) open--;
    i = open - 1;
  } else {
    // A bare name is the line's last word: no Go name holds white space. A call a pager chopped in its
    // arguments (`… app[1]: pkg.F(0xc000444fc0?, {0x22b5`) has its name before its last `(`.
    const open = lastIndexInLine(text, '(', s, end);
    i = open > s && indexInLine(text, ')', open, end) < 0 ? open - 1 : end - 1;
  }
  while (i > s && !isBlank(text.charCodeAt(i))) i--;
  const nameStart = i + 1;
  if (i <= s || nameStart - s > MAX_PREFIX_CHARS) return null;
  const start = parseHeadlessStart(text, nameStart, end, line);
  // Behind other text, only a name qualified by its package (`main.f`) is taken for a frame's: `defer f()` is prose or code.
  // A `created by` has its own words: the last word alone is no creator.
  if (start === null || start.createdBy || start.func.indexOf('.') < 0) return null;
  // A bare name behind text that ends in a dot or a receiver's `)` (`… | k8s.`, `… | wait.(*Group)`) is a
  // sentence's end or a name the paste cut (a newest-first view cut inside its oldest line): no Go
  // function's name ends so, and the byte path's gate (mayStartPrefixedBareStack) skips it alike.
  if (start.bare && (text.charCodeAt(end - 1) === 0x2e /* . */ || text.charCodeAt(end - 1) === 0x29 /* ) */)) return null;
  // A crash line whose message ends in a qualified name (`RAW-STDERR: panic: … on stack.PacketBuffer`) is no prefix before a frame's name.
  if (holdsCrashLine(text.slice(s, nameStart))) return null;
  // The warning, if the line turns out to be skipped, quotes the line from its start.
  return { ...start, sample: text.slice(s, Math.min(end, s + 60)), text: end - s < 2000 ? text.slice(s, end) : null, prefixText: text.slice(s, nameStart) };
}

/** The `created by` row's literal behind the prefix's last space. */
const SPACED_CREATED_BY = ` ${CREATED_BY}`;

/**
 * A paste that starts at a goroutine's last lines, its `created by` behind the log's prefix: the
 * text before the words is the prefix, the creator's name is qualified by its package.
 */
function prefixedCreatorStart(text: string, s: number, end: number, line: number): HeadlessStart | null {
  const at = text.indexOf(SPACED_CREATED_BY, s);
  if (at < 0 || at >= end || at + 1 - s > MAX_PREFIX_CHARS) return null;
  const wordsStart = at + 1;
  const start = parseHeadlessStart(text, wordsStart, end, line);
  if (start === null || !start.createdBy || start.func.indexOf('.') < 0) return null;
  return { ...start, sample: text.slice(s, Math.min(end, s + 60)), text: end - s < 2000 ? text.slice(s, end) : null, prefixText: text.slice(s, wordsStart) };
}

/** The white space right before text[pos]: its length, and whether it holds a tab. */
function whiteSpaceBefore(text: string, from: number, pos: number): { length: number; tab: boolean } {
  let i = pos;
  let tab = false;
  while (i > from && isBlank(text.charCodeAt(i - 1))) { i--; if (text.charCodeAt(i) === 0x09) tab = true; }
  return { length: pos - i, tab };
}

/**
 * Whether the white space between a known prefix's text and text[s] indents the line further than
 * the prefix's own trailing white space does: the prefix's pattern takes any white space after it,
 * so a frame's `file:line` (Go's, pkg/errors' and zap's indented by a tab) is told by the run's
 * length, or its tab where the prefix ends in spaces.
 */
export function indentedPastPrefix(prefix: LinePrefix, text: string, lineStart: number, s: number): boolean {
  const own = whiteSpaceBefore(prefix.sample, 0, prefix.sample.length);
  const run = whiteSpaceBefore(text, lineStart, s);
  return run.length > own.length || (run.tab && !own.tab);
}

/**
 * The line under a prefixed headless start: when text[lineStart, end) carries the start's prefix
 * and, indented further than the call (Go indents a frame's `file:line` by a tab), a `file:line`,
 * the prefix learnt and where the location starts; else null. A `file:line` that lost its tab (a log
 * viewer's copy, a syslog that trims it, Go before 1.3's unindented ones) is taken with what Go
 * prints after a Go file's path, its offset (startsHeadlessStack).
 */
export function learnPrefixFromPair(
  start: HeadlessStart, text: string, lineStart: number, end: number,
): { prefix: LinePrefix; prefixText: string; s: number; location: LocationLine } | null {
  const prefixText = start.prefixText;
  if (prefixText === null) return null;
  // The prefix starts where the call line's text did.
  let from = lineStart;
  while (from < end && isBlank(text.charCodeAt(from))) from++;
  // Told before a pattern is built (most calls behind text are log lines, and so is the line after):
  // the line starts as the prefix does and, where a prefix as long ends, is indented further.
  const at = prefixEndLike(prefixText, text, from, end);
  if (at < 0 || at >= end || !isBlank(text.charCodeAt(at - 1))) return null;
  // With the white space the line starts with (a table's empty first columns): the prefix is matched from each line's start.
  const lineText = text.slice(lineStart, at);
  const prefix = linePrefixFrom(lineText);
  if (prefix === null) return null;
  const s = skipLinePrefix(prefix, text, lineStart, end);
  if (s <= from || s >= end) return null;
  let locationEnd = end;
  while (locationEnd > s && isBlank(text.charCodeAt(locationEnd - 1))) locationEnd--;
  const location = parseLocationLine(text, s, locationEnd);
  if (location === null) return null;
  const callSpace = whiteSpaceBefore(prefixText, 0, prefixText.length);
  const locationSpace = whiteSpaceBefore(text, from, s);
  const indented = locationSpace.length > callSpace.length || (locationSpace.tab && !callSpace.tab);
  if (!startsHeadlessStack(text, s, location, indented, true)) return null;
  return { prefix, prefixText: lineText, s, location };
}

/**
 * Where a prefix as long as `prefixText` would end on the line from text[from], starting as it does;
 * -1 when the line starts otherwise. A prefix that starts with a number (an editor's or `cat -n`'s line
 * numbers, `  9 ` then ` 10 `) starts with any number, of any count of digits.
 */
function prefixEndLike(prefixText: string, text: string, from: number, end: number): number {
  const first = prefixText.charCodeAt(0);
  if (!isDigit(first)) return text.charCodeAt(from) === first ? from + prefixText.length : -1;
  let digits = from;
  while (digits < end && isDigit(text.charCodeAt(digits))) digits++;
  let own = 0;
  while (isDigit(prefixText.charCodeAt(own))) own++;
  return digits > from ? digits + prefixText.length - own : -1;
}

/**
 * The line above such a pair, skipped before the prefix was known, behind the same prefix: where its
 * indented `file:line` with Go's offset starts (the frame whose call line the paste's start took), or -1.
 */
export function locationBehindLearntPrefix(prefix: LinePrefix, prefixText: string, line: string): number {
  const s = skipLinePrefix(prefix, line, 0, line.length);
  if (s <= 0 || s >= line.length || !line.startsWith(prefixText.trimStart().slice(0, 1))) return -1;
  const callSpace = whiteSpaceBefore(prefixText, 0, prefixText.length);
  const locationSpace = whiteSpaceBefore(line, 0, s);
  if (!(locationSpace.length > callSpace.length || (locationSpace.tab && !callSpace.tab))) return -1;
  const location = parseLocationLine(line, s, line.length);
  return location !== null && line.startsWith(' +0x', location.locationEnd) ? s : -1;
}

