// Character tests on a code unit or byte that the scanner and its parts share (ASCII only: the
// same test serves a string's char code and a UTF-8 byte).

/** A space or a tab: how Go indents a frame's `file:line`. */
export const isIndentCode = (c: number): boolean => c === 0x20 || c === 0x09;

/** A digit or a lowercase hex letter: what every location line ends with (a line number, an offset, a `pc=0x…`). */
export const isLowerHexCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);
/** `a`–`f`: a hex digit a name may start with. */
export const isHexLetterCode = (c: number): boolean => c >= 0x61 && c <= 0x66;
