// The pc GOTRACEBACK=system prints last on a Go frame's `file:line` line (`… fp=0x… sp=0x… pc=0x4b5e5b`), by
// its number of hex digits. Go prints a pc without leading zeros, and every Go frame's pc lies in the
// binary's text, so the pcs of one dump are printed with the same number of digits, give or take one
// where the text crosses a power of 16: a last line whose pc has fewer digits than every other frame's
// was cut inside it (`pc=0x7ff6765bdb` where the same `asm_amd64.s:1700 +0x1` printed `…bdb01`).

const MARK = 'pc=0x';
/** A pc has at most 16 hex digits; more is no pc. */
const MAX_PC_DIGITS = 16;

const isLowerHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);

/** The hex digits of the pc that ends the line whose codes `codeAt` gives up to `end`, after ` sp=0x…`; 0 when it ends otherwise. */
function pcDigitsAtEnd(codeAt: (i: number) => number, s: number, end: number): number {
  let i = end;
  while (i > s && end - i <= MAX_PC_DIGITS && isLowerHex(codeAt(i - 1))) i--;
  const digits = end - i;
  if (digits === 0 || digits > MAX_PC_DIGITS || i - s < MARK.length + 1) return 0;
  for (let k = 0; k < MARK.length; k++) if (codeAt(i - MARK.length + k) !== MARK.charCodeAt(k)) return 0;
  // Only a Go frame's `sp=0x… pc=0x…`: a C frame's lone `pc=` may lie in a shared library, far from the binary.
  let j = i - MARK.length - 1;
  if (codeAt(j) !== 0x20) return 0;
  while (j > s && isLowerHex(codeAt(j - 1))) j--;
  return j - s >= 5 && codeAt(j - 1) === 0x78 /* x */ && codeAt(j - 2) === 0x30 && codeAt(j - 3) === 0x3d /* = */ && codeAt(j - 4) === 0x70 /* p */ &&
    codeAt(j - 5) === 0x73 /* s */ ? digits : 0;
}

/** The pc digits of text[s, end)'s last `sp=0x… pc=0x…`, or 0. */
export function pcDigitsOfText(text: string, s: number, end: number): number {
  return pcDigitsAtEnd(i => text.charCodeAt(i), s, end);
}

/** The same on the line's bytes. */
export function pcDigitsOfBytes(bytes: Uint8Array, s: number, end: number): number {
  return pcDigitsAtEnd(i => bytes[i], s, end);
}

/** The fewest digits of the Go frames' pcs read so far, and of those before the last one noted. */
export class FramePcDigits {
  private fewest = Infinity;
  private fewestBeforeLast = Infinity;
  private lastDigits = 0;

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
