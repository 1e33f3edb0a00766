// Logs that hold one record per line (logrus text, logfmt, JSON from zap, slog, docker's json-file)
// and a dump written into them line by line: each dump line is one record's message
// (`time="…" level=error msg="goroutine 1 [running]:"`, `{"level":"error","msg":"\tmain.go:12 +0x1d"}`).
// The message, unescaped, is the dump's line. A record whose message holds several lines is the
// whole dump in one string (escapedDump.ts), not this.
import { unescape } from './escapedDump';
import { CRASH_LINE } from './crashLines';
import { asciiBytes, startsWithBytes } from './byteLineParsers';
import { parseLocationLine } from './lineParsers';
import { byteClasses } from './byteClasses';
import { mayStartStackFieldRecord, startsStackFieldRecord } from './stackFieldShapes';
import { isTestJsonRecord, recordOrigin, sameOrigin, SplitOutputLines, TEST_JSON_MESSAGE_KEYS, type RecordOrigin } from './testJsonRecords';
import { isWholeCallLine } from './callShapes';

/** Keys of the message, in logfmt (`msg="`) and JSON (`"msg":"`). */
const MESSAGE_KEYS = ['msg', 'message', 'log'];
/** Keys of a stack field written without its goroutine header (zap's `stacktrace`, PingCAP's quoted `"stack trace"`). */
const STACK_KEYS = ['stacktrace', 'stack', 'trace', 'stack_trace', 'stack trace'];
/** Records are short; a longer line is read as the text it is. */
const MAX_RECORD_CHARS = 16 << 10;

/**
 * The unescaped value of the first of `keys` quoted in text[from, to), logfmt or JSON; null when
 * none, or when its quote is not closed on the line unless `unclosed` (a paste cut inside it).
 */
function quotedField(text: string, from: number, to: number, keys: readonly string[], unclosed = false): string | null {
  const read = firstQuotedField(text, from, to, keys);
  return read !== null && (read.closed || unclosed) ? read.value : null;
}

/** The first of `keys` quoted in text[from, to), unescaped as far as the line goes, and whether its quote is closed; null when none. */
function firstQuotedField(text: string, from: number, to: number, keys: readonly string[]): QuotedField | null {
  for (const key of keys) {
    // PingCAP quotes a key with a space in it, then `=` (`["stack trace"="…"]`).
    for (const opening of [`${key}="`, `"${key}":"`, `"${key}": "`, `"${key}"="`]) {
      const at = text.indexOf(opening, from);
      if (at < 0 || at >= to) continue;
      // A logfmt key starts the line or follows white space (or the `[` of PingCAP's `[key=value]` fields): `errmsg="` is another key.
      if (opening.charCodeAt(0) !== 0x22 && at > from && text.charCodeAt(at - 1) !== 0x20 && text.charCodeAt(at - 1) !== 0x09 && text.charCodeAt(at - 1) !== 0x5b /* [ */) continue;
      const read = unescape(text, at + opening.length, to, true);
      return { value: read.value, closed: read.closed };
    }
  }
  return null;
}

/** A quoted field's value, unescaped; `closed` false when the line ends inside it (a paste cut in it). */
export interface QuotedField {
  readonly value: string;
  readonly closed: boolean;
}

/**
 * The value of the first of `keys` written bare in a logfmt line (`msg=main.main()`, `msg=` for an
 * empty one): logfmt quotes only a value with a space, `=` or `"` in it, so a dump's line without
 * one (a call without arguments, the blank line between goroutines) is written so. Null when none.
 */
function bareLogfmtField(line: string, keys: readonly string[]): string | null {
  for (const key of keys) {
    const opening = `${key}=`;
    const at = line.indexOf(opening);
    if (at < 0 || (at > 0 && line.charCodeAt(at - 1) !== 0x20) || line.charCodeAt(at + opening.length) === 0x22 /* " */) continue;
    const end = line.indexOf(' ', at + opening.length);
    return line.slice(at + opening.length, end < 0 ? line.length : end);
  }
  return null;
}

const DUMP_START = /^(?:goroutine \d+ |SIGQUIT: quit)/;

/** A message that starts a dump: a goroutine header or a crash line. */
function startsDump(message: string): boolean {
  return startsDumpAtLineStart(message.trim());
}

function startsDumpAtLineStart(message: string): boolean {
  return DUMP_START.test(message) || CRASH_LINE.test(message);
}

/**
 * Reads a log of one record per line: from the first record whose message starts a dump (a
 * goroutine header, a crash line), every record's message is the dump's next line.
 */
export class LogRecordLines {
  /** A record's message started a dump: the records after it are its lines. */
  engaged = false;
  /** The last line read was a record holding no line of the dump (test2json's: see testJsonRecords.ts). */
  passedOver = false;
  /** The package and test of the test2json record that started the dump: other ones' records are passed over. */
  private dumpOrigin: RecordOrigin | null = null;
  private readonly splitOutput = new SplitOutputLines();
  /**
   * Before the dump started, a record whose message is a call line: a stack whose goroutine header
   * the paste cut may start there, if the next record's message is the call's indented `file:line`.
   */
  private heldCall: { readonly message: string; readonly line: string } | null = null;
  /** A held call line the next record did not confirm: skipped text, for the scanner to say. */
  private dropped: string | null = null;

  /** Records carry the dump, or hold the first pieces of a line that may start it: each line is read as a record. */
  get readingRecords(): boolean {
    return this.engaged || this.splitOutput.holding || this.heldCall !== null;
  }

  /** The record held for its call line that the next one did not confirm, once; null when none. */
  takeDropped(): string | null {
    const dropped = this.dropped;
    this.dropped = null;
    return dropped;
  }

  /**
   * The dump line a record holds: its message, unescaped (one trailing line break dropped, as
   * docker's json-file keeps it). Null when the line is no record, its message holds several lines,
   * or no record has started a dump yet and this one does not either. Without `commit` a look that
   * changes nothing (whether the text's last line was cut).
   */
  message(text: string, from: number, to: number, commit = true): string | null {
    if (commit) this.passedOver = false;
    const record = to - from <= MAX_RECORD_CHARS && mayBeRecord(text, from, to);
    const line = record ? text.slice(from, to) : '';
    if (record && isTestJsonRecord(line)) return this.testOutput(line, commit);
    if (commit) this.splitOutput.drop();
    if (!record) return null;
    // Once records carry the dump, a message whose quote the line leaves open is a record the paste cut: read as far as it goes.
    let value = quotedField(line, 0, line.length, MESSAGE_KEYS, this.engaged) ?? (this.engaged ? bareLogfmtField(line, MESSAGE_KEYS) : null);
    if (value === null) return null;
    const lineBreak = value.indexOf('\n');
    if (lineBreak >= 0) {
      if (lineBreak !== value.length - 1) return null;
      value = value.slice(0, -1);
    }
    if (!this.engaged) {
      if (!startsDump(value)) return this.headlessStart(line, value, lineBreak >= 0, commit);
      this.engaged = true;
    }
    return value;
  }

  /**
   * Before the dump started, a record whose message is a call line that ends the line it was
   * written as (`log="main.f(0x1)\n"`, what the byte gate lets through: `)\n`) is held (passed
   * over); the next record's indented `file:line` confirms it, and the two are the dump's first
   * lines (a stack without its header). Null for any other record, or while one is held.
   */
  private headlessStart(line: string, value: string, endsLine: boolean, commit: boolean): string | null {
    const held = this.heldCall;
    if (!commit) return null;
    this.heldCall = null;
    if (held !== null && isIndentedLocation(value)) {
      this.engaged = true;
      return `${held.message}\n${value}`;
    }
    if (held !== null) this.dropped = held.line;
    const call = value.trim();
    if (!endsLine || !isWholeCallLine(call, 0, call.length)) return null;
    this.heldCall = { message: value, line };
    this.passedOver = true;
    return null;
  }

  /**
   * The dump line test2json's record holds: its `Output`, joined to the pieces of the line the
   * records before it held. Null (and `passedOver` once the dump started) for a record without
   * output, of another package or test, or holding a line's first pieces.
   */
  private testOutput(line: string, commit: boolean): string | null {
    const origin = recordOrigin(line);
    if (this.engaged && this.dumpOrigin !== null && !sameOrigin(origin, this.dumpOrigin)) return this.passOver(commit);
    const piece = quotedField(line, 0, line.length, TEST_JSON_MESSAGE_KEYS);
    if (piece === null) return this.engaged ? this.passOver(commit) : null;
    // Before the dump only a line that may start it is held: the others are the run's lines, not read.
    // Go prints the lines that start a dump at the line's start: one behind white space (a nested
    // panic's tab) comes after the dump started, and the byte gate tells the others by their first word.
    if (!this.engaged && !this.splitOutput.holding && !piece.endsWith('\n') && !startsDumpAtLineStart(piece)) return null;
    const value = this.splitOutput.join(piece, commit);
    if (value === null) return this.passOver(commit);
    if (!this.engaged) {
      if (!startsDumpAtLineStart(value)) return null;
      if (commit) {
        this.engaged = true;
        this.dumpOrigin = origin;
      }
    }
    return value;
  }

  private passOver(commit: boolean): null {
    if (commit) this.passedOver = true;
    return null;
  }

  /**
   * Once records carry the dump, a line that starts as one (a key and its `=`) with no message
   * key: none of the dump's lines (its `file:line` would read as a location), and as the text's
   * last line, a record the paste cut before its message.
   */
  cutShort(line: string): boolean {
    return this.engaged && line.length <= MAX_RECORD_CHARS && mayBeRecord(line, 0, line.length) && !MESSAGE_KEYS.some(key => line.includes(`${key}=`) || line.includes(`"${key}":`));
  }
}

/**
 * A stack written as one field without its goroutine header: zap's `"stacktrace":"main.f\n\t/x.go:12\n…"`
 * (function names over their indented `file:line`). The field's lines, unescaped, and whether its quote
 * is closed on the line; null when the line holds none.
 */
export function headlessStackField(text: string, from: number, to: number): QuotedField | null {
  if (to - from > MAX_RECORD_CHARS || !(mayBeRecord(text, from, to) || startsStackFieldRecord(text, from, to))) return null;
  const line = text.slice(from, to);
  if (!line.includes('\\n\\t') && !line.includes(')\\n')) return null;
  // A field the paste cut is still the stack as far as it goes.
  const field = firstQuotedField(line, 0, line.length, STACK_KEYS);
  if (field === null || !(field.value.includes('\n\t') || PC_LOCATION_FIRST.test(field.value))) return null;
  // PingCAP's log writes the stack in brackets (`[stack="[github.com/…\n\t…]"]`).
  return field.value.startsWith('[') ? { value: field.value.slice(1, field.value.endsWith(']') ? -1 : undefined), closed: field.closed } : field;
}

/**
 * The dump line a log record's message holds, unescaped, one trailing line break dropped; null
 * when the line is no record or its message holds more lines (for the order vote, reversedDump.ts).
 */
export function recordMessageLine(line: string): string | null {
  if (line.length > MAX_RECORD_CHARS || !mayBeRecord(line, 0, line.length)) return null;
  const value = quotedField(line, 0, line.length, MESSAGE_KEYS);
  if (value === null) return null;
  const lineBreak = value.indexOf('\n');
  return lineBreak < 0 ? value : lineBreak === value.length - 1 ? value.slice(0, -1) : null;
}

/** A message that is a frame's `file:line` as Go prints it, behind white space. */
function isIndentedLocation(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c !== 0x09 && c !== 0x20) return false;
  const location = value.trim();
  return parseLocationLine(location, 0, location.length) !== null;
}

/** A stack field of recovery middleware's `file:line (0x…)` lines (macaron's, Grafana's `stack="…"`): its first line is one. */
const PC_LOCATION_FIRST = /^\S{1,500}\.go:\d{1,9} \(0x[0-9a-f]{1,16}\)\n/;

/**
 * A JSON record starts with a brace, a logfmt one with a key (`time=`, `level=`, `ts=`): told on
 * the line's first characters, so a line of a dump costs a few comparisons.
 */
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

function mayBeRecord(text: string, from: number, to: number): boolean {
  while (from < to && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x09)) from++;
  if (from < to && isDigitCode(text.charCodeAt(from))) from = afterTimeColumn((i: number) => text.charCodeAt(i), from, to);
  if (from === to) return false;
  if (text.charCodeAt(from) === 0x7b /* { */) return true;
  // PingCAP's unified log format (TiDB, PD, TiCDC): `[2022/07/03 11:35:33.450 +00:00] [ERROR] [conn.go:1056] ["…"] [stack="…"]`.
  if (text.charCodeAt(from) === 0x5b /* [ */) return to - from > 6 && isDigitCode(text.charCodeAt(from + 1)) && isDigitCode(text.charCodeAt(from + 4)) && text.charCodeAt(from + 5) === 0x2f /* / */;
  const keyEnd = Math.min(to, from + 16);
  for (let i = from; i < keyEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d /* = */) return i > from;
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x5f /* _ */ || c === 0x2e /* . */)) return false;
  }
  return false;
}

/** The characters of a log viewer's time column: digits, `-`, `/`, `:`, `.`, `T`, `Z`, `+` and the space between a date and a time. */
const isTimeColumnCode = (c: number): boolean => isDigitCode(c) || c === 0x2d || c === 0x2f || c === 0x3a || c === 0x2e || c === 0x54 || c === 0x5a || c === 0x2b || c === 0x20;
/** A time column is short: past this many characters the digits are something else. */
const MAX_TIME_COLUMN = 40;

/**
 * Where a record starts after the time column a log viewer put before it (`2024-06-30 10:15:37\tlog="…"`):
 * after the tab that ends the column; `from` when there is none (a record's own text starts with no time).
 */
function afterTimeColumn(codeAt: (i: number) => number, from: number, to: number): number {
  const limit = Math.min(to, from + MAX_TIME_COLUMN);
  let i = from;
  while (i < limit && isTimeColumnCode(codeAt(i))) i++;
  return i < limit && i > from && codeAt(i) === 0x09 && codeAt(i - 1) !== 0x20 ? i + 1 : from;
}

/**
 * What a message that starts a dump begins with, on the bytes: `goroutine `, and the words the crash
 * lines of crashLines.ts start with. A quote followed by none of them is passed over undecoded.
 */
const DUMP_START_WORDS = ['goroutine ', 'panic: ', 'fatal error: ', 'fatal: ', 'SIG', 'signal ', 'unexpected fault address ',
  'Exception 0x', 'runtime: goroutine stack exceeds ', 'runtime/cgo: ', 'Observed a panic: ', 'Recovered from panic', 'Error in Go routine: '].map(asciiBytes);
const DUMP_FIRST_BYTES = new Uint8Array(256);
for (const word of DUMP_START_WORDS) DUMP_FIRST_BYTES[word[0]] = 1;
const QUOTE = 0x22;

function startsDumpWord(bytes: Uint8Array, at: number, to: number): boolean {
  for (const word of DUMP_START_WORDS) if (startsWithBytes(bytes, at, to, word)) return true;
  return false;
}

/**
 * A logfmt record opens with a key and its `=` (`time="…"`, `level=error`, `ts=…`): prose and other
 * junk lines, whose first word is followed by a space, are passed over without a look at every byte.
 */
function startsWithKey(bytes: Uint8Array, from: number, to: number): boolean {
  const stop = Math.min(to, from + 32);
  for (let i = from + 1; i < stop; i++) {
    const b = bytes[i];
    if (b === 0x3d /* = */) return true;
    if (!((b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2e || b === 0x2d || (b >= 0x41 && b <= 0x5a))) return false;
  }
  return false;
}

/** The byte classes (byteClasses.ts) one of which a line that `mayBeRecordStartingDump` takes holds: a quote, or the backslash of `\\n\\t` or `)\\n`. */
export const RECORD_STARTING_DUMP_CLASSES = byteClasses('"\\');

/**
 * On the bytes, for the junk gate: the line may be a record whose message starts a dump (a quote
 * followed by a goroutine header or a crash line). Each quote costs a byte test; a few are read further.
 */
/** `[2022/` at bytes[from]: the time that starts PingCAP's log records. */
function startsPingcapTime(bytes: Uint8Array, from: number, to: number): boolean {
  return to - from > 6 && isDigitCode(bytes[from + 1]) && isDigitCode(bytes[from + 4]) && bytes[from + 5] === 0x2f /* / */;
}

export function mayBeRecordStartingDump(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from > MAX_RECORD_CHARS || to - from < 8) return false;
  const lineStart = from;
  if (isDigitCode(bytes[from])) from = afterTimeColumn((i: number) => bytes[i], from, to);
  const first = bytes[from];
  if (first !== 0x7b /* { */ && !(first >= 0x61 && first <= 0x7a && startsWithKey(bytes, from, to)) && !(first === 0x5b /* [ */ && startsPingcapTime(bytes, from, to)) &&
    !mayStartStackFieldRecord(bytes, lineStart, to)) return false;
  // One pass over the line's bytes: a quote followed by a dump's first word, or an escaped `\n\t`
  // (a stack field without its header). Words are compared only after their first byte.
  for (let i = from; i + 1 < to; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      if (DUMP_FIRST_BYTES[bytes[i + 1]] === 1 && startsDumpWord(bytes, i + 1, to)) return true;
    } else if (b === 0x5c && i + 3 < to && bytes[i + 1] === 0x6e /* n */ && bytes[i + 2] === 0x5c && bytes[i + 3] === 0x74 /* t */) return true;
    // `(0x…)\n`: a stack field of `file:line (0x…)` lines.
    else if (b === 0x29 /* ) */ && i + 2 < to && bytes[i + 1] === 0x5c && bytes[i + 2] === 0x6e /* n */) return true;
  }
  return false;
}
