// Parsers for single traceback lines, working on [start, end) of a larger string so the scanner
// never has to cut the dump into one string per line.
import { isArgumentText, MAX_GOROUTINE_ID_DIGITS, pastRelativeDirectory, startsName, startsWithDigitHost } from './byteLineParsers';
import { goroutineIdAt } from './goroutineIds';
import type { GoroutineId } from './model';
import { isRecordLineCutShort } from './cutRecordLine';
import { propertyKey } from '../propertyKey';
import { HEADER_GAPS, HEADER_TAILS, isHeaderGap, isHeaderGapCutShort } from './headerShapes';
import { endsInLocationMarkCutShort, LOCATION_ENDS } from './locationEnds';

const CH_SPACE = 0x20;
const CH_TAB = 0x09;
const CH_0 = 0x30;
const CH_9 = 0x39;

export function isDigit(code: number): boolean {
  return code >= CH_0 && code <= CH_9;
}

/** Space, tab, or a stray carriage return (CRLF text re-saved with CRLF gives `\r\r\n`). */
export function isBlank(code: number): boolean {
  return code === CH_SPACE || code === CH_TAB || code === 0x0d;
}

/**
 * indexOf bounded to [from, end): a plain indexOf would run on to the end of a 1 MB chunk for every
 * line that lacks the needle, which makes scanning quadratic.
 */
export function indexInLine(text: string, needle: string, from: number, end: number): number {
  if (end - from < needle.length) return -1;
  const at = text.slice(from, end).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** lastIndexOf bounded to [start, end). */
export function lastIndexInLine(text: string, needle: string, start: number, end: number): number {
  if (end - start < needle.length) return -1;
  const at = text.slice(start, end).lastIndexOf(needle);
  return at < 0 ? -1 : start + at;
}

/** Reads the decimal number at `pos`; returns [value, endPos] or null. */
export function readDecimal(text: string, pos: number, end: number): [number, number] | null {
  let p = pos;
  let value = 0;
  while (p < end && isDigit(text.charCodeAt(p))) { value = value * 10 + (text.charCodeAt(p) - CH_0); p++; }
  return p === pos ? null : [value, p];
}

/** A literal as a regular expression's pattern. */
export function literalPattern(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface HeaderLine {
  /** Exact: a bigint past Number.MAX_SAFE_INTEGER. */
  id: GoroutineId;
  state: string;
  waitMinutes: number | null;
  lockedToThread: boolean;
  leaked: boolean;
  synctest: boolean;
  /** runtime/pprof labels printed in the header (Go ≥ 1.27, or GODEBUG=tracebacklabels=1); null without. */
  labels: Record<string, string> | null;
  /** The labels' text as printed, inside the braces; null without. */
  labelsText: string | null;
}

const STATE_MARKERS = [' (scan)', ' (durable)', ' (leaked)', ' (synctest)'];

/**
 * `goroutine N [state, N minutes, locked to thread]:`, optionally with ` gp=… m=… mp=…` between the
 * number and the bracket (crash tracebacks since Go 1.23), and with the goroutine's labels after
 * it, `[chan receive] {request_id: "abc-123", role: reader}:` (Go ≥ 1.27), or inside it,
 * `[chan receive, labels:{"request_id": "abc"}]:` (Go 1.26's GODEBUG=tracebacklabels=1, whose
 * format the runtime said may change). `pos` points at "goroutine ".
 */
/** `s` without the backticks and quote marks that close inline code or a quote around a pasted header (`goroutine 1 [running]:\``). */
function withoutClosingQuotes(s: string): string {
  let end = s.length;
  while (end > 0 && isQuoteMark(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

const isQuoteMark = (c: number): boolean => c === 0x60 /* ` */ || c === 0x27 /* ' */ || c === 0x22 /* " */;

export function parseHeaderLine(text: string, pos: number, end: number): HeaderLine | null {
  if (!text.startsWith('goroutine ', pos)) return null;
  const num = readDecimal(text, pos + 10, end);
  if (!num || num[1] - (pos + 10) > MAX_GOROUTINE_ID_DIGITS) return null;
  const open = indexInLine(text, '[', num[1], end);
  if (open < 0) return null;
  // What stands between the number and '[': one of headerShapes.ts' rows.
  if (!HEADER_GAPS.some(row => row.onText(text, num[1], open))) return null;
  // No wait reason holds a ']': the first one closes the state (label values after it may hold one).
  let close = indexInLine(text, ']', open, end);
  if (close < 0) return null;
  let stateEnd = close;
  let labels: Record<string, string> | null = null;
  let labelsText: string | null = null;
  const inside = indexInLine(text, 'labels:{', open, close);
  if (inside > open) {
    const braceEnd = closingBrace(text, inside + 7, end);
    if (braceEnd < 0) return null;
    labelsText = text.slice(inside + 8, braceEnd);
    labels = parseHeaderLabels(labelsText);
    close = indexInLine(text, ']', braceEnd, end);
    if (labels === null || close < 0) return null;
    stateEnd = inside;
    while (stateEnd > open + 1 && (text.charCodeAt(stateEnd - 1) === 0x20 || text.charCodeAt(stateEnd - 1) === 0x2c)) stateEnd--;
  }
  const tail = withoutClosingQuotes(text.slice(close + 1, end).trim());
  // What follows the bracket: one of headerShapes.ts' rows, not one with labels after labels inside the bracket.
  const tailRow = HEADER_TAILS.find(row => !(row.labels && labels !== null) && row.onText(tail) !== null);
  if (tailRow === undefined) return null;
  if (tailRow.labels) {
    labelsText = tailRow.onText(tail)!;
    labels = parseHeaderLabels(labelsText);
    if (labels === null) return null;
  }
  const parts = text.slice(open + 1, stateEnd).split(', ');
  let state = parts[0];
  let leaked = false;
  let synctest = false;
  for (let changed = true; changed;) {
    changed = false;
    for (const marker of STATE_MARKERS) {
      if (state.endsWith(marker)) {
        state = state.slice(0, -marker.length);
        if (marker === ' (leaked)') leaked = true;
        if (marker === ' (durable)' || marker === ' (synctest)') synctest = true;
        changed = true;
      }
    }
  }
  let waitMinutes: number | null = null;
  let lockedToThread = false;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i];
    // Minutes are an int64: a longer run of digits is no wait Go measured (it would read as Infinity).
    const minutes = /^(\d{1,19}) minutes?$/.exec(part);
    if (minutes) waitMinutes = Number(minutes[1]);
    else if (part === 'locked to thread') lockedToThread = true;
    else if (part.startsWith('synctest')) synctest = true;
  }
  return { id: goroutineIdAt(text, pos + 10, num[1], num[0]), state, waitMinutes, lockedToThread, leaked, synctest, labels, labelsText };
}

// A goroutine header whose bracket the text's end cut, alone or ending a line of other text (a
// logged stack's message, `msg="Stack: goroutine 38 [runn`): its word after the line's start, a
// non-word character or an escaped line break, its id, a gap of headerShapes.ts' rows, then `[`
// and up to 200 characters without `]` (no wait state holds one).
const HEADER_WORD = 'goroutine ';
const MAX_CUT_BRACKET = 200;

/** The id's digits and the bracket's text of the first header in `line` cut inside its bracket, or null. */
function headerCutInBracket(line: string): { id: string; bracket: string } | null {
  for (let at = line.indexOf(HEADER_WORD); at >= 0; at = line.indexOf(HEADER_WORD, at + 1)) {
    if (at > 0 && /\w/.test(line[at - 1]) && !(line[at - 1] === 'n' && line[at - 2] === '\\')) continue;
    const idStart = at + HEADER_WORD.length;
    let idEnd = idStart;
    while (idEnd < line.length && isDigit(line.charCodeAt(idEnd))) idEnd++;
    if (idEnd === idStart) continue;
    const open = line.indexOf('[', idEnd);
    if (open < 0 || line.length - open - 1 > MAX_CUT_BRACKET || line.indexOf(']', open) >= 0 || !isHeaderGap(line.slice(idEnd, open))) continue;
    return { id: line.slice(idStart, idEnd), bracket: line.slice(open + 1) };
  }
  return null;
}

/**
 * A goroutine header cut at the text's end before its bracket closed: in its word (`gorou`), after its
 * id, inside a gap of headerShapes.ts' rows (`goroutine 12 gp=0xc0`) or inside its bracket (`goroutine 12 [runn`).
 */
function isHeaderCutShort(line: string): boolean {
  if (line.length >= 4 && HEADER_WORD.startsWith(line)) return true;
  if (!line.startsWith(HEADER_WORD)) return false;
  let idEnd = HEADER_WORD.length;
  while (idEnd < line.length && isDigit(line.charCodeAt(idEnd))) idEnd++;
  if (idEnd === HEADER_WORD.length) return line.length === HEADER_WORD.length;
  const open = line.indexOf('[', idEnd);
  if (open < 0) return isHeaderGapCutShort(line.slice(idEnd));
  return line.indexOf(']', open) < 0 && isHeaderGap(line.slice(idEnd, open));
}

/**
 * A goroutine header cut inside its bracket at the end of the (trimmed) line: its id and what the
 * bracket says so far. The parts before its last comma are whole (`[select, 107`: in select, for a
 * number of minutes the cut may have shortened), and so are minutes followed by a space; a state
 * cut in its words is kept as read, marked (`[runn` → `runn…`). Null for any other line.
 */
export function parseHeaderCutInBracket(line: string): HeaderLine | null {
  const cut = headerCutInBracket(withoutClosingQuotes(line));
  if (cut === null) return null;
  // A comma the cut left last (`[chan receive,`) ends a whole part too.
  const inside = cut.bracket.endsWith(',') ? cut.bracket + ' ' : cut.bracket;
  const comma = inside.lastIndexOf(', ');
  let bracket = inside + CUT_MARK;
  if (comma >= 0) {
    const minutes = /^(\d+) /.exec(inside.slice(comma + 2));
    bracket = inside.slice(0, comma) + (minutes ? `, ${minutes[1]} minutes` : '');
  }
  const header = `goroutine ${cut.id} [${bracket}]:`;
  return parseHeaderLine(header, 0, header.length);
}

/** Index of the `}` that closes the `{` at `open`, past quoted strings; -1 when there is none. */
function closingBrace(text: string, open: number, end: number): number {
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < end && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x7d /* } */) return i;
  }
  return -1;
}

/**
 * `request_id: "abc-123", role: reader`: keys and values bare or quoted (Go escapes); null when
 * the text is not such a list.
 */
export function parseHeaderLabels(text: string): Record<string, string> | null {
  const labels: Record<string, string> = {};
  let at = 0;
  const token = (stop: string): string | null => {
    if (text.charCodeAt(at) === 0x22 /* " */) {
      let close = at + 1;
      while (close < text.length && text.charCodeAt(close) !== 0x22) close += text.charCodeAt(close) === 0x5c /* \ */ ? 2 : 1;
      if (close >= text.length) return null;
      const quoted = text.slice(at, close + 1);
      at = close + 1;
      return unquoteGo(quoted);
    }
    let stopAt = text.indexOf(stop, at);
    if (stopAt < 0) stopAt = text.length;
    const bare = text.slice(at, stopAt).trim();
    at = stopAt;
    return bare === '' ? null : bare;
  };
  while (at < text.length) {
    const key = token(':');
    if (key === null || text.charCodeAt(at) !== 0x3a /* : */) return null;
    at++;
    while (text.charCodeAt(at) === 0x20) at++;
    const value = token(',');
    if (value === null) return null;
    labels[propertyKey(key)] = value;
    while (text.charCodeAt(at) === 0x20) at++;
    if (at < text.length) {
      if (text.charCodeAt(at) !== 0x2c /* , */) return null;
      at++;
      while (text.charCodeAt(at) === 0x20) at++;
    }
  }
  return labels;
}

/** A Go-quoted string ("a\"b", "\x00", "\u00e9"); its inner text as printed when it is not valid. */
function unquoteGo(quoted: string): string {
  try {
    const json = quoted.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\U([0-9a-fA-F]{8})/g,
      (_, hex: string) => JSON.stringify(String.fromCodePoint(parseInt(hex, 16))).slice(1, -1));
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : quoted.slice(1, -1);
  } catch {
    return quoted.slice(1, -1);
  }
}

export interface CallLine {
  funcEnd: number;
  /** -1 for gccgo frames printed without arguments. */
  argsStart: number;
  argsEnd: number;
}

/** `created by F` or `created by F in goroutine N` (Go ≥ 1.21) at text[pos, end): where F ends, and N. */
export interface CreatedByLine {
  readonly funcEnd: number;
  readonly creatorGoroutine: GoroutineId | null;
}

/** What a `created by` line starts with: every reader of one, on the text or the bytes, tells it by this (stackLineKinds.ts' row). */
export const CREATED_BY = 'created by ';
const IN_GOROUTINE = ' in goroutine ';

/** Whether text[pos…) starts as a `created by` line. */
export function startsCreatedBy(text: string, pos: number): boolean {
  return text.startsWith(CREATED_BY, pos);
}

/** Reads text[pos, end) as a `created by` line (trimmed), or null. */
export function parseCreatedByLine(text: string, pos: number, end: number): CreatedByLine | null {
  if (!startsCreatedBy(text, pos)) return null;
  const funcStart = pos + CREATED_BY.length;
  const inGoroutine = lastIndexInLine(text, IN_GOROUTINE, pos, end);
  if (inGoroutine > funcStart) {
    const num = readDecimal(text, inGoroutine + IN_GOROUTINE.length, end);
    if (num && num[1] === end) return { funcEnd: inGoroutine, creatorGoroutine: goroutineIdAt(text, inGoroutine + IN_GOROUTINE.length, end, num[0]) };
  }
  return { funcEnd: creatorWordsCutAt(i => text.charCodeAt(i), funcStart, end), creatorGoroutine: null };
}

/**
 * Where the creator's name ends on a `created by` line from its name's start to `end`: at its first
 * space when the words after it are ` in goroutine N` cut short (`… in gor`, by a console's or a
 * pager's width, less's chop mark `>` after them; a number so marked may be cut too), before that
 * mark when it ends the name, else at `end`. No Go name holds a space or a `>`. Shared by the text
 * and the bytes (stackLineKinds.ts).
 */
export function creatorWordsCutAt(code: (i: number) => number, funcStart: number, end: number): number {
  let space = funcStart;
  while (space < end && code(space) !== CH_SPACE) space++;
  // A name the pager chopped keeps what it has, without the mark (no Go name holds a `>`).
  if (space >= end) return code(end - 1) === 0x3e /* > */ && end - 1 > funcStart ? end - 1 : end;
  const restEnd = code(end - 1) === 0x3e /* > */ ? end - 1 : end;
  let i = space;
  for (let k = 0; k < IN_GOROUTINE.length && i < restEnd; k++, i++) if (code(i) !== IN_GOROUTINE.charCodeAt(k)) return end;
  // The whole words with a number and no chop mark were read as such by the caller.
  while (i < restEnd && isDigit(code(i))) i++;
  return i === restEnd ? space : end;
}

/** Whether text[pos, end) starts with a function's name, perhaps behind a relative directory (`../x/pkg.F`: byteLineParsers.ts). */
function startsCallName(text: string, pos: number, end: number): boolean {
  const from = nameStart(text, pos, end);
  const c = text.charCodeAt(from);
  return startsName(c) || (c >= 0x30 && c <= 0x39 && from === pos && startsWithDigitHost(i => text.charCodeAt(i), pos, end));
}

/** Where the name at text[pos, end) starts: past a relative directory before its package (`../x/pkg.F`), if any. */
function nameStart(text: string, pos: number, end: number): number {
  return text.charCodeAt(pos) === 0x2e /* . */ ? pastRelativeDirectory(i => text.charCodeAt(i), pos, end) : pos;
}

/** `pkg.(*T[...]).Method(0x1, {0x2, 0x3}, ...)`: the arguments are the last parenthesised group. */
export function parseCallLine(text: string, pos: number, end: number): CallLine | null {
  if (end - pos < 3 || text.charCodeAt(end - 1) !== 0x29 /* ) */) return null;
  // Arguments never contain '(' so the nearest one to the end opens them; the name has no spaces.
  let open = end - 2;
  while (open > pos && text.charCodeAt(open) !== 0x28) open--;
  // A name never ends in '.': `main.(*request)` is a method's receiver cut short, not a call.
  if (open <= pos || text.charCodeAt(open - 1) === 0x2e) return null;
  for (let i = pos; i < open; i++) if (text.charCodeAt(i) === CH_SPACE) return null;
  if (!startsCallName(text, pos, open)) return null;
  if (open + 2 < end && !isArgumentText(text.charCodeAt(open + 1), text.charCodeAt(end - 2))) return null;
  return { funcEnd: open, argsStart: open + 1, argsEnd: end - 1 };
}

/**
 * A call line whose arguments the line's end cut (`pkg.(*T).F(0xc0001304e0, {0xc`: a paste's end,
 * journalctl or a log shipper cutting a long line): the index of the '(' that opens the arguments
 * when the function's name before it is whole, else -1.
 */
export function callCutInArguments(text: string, pos: number, end: number): number {
  // Arguments hold no '(' (parseCallLine): the last one opens them.
  let open = end - 1;
  while (open > pos && text.charCodeAt(open) !== 0x28) open--;
  // A name never ends in '.' (`main.(*T` is a receiver cut short) and is qualified by its package,
  // but for the runtime's `panic(` (Go ≥ 1.6 prints runtime.gopanic so).
  if (open <= pos || text.charCodeAt(open - 1) === 0x2e || indexInLine(text, ')', open, end) >= 0) return -1;
  // A quote in them is source code's, never Go's words (looksCutShort).
  for (let i = open + 1; i < end; i++) if (text.charCodeAt(i) === 0x22) return -1;
  // Its parentheses (a method's receiver) balance.
  let dot = false;
  let depth = 0;
  for (let i = pos; i < open && depth >= 0; i++) {
    const c = text.charCodeAt(i);
    if (c === CH_SPACE || c === 0x09) return -1;
    if (c === 0x2e) dot = true;
    else if (c === 0x28) depth++;
    else if (c === 0x29) depth--;
  }
  return (dot || (open - pos === 5 && text.startsWith('panic', pos))) && depth === 0 ? open : -1;
}

/** The ASCII characters of a bare name's pattern (isBareFunctionName), anywhere in it. */
const NAME_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/^[\p{L}\p{N}_./*()[\]$·-]$/u.test(String.fromCharCode(c))) NAME_ASCII[c] = 1;

/** gccgo prints `main.main` without arguments; accept a single token that looks like a Go name. */
export function isBareFunctionName(text: string, pos: number, end: number): boolean {
  if (end - pos < 1 || end - pos > 500) return false;
  const start = nameStart(text, pos, end);
  // An ASCII character the name's pattern takes nowhere (a space, a colon) tells most log lines without the Unicode pattern.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && NAME_ASCII[c] === 0) return false;
  }
  const token = text.slice(start, end);
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}_./*()[\]$·-]*$/u.test(token) || (/^\p{N}/u.test(token) && !startsWithDigitHost(i => token.charCodeAt(i), 0, token.length))) return false;
  let depth = 0;
  for (let i = 0; i < token.length && depth >= 0; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth--;
  }
  return depth === 0;
}

/**
 * A bare name that a function's name may be the start of, cut short where a call line was printed:
 * a package path starts lower-case or with a host's digit (a module's domain, `9fans.net/…`, a standard package, `main`, GOPATH's `_/`),
 * so `FAIL`, `PASS` or `DONE!` after a stack are words, not names (a relative directory before it, `../x/pkg.F`, is passed over).
 */
export function mayStartFunctionName(text: string): boolean {
  const from = nameStart(text, 0, text.length);
  return /^[\p{Ll}\p{N}_]/u.test(text.slice(from, from + 2)) && isBareFunctionName(text, 0, text.length);
}

/** What marks a name or a wait state cut short (`testing.tRunne…`, `[runn…]`): read as far as it goes. */
export const CUT_MARK = '…';

export interface LocationLine {
  pathEnd: number;
  /** End of the `path:line` text (before ` +0x…`). */
  locationEnd: number;
  line: number;
}

/**
 * `/path/file.go:123 +0x1d fp=0x… sp=0x… pc=0x…` (offset and fp/sp/pc optional; what may follow the
 * location is locationEnds.ts' rows, which `parseLocationBytes` reads too). The path may hold spaces
 * and a drive-letter colon (`C:/Program Files/Go/src/…`), so the line number is the last `:digits`
 * before the suffix.
 */
export function parseLocationLine(text: string, pos: number, end: number): LocationLine | null {
  let locEnd = end;
  const line = text.slice(pos, end);
  for (let i = 0; i < LOCATION_ENDS.length; i++) {
    const row = LOCATION_ENDS[i];
    const found = line.indexOf(row.mark);
    if (found >= 0 && row.onText(text, pos + found, pos, end)) { locEnd = pos + found; break; }
  }
  while (locEnd > pos && isBlank(text.charCodeAt(locEnd - 1))) locEnd--;
  let digitsStart = locEnd;
  while (digitsStart > pos && isDigit(text.charCodeAt(digitsStart - 1))) digitsStart--;
  if (digitsStart === locEnd || digitsStart - 1 < pos || text.charCodeAt(digitsStart - 1) !== 0x3a /* : */) return null;
  if (locEnd - digitsStart > 9) return null;
  return { pathEnd: digitsStart - 1, locationEnd: locEnd, line: Number(text.slice(digitsStart, locEnd)) };
}

/** How Go's marker of the frames it did not print opens and closes: `...additional frames elided...`, `...12 frames elided...`. */
export const ELIDED_OPEN = '...';
const ELIDED_ADDITIONAL = 'additional';
const ELIDED_CLOSE = ' frames elided...';
const ELIDED = new RegExp(`^${literalPattern(ELIDED_OPEN)}(${ELIDED_ADDITIONAL}|\\d+)${literalPattern(ELIDED_CLOSE)}$`);

/** An elision marker the text's end cut: a start of one (the words' form whole too, as read before), the count's form or the words'. */
export function isElidedMarkerCutShort(line: string): boolean {
  if (ELIDED_OPEN.startsWith(line)) return line.length > 0;
  if (!line.startsWith(ELIDED_OPEN)) return false;
  const rest = line.slice(ELIDED_OPEN.length);
  if ((ELIDED_ADDITIONAL + ELIDED_CLOSE).startsWith(rest)) return true;
  let digits = 0;
  while (digits < rest.length && isDigit(rest.charCodeAt(digits))) digits++;
  const close = rest.slice(digits);
  return digits > 0 && ELIDED_CLOSE.startsWith(close) && close.length < ELIDED_CLOSE.length;
}

export function isElidedMarker(text: string, pos: number, end: number): boolean {
  return text.charCodeAt(pos) === 0x2e && ELIDED.test(text.slice(pos, end));
}

/** `[originating from goroutine N]:` → N. */
export function parseAncestorLine(text: string, pos: number, end: number): GoroutineId | null {
  if (!text.startsWith('[originating from goroutine ', pos)) return null;
  const num = readDecimal(text, pos + 28, end);
  return num && text.startsWith(']:', num[1]) ? goroutineIdAt(text, pos + 28, num[1], num[0]) : null;
}

/** A frame's `file:line` line cut in its path or line number (`/build/buildd/syncth`, `/app/main.go:1`). */
export function isPathCutShort(line: string): boolean {
  return /^[^\s]*[/\\][^\s]*(:\d*)?$/.test(line);
}

/**
 * Whether an unterminated last line looks like a dump line cut short (a header, call or path
 * missing its end), as opposed to ordinary trailing text such as `exit status 2`.
 */
export function looksCutShort(line: string): boolean {
  // A header cut in its first word (`gorouti`) as in its id or bracket, or in Go 1.23's `gp=… m=… mp=…` before it.
  // A call's arguments are words Go printed, never a quote: `fmt.Printf("User %` is source code a page or excerpt ends in.
  return isHeaderCutShort(line) || /^\S+\([^)"]*$/.test(line) ||
    isPathCutShort(line) || startsCreatedBy(line, 0) || CREATED_BY.startsWith(line) ||
    // A location cut in what follows its line number (locationEnds.ts' marks).
    endsInLocationMarkCutShort(line) || isRecordLineCutShort(line) ||
    // goleak's line that opens a goroutine, cut before its `on top of the stack:` (goleakReport.ts).
    /^\[?Goroutine \d+ in state /.test(line) ||
    isElidedMarkerCutShort(line);
}
