// A crash line behind text the scanner cannot place: a prefix of no known shape (`  12 panic: …`
// from `cat -n` or vim's line numbers, `// panic: …` in a blog's code comment) or other output glued
// to it (a TUI's `…(pod-init)panic: send on closed channel`, progress dots before the terminal's
// `^\SIGQUIT: quit`). Any log line may say "panic: ", so such a line is only held; what Go prints
// after a crash line tells it apart: at most a `[signal …` or `PC=…` line and a blank line, then
// the first goroutine's header. When that header comes, the held line is the dump's crash line.
import { withoutClosingEmphasis } from './markdownEmphasis';
import { CRASH_GATE_WORDS, CRASH_LINE, CRASH_WORD_BEFORE_COLON } from './crashLines';
import { isBlank } from './lineParsers';
import { isPrefixTail, skipLinePrefix, type LinePrefix } from './linePrefix';
import { isRunningTestsLine, RUNNING_TEST } from './runningTests';
import { TEST_TIMEOUT } from './crashCulprit';
import { isTimestampOnlyLine } from './timestampLines';
import { endBeforeSuffix, type LineSuffix } from './lineSuffix';
import { endsInLogcatHead } from './logcatHead';
import { errorRecordLength, insideErrorRecord, isNativeCommandName, MAX_ERROR_RECORD_LINES, opensErrorRecord } from './nativeCommandError';

/**
 * How many lines may stand between the crash line and the goroutine header: Go prints two (the
 * `[signal …` or `PC=…` line, a blank line), a cgo crash one more (`signal arrived during cgo
 * execution`); a paste that doubled its line breaks, one or two more.
 */
export const MAX_LINES_BEFORE_DUMP = 4;

/**
 * A value's lines at most between a recovery line (recoveryLine.ts) and the stack of `file:line (0x…)`
 * lines that confirms it: an error that lists its causes a line each, a query of several lines.
 */
export const MAX_RECOVERY_VALUE_LINES = 16;

/**
 * How many lines may follow a held crash line before the header or stack that confirms it: more
 * under a native command's stderr line that PowerShell's error record follows (nativeCommandError.ts),
 * and a recovery line's value lines (recoveryLine.ts).
 */
export function maxLinesAfterHeld(held: HeldCrashLine): number {
  if (held.recovery) return MAX_RECOVERY_VALUE_LINES;
  return held.between.length > 0 && isNativeCommandName(held.text.slice(0, held.at)) && opensErrorRecord(held.between[0].text)
    ? MAX_LINES_BEFORE_DUMP + MAX_ERROR_RECORD_LINES : MAX_LINES_BEFORE_DUMP;
}

/**
 * The held line is a native command's stderr line and PowerShell's error record under it is not
 * closed yet: its lines, which repeat the crash line (`+ CategoryInfo : NotSpecified: (panic: …:String)`), hold no other.
 */
export function insideHeldErrorRecord(held: HeldCrashLine): boolean {
  return !held.recovery && isNativeCommandName(held.text.slice(0, held.at)) && insideErrorRecord(held.between.map(({ text }) => text));
}

/** Lines of a junk run looked at, from its end, for a crash line held on one of them (the most any held line may have under it, and itself). */
export const MAX_LINES_LOOKED_BACK = 1 + Math.max(MAX_LINES_BEFORE_DUMP + MAX_ERROR_RECORD_LINES, MAX_RECOVERY_VALUE_LINES);

/** Longer lines are no crash line to hold (the byte path's test, `holdsCrashWordBeforeColon`, agrees: at most 3 bytes a character). */
export const MAX_HELD_LINE_CHARS = 4096;

const SIGNAL_OPEN = '[signal ';

/** What Go prints between a crash line and the first goroutine header, but for blank lines. */
const BETWEEN_CRASH_AND_DUMP = /^(?:\[signal |PC=|signal arrived during )/;
/**
 * Go's `[signal …]` line at the end of a line of other output: a program that drew on the terminal
 * (a progress bar) without ending its line, as it did before the crash line glued after its words.
 */
const SIGNAL_AFTER_OUTPUT = /\s\[signal [^[\]]{1,200}\]$/;

/** A line skipped outside any dump that holds a crash line after other text, until the dump's header confirms it. */
export interface HeldCrashLine {
  readonly line: number;
  /** The whole line, prefix and all. */
  readonly text: string;
  /** Where the crash line starts in `text`. */
  readonly at: number;
  /** The skipped line before it, where the run of skipped lines ends once it is taken back. */
  readonly skippedBefore: number;
  /** The lines since, each whole, and whether it was skipped (a line read was read as it stands: it carried no prefix). */
  readonly between: { readonly text: string; readonly skipped: boolean }[];
  /** How many of them were skipped (and are taken back from the skipped-line warning with it). */
  skippedBetween: number;
  /** A server's own words over a recovered panic (recoveryLine.ts): only a stack of `file:line (0x…)` lines under it confirms it. */
  readonly recovery: boolean;
  /** A recovered panic's value alone (runtimeErrorValue.ts): the crash is a recovered panic, its message the value as written. */
  readonly valueAlone?: true;
  /**
   * The crash line held on the line right above, behind the same kind of text: one crash printed on
   * consecutive lines (`unexpected fault address 0x…`, then `fatal error: fault`), taken with it.
   */
  readonly above?: HeldCrashLine;
}

/** The crash lines held one under the other, the first first. */
export function heldChain(held: HeldCrashLine): HeldCrashLine[] {
  const chain = [held];
  for (let h = held.above; h !== undefined; h = h.above) chain.unshift(h);
  return chain;
}

/** Where a crash line starts on the line after other text, or -1. */
export function crashLineAfterText(line: string): number {
  if (line.length > MAX_HELD_LINE_CHARS || !line.includes(': ')) return -1;
  let first = crashAfterName(line);
  CRASH_WORD_BEFORE_COLON.lastIndex = 0;
  for (let found = CRASH_WORD_BEFORE_COLON.exec(line); found !== null && (first < 0 || found.index < first); found = CRASH_WORD_BEFORE_COLON.exec(line)) {
    const at = found.index;
    // `[signal SIGBUS: bus error …]` behind a prefix is the line under a crash line, not one.
    if (startsAfterText(line, at) && !line.startsWith(SIGNAL_OPEN, at - SIGNAL_OPEN.length) && CRASH_LINE.test(line.slice(at))) { first = longerCrashWordStart(line, at, found[0]); break; }
    CRASH_WORD_BEFORE_COLON.lastIndex = at + 1;
  }
  return first;
}

/** The line holds a crash line, at its start or after other text (a log's prefix). */
export function holdsCrashLine(line: string): boolean {
  return CRASH_LINE.test(line.trimStart()) || crashLineAfterText(line) >= 0;
}

/** The crash words that end in another (`Recovered from panic`, `Observed a panic` end in `panic`). */
const LONGER_CRASH_WORDS = [...CRASH_GATE_WORDS.beforeColon, ...CRASH_GATE_WORDS.anywhere].map(word => word.trimEnd());

/**
 * Where the crash line starts when the word found at `at` ends a longer crash word
 * (`msg="Recovered from panic: …`): there, so the line keeps its kind (a recovered panic).
 */
function longerCrashWordStart(line: string, at: number, word: string): number {
  const end = at + word.length;
  for (const longer of LONGER_CRASH_WORDS) {
    const start = end - longer.length;
    if (longer.length > word.length && longer.endsWith(word) && start >= 0 && line.startsWith(longer, start) && CRASH_LINE.test(line.slice(start))) return start;
  }
  return at;
}

/** At the line's start (but for white space) the line is read as a crash line: it is never held. */
function startsAfterText(line: string, at: number): boolean {
  let s = 0;
  while (s < at && isBlank(line.charCodeAt(s))) s++;
  return s < at;
}

/** A name character of a server's error log (`http`, `monitoring`): the names `afterName` crash lines start with. */
const isNameChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e || c === 0x2d;

/**
 * Where a crash line that starts with names starts (`http: panic serving …` behind a log's own
 * words, `…Z\tinfo\thttp: panic serving`): the first of its words after a name and `: `, the names
 * before it taken back to the first; -1 when none is on the line.
 */
function crashAfterName(line: string): number {
  let first = -1;
  for (const word of CRASH_GATE_WORDS.afterColon) {
    const colon = line.indexOf(`: ${word}`);
    if (colon <= 0 || (first >= 0 && colon > first)) continue;
    let at = colon;
    for (;;) {
      let nameStart = at;
      while (nameStart > 0 && isNameChar(line.charCodeAt(nameStart - 1))) nameStart--;
      if (nameStart === at) break;
      at = nameStart;
      if (at < 2 || line.charCodeAt(at - 1) !== 0x20 || line.charCodeAt(at - 2) !== 0x3a) break;
      at -= 2;
    }
    if (at < colon && line.charCodeAt(at) !== 0x3a && startsAfterText(line, at) && CRASH_LINE.test(line.slice(at)) && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** The held line's crash message, as a crash line read at a line's start is kept (its end trimmed). */
export function heldCrashMessage(held: HeldCrashLine, suffix: LineSuffix | null = null): string {
  let end = suffix === null ? held.text.length : endBeforeSuffix(suffix, held.text, held.at, held.text.length);
  while (end > held.at && isBlank(held.text.charCodeAt(end - 1))) end--;
  return withoutClosingEmphasis(held.text, held.at, held.text.slice(held.at, end));
}

/**
 * A line read as it stands that may stand between a crash line and the goroutine header; a time
 * alone (timestampLines.ts) is the blank line behind the log's prefix, which the header teaches.
 */
export function mayStandBeforeDump(line: string): boolean {
  return standsBeforeDumpFrom(line, 0) || isTimestampOnlyLine(line, 0, line.length);
}

/**
 * Whether text[from…) is blank, or what Go prints between a crash line and the header; under a test
 * timeout (`testTimeout`), also the tests it names.
 */
function standsBeforeDumpFrom(text: string, from: number, testTimeout = false): boolean {
  const s = afterBlanks(text, from);
  // A logcat head over the header's record (logcatHead.ts), behind the prefix that carried the crash line or not.
  return s === text.length || BETWEEN_CRASH_AND_DUMP.test(text.slice(s)) || (testTimeout && isRunningTestsLine(text.slice(s).trimEnd())) || endsInLogcatHead(text.trimEnd()) ||
    SIGNAL_AFTER_OUTPUT.test(text.trimEnd());
}

/**
 * Whether the goroutine header that follows the held line (behind `prefix`, the prefix learnt from
 * it, or null) makes it the dump's crash line. When the prefix, stripped from the held line, leaves
 * the crash line at its start, every line carries it (`  4 goroutine 7 [running]:`) and the lines
 * between are read without it; else the crash line was glued to other
 * output and the lines between are read as they stand. Either way they must be what Go prints there.
 */
export function heldCrashBeforeDump(held: HeldCrashLine, prefix: LinePrefix | null, suffix: LineSuffix | null = null): boolean {
  // A selection that starts inside the first line's prefix leaves its end alone before the crash line.
  // A runtime error's value that ends a paster's sentence (runtimeErrorValue.ts) has the sentence between the prefix and it.
  const prefixEnd = prefix === null ? 0 : skipLinePrefix(prefix, held.text, 0, held.text.length);
  const behindPrefix = prefix !== null &&
    (afterBlanks(held.text, prefixEnd) === held.at || isPrefixTail(prefix, held.text.slice(0, held.at)) || (held.valueAlone === true && prefixEnd > 0));
  const testTimeout = held.text.startsWith(TEST_TIMEOUT, held.at);
  // PowerShell's error record under a native command's first stderr line is passed over whole.
  const record = isNativeCommandName(held.text.slice(0, held.at)) ? errorRecordLength(held.between.map(({ text }) => text)) : 0;
  // A line read between may carry the prefix too: a time alone on a line (`05:51:30   `, a blank line
  // behind a clock) is passed over before any prefix is known, as a log viewer's time is.
  return held.between.length - record <= MAX_LINES_BEFORE_DUMP && held.between.slice(record).every(({ text }) => {
    // A blank line of a log that puts its fields after each line (lineSuffix.ts) carries them alone.
    const line = suffix === null ? text : text.slice(0, endBeforeSuffix(suffix, text, 0, text.length));
    return standsBeforeDumpFrom(line, behindPrefix ? skipLinePrefix(prefix, line, 0, line.length) : 0, testTimeout);
  });
}

/**
 * The held line's message with the tests a timeout names between it and the header (the lines
 * `heldCrashBeforeDump` accepted), as a timeout read at a line's start is named:
 * `panic: test timed out after 40m0s (running TestA, TestB)`.
 */
export function heldCrashMessageWithTests(held: HeldCrashLine, prefix: LinePrefix | null, suffix: LineSuffix | null = null): string {
  const message = heldCrashMessage(held, suffix);
  if (!held.text.startsWith(TEST_TIMEOUT, held.at)) return message;
  const tests: string[] = [];
  for (const { text } of held.between) {
    const test = RUNNING_TEST.exec(text.slice(skipLinePrefix(prefix, text, 0, text.length)).trim());
    if (test !== null) tests.push(test[1]);
  }
  return tests.length === 0 ? message : `${message} (running ${tests.join(', ')})`;
}

function afterBlanks(text: string, s: number): number {
  while (s < text.length && isBlank(text.charCodeAt(s))) s++;
  return s;
}
