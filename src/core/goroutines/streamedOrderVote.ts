// The order vote of reversedDump.ts (`looksReversed` over the text's first ORDER_SAMPLE_BYTES) taken
// line by line as the bytes stream past, keeping none of them but an unfinished line: for a reader
// that can give the text again from its start (a file), which then need not hold the sample while
// the vote is open. Each goroutine header votes forward when the next line with content after it
// is a call (ends with `)`), backward when the previous one is; lines are classified from their
// last bytes, and decoded only when those are not ASCII or may end a header. The same vote on held
// bytes (`bytesLookReversed`) serves a text that cannot be read again.
import { HEADER_LINE, looksReversed, splitLines } from './reversedDump';
import { csvRowLine } from './csvRows';
import { LfLineEnds } from '../lineEnds';
import { decodeEscapingBytes, decodeLineEscapingBytes } from '../byteEscapes';

const NEWLINE = 0x0a;
const CLOSE_PAREN = 0x29;
const COLON = 0x3a;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;

const enum LineKind { Skipped, Header, Call, Other }

/** What `contentLine` in reversedDump.ts skips and what a header's vote looks for, per line. */
function kindOfText(text: string): LineKind {
  const line = (csvRowLine(text.trimEnd()) ?? text).trimEnd();
  // Blank, or a viewer's time alone (its tab-separated column with an empty line after it).
  if (line.trim() === '' || /^[\d :.TZ+-]*$/.test(line)) return LineKind.Skipped;
  if (line.endsWith(']:') && HEADER_LINE.test(line)) return LineKind.Header;
  return line.endsWith(')') ? LineKind.Call : LineKind.Other;
}

/** The white space `trimEnd` removes that is ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);
/** The characters of a viewer's time column: `[\d :.TZ+-]`. */
const isTimeByte = (b: number): boolean =>
  (b >= 0x30 && b <= 0x39) || b === 0x20 || b === COLON || b === 0x2e || b === 0x54 || b === 0x5a || b === 0x2b || b === 0x2d;

export class StreamedOrderVote {
  /** Bytes voted on so far. */
  length = 0;
  private forward = 0;
  private backward = 0;
  /** Headers whose next line with content is still to come (at most one: a header is content too). */
  private pendingHeader = false;
  private lastContent: LineKind | null = null;
  /** Decided from the first bytes alone: UTF-16 text is never read in reverse here (scanInput.ts decodes it whole). */
  private utf16 = false;
  private carry = new Uint8Array(0);
  private carryLength = 0;
  private atTextStart = true;
  /** Lines end as the scanner reads them: a CR alone ends one too. */
  private readonly lineEnds: LfLineEnds;

  /** `firstCr`: a host's faster search for a chunk's first CR (lineEnds.ts). */
  constructor(firstCr?: (bytes: Uint8Array, from: number) => number) {
    this.lineEnds = new LfLineEnds(firstCr);
  }

  /** Bytes of the text that follow those voted on so far. */
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.length === 0 && bytes.length >= 2) this.utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    else if (this.length === 1) this.utf16 = (this.carry[0] === 0xff && bytes[0] === 0xfe) || (this.carry[0] === 0xfe && bytes[0] === 0xff);
    this.length += bytes.length;
    if (!this.utf16) bytes = this.lineEnds.rewrite(bytes);
    let start = 0;
    for (let newline = bytes.indexOf(NEWLINE); newline >= 0; newline = bytes.indexOf(NEWLINE, start)) {
      if (this.carryLength > 0) {
        this.keep(bytes, start, newline);
        this.voteOnLine(this.carry, 0, this.carryLength);
        this.carryLength = 0;
      } else this.voteOnLine(bytes, start, newline);
      start = newline + 1;
    }
    this.keep(bytes, start, bytes.length);
  }

  /**
   * At the end of the sample: true when the text reads forward, false when its lines are newest
   * first, null when no header voted (stacks without headers are told from the whole sample).
   */
  readsForward(): boolean | null {
    if (this.utf16 || this.length === 0) return true;
    // The sample's last line, unfinished or cut at its bound.
    if (this.carryLength > 0) { this.voteOnLine(this.carry, 0, this.carryLength); this.carryLength = 0; }
    if (this.forward === 0 && this.backward === 0) return null;
    return this.backward <= this.forward;
  }

  private keep(bytes: Uint8Array, from: number, to: number): void {
    const needed = this.carryLength + to - from;
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2, 256));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(bytes.subarray(from, to), this.carryLength);
    this.carryLength = needed;
  }

  private voteOnLine(bytes: Uint8Array, start: number, end: number): void {
    const kind = this.kindOf(bytes, start, end);
    if (kind === LineKind.Skipped) return;
    if (kind === LineKind.Call && this.pendingHeader) this.forward++;
    this.pendingHeader = false;
    if (kind === LineKind.Header) {
      if (this.lastContent === LineKind.Call) this.backward++;
      this.pendingHeader = true;
    }
    this.lastContent = kind;
  }

  private kindOf(bytes: Uint8Array, start: number, end: number): LineKind {
    // Decoding the whole text leaves out a byte order mark at its start only.
    if (this.atTextStart) {
      this.atTextStart = false;
      if (end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
    }
    let e = end;
    while (e > start && isAsciiSpace(bytes[e - 1])) e--;
    if (e === start) return LineKind.Skipped;
    const last = bytes[e - 1];
    // Not ASCII: white space `trimEnd` knows (U+00A0, U+3000, …) or any character; the text decides.
    if (last >= 0x80) return kindOfText(decodeLineEscapingBytes(bytes.subarray(start, end)));
    if (last === CLOSE_PAREN) return LineKind.Call;
    // A CSV export's row (csvRows.ts), its time bare or quoted: its line field tells.
    if (last === QUOTE && (bytes[start] === QUOTE || (bytes[start] >= 0x30 && bytes[start] <= 0x39))) return kindOfText(decodeLineEscapingBytes(bytes.subarray(start, end)));
    if (last === COLON && e - start >= 2 && bytes[e - 2] === CLOSE_BRACKET) return kindOfText(decodeLineEscapingBytes(bytes.subarray(start, end)));
    if (!isTimeByte(last)) return LineKind.Other;
    for (let i = start; i < e; i++) if (!isTimeByte(bytes[i])) return LineKind.Other;
    return LineKind.Skipped;
  }
}

/**
 * Whether held bytes (UTF-8) read as a dump newest line first: `looksReversed(splitLines(decoded))`,
 * with the text decoded whole only when no header voted. Decoding the held sample and splitting it
 * into lines made a 1 MB string and tens of thousands of line strings that outlived the young
 * generation: ~1.5 MB of a fresh process's peak memory on any dump past the sample's size.
 */
export function bytesLookReversed(bytes: Uint8Array): boolean {
  const vote = new StreamedOrderVote();
  vote.push(bytes);
  const forward = vote.readsForward();
  return forward === null ? looksReversed(splitLines(decodeEscapingBytes(bytes))) : !forward;
}
