// A paste that lost the line break after a frame's `file:line` (a mail reply quoted back into an
// issue, a viewer that joins lines) glues the next frame's call line to it:
// `\t/go/src/runtime/hashmap_fast.go:21 +0x1a4 fp=0xc66f9d7398 sp=0xc66f9d7370github.com/x.(*T).F(0x1)`.
// The location ends inside a run of hex digits that the name may go on (a name may start with
// `a`–`f`), so the split is taken only where it is certain: after `sp=0x…` as many digits as the
// `fp=0x…` before it holds (the two point into one goroutine's stack), or, after `pc=0x…`, an
// offset or a line number, where a digit is followed by a letter no hex digit is.
import { indexInLine, parseLocationLine } from './lineParsers';
import { startsName } from './byteLineParsers';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** The end of the run of hex digits from `from`. */
function hexRunEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isHex(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where a call line glued to the end of the location line text[s, end) (trimmed) starts, or -1
 * when the line holds no location followed by a name.
 */
export function gluedCallStart(text: string, s: number, end: number): number {
  const split = splitAfterLocation(text, s, end);
  if (split < 0 || split >= end || !startsName(text.charCodeAt(split))) return -1;
  return parseLocationLine(text, s, split) === null ? -1 : split;
}

function splitAfterLocation(text: string, s: number, end: number): number {
  // Go 1.5–1.10 at GOTRACEBACK=system: `fp=0x… sp=0x…`, the two of equal length.
  const sp = indexInLine(text, ' sp=0x', s, end);
  const fp = sp < 0 ? -1 : indexInLine(text, ' fp=0x', s, sp);
  if (sp >= 0 && fp >= 0 && indexInLine(text, ' pc=0x', sp, end) < 0) {
    const fpDigits = hexRunEnd(text, fp + 6, sp) - (fp + 6);
    const split = sp + 6 + fpDigits;
    return fpDigits > 0 && fp + 6 + fpDigits === sp && hexRunEnd(text, sp + 6, end) >= split ? split : -1;
  }
  // After `pc=0x…` (Go ≥ 1.11), an offset or a line number: certain only where a digit meets a letter past `f`.
  for (const mark of [' pc=0x', ' +0x']) {
    const at = indexInLine(text, mark, s, end);
    if (at >= 0) return splitAtDigitThenName(text, at + mark.length, end);
  }
  const colon = lastColonBeforeDigits(text, s, end);
  return colon < 0 ? -1 : splitAtDigitThenName(text, colon + 1, end);
}

/** Where the run of hex digits from `from` ends, when a digit ends it and a name's first letter (no hex digit) follows. */
function splitAtDigitThenName(text: string, from: number, end: number): number {
  const run = hexRunEnd(text, from, end);
  if (run === from || run >= end || !isDigit(text.charCodeAt(run - 1))) return -1;
  return isHex(text.charCodeAt(run)) ? -1 : run;
}

/** The `:` of `file.go:123` followed by a name (no space in between), scanning back from the first `(`. */
function lastColonBeforeDigits(text: string, s: number, end: number): number {
  const paren = indexInLine(text, '(', s, end);
  const limit = paren < 0 ? end : paren;
  for (let i = limit - 1; i > s; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3a /* : */ && i + 1 < limit && isDigit(text.charCodeAt(i + 1))) return i;
    if (c === 0x20) return -1;
  }
  return -1;
}

const isBlankCode = (c: number): boolean => c === 0x20 || c === 0x09;

/**
 * A reply's quote (`> `, `>> `, `> > `) before an indented line text[s, end): where its marks and
 * the space after them end (the prefix every quoted line carries) and where the indent after them
 * ends; null when the line starts otherwise or is not indented behind the quote.
 */
export function quoteBeforeIndent(text: string, s: number, end: number): { prefixEnd: number; indentEnd: number } | null {
  let i = s;
  while (i < end && (text.charCodeAt(i) === 0x3e /* > */ || (text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x3e))) i++;
  if (i === s || i >= end || !isBlankCode(text.charCodeAt(i))) return null;
  const prefixEnd = i + 1;
  let indentEnd = prefixEnd;
  while (indentEnd < end && isBlankCode(text.charCodeAt(indentEnd))) indentEnd++;
  return indentEnd > prefixEnd && indentEnd < end ? { prefixEnd, indentEnd } : null;
}
