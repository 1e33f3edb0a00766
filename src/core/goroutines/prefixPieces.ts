// A learnt line prefix matched on its pieces, without a regular expression: the prefix's text cut into
// runs of digits, of blanks and of other characters, matched as the sticky pattern
// `\d+`, `\s+`, the text itself (`:` and `-` alike), then `\s*`, would match. Text in which slivers read
// like headers teaches a prefix of its own before nearly every quoted header (1 GB of junk: ~10^5 distinct
// ones), each used once or twice, and V8 compiled each prefix's regular expression at its first use.
// Runs alternate kinds, so each is matched greedily and no match needs backtracking.

const DIGITS = 0;
const BLANKS = 1;
const TEXT = 2;

/** What `\s` matches (without the `u` flag): ECMAScript's white space and line terminators. */
export function isRegExpBlank(c: number): boolean {
  return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
      c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isColonOrDash = (c: number): boolean => c === 0x3a || c === 0x2d;

export class PrefixPieces {
  private readonly kinds: number[] = [];
  private readonly texts: string[] = [];

  /** `trimmed`: the prefix's text without its trailing blanks, not empty. */
  constructor(trimmed: string) {
    for (const piece of trimmed.match(/\d+|\s+|[^\d\s]+/g) ?? []) {
      this.kinds.push(isDigit(piece.charCodeAt(0)) ? DIGITS : isRegExpBlank(piece.charCodeAt(0)) ? BLANKS : TEXT);
      this.texts.push(piece);
    }
  }

  /** Where the prefix matched at text[pos] ends (the blanks after it taken), or -1. */
  matchEnd(text: string, pos: number): number {
    let at = pos;
    for (let i = 0; i < this.kinds.length; i++) {
      const kind = this.kinds[i];
      if (kind === TEXT) {
        const piece = this.texts[i];
        if (at + piece.length > text.length) return -1;
        for (let k = 0; k < piece.length; k++) {
          const want = piece.charCodeAt(k);
          const c = text.charCodeAt(at + k);
          if (c !== want && !(isColonOrDash(want) && isColonOrDash(c))) return -1;
        }
        at += piece.length;
      } else {
        const start = at;
        if (kind === DIGITS) while (at < text.length && isDigit(text.charCodeAt(at))) at++;
        else while (at < text.length && isRegExpBlank(text.charCodeAt(at))) at++;
        if (at === start) return -1;
      }
    }
    while (at < text.length && isRegExpBlank(text.charCodeAt(at))) at++;
    return at;
  }
}
