// A paster's mark of lines left out of a dump, on a line of its own: an ellipsis (`...`, `…`,
// `[...]`, `(...)`, `<...>`), or words that say so (`<snip>`, `[snipped]`, `(trimmed)`,
// `... (truncated)`, `--snip--`, `... 200 more goroutines ...`). Go prints no such line (its own
// `...additional frames elided...` is read as Go's, stackLineKinds.ts), so the mark is a gap, not
// text around the dump: right under a stack's line it says frames of that goroutine were left out
// (its stack is marked incomplete, as Go's elision marks one); elsewhere after a dump's first line,
// goroutines or records were left out between those read. Either way nothing read is lost, the
// reader is told where the gap is, and a text that ends in such a mark is not called cut: the
// paster chose where to stop. Both of the scanner's readers see the same: the byte path hands a
// line that may be a mark (`mayBePasterGapBytes`) to the text path, which reads it here.

import type { GoroutineId } from './model';
import type { ScanMode } from './scanMode';
import type { WarningLog } from './warningLog';
import { isElidedMarker } from './lineParsers';

/** The goroutine whose stack is being read: its id, whether its `created by` was read, its last line and last frame's function. */
export interface OpenStack {
  readonly id: GoroutineId;
  readonly creatorRead: boolean;
  readonly endLine: number;
  readonly lastFunc: string | null;
  /** How many frames the stack has read. */
  readonly frames: number;
}

/** Go prints a stack's first 50 frames before its own `...N frames elided...` (100 before `...additional frames elided...` before Go 1.21). */
const FRAMES_BEFORE_GO_ELISION = 50;

/** What a mark asks of the scanner. */
export interface PasterGapScanner {
  readonly lineNo: number;
  readonly mode: ScanMode;
  /** The goroutine whose stack is being read; null when none is open. */
  openStack(): OpenStack | null;
  /** Whether any part of a dump was read before this line. */
  dumpReadBefore(): boolean;
  /** The stack being read had frames left out (shown as an elided stack). */
  markFramesElided(): void;
  /** The stack being read reaches this line. */
  touch(): void;
  readonly log: WarningLog;
}

/** The longest line read as a mark: a sentence is no mark. */
const MAX_MARK_LENGTH = 60;

/** The characters a mark is made of. */
const MARK_CHARACTER = /^[A-Za-z0-9 \t.\u2026[\](){}<>\-=~*:,]$/;
const MARK_LINE = /^[A-Za-z0-9 \t.\u2026[\](){}<>\-=~*:,]*$/;

/** Brackets, dashes and dots around a mark's words (`--snip--`, `[... 12 lines omitted ...]`, `8<---`). */
const DECORATION = /^[\s\-=~*.\u2026[\](){}<>:8]*$/;
const LEADING_DECORATION = /^[\s\-=~*.\u2026[\](){}<>:]+/;
const TRAILING_DECORATION = /[\s\-=~*.\u2026[\](){}<>:]+$/;
const ELLIPSIS = /\.\.\.|\u2026/;
/** The words a mark may hold, one of them saying lines were left out. */
const MARK_WORDS = new Set(['snip', 'snipped', 'snipping', 'trimmed', 'truncated', 'omitted', 'omitting', 'elided', 'skipped', 'skipping', 'cut', 'removed', 'redacted',
  'more', 'rest', 'etc', 'lines', 'line', 'goroutines', 'goroutine', 'frames', 'frame', 'stacks', 'stack', 'similar', 'same', 'other', 'others', 'of', 'the', 'output', 'here',
  'for', 'brevity', 'and', 'so', 'on', 'many', 'a', 'lot', 'log', 'logs', 'trace', 'traces', 'dump']);
const GAP_WORDS = new Set(['snip', 'snipped', 'snipping', 'trimmed', 'truncated', 'omitted', 'omitting', 'elided', 'skipped', 'skipping', 'cut', 'removed', 'redacted', 'more', 'rest', 'etc']);

/** Whether text[s, end), trimmed, is a paster's mark of lines left out. */
export function isPasterGapLine(text: string, s: number, end: number): boolean {
  return end - s <= MAX_MARK_LENGTH && end > s && mayBeMarkText(text, s, end) && readsAsPasterGap(text.slice(s, end).trim());
}

/** The mark's exact reading of a trimmed line, which `isPasterGapLine` asks only of a line whose words may be a mark's (MarkWords). */
export function readsAsPasterGap(line: string): boolean {
  if (line === '' || !MARK_LINE.test(line) || isElidedMarker(line, 0, line.length)) return false;
  if (DECORATION.test(line)) return ELLIPSIS.test(line) || /^8<-+$/.test(line);
  const words = line.replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, '').toLowerCase().split(/[\s.\u2026()[\]<>,:-]+/);
  if (words.length > 8) return false;
  let gap = false;
  for (const word of words) {
    if (word === '' || /^\d+$/.test(word)) continue;
    if (!MARK_WORDS.has(word)) return false;
    if (GAP_WORDS.has(word)) gap = true;
  }
  // `more` alone is a pager's prompt, not a mark: words need an ellipsis, bracket or dash around them, or a word of their own.
  return gap && (line !== 'more' && line !== 'cut');
}

/**
 * `isPasterGapLine` on the bytes, for the byte path's readers of junk, which hand such a line to the
 * text path rather than skip it. Only a short line of the marks' characters (ASCII letters, digits,
 * brackets, dashes, dots, `…`) is made a string and asked.
 */
export function isPasterGapBytes(bytes: Uint8Array, s: number, end: number): boolean {
  if (end - s > MAX_MARK_LENGTH * 3 || end <= s) return false;
  markWords.reset();
  for (let i = s; i < end; i++) {
    const b = bytes[i];
    if (b === 0xe2 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0xa6 && i + 2 < end) { markWords.add(HORIZONTAL_ELLIPSIS); i += 2; continue; }
    if (MARK_BYTES[b] === 0) return false;
    markWords.add(b);
    if (!markWords.fits) return false;
  }
  if (!markWords.mayBeMark()) return false;
  let text = '';
  for (let i = s; i < end; i++) {
    const b = bytes[i];
    if (b === 0xe2 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0xa6 && i + 2 < end) { text += '\u2026'; i += 2; continue; }
    text += String.fromCharCode(b);
  }
  // Its words were told above: only the exact reading is left.
  return text.length <= MAX_MARK_LENGTH && readsAsPasterGap(text.trim());
}

/** The bytes a mark is made of, but `…`'s. */
const MARK_BYTES = new Uint8Array(256);
for (let b = 0; b < 128; b++) if (MARK_CHARACTER.test(String.fromCharCode(b))) MARK_BYTES[b] = 1;

/** Letters and digits: what a mark's words are made of. */
const WORD_CODES = new Uint8Array(128);
for (let b = 0; b < 128; b++) if (/^[A-Za-z0-9]$/.test(String.fromCharCode(b))) WORD_CODES[b] = 1;

/** A word's hash, its letters lowercased: one function for the words of the sets and for a line's characters. */
const hashWordCode = (hash: number, code: number): number => (Math.imul(hash, 31) + (code | 0x20)) | 0;
function wordHashes(words: ReadonlySet<string>): Set<number> {
  return new Set(Array.from(words, word => {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = hashWordCode(hash, word.charCodeAt(i));
    return hash;
  }));
}
const MARK_WORD_HASHES = wordHashes(MARK_WORDS);
const GAP_WORD_HASHES = wordHashes(GAP_WORDS);
const LONGEST_MARK_WORD = Math.max(...Array.from(MARK_WORDS, word => word.length));

const DOT = 0x2e;
const LESS_THAN = 0x3c;
const HORIZONTAL_ELLIPSIS = 0x2026;

/**
 * A line's words, as `isPasterGapLine` reads them, told one character at a time (`mayBeMark`):
 * a mark's every run of letters and digits that holds a letter is one of MARK_WORDS (a word with
 * anything else in it is none, and no decoration holds a letter), and a mark holds a gap's word or
 * a dot, `…` or `<` (its ellipsis, `8<---`). Words are told by a hash of them lowercased: a
 * collision only costs the exact test. So most lines of the marks' characters (log text is such
 * lines) are told before a string is made and matched.
 */
class MarkWords {
  private hash = 0;
  private length = 0;
  private letters = false;
  /** Whether every word so far may be a mark's. */
  fits = true;
  /** Whether a gap's word, a dot, `…` or `<` was seen. */
  gap = false;

  reset(): void {
    this.hash = this.length = 0;
    this.letters = false;
    this.fits = true;
    this.gap = false;
  }

  /** The next character (a UTF-16 code unit, or a byte of UTF-8 where `…` was told by its caller). */
  add(code: number): void {
    if (code < 0x80 && WORD_CODES[code] === 1) {
      this.hash = hashWordCode(this.hash, code);
      this.length++;
      if (code > 0x39) this.letters = true;
      return;
    }
    if (this.length > 0) this.endWord();
    if (code === DOT || code === LESS_THAN || code === HORIZONTAL_ELLIPSIS) this.gap = true;
  }

  /** Whether the line may be a mark, once its last character was added. */
  mayBeMark(): boolean {
    if (this.length > 0) this.endWord();
    return this.fits && this.gap;
  }

  private endWord(): void {
    if (this.letters) {
      if (this.length > LONGEST_MARK_WORD || !MARK_WORD_HASHES.has(this.hash)) this.fits = false;
      else if (GAP_WORD_HASHES.has(this.hash)) this.gap = true;
    }
    this.hash = this.length = 0;
    this.letters = false;
  }
}

const markWords = new MarkWords();

/** `markWords` on text[s, end). */
function mayBeMarkText(text: string, s: number, end: number): boolean {
  markWords.reset();
  for (let i = s; i < end && markWords.fits; i++) markWords.add(text.charCodeAt(i));
  return markWords.mayBeMark();
}

/** A mark read: its line, and the goroutine whose frames it says were left out (null: goroutines or records between). */
export interface PasterGap {
  readonly line: number;
  readonly framesOf: GoroutineId | null;
}

/** The functions a goroutine's stack ends in when Go prints no `created by` under it: the main goroutine's, the runtime's own. */
const LAST_FUNCS_WITHOUT_CREATOR = new Set(['main.main', 'runtime.main', 'runtime.goexit', 'runtime.mstart', 'runtime.rt0_go']);

function endsWithoutCreator(lastFunc: string | null): boolean {
  return lastFunc !== null && LAST_FUNCS_WITHOUT_CREATOR.has(lastFunc);
}

export class PasterGaps {
  readonly gaps: PasterGap[] = [];

  constructor(private readonly scan: PasterGapScanner) {}

  /** Whether the line is a mark, read; false (nothing changed) for any other line, or a mark before any dump. */
  take(text: string, s: number, end: number): boolean {
    if (!this.scan.dumpReadBefore() || !isPasterGapLine(text, s, end)) return false;
    const scan = this.scan;
    const line = scan.lineNo;
    const mark = text.slice(s, end).trim();
    const previous = this.gaps.at(-1);
    const open = scan.mode === 'goroutine' ? scan.openStack() : null;
    // After as many frames as Go prints before its own elision, `...` is the start of Go's marker, cut short.
    if (open !== null && open.frames >= FRAMES_BEFORE_GO_ELISION && /^\.{1,3}$/.test(mark)) return false;
    // Right under a line of a stack whose `created by` is still due: frames of it were left out. A stack
    // that ends where Go ends one without a creator (goroutine 1's `main.main`) is whole: goroutines follow.
    if (open !== null && !open.creatorRead && open.endLine === line - 1 && !endsWithoutCreator(open.lastFunc)) {
      scan.markFramesElided();
      scan.touch();
      if (previous === undefined || previous.framesOf !== open.id || previous.line !== line - 1) {
        scan.log.warn(line, `line ${line}: \`${mark}\` marks frames left out of goroutine ${open.id}'s stack by whoever pasted it`);
      }
      this.gaps.push({ line, framesOf: open.id });
      return true;
    }
    if (previous === undefined || previous.framesOf !== null || previous.line < line - 2) {
      const between = scan.mode === 'goroutine' || scan.mode === 'outside' ? ': goroutines there are not counted' : '';
      scan.log.warn(line, `line ${line}: \`${mark}\` marks lines left out by whoever pasted the dump${between}`);
    }
    this.gaps.push({ line, framesOf: null });
    return true;
  }

  /** Whether a mark at line `line` said frames of the stack it stood in were left out (that stack's last line, then). */
  framesLeftOutAt(line: number): boolean {
    for (let i = this.gaps.length - 1; i >= 0 && this.gaps[i].line >= line; i--) if (this.gaps[i].line === line) return this.gaps[i].framesOf !== null;
    return false;
  }

  /** Whether a mark stands after line `line`. */
  anyAfter(line: number): boolean {
    const last = this.gaps.at(-1);
    return last !== undefined && last.line > line;
  }
}
