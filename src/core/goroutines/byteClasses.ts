// A line's bytes summed up as a set of classes, one bit each, OR-ed over the line by the loop that
// finds its end (junkRun.ts). The junk gate's tests each say which bytes a line they can accept
// must hold; a junk line that holds none of them is told without running the test at all. A class
// is a necessary condition only: a line that holds one still goes through the exact test.

/** Per byte, the bits of the classes it belongs to (most bytes: none). */
export const BYTE_CLASSES = new Int32Array(256);

/** The class of every byte of a multi-byte UTF-8 character (non-ASCII white space, a box's border…). */
export const NON_ASCII_CLASS = 1;
for (let b = 0x80; b < 256; b++) BYTE_CLASSES[b] = NON_ASCII_CLASS;

let nextBit = 1;

/** The classes of the ASCII bytes of `chars`, each given a bit of its own the first time it is asked for. */
export function byteClasses(chars: string): number {
  let classes = 0;
  for (let i = 0; i < chars.length; i++) {
    const b = chars.charCodeAt(i);
    if (b >= 0x80) throw new Error('byteClasses: an ASCII byte only');
    if (BYTE_CLASSES[b] === 0) {
      // Bit 31 would make the masks negative; nothing breaks, but 30 bytes are more than the gate needs.
      if (nextBit > 30) throw new Error('byteClasses: no bit left');
      BYTE_CLASSES[b] = 1 << nextBit++;
    }
    classes |= BYTE_CLASSES[b];
  }
  return classes;
}

/** In `pairClasses()`, a pair that holds a newline (the sign bit: a negative entry). */
export const PAIR_NEWLINE = 1 << 31;

let pairs: Int32Array | null = null;
let pairsBits = 0;

/**
 * Per two bytes as a 16-bit little-endian word, the classes of both and PAIR_NEWLINE when either
 * is a newline, so a line is read two bytes a look-up. Made on first use (every module has asked
 * for its classes by then), again if a class was added since.
 */
export function pairClasses(): Int32Array {
  if (pairs !== null && pairsBits === nextBit) return pairs;
  pairs = new Int32Array(1 << 16);
  pairsBits = nextBit;
  for (let pair = 0; pair < pairs.length; pair++) {
    const first = pair & 0xff;
    const second = pair >> 8;
    pairs[pair] = BYTE_CLASSES[first] | BYTE_CLASSES[second] | (first === 0x0a || second === 0x0a ? PAIR_NEWLINE : 0);
  }
  return pairs;
}

/** The classes of the bytes of bytes[from, to), for a caller that has not found the line's end with `pairClasses`. */
export function lineClasses(bytes: Uint8Array, from: number, to: number): number {
  let classes = 0;
  for (let i = from; i < to; i++) classes |= BYTE_CLASSES[bytes[i]];
  return classes;
}

/** Every class: what a caller that has not summed its line up passes (no test is skipped). */
export const ALL_CLASSES = -1;

// Lowercase letters in English text from the most to the least frequent.
const LETTER_FREQUENCY = 'etaoinsrhldcumfpgwybvkxjqz';

/**
 * The class of one byte that every line holding `word` holds: its least common byte in text
 * (anything but a lowercase letter or a space, else its rarest letter), so a needed word costs
 * one bit and lets through as few junk lines as it can.
 */
export function rareByteClass(word: string): number {
  let best = word.charCodeAt(0);
  let bestRank = -1;
  for (let i = 0; i < word.length; i++) {
    const b = word.charCodeAt(i);
    const letter = LETTER_FREQUENCY.indexOf(String.fromCharCode(b));
    const rank = b >= 0x80 || b === 0x20 ? -1 : letter < 0 ? LETTER_FREQUENCY.length : letter;
    if (rank > bestRank) { best = b; bestRank = rank; }
  }
  return best >= 0x80 ? NON_ASCII_CLASS : byteClasses(String.fromCharCode(best));
}
