// The pc GOTRACEBACK=system prints last on a Go frame's `file:line` line (`… fp=0x… sp=0x… pc=0x4b5e5b`), by
// its number of hex digits. Go prints a pc without leading zeros, and every Go frame's pc lies in the
// binary's text, so the pcs of one dump are printed with the same number of digits, give or take one
// where the text crosses a power of 16: a last line whose pc has fewer digits than every other frame's
// was cut inside it (`pc=0x7ff6765bdb` where the same `asm_amd64.s:1700 +0x1` printed `…bdb01`).

/** A pc has at most 16 hex digits; more is no pc. */
const MAX_PC_DIGITS = 16;
const SPACE = 0x20;
const LETTER_S = 0x73;
const LETTER_P = 0x70;
const LETTER_C = 0x63;
const EQUALS = 0x3d;
const DIGIT_0 = 0x30;
const LETTER_X = 0x78;

const isLowerHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);

/** text[at - 5, at) is `sp=0x` (`first` `s`, `second` `p`) or `pc=0x`. */
function markEndsAtText(text: string, at: number, first: number, second: number): boolean {
  return text.charCodeAt(at - 1) === LETTER_X && text.charCodeAt(at - 2) === DIGIT_0 && text.charCodeAt(at - 3) === EQUALS &&
    text.charCodeAt(at - 4) === second && text.charCodeAt(at - 5) === first;
}

/** The same on bytes. */
function markEndsAtBytes(bytes: Uint8Array, at: number, first: number, second: number): boolean {
  return bytes[at - 1] === LETTER_X && bytes[at - 2] === DIGIT_0 && bytes[at - 3] === EQUALS && bytes[at - 4] === second && bytes[at - 5] === first;
}

// `sp=0x`, a digit and ` pc=0x` at least before the pc's digits.
const SHORTEST_BEFORE_PC = 12;

/**
 * The hex digits of the pc that ends text[s, end) after ` sp=0x…` (a Go frame's; a C frame's lone `pc=`
 * may lie in a shared library, far from the binary), or 0 when the line ends otherwise.
 */
export function pcDigitsOfText(text: string, s: number, end: number): number {
  let i = end;
  while (i > s && end - i <= MAX_PC_DIGITS && isLowerHex(text.charCodeAt(i - 1))) i--;
  const digits = end - i;
  if (digits === 0 || digits > MAX_PC_DIGITS || i - s < SHORTEST_BEFORE_PC || !markEndsAtText(text, i, LETTER_P, LETTER_C) ||
    text.charCodeAt(i - 6) !== SPACE) return 0;
  let j = i - 6;
  while (j > s && isLowerHex(text.charCodeAt(j - 1))) j--;
  return j < i - 6 && j - s >= 5 && markEndsAtText(text, j, LETTER_S, LETTER_P) ? digits : 0;
}

/** The same on the line's bytes (the scanner's fast path: no string, no closure). */
export function pcDigitsOfBytes(bytes: Uint8Array, s: number, end: number): number {
  let i = end;
  while (i > s && end - i <= MAX_PC_DIGITS && isLowerHex(bytes[i - 1])) i--;
  const digits = end - i;
  if (digits === 0 || digits > MAX_PC_DIGITS || i - s < SHORTEST_BEFORE_PC || !markEndsAtBytes(bytes, i, LETTER_P, LETTER_C) ||
    bytes[i - 6] !== SPACE) return 0;
  let j = i - 6;
  while (j > s && isLowerHex(bytes[j - 1])) j--;
  return j < i - 6 && j - s >= 5 && markEndsAtBytes(bytes, j, LETTER_S, LETTER_P) ? digits : 0;
}

/** The fewest digits of the Go frames' pcs read so far, and of those before the last one noted. */
export class FramePcDigits {
  private fewest = Infinity;
  private fewestBeforeLast = Infinity;
  private lastDigits = 0;

  /** A Go frame was printed with its pc (`sp=0x… pc=0x…`): at GOTRACEBACK=system or crash, which shows the runtime's frames. */
  get anyNoted(): boolean {
    return this.fewest !== Infinity;
  }

  /** A frame's location ended in a pc of `digits` hex digits (0: no pc). */
  note(digits: number): void {
    if (digits === 0) return;
    this.fewestBeforeLast = this.fewest;
    this.lastDigits = digits;
    if (digits < this.fewest) this.fewest = digits;
  }

  /**
   * The text's last line, a frame's location, ends in a pc of `digits`, fewer than every other frame's pc:
   * cut inside it. `read`: the line was read already (its pc noted, when it was read as a frame's).
   */
  cutShort(digits: number, read: boolean): boolean {
    const others = read && this.lastDigits === digits ? this.fewestBeforeLast : this.fewest;
    return digits > 0 && digits < others;
  }
}
