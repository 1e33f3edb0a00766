// A paste cut short rarely ends at the cut itself: a line break follows, or the closing fence of
// the markdown block it was pasted in, `</details>`, blank lines. So that the cut can still be told
// (the truncation tracker judges the text's last line), the scanner's reader keeps the last line
// with content and the closers after it back until more text comes; at the end of the text the
// closers are dropped and that line is read as the last one, without its line break.

const NEWLINE = 0x0a;

/** A tail longer than this is not held back: a long last line, or a run of blank lines (hostile input), is read as it comes. */
export const MAX_HELD_BYTES = 4096;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0b || b === 0x0c;

const CLOSING_TAGS = ['</details>', '</pre>', '</code>', '</summary>'].map(tag => Array.from(tag, c => c.charCodeAt(0)));

/**
 * Whether the line bytes[start, end) (without its line break) only closes what a dump was pasted
 * in: blank, a markdown fence (three or more backticks or tildes), a closing HTML tag of an issue's
 * collapsed block, or quote marks closing inline code or a quotation.
 */
export function isClosingLine(bytes: Uint8Array, start: number, end: number): boolean {
  let s = start;
  while (s < end && isSpace(bytes[s])) s++;
  let e = end;
  while (e > s && isSpace(bytes[e - 1])) e--;
  if (s === e) return true;
  const first = bytes[s];
  if (first === 0x60 /* ` */ || first === 0x7e /* ~ */ || first === 0x27 /* ' */ || first === 0x22 /* " */) {
    // Quote marks alone, or a fence: three of one kind, then anything but text (a language tag opens a block, it closes none).
    let i = s;
    while (i < e && bytes[i] === first) i++;
    if (i === e) return true;
    return false;
  }
  if (first === 0x3c /* < */) {
    return CLOSING_TAGS.some(tag => tag.length === e - s && tag.every((c, k) => (bytes[s + k] | 0x20) === (c | 0x20)));
  }
  return false;
}

/**
 * Where the tail to hold back starts in bytes[start, end) (whole lines: bytes[end - 1] is a line
 * break): the start of the last line with content when only closing lines follow it, `start` when
 * every line is a closing one (the line with content, if any, was held before), or `end` when
 * nothing is held (the tail is longer than MAX_HELD_BYTES).
 */
export function heldBackFrom(bytes: Uint8Array, start: number, end: number): number {
  const floor = Math.max(start, end - MAX_HELD_BYTES);
  let lineEnd = end - 1;
  while (lineEnd >= floor) {
    let lineStart = lineEnd;
    while (lineStart > floor && bytes[lineStart - 1] !== NEWLINE) lineStart--;
    // The line may start before the floor: then the tail is too long to hold.
    if (lineStart === floor && floor > start && bytes[floor - 1] !== NEWLINE) return end;
    if (!isClosingLine(bytes, lineStart, lineEnd)) return lineStart;
    if (lineStart === start) return start;
    lineEnd = lineStart - 1;
  }
  return end;
}

/**
 * Where a markdown closer glued to the end of the line bytes[start, end) starts (`… +0x1c5\``,
 * `… +0x1c5\`\`\``: the paste's closing backticks without their line break), or `end` when none is.
 * No dump line ends in a backtick, so the run of them (and white space around it) is the paste's,
 * not the line's; a line of backticks alone is a closing line, not a line with one glued.
 */
export function gluedCloserStart(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(bytes[e - 1])) e--;
  let i = e;
  while (i > start && bytes[i - 1] === 0x60 /* ` */) i--;
  if (i === e) {
    // The bold a paste set its lines in (`… +0x1d**`): two asterisks or more end no dump line either.
    while (i > start && bytes[i - 1] === 0x2a /* * */) i--;
    if (e - i < 2) return end;
  }
  while (i > start && isSpace(bytes[i - 1])) i--;
  return i === start ? end : i;
}
