// The lines of a panic's value that holds line breaks: Go prints the value as it is (`panic: an
// error occurred:` then `\tfirst cause: …`; Ginkgo's `panic: ` then a paragraph of advice with blank
// lines in it), then a blank line and the goroutine that panicked. Those lines are of no known shape,
// so they are skipped as they come, and kept: when what Go prints after a panic's value follows them
// (the goroutine header, `[signal …`, ` [recovered]`, the next panic of a chain), they were the
// value's, and join the crash message; when anything else comes first, they stay skipped.
import type { CrashHeaders } from './dumpBoundaries';
import type { WarningLog } from './warningLog';
import { PANIC_RECOVERED, UNCAUGHT_PANIC } from './crashLines';
import { detachString } from './textChunks';
import { indentedBehindPrefix, skipLinePrefix, type LinePrefix } from './linePrefix';
import { endBeforeSuffix, type LineSuffix } from './lineSuffix';
import { isBlank } from './lineParsers';

/** A value's lines kept at most: past these, what follows the panic line is taken for other text. */
export const MAX_PANIC_MESSAGE_LINES = 50;
export const MAX_PANIC_MESSAGE_CHARS = 8192;

/**
 * The crash lines whose value may go on over the next lines: a panic's, and Kubernetes' HandleCrash
 * logging one it recovered (`Observed a panic: %#v (%v)`, a struct's Go syntax that a terminal wraps),
 * gin's and Vitess' recovery, whose value starts on the next line.
 */
const MAY_GO_ON = ['panic: ', 'Observed a panic: ', PANIC_RECOVERED, UNCAUGHT_PANIC];

interface OpenMessage {
  /** The lines after the crash line, blank ones too. */
  readonly lines: string[];
  chars: number;
  /** The first skipped line among them, and the skipped line before it (for the warning's take-back). */
  firstSkipped: number;
  skippedBefore: number;
  skipped: number;
}

/** Firefox's console shows a line it logged empty as `<empty string>`: there, the blank line Go prints under a panic's value. */
const CONSOLE_EMPTY_LINE = '<empty string>';

const endsValue = (line: string): boolean => {
  const trimmed = line.trim();
  return trimmed === '' || trimmed === CONSOLE_EMPTY_LINE;
};

/** An HTTP request's first line (`GET /api/x HTTP/1.1`), as `httputil.DumpRequest` prints it. */
const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/\d(?:\.\d)?$/;

/**
 * Where the value starts under gin's recovery line: gin in debug mode (and before 1.4 always) logs
 * the request first, its headers up to a blank line; the value is what follows, not the request.
 */
function afterLoggedRequest(lines: readonly string[], end: number): number {
  if (end === 0 || !REQUEST_LINE.test(lines[0].trim())) return 0;
  const blank = lines.findIndex(line => line.trim() === '');
  if (blank < 0 || blank >= end) return 0;
  let start = blank;
  while (start < end && lines[start].trim() === '') start++;
  return start;
}

export class PanicMessageLines {
  private open: OpenMessage | null = null;

  constructor(private readonly log: WarningLog, private readonly crashes: CrashHeaders) {}

  /** Whether lines are being kept: the scanner then reads every line on its own (no run skipped at once). */
  get isOpen(): boolean {
    return this.open !== null;
  }

  /**
   * After each line while open or right after a crash line: a `panic: ` line just read opens it; a
   * skipped or blank line is kept; any other line closes it, its lines left skipped.
   */
  afterLine(lineNo: number, skippedOutside: boolean, blank: boolean, text: () => string): void {
    const crash = this.crashes.last();
    if (crash !== undefined && this.crashes.chainsTo(lineNo) && !blank && !skippedOutside) {
      this.open = MAY_GO_ON.some(start => crash.message.startsWith(start)) ? { lines: [], chars: 0, firstSkipped: -1, skippedBefore: -1, skipped: 0 } : null;
      return;
    }
    const open = this.open;
    if (open === null) return;
    if (!skippedOutside && !blank) { this.open = null; return; }
    const line = blank ? '' : detachString(text());
    open.chars += line.length + 1;
    if (open.lines.length === MAX_PANIC_MESSAGE_LINES || open.chars > MAX_PANIC_MESSAGE_CHARS) { this.open = null; return; }
    open.lines.push(line);
    if (skippedOutside) {
      if (open.skipped === 0) { open.firstSkipped = lineNo; open.skippedBefore = this.log.skippedBeforeLast; }
      open.skipped++;
    }
  }

  /** A line Go never prints after a panic's value (a call line without its goroutine header): the lines kept stay skipped. */
  discard(): void {
    this.open = null;
  }

  /**
   * A line that Go prints after a panic's value, on `lineNo`: the lines kept since the panic line
   * were its value's; they join the crash message, and the chain of crash lines goes on to it.
   */
  confirm(lineNo: number): void {
    const open = this.open;
    this.open = null;
    if (open === null || open.skipped === 0) return;
    const lines = open.lines;
    let end = lines.length;
    while (end > 0 && endsValue(lines[end - 1])) end--;
    const start = this.crashes.last()?.message === PANIC_RECOVERED ? afterLoggedRequest(lines, end) : 0;
    if (end > 0) this.crashes.extendLast(`\n${lines.slice(start, end).join('\n')}`, lineNo - 1);
    this.log.takeBackSkippedRun(open.firstSkipped, open.skipped, open.skippedBefore);
  }
}

/**
 * A line of a panic's value as Go printed it: without the prefix and suffix the log put around
 * every line (the value's own indent kept), its end trimmed.
 */
export function panicValueLineText(prefix: LinePrefix | null, suffix: LineSuffix | null, line: string): string {
  let start = 0;
  if (prefix !== null) {
    const after = skipLinePrefix(prefix, line, 0, line.length);
    start = after;
    if (after > 0 && indentedBehindPrefix(prefix, line, 0, after)) {
      // The prefix's pattern takes the line's own white space too: what the prefix did not end with is the value's.
      let own = 0;
      for (let i = prefix.sample.length - 1; i >= 0 && isBlank(prefix.sample.charCodeAt(i)); i--) own++;
      while (start > 0 && isBlank(line.charCodeAt(start - 1))) start--;
      start += own;
    }
  }
  const end = suffix === null ? line.length : endBeforeSuffix(suffix, line, start, line.length);
  return line.slice(start, end).trimEnd();
}
