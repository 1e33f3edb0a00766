// The scanner's bookkeeping for a crash line behind text of no known shape (crashBeforeDump.ts says
// what such a line is and when the dump after it confirms it): the skipped line that holds one is
// held, the lines after it are kept for the goroutine header to judge, and the crash line is taken
// at the header, or taken back with a header that is itself taken back. On the byte path junk runs
// are not looked at line by line: they wait (`pendingJunk`) until the line after them may confirm a
// crash line in them; a run under a held line is followed only until that line is let go.
import { decodeLineEscapingBytes } from '../byteEscapes';
import type { WarningLog } from './warningLog';
import type { CrashHeaders } from './dumpBoundaries';
import { skipLinePrefix, type LinePrefix } from './linePrefix';
import type { LineSuffix } from './lineSuffix';
import { holdsCrashWordBeforeColon } from './prefixedStarts';
import { crashLineAfterText, heldChain, heldCrashBeforeDump, heldCrashMessage, heldCrashMessageWithTests, insideHeldErrorRecord, MAX_LINES_BEFORE_DUMP, MAX_LINES_LOOKED_BACK, maxLinesAfterHeld, type HeldCrashLine } from './crashBeforeDump';
import { detachString } from './textChunks';
import { mayHoldRecoveryLine, recoveryLineStart, recoveryMessage } from './recoveryLine';
import { endsErrorRecord, mayOpenErrorRecord } from './nativeCommandError';
import { isProseValue, mayHoldRuntimeErrorValue, proseValueCrash, runtimeErrorValueStart, valueAloneCrash } from './runtimeErrorValue';
import { isPasteMarkupLine } from './pasteMarkup';

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Junk lines skipped outside any stack on the byte path (bytes[from, to), `lines` of them, the last
 * on `lastLine`, `skippedBefore` the skipped line before the first).
 */
interface PendingJunk {
  bytes: Uint8Array;
  from: number;
  to: number;
  lines: number;
  lastLine: number;
  skippedBefore: number;
}

export class HeldCrashLines {
  /** A crash line after other text on a skipped line, until the next goroutine header says whether it is the dump's. */
  held: HeldCrashLine | null = null;
  /**
   * Junk not yet looked at for a crash line to hold: junk is mostly short runs, and looking at each
   * run's last lines cost a tenth of the time on junk. It is looked at when the line after it may
   * confirm one (a header, a blank line, what Go prints between, a skipped line that may carry a
   * prefix), or before the bytes go.
   */
  pendingJunk: PendingJunk | null = null;
  /** The held crash line last taken as a dump's, with its header's line: a header taken back takes it back too. */
  private takenForHeader: { readonly headerLine: number; readonly held: HeldCrashLine } | null = null;
  /** A recovery line taken as the crash line of the goroutine whose header is on `headerLine`, until its stack confirms it. */
  private recoveryForHeader: { readonly headerLine: number; readonly held: HeldCrashLine } | null = null;
  private readonly keptUndecoded = new KeptLines();

  constructor(private readonly log: WarningLog, private readonly crashes: CrashHeaders) {}

  /**
   * After a line read on the byte path, bytes[pos, lineEnd) at `lineNo` (`line` when it was
   * decoded; `nextLine` where the next starts): what `afterLine` is on the text path. `junk`: the
   * line was skipped on its bytes; `blank`: it was blank; `skippedOutside`: skipped outside any stack.
   */
  afterBytesLine(bytes: Uint8Array, pos: number, lineEnd: number, nextLine: number, lineNo: number, junk: boolean, blank: boolean, skippedOutside: boolean, line: string | null): void {
    if (junk && skippedOutside && this.held === null) {
      this.deferJunk(bytes, pos, nextLine, 1, lineNo, this.log.skippedBeforeLast);
      return;
    }
    if (this.pendingJunk !== null) {
      // A decoded line (a fence, a note) may be a held recovery line's value, as on the text path, where
      // every line after a held one is kept for the stack under them to judge; a plain stack line is none.
      if (skippedOutside || blank || line !== null) this.lookAtPendingJunk();
      else this.pendingJunk = null;
    }
    const mayStart = skippedOutside && mayStartHeld(bytes, pos, lineEnd);
    if (this.held !== null || mayStart) this.afterLine(line ?? this.decode(bytes, pos, lineEnd), skippedOutside, lineNo, this.log.skippedBeforeLast, mayStart);
  }

  /** Junk lines just skipped outside any stack, bytes[from, to), the last at `lastLine`: joined to those pending right before them. */
  deferJunk(bytes: Uint8Array, from: number, to: number, lines: number, lastLine: number, skippedBefore: number): void {
    const pending = this.pendingJunk;
    if (pending !== null) {
      pending.to = to;
      pending.lines += lines;
      pending.lastLine = lastLine;
    } else this.pendingJunk = { bytes, from, to, lines, lastLine, skippedBefore };
  }

  /**
   * The pending junk's last lines, followed as the text path follows each skipped line: a crash
   * line held on an earlier one is let go before the junk ends, as more lines than it may have under it follow it.
   */
  lookAtPendingJunk(): void {
    const { bytes, from, to, lines, lastLine, skippedBefore } = this.pendingJunk!;
    this.pendingJunk = null;
    // The lines' [start, end), from the last one back; the last may lack its newline (the text's end).
    const ranges: number[] = [];
    let lineEnd = to > from && bytes[to - 1] === NEWLINE ? to - 1 : to;
    const addLines = (count: number): void => {
      while (ranges.length < 2 * count) {
        const newline = lineEnd > from ? bytes.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
        const start = newline < from ? from : newline + 1;
        ranges.push(start, lineEnd > start && bytes[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd);
        lineEnd = start - 1;
      }
    };
    let count = Math.min(lines, MAX_LINES_BEFORE_DUMP + 1);
    addLines(count);
    // Further back only a recovery line with its value, or a crash line over PowerShell's error record, may be held:
    // those lines are looked at only when the run holds a panic word there or ends with the record.
    if (lines > count) {
      const deeper = Math.min(lines, MAX_LINES_LOOKED_BACK);
      const shallowStart = ranges[2 * count - 2];
      addLines(deeper);
      if (endsErrorRecord(bytes, ranges[0], ranges[1]) || holdsPanicWord(bytes, ranges[2 * deeper - 2], shallowStart)) count = deeper;
    }
    // Lines kept under a held recovery line: nothing reads their text while this junk is followed, and
    // most such lines are let go with it (junk holds one nearly always), so each is decoded only when
    // the held line outlives the junk.
    const kept = this.keptUndecoded;
    kept.start();
    for (let k = count - 1; k >= 0; k--) {
      const lineNo = lastLine - k;
      this.followSkippedLine(bytes, ranges[2 * k], ranges[2 * k + 1], lineNo, k === lines - 1 ? skippedBefore : lineNo - 1, kept);
    }
    kept.decodeFor(this.held, this.decodeRange);
  }

  /**
   * A junk run just skipped outside any stack while a crash line is held (bytes[from, to), `lines`
   * of them, the first on `firstLine`): its lines are followed as the general loop follows each
   * skipped line, one by one while the line stays held; once it is let go, the rest waits as junk
   * does (`deferJunk`). Lines kept under a held recovery line are decoded only if it outlives them.
   */
  followHeldThrough(bytes: Uint8Array, from: number, to: number, lines: number, firstLine: number): void {
    if (this.pendingJunk !== null) this.lookAtPendingJunk();
    const kept = this.keptUndecoded;
    kept.start();
    let start = from;
    let k = 0;
    for (; k < lines && this.held !== null; k++) {
      const newline = bytes.indexOf(NEWLINE, start);
      const next = newline < 0 || newline >= to ? to : newline + 1;
      const lineEnd = next > start && bytes[next - 1] === NEWLINE ? next - 1 : next;
      const end = lineEnd > start && bytes[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
      // Each line of the run was skipped, as was the line before it.
      this.followSkippedLine(bytes, start, end, firstLine + k, firstLine + k - 1, kept);
      start = next;
    }
    kept.decodeFor(this.held, this.decodeRange);
    if (k < lines) this.deferJunk(bytes, start, to, lines - k, firstLine + lines - 1, firstLine + k - 1);
  }

  /**
   * A junk line bytes[start, end) skipped outside any stack on `lineNo`, as afterLine follows it: a
   * line that holds nothing to hold and no paste markup, under a held recovery line, is kept
   * undecoded (`kept`) until the held line is known to outlive the run.
   */
  private followSkippedLine(bytes: Uint8Array, start: number, end: number, lineNo: number, skippedBefore: number, kept: KeptLines): void {
    const mayStart = mayStartHeld(bytes, start, end);
    const held = this.held;
    if (!mayStart && held !== null && held.recovery && !mayHoldMarkup(bytes, start, end)) {
      // afterLine's steps for a line that holds nothing to hold and no paste markup.
      if (held.between.length >= maxLinesAfterHeld(held)) { this.held = null; return; }
      kept.keep(held, bytes, start, end);
      held.between.push(NOT_YET_DECODED);
      held.skippedBetween++;
      return;
    }
    if (held !== null || mayStart) this.afterLine(this.decode(bytes, start, end), true, lineNo, skippedBefore, mayStart);
  }

  /**
   * After each line read, `line` whole: a line skipped outside any stack that holds a crash line
   * after other text is held; the lines after a held one are kept for the goroutine header to
   * judge, up to `maxLinesAfterHeld` of them. `skippedBefore`: the skipped line before this one.
   * `mayStart`: false when the line's bytes told it holds no line to hold (`mayStartHeld`), so a line
   * kept under a held one (junk holds one nearly always) is not matched for crash words as text.
   */
  afterLine(line: string, skippedOutside: boolean, lineNo: number, skippedBefore: number, mayStart = true): void {
    if (skippedOutside && mayStart && (this.held === null || !insideHeldErrorRecord(this.held))) {
      // A runtime error's value alone is held as a crash line behind text is, a header to confirm it;
      // under a held recovery line (`caught panic:`) it is that line's value.
      const crashAt = crashLineAfterText(line);
      let valueAt = crashAt < 0 ? runtimeErrorValueStart(line) : -1;
      if (valueAt >= 0) {
        // A value alone, or any on the line right under a held recovery line (behind a prefix of no known shape,
        // stern's `pod container `), is that line's value; a sentence ending in one further down is held in its
        // place, as a later crash line is. A server's recovery words before the value (`… panic running request …:
        // runtime error: …`) say more than a sentence does.
        const recoveryHeld = this.held?.recovery === true;
        const prose = isProseValue(line, valueAt);
        if (prose ? recoveryLineStart(line) >= 0 || (recoveryHeld && this.held!.between.length === 0) : recoveryHeld) valueAt = -1;
      }
      const at = crashAt >= 0 ? crashAt : valueAt;
      // A recovery line under a held crash line is none of what Go prints between a crash line and its dump, so that line
      // can no longer be a dump's: the recovery line is held in its place (as a later crash line would be).
      const recoveryAt = at < 0 ? recoveryLineStart(line) : -1;
      if (at >= 0 || recoveryAt >= 0) {
        const previous = this.held;
        const above = crashAt >= 0 && previous !== null && previous.line === lineNo - 1 && !previous.recovery ? previous : null;
        this.held = {
          line: lineNo, text: detachString(line), at: at >= 0 ? at : recoveryAt, skippedBefore, between: [], skippedBetween: 0, recovery: at < 0,
          ...(valueAt >= 0 ? { valueAlone: true as const } : {}), ...(above !== null ? { above } : {}),
        };
        return;
      }
    }
    const held = this.held;
    if (held === null || held.line === lineNo) return;
    // Recovery words over a paste's markup were the paster's sentence over the output (pasteMarkup.ts).
    if (held.between.length >= maxLinesAfterHeld(held) || (held.recovery && isPasteMarkupLine(line))) { this.held = null; return; }
    held.between.push({ text: line, skipped: skippedOutside });
    if (skippedOutside) held.skippedBetween++;
  }

  /** The line `lineNo`, kept under the held crash line as read, was skipped after all (a stack's start that proved none). */
  skippedAfterAll(lineNo: number): void {
    const held = this.held;
    if (held === null) return;
    const at = lineNo - held.line - 1;
    const entry = held.between[at];
    if (entry === undefined || entry.skipped) return;
    held.between[at] = { text: entry.text, skipped: true };
    held.skippedBetween++;
  }

  /**
   * At a goroutine header on `headerLine` (behind `prefix`, or null): a crash line held right
   * before it is the dump's crash line, at its own line, when what stands between is what Go prints
   * there.
   */
  atHeader(headerLine: number, prefix: LinePrefix | null, suffix: LineSuffix | null = null, running = false): void {
    if (this.pendingJunk !== null) {
      // Junk before a header is mostly let go unread: only a line the header may take can matter here.
      if (holdsNothingForHeader(this.pendingJunk, headerLine, running)) this.pendingJunk = null;
      else this.lookAtPendingJunk();
    }
    const held = this.held;
    if (held === null) return;
    this.held = null;
    if (held.recovery) {
      if (running) this.recoveryAtHeader(held, headerLine, prefix);
      return;
    }
    if (headerLine - held.line - 1 !== held.between.length || !heldCrashBeforeDump(held, prefix, suffix)) return;
    // A `[signal …]` line between, the crash until now, only said which fault this line's crash was.
    const signal = this.crashes.last();
    const signalLine = signal !== undefined && signal.line > held.line ? signal.line : null;
    if (signalLine !== null) this.crashes.takeBackLast(signalLine);
    // The crash lines above it join it as consecutive crash lines do.
    const chain = heldChain(held);
    for (const above of chain.slice(0, -1)) this.crashes.add(heldCrashMessage(above, suffix), above.line);
    const message = heldCrashMessageWithTests(held, prefix, suffix);
    if (held.valueAlone === true && signalLine === null && isProseValue(held.text, held.at)) {
      const crash = proseValueCrash(message, false);
      this.crashes.add(crash.message, held.line, false, crash.recovered);
      this.proseValueForHeader = { headerLine, line: held.line, message };
    } else if (held.valueAlone === true) {
      const crash = valueAloneCrash(message, held.line, signalLine);
      this.crashes.add(crash.message, held.line, false, crash.recovered);
    } else this.crashes.add(message, held.line);
    this.log.takeBackSkippedRun(chain[0].line, chain.length + held.skippedBetween, chain[0].skippedBefore);
    this.takenForHeader = { headerLine, held };
  }

  /**
   * At the first of a stack's `file:line (0x…)` lines on `stackLine`, under no crash line: a line held
   * right above it, the lines between all skipped (a panic's value), is the crash line of the
   * panic recovered there (recoveryLine.ts): kept with the server's words and the value's lines.
   * Returns whether it was.
   */
  atLocationStack(stackLine: number, sharedPrefix = 0): boolean {
    if (this.pendingJunk !== null) this.lookAtPendingJunk();
    const held = this.held;
    if (held === null) return false;
    this.held = null;
    if (stackLine - held.line - 1 !== held.between.length) return false;
    // Behind a prefix every line shares (`sharedPrefix` characters of the held line), the words start after it.
    const shared = held.text.slice(0, sharedPrefix);
    const start = sharedPrefix > 0 ? afterShared(sharedPrefix, recoveryLineStart(held.text.slice(sharedPrefix)))
      : held.recovery ? held.at : recoveryLineStart(held.text);
    if (start < 0) return false;
    const values = held.between.map(({ text }) => (sharedPrefix > 0 && text.startsWith(shared) ? text.slice(sharedPrefix) : text));
    this.crashes.add(recoveryMessage(held.text, start, values), held.line);
    // The value's lines are skipped by now, each but the blank ones (a line held to see what follows it is skipped when the stack does).
    this.log.takeBackSkippedRun(held.line, 1 + held.between.filter(({ text }) => text.trim() !== '').length, held.skippedBefore);
    return true;
  }

  /**
   * A server's own words held right above a running goroutine's header (the value's lines and blank
   * lines between, no other text): the crash line of the panic it recovered and printed that
   * goroutine's stack for (chi's `Panic: <value>` over debug.PrintStack, a CLI's report field
   * `Panic:   <value>`), taken until the goroutine's stack says otherwise (`recoveryConfirmed`).
   */
  private recoveryAtHeader(held: HeldCrashLine, headerLine: number, prefix: LinePrefix | null): void {
    // Over a header, where any text may stand, the value's lines are few (a stack of `file:line (0x…)` lines takes more).
    if (headerLine - held.line - 1 !== held.between.length || held.between.length > MAX_LINES_BEFORE_DUMP) return;
    if (held.between.some(({ skipped, text }) => !skipped && text.trim() !== '')) return;
    // The prefix the header taught is on these lines too (one of no known shape, `relay-7d9f relay `, as well).
    const start = Math.max(held.at, skipLinePrefix(prefix, held.text, 0, held.text.length));
    const values = held.between.map(({ text }) => text.slice(skipLinePrefix(prefix, text, 0, text.length)));
    // Under words that carry their value, a last line ending in its colon (rook's `Stack trace:`) labels the stack under it.
    if (values.length > 0 && values[values.length - 1].trimEnd().endsWith(':') && !held.text.trimEnd().endsWith(':')) values.pop();
    const message = recoveryMessage(held.text, start, values);
    // Words that end in the colon with no value after them (`I got this panic:`) introduce a paste rather than report a value.
    if (message.trimEnd().endsWith(':')) return;
    this.crashes.add(message, held.line, false, true);
    this.log.takeBackSkippedRun(held.line, 1 + held.skippedBetween, held.skippedBefore);
    this.recoveryForHeader = { headerLine, held };
  }

  /**
   * The goroutine whose header is on `recoveryHeaderLine` ended: a recovery line taken at its header stays its
   * crash line when its stack shows a panic recovered (`panicked`: a call to `panic` under the deferred
   * function that printed the stack, or the paste cut the stack before it could show); else it was other text, skipped again.
   */
  recoveryConfirmed(panicked: boolean): void {
    const taken = this.recoveryForHeader;
    if (taken === null) return;
    this.recoveryForHeader = null;
    if (panicked) return;
    const { line, between, skippedBetween, text } = taken.held;
    this.crashes.takeBackLast(line);
    let last = between.length;
    while (last > 0 && between[last - 1].text.trim() === '') last--;
    this.log.skippedAgain(line, line + last, 1 + skippedBetween, text.trim().slice(0, 60));
  }

  /** A paster's sentence ending in a runtime error's value, taken at the header on `headerLine` as the process's panic. */
  private proseValueForHeader: { headerLine: number; line: number; message: string } | null = null;

  /** The header line of the goroutine a sentence's runtime error value was taken for, -1 when none awaits its stack. */
  get proseValueHeaderLine(): number {
    return this.proseValueForHeader?.headerLine ?? -1;
  }

  /**
   * The goroutine a sentence's runtime error value was taken for ended: a stack that shows the panic
   * recovered (`panicked`: a call to `panic` under the frame that printed the stack) makes the crash a
   * recovered panic's value, as a value alone over such a stack is.
   */
  proseValueConfirmed(panicked: boolean): void {
    const taken = this.proseValueForHeader;
    if (taken === null) return;
    this.proseValueForHeader = null;
    if (!panicked) return;
    const crash = proseValueCrash(taken.message, true);
    this.crashes.takeBackLast(taken.line);
    this.crashes.add(crash.message, taken.line, false, crash.recovered);
  }

  /** The header line of the goroutine a recovery line was taken for (`recoveryAtHeader`), -1 when none awaits its stack. */
  get recoveryHeaderLine(): number {
    return this.recoveryForHeader?.headerLine ?? -1;
  }

  /** The held line's text (the junk not yet looked at, looked at first), or null. */
  heldText(): string | null {
    if (this.pendingJunk !== null) this.lookAtPendingJunk();
    return this.held?.text ?? null;
  }

  /** The header on `headerLine` was taken back: the crash line (or recovery line) taken for it was no dump's either, and is skipped again. */
  takeBackWithHeader(headerLine: number): void {
    if (this.recoveryForHeader?.headerLine === headerLine) this.recoveryConfirmed(false);
    const taken = this.takenForHeader;
    if (taken === null || taken.headerLine !== headerLine) return;
    this.takenForHeader = null;
    const chain = heldChain(taken.held);
    this.crashes.takeBackLast(chain[0].line);
    for (const held of chain) this.log.skipped(held.line, held.text.trim().slice(0, 60));
    if (taken.held.skippedBetween > 0) this.log.skippedMore(taken.held.line + taken.held.between.length, taken.held.skippedBetween);
  }

  private decode(bytes: Uint8Array, start: number, end: number): string {
    return decodeLineEscapingBytes(bytes.subarray(start, end));
  }

  private readonly decodeRange = (bytes: Uint8Array, start: number, end: number): string => this.decode(bytes, start, end);
}

/**
 * On the bytes: whether the line may hold a crash line after text, a runtime error's value or a
 * recovery line (each test true on every line its text reading finds one on).
 */
function mayStartHeld(bytes: Uint8Array, start: number, end: number): boolean {
  return holdsCrashWordBeforeColon(bytes, start, end) || mayHoldRecoveryLine(bytes, start, end) || mayHoldRuntimeErrorValue(bytes, start, end);
}

/**
 * Whether the pending junk right before the header on `headerLine` holds no line the header may
 * take, so that looking at it (`lookAtPendingJunk`) would change nothing the header reads: the header
 * takes a held line only with every line since it right before the header (a recovery line only over
 * a running goroutine, with at most MAX_LINES_BEFORE_DUMP lines under it; a crash line or a runtime
 * error's value with as many, or more over PowerShell's error record, whose first line starts `At `),
 * and a line is held only when its bytes may hold one (`mayStartHeld`; a crash line or a value:
 * `holdsCrashWordBeforeColon`, `mayHoldRuntimeErrorValue`).
 */
function holdsNothingForHeader(pending: PendingJunk, headerLine: number, running: boolean): boolean {
  if (pending.lastLine !== headerLine - 1) return true;
  const { bytes, from } = pending;
  const looked = Math.min(pending.lines, MAX_LINES_LOOKED_BACK);
  let lineEnd = pending.to > from && bytes[pending.to - 1] === NEWLINE ? pending.to - 1 : pending.to;
  for (let k = 0; k < looked; k++) {
    const newline = lineEnd > from ? bytes.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    const start = newline < from ? from : newline + 1;
    if (mayOpenErrorRecord(bytes, start, lineEnd)) return false;
    if (k <= MAX_LINES_BEFORE_DUMP) {
      const end = lineEnd > start && bytes[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
      if (running ? mayStartHeld(bytes, start, end) : holdsCrashWordBeforeColon(bytes, start, end) || mayHoldRuntimeErrorValue(bytes, start, end)) return false;
    }
    lineEnd = start - 1;
  }
  return true;
}

/** A line kept under a held one whose text is decoded only if the held line outlives the junk it is in (lookAtPendingJunk). */
const NOT_YET_DECODED = { text: '', skipped: true } as const;

/** Lines kept undecoded under one held line while junk is followed: where each stands in its `between`, and its bytes. */
class KeptLines {
  private held: HeldCrashLine | null = null;
  private bytes: Uint8Array | null = null;
  /** Index in `between`, start and end of each. */
  private readonly ranges: number[] = [];

  start(): void {
    this.held = null;
    this.bytes = null;
    this.ranges.length = 0;
  }

  keep(held: HeldCrashLine, bytes: Uint8Array, start: number, end: number): void {
    if (this.held !== held) { this.held = held; this.ranges.length = 0; }
    this.bytes = bytes;
    this.ranges.push(held.between.length, start, end);
  }

  /** The kept lines decoded into their places when `held`, the line held now, is the one they were kept for. */
  decodeFor(held: HeldCrashLine | null, decode: (bytes: Uint8Array, start: number, end: number) => string): void {
    const bytes = this.bytes;
    if (held !== null && held === this.held && bytes !== null) {
      const ranges = this.ranges;
      for (let i = 0; i < ranges.length; i += 3) held.between[ranges[i]] = { text: decode(bytes, ranges[i + 1], ranges[i + 2]), skipped: true };
    }
    this.start();
  }
}

/** Whether the line holds a byte a paste's markup starts with (isPasteMarkupLine: `<`, `` ` ``, `~`); without one it is none. */
function mayHoldMarkup(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === 0x3c || b === 0x60 || b === 0x7e) return true;
  }
  return false;
}

const PANIC_LOWER = [0x70, 0x61, 0x6e, 0x69, 0x63];

/** Whether bytes[from, to) holds `panic` in any case: a recovery line or a crash line may stand there. */
function holdsPanicWord(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i + 5 <= to; i++) {
    if ((bytes[i] | 0x20) !== PANIC_LOWER[0]) continue;
    let k = 1;
    while (k < 5 && (bytes[i + k] | 0x20) === PANIC_LOWER[k]) k++;
    if (k === 5) return true;
  }
  return false;
}

const afterShared = (shared: number, start: number): number => (start < 0 ? -1 : shared + start);
