// Pasted dumps often carry a prefix on every line (log timestamps, CRI `… stdout F `, kubectl
// `--prefix` `[pod/x/c] `, markdown `> `, `grep -n`'s `12:`). The prefix seen before a goroutine
// header becomes a pattern that is stripped from the following lines; digits vary from line to
// line, so they are generalised, and so are `:` and `-`, which grep uses to mark matching and
// context lines (`12:goroutine 7 [chan send]:`, then `13-main.f(…)`).

import { isBlank } from './lineParsers';
import { PrefixPieces } from './prefixPieces';

const CRI_PREFIX = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d) (stdout|stderr) [FP] /;
// A record of an empty line is its prefix alone, its last space trimmed by a paste (`… stderr F`).
const CRI_PATTERN = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d) (?:stdout|stderr) [FP](?: |(?=[\\r\\n]|$))';

/** daemontools', runit's and s6's log time: `@` and a TAI64N label's 24 hex digits (`@4000000066321f4c1a2b3c4d`). */
export const TAI64N_PATTERN = '@[0-9a-f]{24}';
const TAI64N_LABEL = new RegExp(`^${TAI64N_PATTERN}(?![0-9a-f])`);
const TAI64N_LENGTH = 25;

export interface LinePrefix {
  /** Where the prefix matched at text[pos] ends, the blanks after it taken (they may run past the line's end), or -1. */
  matchEnd(text: string, pos: number): number;
  /** The prefix text it was built from (for messages). */
  readonly sample: string;
  /** The border that closes every line of a box the dump was copied out of (boxBorder.ts), or null. */
  readonly closingBorder: string | null;
  /**
   * Sticky regular expression of the prefix's leading time alone, when it starts with one and goes
   * on after it: the part the log's other lines share (`2023-01-01T00:00:00.000Z ` of terraform's
   * `2023-01-01T00:00:00.000Z [DEBUG] provider.terraform-provider-aws_v4.0.0_x5: `).
   */
  readonly head: RegExp | null;
}

/**
 * A prefix from the text before a header; null when it is only indentation. The pattern is built
 * when first used: most text before a "goroutine " in a log is no prefix (the header then fails),
 * and building a pattern for every such line made junk text scan ten times slower than a dump.
 */
export function linePrefixFrom(prefixText: string, closingBorder: string | null = null): LinePrefix | null {
  if (prefixText.trim() === '') return null;
  return new LazyLinePrefix(prefixText, closingBorder);
}

class LazyLinePrefix implements LinePrefix {
  private built: RegExp | PrefixPieces | undefined;
  private builtHead: RegExp | null | undefined;
  constructor(readonly sample: string, readonly closingBorder: string | null) {}
  matchEnd(text: string, pos: number): number {
    const built = this.built ??= prefixMatcher(this.sample);
    if (built instanceof PrefixPieces) return built.matchEnd(text, pos);
    built.lastIndex = pos;
    const match = built.exec(text);
    return match === null ? -1 : pos + match[0].length;
  }
  get head(): RegExp | null {
    if (this.builtHead === undefined) {
      // The prefix's first word, when it holds digits (a time), behind syslog's month and day: the part every line of the log shares.
      const word = /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} )?\S*\d\S*\s/.exec(this.sample);
      this.builtHead = word === null || word[0].length === this.sample.length ? null : prefixPattern(word[0]);
    }
    return this.builtHead;
  }
}

/** A CRI record's or a TAI64N label's prefix as its pattern; any other matched on its pieces (prefixPieces.ts), as its pattern would match it. */
function prefixMatcher(prefixText: string): RegExp | PrefixPieces {
  const trimmed = prefixText.replace(/\s+$/, '');
  return CRI_PREFIX.test(prefixText) || TAI64N_LABEL.test(trimmed) ? prefixPattern(prefixText) : new PrefixPieces(trimmed);
}

/** The sticky pattern a prefix stands for (what `matchEnd` matches, on its pieces or with this pattern). */
export function prefixPattern(prefixText: string): RegExp {
  if (CRI_PREFIX.test(prefixText)) return new RegExp(CRI_PATTERN + '\\s*', 'y');
  let source = '';
  let trimmed = prefixText.replace(/\s+$/, '');
  // A TAI64N label's hex letters vary from line to line as its digits do.
  if (TAI64N_LABEL.test(trimmed)) {
    source = TAI64N_PATTERN;
    trimmed = trimmed.slice(TAI64N_LENGTH);
  }
  for (const piece of trimmed.match(/\d+|\s+|[^\d\s]+/g) ?? []) {
    if (/^\d/.test(piece)) source += '\\d+';
    else if (/^\s/.test(piece)) source += '\\s+';
    else source += piece.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[:-]/g, '[:-]');
  }
  return new RegExp(source + '\\s*', 'y');
}

/**
 * The line at `pos` lacks the prefix but starts with its leading time: another line of the same log
 * (terraform's own `… [DEBUG] provider: plugin exited` among its provider's), written between two
 * lines of the dump.
 */
export function isInterleavedLogLine(prefix: LinePrefix | null, text: string, pos: number): boolean {
  const head = prefix?.head ?? null;
  if (head === null) return false;
  head.lastIndex = pos;
  return head.test(text);
}

/** Position after the prefix when the line at `pos` starts with it, else `pos`. */
export function skipLinePrefix(prefix: LinePrefix | null, text: string, pos: number, end: number): number {
  if (!prefix) return pos;
  const matched = prefix.matchEnd(text, pos);
  if (matched < 0) return pos;
  // The blanks after it may run past the line break; the line then holds only the prefix.
  return Math.min(matched, end);
}

/**
 * Whether the line behind the prefix, text[lineStart, afterPrefix), is indented: the prefix's
 * trailing `\s*` also takes the line's own white space, so more of it than the prefix ends with is the line's.
 */
export function indentedBehindPrefix(prefix: LinePrefix, text: string, lineStart: number, afterPrefix: number): boolean {
  let own = 0;
  for (let i = prefix.sample.length - 1; i >= 0 && isBlank(prefix.sample.charCodeAt(i)); i--) own++;
  let taken = 0;
  for (let i = afterPrefix - 1; i >= lineStart && isBlank(text.charCodeAt(i)); i--) taken++;
  return taken > own;
}

const PIECES = /\d+|\s+|[^\d\s]+/g;
const pieceKind = (piece: string): number => /^\d/.test(piece) ? 0 : /^\s/.test(piece) ? 1 : 2;
const sameSeparators = (piece: string): string => piece.replace(/-/g, ':');

/**
 * Whether the (trimmed) line is the prefix cut short: the prefix's pieces up to one the line ends
 * in (a paste cut in the timestamp of its last line, `2021-09-16T03:24:13.27` where every line
 * carried `2021-09-16T03:24:13.2720341Z `). Digits vary, so they match any digits, and the last
 * ones are cut when fewer than the prefix's; a line holding the whole prefix is a blank line of the dump.
 */
export function isPrefixCutShort(prefix: LinePrefix, line: string): boolean {
  const whole = prefix.sample.trim().match(PIECES) ?? [];
  const read = line.trim().match(PIECES) ?? [];
  if (read.length === 0 || read.length > whole.length) return false;
  const last = read.length - 1;
  for (let i = 0; i < last; i++) {
    const kind = pieceKind(read[i]);
    if (kind !== pieceKind(whole[i]) || (kind === 2 && sameSeparators(read[i]) !== sameSeparators(whole[i]))) return false;
  }
  const [cut, full] = [read[last], whole[last]];
  const kind = pieceKind(cut);
  if (kind !== pieceKind(full)) return false;
  const inPiece = kind === 0 ? cut.length < full.length : cut.length < full.length && sameSeparators(full).startsWith(sameSeparators(cut));
  const piecesEqual = kind === 0 || sameSeparators(cut) === sameSeparators(full);
  return inPiece || (piecesEqual && read.length < whole.length);
}

/**
 * Whether `text` (trimmed) is the prefix's end alone: a selection that started inside the prefix of
 * its first line (`3.6367390Z ` of a CI log's `2024-10-09T09:16:43.6367390Z `). The pieces match the
 * prefix's last ones, digits as any digits; the first may be cut, fewer digits or the end of a word.
 */
export function isPrefixTail(prefix: LinePrefix, text: string): boolean {
  const whole = prefix.sample.trim().match(PIECES) ?? [];
  const read = text.trim().match(PIECES) ?? [];
  if (read.length === 0 || read.length > whole.length) return false;
  const offset = whole.length - read.length;
  for (let i = read.length - 1; i >= 0; i--) {
    const [piece, full] = [read[i], whole[offset + i]];
    const kind = pieceKind(piece);
    if (kind !== pieceKind(full)) return false;
    if (i > 0 ? kind === 2 && sameSeparators(piece) !== sameSeparators(full)
      : kind === 0 ? piece.length > full.length : kind === 2 && !sameSeparators(full).endsWith(sameSeparators(piece))) return false;
  }
  return true;
}
