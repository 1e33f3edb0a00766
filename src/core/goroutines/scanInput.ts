// The scanner's input: bytes in chunks of any size (a file stream, 1–4 MB reads) or a string, cut
// into whole lines for the state machine (scanner.ts). Here live what is about the bytes and not
// about dump lines: a byte order mark, UTF-16 text (decoded whole, bounded), the unfinished last
// line of a chunk (carried to the next, bounded by MAX_LINE_BYTES), and the closing lines of a
// paste held back until the text's end says whether its last line with content was cut.
import { encodeKeepingBytes } from '../byteEscapes';
import { DumpScanner, MAX_LINE_BYTES } from './scanner';
import type { ScanOptions } from './scanOptions';
import type { GoroutineDump } from './model';
import { isBlank } from './lineParsers';
import { gluedCloserStart, heldBackFrom, isClosingLine } from './trailingClosers';
import { gluedPromptStart } from './gluedPrompt';
import { portableByteSearch, type ByteSearch } from './byteSearch';
import { escapesTabs, TabUnescaper } from './syslogEscapes';
import { TerminalEscapeStripper } from './terminalEscapes';
import { csvRowsLayout, CsvRowReader } from './csvRows';
import { holdsWasmStackTrace, WasmStackTraceReader } from './wasmStackTrace';
import { holdsPreGo1Traceback, PreGo1TracebackReader } from './preGo1Traceback';
import { escapesLineEnds, LineEndUnescaper } from './escapedLineEnds';
import { CriPartialJoiner, holdsCriRecords } from './criPartialLines';
import { PrintPieceJoiner, printPiecePrefix } from './printPieceLines';
import { AutolinkUnlinker, autolinksLocations } from './markdownAutolinks';
import { breaksLinesWithHtml, HtmlUnescaper } from './htmlLineBreaks';
import { endsLinesWithNoBreakSpace, NoBreakSpaceTrimmer } from './trailingNoBreakSpaces';
import { flushRewrites, type ByteRewrite } from './heldBytes';
import { LfLineEnds, withLfLineEndBytes, withLfLineEnds } from '../lineEnds';
import { bytesLookReversed, StreamedOrderVote } from './streamedOrderVote';
import { UTF16_SNIFF_BYTES, utf16Encoding, type Utf16Encoding } from './utf16Encoding';
import { HeldText, looksReversed, ORDER_SAMPLE_BYTES, REVERSED_CUT_WARNING, REVERSED_WARNING, reverseLines, splitLines } from './reversedDump';

const NEWLINE = 0x0a;
/** UTF-16 text (PowerShell's `>`) is decoded whole: at most this much of it. */
const MAX_UTF16_BYTES = 256 << 20;

export interface ScanInputOptions extends ScanOptions {
  /**
   * The caller can push the text again from its start (a file): its order is then voted on as it
   * is scanned (streamedOrderVote.ts) instead of holding its first ORDER_SAMPLE_BYTES until the vote
   * is taken. When the vote says the lines are newest first, or no goroutine header voted,
   * `needsRereading` turns true: what was read is void, and the text is to be pushed again to a
   * scanner without this option.
   */
  readonly rereadable?: boolean;
}

/**
 * Incremental scanner: `push` the dump's bytes in chunks of any size (a file stream, 1–4 MB reads),
 * then `finish`. Only the unfinished last line of a chunk is copied and kept; chunks may be reused
 * by the caller after `push` returns.
 */
export class GoroutineDumpScanner {
  private readonly scanner: DumpScanner;
  private byteLength = 0;
  /** Until the first 3 bytes are seen (to recognise a byte order mark). */
  private started = false;
  /** UTF-16 input (PowerShell `>`): rare and small, so kept and decoded at once at the end. */
  private utf16Parts: Uint8Array[] | null = null;
  private utf16: Utf16Encoding = 'utf-16le';
  /** Bytes of an unfinished line (or the first < 3 bytes). */
  private carry: Uint8Array = new Uint8Array(0);
  private carryLength = 0;
  /**
   * A carry handed to the scanner and read: the scanner keeps no view of the bytes it read, so the
   * next carry grows into it. Lines longer than a chunk (a crafted megabyte name per line) would
   * otherwise cost a new buffer, grown by doubling, per line.
   */
  private spare: Uint8Array | null = null;
  /** Where the unfinished line starts in the carry, after the whole lines held back before it. */
  private carryLineStart = 0;
  private utf16Length = 0;
  /**
   * Rewrites before the text is cut into lines, in this order: a CR that ends a line alone made an
   * LF (lineEnds.ts: LF, CRLF and CR line ends in any mix), a terminal's colour and hyperlink
   * sequences dropped (terminalEscapes.ts), a page's HTML line breaks and
   * entities read as text (htmlLineBreaks.ts), CRI's partial records joined to the
   * next (criPartialLines.ts), a relay's record per runtime print joined into the lines the runtime
   * printed (printPieceLines.ts), a CSV export's rows made their line field (csvRows.ts), rsyslog's `#011` for each tab (syslogEscapes.ts), the backslash of an
   * escaped line break ending each line (escapedLineEnds.ts); a rich-text copy's no-break space
   * ending each line (trailingNoBreakSpaces.ts); a WebAssembly runtime's stack trace of a TinyGo
   * program made Go's frames (wasmStackTrace.ts).
   */
  private rewrites: ByteRewrite[] = [];
  private utf16Dropped = false;
  private finished: GoroutineDump | null = null;

  private readonly search: ByteSearch;
  /** A chunk's first CR, by the host's search (most chunks hold none: lineEnds.ts). */
  private readonly firstCr = (bytes: Uint8Array, from: number): number => this.search.indexOf(bytes, CARRIAGE_RETURN, from, bytes.length);

  constructor(options: ScanInputOptions = {}) {
    this.scanner = new DumpScanner(options);
    this.search = options.byteSearch ?? portableByteSearch;
    if (options.rereadable) { this.held = null; this.orderVote = new StreamedOrderVote(this.firstCr); }
  }

  /**
   * The text's first bytes, held until they pass ORDER_SAMPLE_BYTES or the text ends there (a text
   * may be a dump copied newest line first: reversedDump.ts), or the whole text once its first
   * bytes read so; null once scanning started.
   */
  private held: HeldText | null = new HeldText();
  /** The held text's first bytes read newest line first: it is held whole and read in reverse at the end. */
  private newestFirst = false;
  /** With `rereadable`, until the text's first ORDER_SAMPLE_BYTES have voted on its order. */
  private orderVote: StreamedOrderVote | null = null;
  private rereadNeeded = false;

  /** See `ScanInputOptions.rereadable`: the text read so far is void, to be pushed again to a scanner without it. */
  get needsRereading(): boolean {
    return this.rereadNeeded;
  }

  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error('GoroutineDumpScanner: push after finish');
    if (this.rereadNeeded) return;
    const vote = this.orderVote;
    if (vote !== null) {
      vote.push(chunk.subarray(0, Math.min(chunk.length, ORDER_SAMPLE_BYTES - vote.length)));
      if (vote.length === ORDER_SAMPLE_BYTES && !this.orderVoted()) return;
      this.scanPiece(chunk);
      return;
    }
    const held = this.held;
    if (held === null) { this.scanPiece(chunk); return; }
    if (this.newestFirst) { held.append(chunk); return; }
    // Only the sample is copied before the order is known: the rest of a large chunk may be scanned as it is.
    const sampled = Math.min(chunk.length, ORDER_SAMPLE_BYTES - held.length);
    held.append(chunk.subarray(0, sampled));
    if (sampled === chunk.length) return;
    // The text goes on past its sample: the sample tells its order.
    if (this.readsNewestFirst(held)) {
      this.newestFirst = true;
      held.append(chunk.subarray(sampled));
      return;
    }
    this.held = null;
    for (const view of held.views()) this.scanPiece(view);
    if (sampled < chunk.length) this.scanPiece(chunk.subarray(sampled));
  }

  /** Ends the streamed vote: whether the text reads forward (else it needs rereading). */
  private orderVoted(): boolean {
    const forward = this.orderVote!.readsForward() === true;
    this.orderVote = null;
    if (!forward) this.rereadNeeded = true;
    return forward;
  }

  /** Whether the held text's first ORDER_SAMPLE_BYTES read as a dump newest line first. */
  private readsNewestFirst(held: HeldText): boolean {
    return held.length > 0 && !held.isUtf16() && bytesLookReversed(held.start(ORDER_SAMPLE_BYTES));
  }

  /** The held text: read in reverse when its lines are newest first, else as it comes. */
  private releaseHeld(): void {
    const held = this.held;
    if (held === null) return;
    this.held = null;
    if (!this.newestFirst && !this.readsNewestFirst(held)) {
      for (const view of held.views()) this.scanPiece(view);
      return;
    }
    this.scanner.warnAtStart(REVERSED_WARNING);
    this.scanner.readingInReverse();
    if (held.dropped > 0) this.scanner.warnAtStart(REVERSED_CUT_WARNING);
    const before = this.byteLength;
    held.scanReversed(piece => this.scanPiece(piece));
    // The text's size is the one read, not the one rebuilt.
    this.byteLength = before + held.length + held.dropped;
  }

  private scanPiece(chunk: Uint8Array): void {
    this.byteLength += chunk.length;
    if (this.utf16Parts) { this.keepUtf16(chunk); return; }
    if (!this.started) {
      // Enough of the head to tell its encoding: a UTF-8 byte order mark, UTF-16 with or without one.
      if (this.carryLength + chunk.length < UTF16_SNIFF_BYTES) { this.keep(chunk, 0); return; }
      if (this.carryLength > 0) { this.keep(chunk, 0); chunk = this.takeCarry(); }
      chunk = this.start(chunk);
      if (this.utf16Parts) return;
    }
    for (const rewrite of this.rewrites) chunk = rewrite.rewrite(chunk);
    let start = 0;
    if (this.carryLength > 0) {
      // A chunk may hold no newline at all (3 GB of NUL bytes): the fast search matters here.
      const newline = this.search.indexOf(chunk, NEWLINE, 0, chunk.length);
      if (newline < 0) { this.keep(chunk, 0); return; }
      this.keep(chunk.subarray(0, newline + 1), 0);
      start = newline + 1;
      // The carry now holds whole lines. When the chunk's own whole lines are all closing ones, the
      // tail held back (trailingClosers.ts) may start in the carry.
      const lastNewline = this.search.lastIndexOf(chunk, NEWLINE, start, chunk.length);
      if (lastNewline < start || heldBackFrom(chunk, start, lastNewline + 1) === start) {
        const carry = this.takeCarry();
        const held = heldBackFrom(carry, 0, carry.length);
        if (held > 0) this.scanner.scanBytes(carry, 0, held);
        this.keepLines(carry.subarray(held));
        if (lastNewline >= start) this.keepLines(chunk.subarray(start, lastNewline + 1));
        if (lastNewline + 1 < chunk.length) this.keep(chunk, Math.max(start, lastNewline + 1));
        return;
      }
      const lines = this.takeCarry();
      this.scanner.scanBytes(lines, 0, lines.length);
      if (lines.buffer.byteLength > (this.spare?.length ?? 0)) this.spare = new Uint8Array(lines.buffer);
    }
    const lastNewline = this.search.lastIndexOf(chunk, NEWLINE, start, chunk.length);
    if (lastNewline >= start) {
      const held = heldBackFrom(chunk, start, lastNewline + 1);
      if (held > start) this.scanner.scanBytes(chunk, start, held);
      this.keepLines(chunk.subarray(held, lastNewline + 1));
      start = lastNewline + 1;
    }
    if (start < chunk.length) this.keep(chunk, start);
  }

  /** Appends whole lines held back (at most MAX_HELD_BYTES) to the carry; an unfinished line may follow them. */
  private keepLines(lines: Uint8Array): void {
    if (lines.length === 0) return;
    this.append(lines);
    this.carryLineStart = this.carryLength;
  }

  finish(): GoroutineDump {
    if (this.finished) return this.finished;
    if (this.orderVote !== null) this.orderVoted();
    this.releaseHeld();
    if (!this.started) {
      const head = this.takeCarry();
      const rest = this.start(head);
      if (!this.utf16Parts) this.keep(rest, 0);
    }
    if (this.utf16Parts) this.rescanUtf16();
    // The text ended in the start of an escape: it was none.
    if (this.rewrites.length > 0) this.keep(flushRewrites(this.rewrites), 0);
    let trailingLines = 0;
    if (this.carryLength > 0) {
      const last = this.takeCarry();
      const content = lastContentLine(last);
      if (content === null) this.scanner.scanBytes(last, 0, last.length);
      else {
        // The closing lines after the last line with content are dropped; that line is read as the
        // text's last, without its line break when it reads as cut short (the paste's cut).
        if (content.start > 0) this.scanner.scanBytes(last, 0, content.start);
        this.scanLastContentLine(last, content, (line, from, to) => this.scanner.scanBytes(line, from, to));
        trailingLines = countLines(last, content.end + 1, last.length);
      }
    }
    this.finished = this.scanner.finish(this.byteLength, trailingLines);
    return this.finished;
  }

  /**
   * UTF-16 text, decoded whole, goes through the byte path as UTF-8 in line-aligned pieces: one
   * reading of every text, the junk gate and held crash lines included, whatever its encoding.
   */
  private rescanUtf16(): void {
    if (this.utf16Dropped) this.scanner.warnAtStart(`the text is UTF-16 and longer than ${MAX_UTF16_BYTES >> 20} MiB: only its first ${MAX_UTF16_BYTES >> 20} MiB are read`);
    // Its lines end in LFs before its order is voted on and its lines reversed (lineEnds.ts).
    let text = withLfLineEnds(decodeUtf16(this.utf16Parts!, this.utf16Length, this.utf16));
    this.utf16Parts = null;
    // Decoded whole, UTF-16 text copied newest line first is read in reverse here.
    if (looksReversed(splitLines(text.slice(0, ORDER_SAMPLE_BYTES)))) {
      this.scanner.warnAtStart(REVERSED_WARNING);
      this.scanner.readingInReverse();
      text = reverseLines(text);
    }
    // The text's size is the one read, not the UTF-8 rebuilt from it.
    const read = this.byteLength;
    this.lookAtHead(new TextEncoder().encode(text.slice(0, HEAD_SNIFF_BYTES)));
    pushText({ push: piece => this.scanPiece(piece) }, text);
    this.byteLength = read;
  }

  /**
   * The text's last line with content, bytes[content.start, content.end), without the markdown
   * closer or the shell's prompt glued to its end (trailingClosers.ts, gluedPrompt.ts) and without
   * its line break when it reads as cut short (the paste's cut).
   */
  private scanLastContentLine(bytes: Uint8Array, content: { start: number; end: number }, scan: (line: Uint8Array, from: number, to: number) => void): void {
    const end = gluedPromptStart(bytes, content.start, gluedCloserStart(bytes, content.start, content.end));
    const cut = this.scanner.readsCutShort(bytes, content.start, end);
    if (cut || end === content.end) { scan(bytes, content.start, cut ? end : end + 1); return; }
    // The line read whole: its text before the closer, then its line break.
    const line = new Uint8Array(end - content.start + 1);
    line.set(bytes.subarray(content.start, end));
    line[line.length - 1] = NEWLINE;
    scan(line, 0, line.length);
  }

  /** UTF-16 is decoded whole at the end: kept up to a bound. */
  private keepUtf16(chunk: Uint8Array): void {
    const room = MAX_UTF16_BYTES - this.utf16Length;
    if (chunk.length > room) { chunk = chunk.subarray(0, room & ~1); this.utf16Dropped = true; }
    this.utf16Parts!.push(chunk.slice());
    this.utf16Length += chunk.length;
  }

  /** Looks at the first bytes: skips a UTF-8 byte order mark, diverts UTF-16 input. */
  private start(chunk: Uint8Array): Uint8Array {
    this.started = true;
    const utf16 = utf16Encoding(chunk);
    if (utf16 !== null) {
      this.utf16 = utf16;
      this.utf16Parts = [];
      this.keepUtf16(chunk);
      return chunk.subarray(chunk.length);
    }
    this.lookAtHead(chunk.subarray(0, HEAD_SNIFF_BYTES));
    return chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
  }

  /** What the text's first bytes say of how all of it is to be read: its line breaks, its tabs. */
  private lookAtHead(rawHead: Uint8Array): void {
    this.rewrites = [new LfLineEnds(this.firstCr)];
    // The head as the rewrites after the line ends read it.
    const head = withLfLineEndBytes(rawHead, this.firstCr);
    // Before all, on every text: a colour sequence may stand anywhere in what the others read, and
    // a log may be coloured only from its crash on, far past the head.
    this.rewrites.push(new TerminalEscapeStripper(this.search));
    // Then its `<br>`s make the lines the other rewrites read.
    if (breaksLinesWithHtml(head)) this.rewrites.push(new HtmlUnescaper());
    if (holdsCriRecords(head)) this.rewrites.push(new CriPartialJoiner());
    const piecePrefix = printPiecePrefix(head);
    if (piecePrefix !== null) this.rewrites.push(new PrintPieceJoiner(piecePrefix));
    const csvLayout = csvRowsLayout(head);
    if (csvLayout !== null) this.rewrites.push(new CsvRowReader(csvLayout));
    if (escapesTabs(head)) this.rewrites.push(new TabUnescaper());
    if (escapesLineEnds(head)) this.rewrites.push(new LineEndUnescaper());
    if (autolinksLocations(head)) this.rewrites.push(new AutolinkUnlinker());
    if (endsLinesWithNoBreakSpace(head)) this.rewrites.push(new NoBreakSpaceTrimmer());
    if (holdsWasmStackTrace(head)) this.rewrites.push(new WasmStackTraceReader());
    if (holdsPreGo1Traceback(head)) this.rewrites.push(new PreGo1TracebackReader());
  }

  /**
   * Appends chunk[from…] to the carry, doubling its buffer so a long line stays linear. A line
   * longer than MAX_LINE_BYTES keeps its first MAX_LINE_BYTES + 1 bytes (so the scanner sees it is
   * too long and says so) and its line break: memory stays bounded whatever the line.
   */
  private keep(chunk: Uint8Array, from: number): void {
    const room = MAX_LINE_BYTES + 1 - (this.carryLength - this.carryLineStart);
    if (chunk.length - from > room) {
      const endsLine = chunk[chunk.length - 1] === NEWLINE;
      if (room > 0) this.append(chunk.subarray(from, from + room));
      if (endsLine) this.append(chunk.subarray(chunk.length - 1));
      return;
    }
    this.append(chunk.subarray(from));
  }

  private append(chunk: Uint8Array): void {
    const needed = this.carryLength + chunk.length;
    if (needed > this.carry.length) {
      const spare = this.spare;
      const grown = spare !== null && spare.length >= needed && spare.buffer !== this.carry.buffer ? spare : new Uint8Array(Math.max(needed, this.carry.length * 2, 4096));
      if (grown === spare) this.spare = null;
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(chunk, this.carryLength);
    this.carryLength = needed;
  }

  private takeCarry(): Uint8Array {
    const taken = this.carry.subarray(0, this.carryLength);
    // The buffer is handed out, so the next carry starts a fresh one (a small allocation per chunk).
    this.carry = new Uint8Array(0);
    this.carryLength = 0;
    this.carryLineStart = 0;
    return taken;
  }
}

/**
 * The last line with content in the held-back tail `bytes` (that line, closing lines, maybe an
 * unfinished line), when only closing lines follow it: its start and the index of its line break;
 * null when an unfinished line with content ends the tail, or no line has content.
 */
function lastContentLine(bytes: Uint8Array): { start: number; end: number } | null {
  let lineStart = bytes.length;
  while (lineStart > 0 && bytes[lineStart - 1] !== NEWLINE) lineStart--;
  // An unfinished line of white space alone is where the cut fell (the `\t` a location line starts with).
  if (lineStart < bytes.length && (!isClosingLine(bytes, lineStart, bytes.length) || isBlankRun(bytes, lineStart, bytes.length))) {
    // Unfinished, but closed by the paste's backticks or the shell's prompt glued to it: whole before them.
    const glued = gluedPromptStart(bytes, lineStart, gluedCloserStart(bytes, lineStart, bytes.length));
    return glued < bytes.length ? { start: lineStart, end: bytes.length } : null;
  }
  const held = heldBackFrom(bytes, 0, lineStart);
  if (held >= lineStart) return null;
  let end = held;
  while (end < lineStart && bytes[end] !== NEWLINE) end++;
  return isClosingLine(bytes, held, end) ? null : { start: held, end };
}

/** UTF-16 parts (their byte order mark first, if they have one) as one string; the bytes are not kept past it. */
function decodeUtf16(parts: readonly Uint8Array[], length: number, encoding: Utf16Encoding): string {
  const whole = new Uint8Array(length);
  let at = 0;
  for (const part of parts) { whole.set(part, at); at += part.length; }
  return new TextDecoder(encoding).decode(whole).replace(/^\ufeff/, '');
}

function isBlankRun(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(bytes[i])) return false;
  return true;
}

function countLines(bytes: Uint8Array, from: number, to: number): number {
  let lines = to > from && bytes[to - 1] !== NEWLINE ? 1 : 0;
  for (let i = from; i < to; i++) if (bytes[i] === NEWLINE) lines++;
  return lines;
}

// Strings are scanned as UTF-8 in line-aligned pieces, so even a huge document string is never
// encoded as a whole.
const STRING_PIECE_CHARS = 1 << 20;

/** Feeds a string to the scanner in UTF-8 pieces that end at a line break; a byte escaped when it was read is that byte again (core/byteEscapes.ts). */
export function pushText(scanner: { push(bytes: Uint8Array): void }, text: string): void {
  const encoder = new TextEncoder();
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + STRING_PIECE_CHARS, text.length);
    if (end < text.length) {
      // Cutting after '\n' never splits a surrogate pair.
      const lastBreak = text.lastIndexOf('\n', end - 1);
      if (lastBreak >= start) end = lastBreak + 1;
      else {
        const nextBreak = text.indexOf('\n', end);
        end = nextBreak < 0 ? text.length : nextBreak + 1;
      }
    }
    scanner.push(encodeKeepingBytes(text.slice(start, end), encoder));
    start = end;
  }
}

/**
 * Scans a goroutine dump. Never throws on bad input: what cannot be read becomes a warning with
 * its line number.
 */
export function scanGoroutineDump(input: string | Uint8Array, options: ScanOptions = {}): GoroutineDump {
  const scanner = new GoroutineDumpScanner(options);
  if (typeof input === 'string') pushText(scanner, input);
  else scanner.push(input);
  return scanner.finish();
}

/** How much of the text's head the rewrites look at to tell whether they apply. */
const HEAD_SNIFF_BYTES = 64 * 1024;
const CARRIAGE_RETURN = 0x0d;

