// The prefix learner: which prefix the dump's lines carry (log timestamps, CRI, kubectl --prefix,
// quotes, grep -n), learnt from the text before a goroutine header or a crash header, and whether
// a header found behind a new prefix really starts a dump (the next line says so) or is a note
// quoting one.
import { callCutInArguments, isBlank, mayStartFunctionName, readDecimal, startsCreatedBy } from './lineParsers';
import { cutNameNamesPackage } from './goFunctions';
import { isInterleavedLogLine, isPrefixCutShort, linePrefixFrom, skipLinePrefix, TAI64N_PATTERN, type LinePrefix } from './linePrefix';
import { RECORD_HEADER } from './lineKinds';
import { CRASH_LINE_BEHIND_PREFIX } from './crashLines';
import { parsePrefixedHeadlessStart } from './prefixedHeadlessStart';
import { parseBareLocation } from './locationStack';
import { endBeforeSuffix, type LineSuffix } from './lineSuffix';
import { crashOpensEscapedDump } from './quotedCrashDump';
import { isWholeCallLine } from './callShapes';

/**
 * One piece of a log prefix before a crash header: an RFC 3339 or space-separated timestamp (CI
 * logs, zap, logrus, journalctl -o short-iso with its `host app[1]:`), CRI's `stdout F`, a Go log
 * timestamp, syslog's `Jan 21 06:05:27 host app[1]:` (after its `<14>`), kubectl's `[pod/…]`, docker
 * compose's `app-1  |`, a quote `>`, a box's border `│`; followed by white space.
 */
const LOG_PREFIX_PIECE = '(?:' + [
  String.raw`\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?(?: [\w.-]+ [\w./-]+(?:\[\d+\])?:)?`,
  String.raw`(?:stdout|stderr) [FP]`,
  // zap's console encoder (Istio, controller-runtime): `2022-03-29T02:19:06.819173Z\tinfo\t` with the
  // caller after the level (`controller.go:123\t`) when it has one; only before a tab, as zap writes them.
  String.raw`(?:debug|info|warn|error|dpanic|panic|fatal|DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)(?=\t)`,
  String.raw`[\w.-]+(?:\/[\w.-]+)*\.go:\d+(?=\t)`,
  // Gitea's logger: the caller as `file:line:func()`, its path cut to its last characters behind
  // `...` (`...les/context/panic.go:34:1()`), before the level (`[E]`).
  String.raw`(?:\.\.\.)?[\w.-]+(?:\/[\w.-]+)*\.go:\d+:[\w.*-]*\(\)`,
  // log15's console format (Grafana's log before 7.x): `DBUG[04-29|09:01:45]`, `INFO [02-07|15:15:54]`.
  String.raw`[A-Z]{4,5} ?\[\d\d-\d\d\|\d\d:\d\d:\d\d(?:\.\d+)?\]`,
  // git's sideband: a server-side hook's output as `git push` shows it.
  'remote:',
  // Android's logcat: `E/Go      ( 3609):` (brief), `E/Go:` (tag).
  String.raw`[VDIWEF]\/[\w.-]+ *(?:\( *\d+\))?:`,
  // klog: `E0319 19:23:32.578237       1 runtime.go:76]`, or without its severity letter, which a
  // selection that starts one character late leaves out (`0319 19:23:32.578237 …`); Prow's
  // build-log.txt writes the same time without the thread and file before every line of a job's
  // output (`I0217 23:48:13.310]`), klog's own lines among them.
  String.raw`[IWEF]?\d{4} \d\d:\d\d:\d\d\.\d+(?: +\d+ [\w.-]+:\d+)?\]`,
  // Go's time.Time.String(), as programs log it: `2024-08-28 21:57:29.145783819 +0000 UTC:` (with its monotonic `m=+1.2`).
  String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4} [A-Z]{2,5}(?: m=[+-]\d+\.\d+)?:?`,
  String.raw`\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)?`,
  // A compact time, its date and time of day run together: `220308.175025` (`%y%m%d.%H%M%S`), `20220308T175025Z`.
  String.raw`(?:\d\d)?\d{6}[.T_-]\d{6}(?:[.,]\d+)?Z?`,
  // syslog: `Aug  3 10:08:56 host app[12]:`, or the tag alone (`Aug  3 10:08:56 caddy:`); journalctl
  // writes the month in the locale's short form, a number and a sign in Chinese, Japanese and Korean (`4月 03`).
  // `journalctl -o short-precise` adds the microseconds (`Apr 15 12:02:08.676630 host podman[1708]:`).
  // The signs 月 and 월 as escapes the regex reads: the CLI's bundle is then ASCII, which V8 holds in half the memory.
  String.raw`(?:[A-Z][a-z]{2}|\d{1,2}[\u6708\uC6D4]) {1,2}\d{1,2} \d\d:\d\d:\d\d(?:\.\d+)?(?: (?:[\w.-]+ )?[\w./-]+(?:\[\d+\])?:)?`,
  TAI64N_PATTERN,
  // Kibana's Discover table in its default date format (`MMMM Do YYYY, HH:mm:ss.SSS`): `August 3rd 2017, 19:28:27.000`.
  String.raw`[A-Z][a-z]{2,8} \d{1,2}(?:st|nd|rd|th) \d{4}, \d\d:\d\d:\d\d(?:\.\d+)?`,
  // A journal's process tag alone, its time and host cut off by the copy (`minio[149306]:`).
  String.raw`[\w.-]+\[\d+\]:`,
  String.raw`\[[^\]]+\]`,
  String.raw`[\w.-]+ +\|`,
  '>+',
  // A box's left border, the dump copied out of a terminal UI (boxBorder.ts).
  '[│┃║|]',
].join('|') + String.raw`)\s+`;
/** grep's `-n` (`12:`) and several files' `file:12:` / `file-12-`, right before the text. */
const GREP_PREFIX = String.raw`(?:[\w./-]+[:-])?\d+[:-]`;
/**
 * What may stick to the crash line itself, or to the prefix before it: the terminal's echo of
 * Ctrl+\ (`^\SIGQUIT: quit`), the backtick of inline code, a quote mark.
 */
const STUCK_TO_CRASH = String.raw`(?:\^\\|[\x60'"]+)`;
/** Markdown's marks that open inline code, bold or italics, and quote marks, stuck to a line's start. */
const STUCK_BEFORE_PREFIX = /^[\x60'"*_]+/;
/**
 * A crash header behind a log prefix. It comes before any goroutine header, so the prefix cannot be
 * learnt from one; and any log line may say "panic: ", so only prefixes of these shapes are taken.
 */
const PREFIXED_CRASH_HEADER = new RegExp(
  // Bold's `**` too, but only before a log's prefix: right before a crash line it is read as its prefix (markdownEmphasis.ts).
  `^(${STUCK_TO_CRASH}?|\\*\\*(?=${LOG_PREFIX_PIECE}))((?:${GREP_PREFIX})?(?:<\\d{1,3}>)?(?:${LOG_PREFIX_PIECE})*${STUCK_TO_CRASH}?)` +
  `(?=${CRASH_LINE_BEHIND_PREFIX})`);

/** A log's prefix of the shapes above, at a line's start. */
const LOG_PREFIX = new RegExp(`^(?:${GREP_PREFIX})?(?:<\\d{1,3}>)?(?:${LOG_PREFIX_PIECE})*`);

/** The same without grep's line number, which a time's `2023-12-11T10:22:` also reads as. */
const LOG_PREFIX_WITHOUT_GREP = new RegExp(`^(?:<\\d{1,3}>)?(?:${LOG_PREFIX_PIECE})*`);

/** Where the text after a log's prefix of a known shape starts on the line (0 when it has none): the longer reading. */
export function logPrefixEnd(line: string): number {
  const head = line.slice(0, 200);
  return Math.max(LOG_PREFIX.exec(head)?.[0].length ?? 0, LOG_PREFIX_WITHOUT_GREP.exec(head)?.[0].length ?? 0);
}

/** A header found behind a prefix not seen before, until the next line says whether it starts a dump. */
export interface UnconfirmedHeader<Snapshot> {
  readonly line: number;
  /** The line's start, for the skipped-line warning when it is taken back. */
  readonly sample: string;
  /** The text before "goroutine" on the header line. */
  readonly prefixText: string;
  /** `goroutine profile: total N` rather than a goroutine's header. */
  readonly isProfile: boolean;
  /** What the scanner needs to take the header back. */
  readonly snapshot: Snapshot;
}

/**
 * A line that continues what a header started, right after it: a goroutine's call, `created by` or
 * "stack unavailable"; a debug=1 profile's record.
 */
function continuesDump(text: string, lineStart: number, lineEnd: number, profile: boolean): boolean {
  let s = lineStart;
  while (s < lineEnd && isBlank(text.charCodeAt(s))) s++;
  let end = lineEnd;
  while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
  if (profile) return RECORD_HEADER.test(text.slice(s, end));
  return isWholeCallLine(text, s, end) || startsCreatedBy(text, s) ||
    (text.startsWith('goroutine ', s) && text.endsWith('stack unavailable', end));
}

/**
 * The text's last line, unterminated, is a header's first call cut short: in its arguments, or in its
 * name once that names its package (`runtime/debug.S`, where a log record's stack field was cut).
 */
function callCutShort(text: string, lineStart: number, lineEnd: number): boolean {
  let s = lineStart;
  while (s < lineEnd && isBlank(text.charCodeAt(s))) s++;
  let end = lineEnd;
  while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
  if (callCutInArguments(text, s, end) > 0) return true;
  const line = text.slice(s, end);
  return mayStartFunctionName(line) && cutNameNamesPackage(line);
}

/** A line of a stack right under its crash line: a goroutine's header, a call, `created by`, a `file:line` alone. */
function isStackLine(text: string, s: number, end: number): boolean {
  return continuesDump(text, s, end, false) || text.startsWith('goroutine ', s) || parseBareLocation(text, s, end) !== null;
}

/** `goroutine N [` or `goroutine N gp=` at text[pos]: a header's start, told without parsing the header. */
function startsHeader(text: string, pos: number, end: number): boolean {
  if (!text.startsWith('goroutine ', pos)) return false;
  const id = readDecimal(text, pos + 10, end);
  return id !== null && (text.startsWith(' [', id[1]) || text.startsWith(' gp=', id[1]));
}

export class PrefixLearner<Snapshot> {
  /** The prefix every line of the dump carries, or null. */
  prefix: LinePrefix | null = null;
  /**
   * A prefix learnt from a stack's frame lines that their header lacks (`goroutine 92100 ` before
   * each frame under a bare `goroutine 92100 [running]:`), with the shorter one the header carried:
   * a header behind that one still starts a goroutine, though the longer prefix would eat its start.
   */
  private fromFrames: { prefix: LinePrefix; headerPrefix: LinePrefix | null } | null = null;
  /** The text before a crash header taken as the prefix, until a line after it that is not blank. */
  private crashPrefixText: string | null = null;
  private unconfirmed: (UnconfirmedHeader<Snapshot> & { previousPrefix: LinePrefix | null; previousSuffix: LineSuffix | null }) | null = null;
  /** What the dump's lines carry after their text (lineSuffix.ts), learnt from a header's line, or null. */
  suffix: LineSuffix | null = null;
  /** The suffix was taken from the lines of a crash, on this line, and no header has confirmed it yet; -1 once one has. */
  suffixTentativeSince = -1;
  /** The last line whose suffix was cut (`endBeforeSuffix`). */
  suffixCutOnLine = -1;
  /** The suffix before the last `tryPrefix`, which a header taken back restores. */
  private suffixBeforeTry: LineSuffix | null = null;
  /**
   * The words a header confirmed with a shorter prefix (or none) carried between that prefix and
   * `goroutine ` (a log's message over the stack it logged), until the scanner takes them; else null.
   */
  wordsBeforeHeader: { readonly line: number; readonly text: string } | null = null;

  /** A header behind a new prefix waits for the next line to confirm it. */
  get awaitingConfirmation(): boolean {
    return this.unconfirmed !== null;
  }

  /** A crash header's prefix whose shorter forms the next line with text may still carry (`skipShorterCrashPrefix`). */
  get crashPrefixOpen(): boolean {
    return this.crashPrefixText !== null;
  }

  /** Where the line's text starts after the prefix (`lineStart` when it lacks the prefix). */
  skip(text: string, lineStart: number, lineEnd: number): number {
    const s = skipLinePrefix(this.prefix, text, lineStart, lineEnd);
    const frames = this.fromFrames;
    if (frames !== null && frames.prefix === this.prefix) {
      // The header's line, and the blank line between goroutines, carry the header's prefix alone.
      const behindHeaderPrefix = skipLinePrefix(frames.headerPrefix, text, lineStart, lineEnd);
      if (s === lineStart || startsHeader(text, behindHeaderPrefix, lineEnd)) return behindHeaderPrefix;
    }
    return s;
  }

  /** The prefix learnt from a stack's frames (framePrefix.ts), under a header that carries `headerPrefix` or none. */
  learnFromFrames(prefix: LinePrefix, headerPrefix: LinePrefix | null): void {
    this.prefix = prefix;
    this.fromFrames = { prefix, headerPrefix };
  }

  /**
   * At a line's start, settles a header met behind a new prefix on the line before: a prefixed
   * dump's next line carries the same prefix; a note that quotes a header ("I think the culprit is
   * goroutine 12 [chan send]") does not. Returns the header to take back, or null.
   */
  settle(text: string, lineStart: number, lineEnd: number, lastLine: boolean): UnconfirmedHeader<Snapshot> | null {
    if (this.unconfirmed === null) return null;
    // A blank line says nothing (a double-spaced paste has one after every line): the next one decides.
    let s = lineStart;
    while (s < lineEnd && isBlank(text.charCodeAt(s))) s++;
    if (s === lineEnd) return null;
    if (this.skip(text, lineStart, lineEnd) !== lineStart) { this.unconfirmed = null; return null; }
    return this.confirmWithShorterPrefix(text, lineStart, lineEnd, lastLine) ? null : this.takeBack();
  }

  /** The line, which lacks the prefix, is another line of the dump's log written between two of its lines. */
  interleaved(text: string, lineStart: number): boolean {
    return isInterleavedLogLine(this.prefix, text, lineStart);
  }

  /** The (trimmed) line is the dump's prefix cut short: the text's last line, cut before its text. */
  cutShort(line: string): boolean {
    return this.prefix !== null && isPrefixCutShort(this.prefix, line);
  }

  /** At the end of the text: a header still unconfirmed is taken back. */
  takeBackUnconfirmed(): UnconfirmedHeader<Snapshot> | null {
    return this.unconfirmed === null ? null : this.takeBack();
  }

  /** Tries the text before a header as the prefix; returns the prefix it replaced, for `restore`. */
  tryPrefix(prefixText: string, closingBorder: string | null = null): LinePrefix | null {
    const previous = this.prefix;
    this.suffixBeforeTry = this.suffix;
    this.prefix = linePrefixFrom(prefixText, closingBorder);
    return previous;
  }

  /** Takes the text before a crash header as the prefix; the lines after it may carry only a part of it (`skipShorterCrashPrefix`). */
  tryCrashPrefix(prefixText: string, closingBorder: string | null): void {
    this.tryPrefix(prefixText, closingBorder);
    this.crashPrefixText = prefixText;
  }

  /**
   * At the first line after a crash header that is not blank, when the line lacks the prefix taken
   * from the header: a logger's record of the crash carries the log's prefix and the logger's own
   * (journald's `Apr 03 09:26:35 host kubelet[9519]: `, then klog's `E0403 09:26:35.512103 9519
   * runtime.go:69] `), the stack's lines under it the log's prefix alone. A shorter part of the
   * header's prefix, cut at a space, is taken when it leads to a line of a stack. Returns where the
   * line's text starts after the prefix (`afterPrefix`, where the known prefix left it, when no
   * shorter one is taken).
   */
  skipShorterCrashPrefix(text: string, lineStart: number, lineEnd: number, afterPrefix: number): number {
    const prefixText = this.crashPrefixText;
    if (prefixText === null) return afterPrefix;
    let s = lineStart;
    while (s < lineEnd && isBlank(text.charCodeAt(s))) s++;
    if (s === lineEnd) return afterPrefix;
    this.crashPrefixText = null;
    if (afterPrefix !== lineStart) return afterPrefix;
    let end = lineEnd;
    while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
    for (let cut = prefixText.trimEnd().lastIndexOf(' '); cut > 0; cut = prefixText.lastIndexOf(' ', cut - 1)) {
      const prefix = linePrefixFrom(prefixText.slice(0, cut + 1));
      const after = skipLinePrefix(prefix, text, lineStart, lineEnd);
      if (prefix === null || after === lineStart) continue;
      let t = after;
      while (t < end && isBlank(text.charCodeAt(t))) t++;
      if (t < end && isStackLine(text, t, end)) {
        this.prefix = prefix;
        return after;
      }
    }
    return afterPrefix;
  }

  restore(previous: LinePrefix | null): void {
    this.prefix = previous;
    this.suffix = this.suffixBeforeTry;
  }

  /** The end of the line text[lineStart, lineEnd) before the suffix its dump's lines carry (untrimmed when there is none). */
  endBeforeSuffix(text: string, lineStart: number, lineEnd: number, lineNo: number): number {
    if (this.suffix === null) return lineEnd;
    const end = endBeforeSuffix(this.suffix, text, lineStart, lineEnd);
    let trimmed = lineEnd;
    while (trimmed > lineStart && isBlank(text.charCodeAt(trimmed - 1))) trimmed--;
    if (end < trimmed) this.suffixCutOnLine = lineNo;
    return end;
  }

  /** A header was read behind the prefix set by `tryPrefix`: the next line must confirm it. */
  awaitConfirmation(header: UnconfirmedHeader<Snapshot>, previousPrefix: LinePrefix | null): void {
    if (this.prefix !== null) this.unconfirmed = { ...header, previousPrefix, previousSuffix: this.suffixBeforeTry };
  }

  /**
   * The log prefix before a crash header on this line: where it starts (after what stuck to the
   * line's start, the backtick that opened inline code, which the lines under it lack) and where it
   * ends; null when there is none (or a prefix is known).
   */
  crashHeaderPrefix(text: string, lineStart: number, end: number): { start: number; end: number } | null {
    if (this.prefix !== null) return null;
    const crash = PREFIXED_CRASH_HEADER.exec(text.slice(lineStart, Math.min(end, lineStart + 200)));
    if (crash === null || crash[1].length + crash[2].length === 0) return null;
    const crashStart = lineStart + crash[1].length + crash[2].length;
    if (crashOpensEscapedDump(text, lineStart, crashStart, end)) return null;
    return { start: lineStart + crash[1].length, end: crashStart };
  }

  /**
   * The line after a header behind a new prefix lacks that prefix. A logged stack
   * (`log.Printf("timed out, stack: %s", debug.Stack())`) carries the log's prefix on every line
   * and the message on the header line only: a shorter part of the header's prefix (cut at a
   * space), the previous prefix or none may lead to the stack's first line. Else the header was
   * text quoting one, not a dump.
   */
  private confirmWithShorterPrefix(text: string, lineStart: number, lineEnd: number, lastLine: boolean): boolean {
    const header = this.unconfirmed!;
    // What stuck to the line's start before the log's prefix (the backtick or `**` a paste opened
    // inline code or bold with, on the first line only) is no part of it: the prefix without it,
    // carried by the next line, confirms the header as the whole prefix would.
    const stuck = STUCK_BEFORE_PREFIX.exec(header.prefixText)?.[0].length ?? 0;
    const unstuck = stuck > 0 ? linePrefixFrom(header.prefixText.slice(stuck)) : null;
    if (unstuck !== null && skipLinePrefix(unstuck, text, lineStart, lineEnd) !== lineStart) {
      this.prefix = unstuck;
      this.unconfirmed = null;
      return true;
    }
    const candidates: (LinePrefix | null)[] = [];
    for (let cut = header.prefixText.trimEnd().lastIndexOf(' '); cut > 0; cut = header.prefixText.lastIndexOf(' ', cut - 1)) {
      candidates.push(linePrefixFrom(header.prefixText.slice(0, cut + 1)));
    }
    candidates.push(header.previousPrefix, null);
    for (const prefix of candidates) {
      const s = skipLinePrefix(prefix, text, lineStart, lineEnd);
      // The text's last line, cut in the first call (a record cut inside its stack field), confirms it as far as it goes.
      if ((prefix === null || s !== lineStart) && (continuesDump(text, s, lineEnd, header.isProfile) || (lastLine && !header.isProfile && callCutShort(text, s, lineEnd)))) {
        this.prefix = prefix;
        this.unconfirmed = null;
        if (!header.isProfile) this.wordsBeforeHeader = { line: header.line, text: header.prefixText.slice(skipLinePrefix(prefix, header.prefixText, 0, header.prefixText.length)) };
        return true;
      }
    }
    // The frames may carry a prefix of their own (framePrefix.ts): a call behind other text keeps the
    // header for the line after it to decide, as under a header read without a prefix.
    if (!header.isProfile) {
      for (const prefix of [header.previousPrefix, null]) {
        const s = skipLinePrefix(prefix, text, lineStart, lineEnd);
        let end = lineEnd;
        while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
        if ((prefix === null || s !== lineStart) && parsePrefixedHeadlessStart(text, s, end, 0) !== null) {
          this.prefix = prefix;
          this.unconfirmed = null;
          return true;
        }
      }
    }
    return false;
  }

  private takeBack(): UnconfirmedHeader<Snapshot> {
    const header = this.unconfirmed!;
    this.unconfirmed = null;
    this.prefix = header.previousPrefix;
    this.suffix = header.previousSuffix;
    return header;
  }
}
