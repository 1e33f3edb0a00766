// Some logs put their own text after every line they carry: log15's console format (Grafana's log
// of a backend plugin's output) pads the message and appends its context,
//   DBUG[04-29|09:01:45] goroutine 69 [running]:                  logger=plugins.backend pluginId=x
//   DBUG[04-29|09:01:45] \t/usr/local/go/src/net/http/server.go:2012 +0x44 logger=plugins.backend pluginId=x
// and a collector that joins lines into a list leaves its separator (`,`) at each line's end. Go
// prints nothing after a goroutine header's `]:`, so what stands there (fields, a separator, an
// export's own column: Kibana's ` -`) is learnt as the dump's line
// suffix, as the text before the header is learnt as its prefix (prefixLearner.ts), and cut from the
// end of every line that carries it.
import { isBlank } from './lineParsers';

export interface LineSuffix {
  /** The suffix as the header's line carried it, trimmed (for messages and tests). */
  readonly sample: string;
  /** The suffix glued to the line's text (a separator), rather than after white space (a log's fields). */
  readonly glued: boolean;
  /** The suffix at the end of a line's tail: digits generalised, anchored at the end. */
  readonly pattern: RegExp;
}

/** A log's context after the message: `key=value` fields, a value quoted or without white space. */
const FIELDS = /^[\w.-]+=(?:"[^"\n]*"|\S*)(?:[ \t]+[\w.-]+=(?:"[^"\n]*"|\S*))*$/;
/**
 * A log export's own column after the message, behind white space: one value, the same on every
 * line but for its digits (Kibana's `-` for an empty field, a host's or a pod's name).
 */
const COLUMN = /^[\w.-]{1,64}$/;
/**
 * A separator a collector appended, glued to the line: a comma or semicolon, behind the quote that
 * closed the line's string; or the code fence (or inline code's backtick) a paste glued to each line.
 */
const SEPARATOR = /^(?:["'\x60]?[,;]|\x60{1,3})$/;
/** Longer suffixes are not looked for: a log's context is a few fields. */
const MAX_SUFFIX_CHARS = 300;
/** How far before its fixed length the suffix may start on a line's tail (its digits may be longer than the header's). */
const TAIL_SLACK = 40;

/**
 * The suffix after a goroutine header at text[s, end) (trimmed): the text after its `]:` when it is
 * a log's fields behind white space, or a separator glued to it; with `headerEnd`, where the header
 * itself ends. Null when the header ends the line, or what follows has neither shape.
 */
export function headerLineSuffix(text: string, s: number, end: number): { suffix: LineSuffix; headerEnd: number } | null {
  const close = text.indexOf(']:', s);
  if (close < 0 || close + 2 >= end) return null;
  const headerEnd = close + 2;
  let from = headerEnd;
  while (from < end && isBlank(text.charCodeAt(from))) from++;
  const rest = text.slice(from, end);
  if (rest.length > MAX_SUFFIX_CHARS) return null;
  const glued = from === headerEnd;
  if (glued ? !SEPARATOR.test(rest) : !FIELDS.test(rest) && !COLUMN.test(rest)) return null;
  return { suffix: { sample: rest, glued, pattern: suffixPattern(rest) }, headerEnd };
}

function suffixPattern(sample: string): RegExp {
  let source = '';
  for (const piece of sample.match(/\d+|\s+|[^\d\s]+/g) ?? []) {
    if (/^\d/.test(piece)) source += '\\d+';
    else if (/^\s/.test(piece)) source += '\\s+';
    else source += piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`(?:${source})$`);
}

/**
 * The end of the line text[s, end) without the suffix and the white space before it; `end` when the
 * line does not end with it. A suffix of fields is taken only after white space (or as the whole
 * line's text: a blank line of the dump, which carries the prefix and suffix alone).
 */
export function endBeforeSuffix(suffix: LineSuffix, text: string, s: number, end: number): number {
  while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
  const tailStart = Math.max(s, end - suffix.sample.length - TAIL_SLACK);
  const found = suffix.pattern.exec(text.slice(tailStart, end));
  if (found === null) return end;
  let cut = tailStart + found.index;
  if (!suffix.glued && cut > s && !isBlank(text.charCodeAt(cut - 1))) return end;
  while (cut > s && isBlank(text.charCodeAt(cut - 1))) cut--;
  return cut;
}

/** Kibana's mark of an empty field: a blank line of its export holds it alone. */
const EMPTY_COLUMN = '-';

/**
 * The suffix a line text[s, end) holds alone, before any header has taught one: an export's empty
 * column (`-`) on the blank line Go prints under a crash line. A word there may be a line of a
 * panic's value, so only the empty field's mark is taken.
 */
export function emptyColumnAlone(text: string, s: number, end: number): LineSuffix | null {
  while (s < end && isBlank(text.charCodeAt(s))) s++;
  while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
  return end - s === EMPTY_COLUMN.length && text.startsWith(EMPTY_COLUMN, s) ? { sample: EMPTY_COLUMN, glued: false, pattern: suffixPattern(EMPTY_COLUMN) } : null;
}

/** A log's fields at the end of a line, behind white space: `key=value` words (values without white space). */
const TRAILING_FIELDS = /(?:^|\s)((?:[\w.-]+=[^\s=]*)(?:[ \t]+[\w.-]+=[^\s=]*)*)$/;

/**
 * The suffix the line text[s, end) (trimmed) may end with, before any header has taught one: a
 * separator glued to it, or a log's fields behind white space. `alone`: the line holds nothing else
 * (a blank line of the dump under its crash line). Null when its end has neither shape.
 */
export function possibleSuffix(text: string, s: number, end: number, alone: boolean): { suffix: LineSuffix; start: number } | null {
  if (end - s > 4000) return null;
  const last = text.charCodeAt(end - 1);
  if (last === 0x2c /* , */ || last === 0x3b /* ; */) {
    const quoted = end - s >= 2 && /["'\x60]/.test(text[end - 2]);
    const start = quoted ? end - 2 : end - 1;
    const sample = text.slice(start, end);
    return alone && start !== s ? null : { suffix: { sample, glued: true, pattern: suffixPattern(sample) }, start };
  }
  const tailStart = Math.max(s, end - MAX_SUFFIX_CHARS);
  if (text.indexOf('=', tailStart) < 0) return null;
  const fields = TRAILING_FIELDS.exec(text.slice(tailStart, end));
  if (fields === null) return null;
  const start = end - fields[1].length;
  // Padding before the fields (log15 pads its message to 40 columns): a line of a stack's own fields (`PC=0x… m=0`) has none.
  let blanks = 0;
  while (start - blanks > s && isBlank(text.charCodeAt(start - blanks - 1))) blanks++;
  if (blanks < 2 || (alone && start - blanks !== s)) return null;
  return { suffix: { sample: fields[1], glued: false, pattern: suffixPattern(fields[1]) }, start };
}
