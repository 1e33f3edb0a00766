// Dumps saved on Windows come as UTF-16: most with a byte order mark (PowerShell's `>`), some
// without one (a tool that strips it, a .NET writer told to leave it out). Without the mark the
// text is told by its shape: ASCII in every other byte and NUL in the rest, which no UTF-8 text
// nor any binary profile has over its first bytes.

export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/** How many first bytes a text without a byte order mark must show as UTF-16 ASCII. */
export const UTF16_SNIFF_BYTES = 32;

/** The UTF-16 byte order of a text from its first bytes; null when it is not UTF-16. */
export function utf16Encoding(head: Uint8Array): Utf16Encoding | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head.length < UTF16_SNIFF_BYTES) return null;
  if (isAsciiInEveryOther(head, 0)) return 'utf-16le';
  if (isAsciiInEveryOther(head, 1)) return 'utf-16be';
  return null;
}

/** Printable ASCII or white space at `first`, `first` + 2, …, and NUL in the bytes between. */
function isAsciiInEveryOther(head: Uint8Array, first: number): boolean {
  for (let i = 0; i < UTF16_SNIFF_BYTES; i += 2) {
    const text = head[i + first], zero = head[i + 1 - first];
    if (zero !== 0 || !((text >= 0x20 && text <= 0x7e) || (text >= 0x09 && text <= 0x0d))) return false;
  }
  return true;
}
