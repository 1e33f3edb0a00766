// A server that recovers a panic logs a line of its own words over the stack it prints: Vitess'
// `mysql_server caught panic:`, `Uncaught panic for <query>:`, `stream 7: caught panic: <value>`,
// the value on that line or on the lines under it, then recovery middleware's `file:line (0x…)`
// lines (locationStack.ts). The words are anyone's, and any log line may say "panic", so such a line
// is only held (heldCrashLines.ts); the stack of `file:line (0x…)` lines right under it (after the
// value's lines) makes it the crash line, and so does a running goroutine right under it whose stack
// shows the panic unwinding under the deferred function that printed it (chi's `Panic: <value>` over
// debug.PrintStack, a CLI's report field `Panic:    <value>`). One rule for the class: some text, a word that starts
// with `panic` (or is `PANIC`, middleware's word), and a `:` after it that ends the line or is
// followed by a space; more punctuation may stand between (Gitea's `PANIC:: <value>`).
import { logPrefixEnd } from './prefixLearner';

/** Longer lines are no recovery line (the held lines' bound, crashBeforeDump.ts). */
const MAX_RECOVERY_LINE_CHARS = 4096;

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Where the word `panic…` (`panic`, `Panic`, `panicked`, `PANIC`) stands on the line with a `: ` or a line-ending `:` after it, or -1. */
function panicWordBeforeColon(line: string): number {
  const at = firstPanicWord(line);
  return at >= 0 && colonAfter(line, at) >= 0 ? at : -1;
}

/** The first word `panic…` on the line that no letter stands before, or -1. */
function firstPanicWord(line: string): number {
  for (let at = indexOfPanic(line, 0); at >= 0; at = indexOfPanic(line, at + 5)) if (at === 0 || !isLetter(line.charCodeAt(at - 1))) return at;
  return -1;
}

/** The first colon after the panic word at `at` that ends the line or a blank follows, or -1. */
function colonAfter(line: string, at: number): number {
  for (let colon = line.indexOf(':', at + 5); colon >= 0; colon = line.indexOf(':', colon + 1)) {
    const next = line.charCodeAt(colon + 1);
    if (colon + 1 === line.length || next === 0x20 || next === 0x09) return colon;
  }
  return -1;
}

/** The words with the blanks that align a report's fields after the panic word's colon (`Panic:            <value>`) made one space. */
function withoutFieldAlignment(words: string): string {
  const at = firstPanicWord(words);
  const colon = at < 0 ? -1 : colonAfter(words, at);
  if (colon < 0) return words;
  let value = colon + 1;
  while (value < words.length && (words.charCodeAt(value) === 0x20 || words.charCodeAt(value) === 0x09)) value++;
  return value - colon > 2 ? `${words.slice(0, colon + 1)} ${words.slice(value)}` : words;
}

function indexOfPanic(line: string, from: number): number {
  let first = -1;
  for (const word of PANIC_WORDS) {
    const at = line.indexOf(word, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

const PANIC_WORDS = ['panic', 'Panic', 'PANIC'];

/**
 * Where the recovery line's words start on the (untrimmed) line, after a log's prefix (klog's
 * `E0304 10:38:30.617328 30134 server.go:303] `, a timestamp); -1 when the line has no `panic`
 * word with a colon after it.
 */
export function recoveryLineStart(line: string): number {
  if (line.length > MAX_RECOVERY_LINE_CHARS || panicWordBeforeColon(line) < 0) return -1;
  const start = logPrefixEnd(line);
  return panicWordBeforeColon(line.slice(start)) < 0 ? -1 : start;
}

/**
 * The crash message of a recovery line and the lines of the value under it: the line's words (a
 * space after a colon that ends it, as a panic whose value starts on the next line is kept; one
 * space for the run that aligns a report's fields after it), then
 * the value's lines, the blank ones at its end left out.
 */
export function recoveryMessage(line: string, start: number, valueLines: readonly string[]): string {
  let words = withoutFieldAlignment(line.slice(start).trim());
  if (valueLines.length === 0) return words;
  if (words.endsWith(':')) words += ' ';
  let end = valueLines.length;
  while (end > 0 && valueLines[end - 1].trim() === '') end--;
  return [words, ...valueLines.slice(0, end).map(value => value.trimEnd())].join('\n');
}

const P = 0x70;
const UPPER_P = 0x50;

/** `anic` at bytes[i], lower case, or upper case when `caseBit` is 0x20. */
const spellsAnic = (bytes: Uint8Array, i: number, caseBit: number): boolean =>
  bytes[i] === (0x61 ^ caseBit) && bytes[i + 1] === (0x6e ^ caseBit) && bytes[i + 2] === (0x69 ^ caseBit) && bytes[i + 3] === (0x63 ^ caseBit);

/** On the bytes: the line may hold a recovery line (`recoveryLineStart`): `panic`, `Panic` or `PANIC`, then a colon. Decoded only then. */
export function mayHoldRecoveryLine(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start > MAX_RECOVERY_LINE_CHARS * 3) return false;
  for (let i = start; i + 5 <= end; i++) {
    const b = bytes[i];
    if ((b === P || b === UPPER_P) && (spellsAnic(bytes, i + 1, 0) || spellsAnic(bytes, i + 1, 0x20))) {
      for (let k = i + 5; k < end; k++) if (bytes[k] === 0x3a /* : */) return true;
      return false;
    }
  }
  return false;
}

/**
 * How much of the line text[s, end) is a prefix it shares with the recovery line `held` (stern's
 * `pod container ` before every line of a pod's log), up to a space: the text before a stack's
 * `file:line (0x…)` that no header taught. 0 when they share no word.
 */
export function sharedPrefixLength(held: string, text: string, s: number, end: number): number {
  let n = 0;
  while (s + n < end && n < held.length && held.charCodeAt(n) === text.charCodeAt(s + n)) n++;
  while (n > 0 && text.charCodeAt(s + n - 1) !== 0x20) n--;
  return n >= 4 ? n : 0;
}
