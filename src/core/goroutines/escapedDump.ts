// A dump written by a logger as one escaped string: logfmt `msg="goroutine 1 [running]:\nmain…\n\t/path…"`
// (logrus, strconv.Quote), JSON `"stack":"goroutine 1 [running]:\n…"` (zap, slog, klog's JSON),
// often behind a journald or CRI prefix. The string is found by a goroutine header that starts it
// or follows an escaped line break, and unescaped (JSON and Go escapes) for the scanner to read
// line by line.
import { escapedByte } from '../byteEscapes';

// A goroutine header right after the opening quote or an escaped line break (`\n`).
const ESCAPED_HEADER = /(?:"|\\n)goroutine \d+ (?:gp=\S+ m=\S+ (?:mp=\S+ )?)?\[/;
// A goroutine header behind other text whose bracket is followed by an escaped line break:
// `…recovered from panic, stack: goroutine 1 [running]:\nmain.f()\n…`. The bracket is looked for
// within a state's length, so the search stays linear on any line.
const HEADER_THEN_ESCAPED_BREAK = /goroutine \d+ (?:gp=\S+ m=\S+ (?:mp=\S+ )?)?\[[^\]\\]{1,200}\]:\\n/;

export interface EscapedDump {
  /** The string's text, unescaped. */
  readonly value: string;
  /** Index in the line where the string's text starts (after its opening quote when it has one). */
  readonly start: number;
  /** Index of the closing quote in the line, or the line's end when the string is not closed there. */
  readonly stringEnd: number;
  readonly closed: boolean;
  /** The string was opened by a quote: when the line's end cuts it (a paste wrapped it), the next line goes on with it. */
  readonly quoted: boolean;
}

/** The first escaped string in text[from, end) that holds a goroutine dump, or null. */
export function findEscapedDump(text: string, from: number, end: number): EscapedDump | null {
  const line = text.slice(from, end);
  const match = ESCAPED_HEADER.exec(line);
  if (match === null) {
    // The string is read from the header on: the text before it is the message that introduced the stack.
    const behindText = HEADER_THEN_ESCAPED_BREAK.exec(line);
    if (behindText === null) return null;
    const headerAt = from + behindText.index;
    return unescape(text, headerAt, end, openingQuote(text, from, headerAt) >= 0);
  }
  if (!line.includes('\\n', match.index + match[0].length)) return null;
  // A quote before the header opens the string unless it is escaped itself (a JSON log line inside another).
  const quoteAt = from + match.index;
  const open = match[0].charCodeAt(0) === 0x22 /* " */ && !isEscaped(text, from, quoteAt) ? quoteAt : openingQuote(text, from, quoteAt);
  if (open < 0) return null;
  return unescape(text, open + 1, end, true);
}

/**
 * The rest of a quoted string that the previous line's end cut (a paste or a terminal wrapped the
 * logged line), read from the start of text[from, end): null when the line reads as a record of its
 * own instead (a quote before any escaped line break or tab: `time="…" level=…`).
 */
export function continueEscapedDump(text: string, from: number, end: number): EscapedDump | null {
  const quote = firstUnescapedQuote(text, from, end);
  const escape = Math.min(indexOrEnd(text, '\\n', from, end), indexOrEnd(text, '\\t', from, end));
  if (escape >= end && quote >= end) return null;
  if (quote < escape) return null;
  return unescape(text, from, end, true);
}

function indexOrEnd(text: string, what: string, from: number, end: number): number {
  const at = text.indexOf(what, from);
  return at < 0 || at >= end ? end : at;
}

function firstUnescapedQuote(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 0x22 && !isEscaped(text, from, i)) return i;
  return end;
}

/** The unescaped quote that opens the string holding position `before`; -1 when there is none. */
function openingQuote(text: string, from: number, before: number): number {
  for (let i = before - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 0x22 && !isEscaped(text, from, i)) return i;
  }
  return -1;
}

/** Whether the character at `at` follows an odd number of backslashes. */
function isEscaped(text: string, from: number, at: number): boolean {
  let backslashes = 0;
  while (at - 1 - backslashes >= from && text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', "'": "'", a: '\u0007', v: '\v' };

/** The JSON or Go quoted string starting at `start` (after its quote) up to its closing quote or `end`, unescaped. */
export function unescape(text: string, start: number, end: number, quoted: boolean): EscapedDump {
  const parts: string[] = [];
  let run = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      parts.push(text.slice(run, i));
      return { value: parts.join(''), start, stringEnd: i, closed: true, quoted };
    }
    if (c !== 0x5c || i + 1 >= end) continue;
    parts.push(text.slice(run, i));
    const next = text[i + 1];
    const simple = SIMPLE_ESCAPES[next];
    let length = 2;
    if (simple !== undefined) parts.push(simple);
    else if ((next === 'u' || next === 'x') && /^[0-9a-fA-F]+$/.test(text.slice(i + 2, i + (next === 'u' ? 6 : 4)))) {
      length = next === 'u' ? 6 : 4;
      const code = parseInt(text.slice(i + 2, i + length), 16);
      // Go quotes a byte that is not UTF-8 as `\xE9` (and writes valid UTF-8 as it is): the byte,
      // escaped as the scanner escapes a raw one (core/byteEscapes.ts), not the character U+00E9.
      parts.push(next === 'x' && code >= 0x80 ? escapedByte(code) : String.fromCharCode(code));
    } else parts.push(text.slice(i, i + 2));
    i += length - 1;
    run = i + 1;
  }
  parts.push(text.slice(run, end));
  return { value: parts.join(''), start, stringEnd: end, closed: false, quoted };
}

/** A field's key is short: the look back for it stays bounded whatever the line. */
const MAX_KEY_LOOKBACK = 80;
/** What names the field that holds the stack, at the end of the text before it: `,"stack_trace":"`, ` stack=`. */
const FIELD_KEY_TAIL = /[,\s]*(?:"[\w.-]{1,64}"\s*:\s*|[\w.-]{1,64}=)?$/;

/**
 * A crash line whose value is a log record holding the escaped stack (`panic: … {"level":"error",…,
 * "stack_trace":"goroutine 521 [running]:\n…"}`): its words up to the stack's field, without the
 * field's key and opening quote.
 */
export function wordsBeforeEscapedDump(text: string, s: number, found: EscapedDump): string {
  const end = found.quoted && found.start > s && text.charCodeAt(found.start - 1) === 0x22 ? found.start - 1 : found.start;
  const tailStart = Math.max(s, end - MAX_KEY_LOOKBACK);
  const tail = text.slice(tailStart, end);
  const key = FIELD_KEY_TAIL.exec(tail);
  return text.slice(s, tailStart + (key === null ? tail.length : key.index)).trimEnd();
}
