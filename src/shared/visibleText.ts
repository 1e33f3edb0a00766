// Text from a file shown to a user: a name may hold characters that are not seen but change what
// is read (the "Trojan Source" class): bidi controls that reorder the text around them,
// zero-width characters that make two different names look one, other control characters and
// lone surrogate halves. Every place the editor shows a name from a file shows each of these as a
// visible mark, never applies it: `⟨U+202E⟩`; a byte that was not UTF-8 (kept as a lone
// surrogate by core/byteEscapes.ts) as `⟨\xE9⟩`. The mark's own opening bracket, when the text
// holds it, is written the same way, so a name cannot imitate a mark. Searches, filters and the
// data sent back use the real text; only what is shown is marked.

/**
 * The one table of characters that are not seen but act, by kind (each a regex class body). The
 * editor marks all of them; the CLI's text (core/format.ts) writes the controls and the bidi
 * controls as U+FFFD, which a terminal would act on, and prints the rest as pprof does.
 */
export const HIDDEN_CHARACTER_CLASSES = {
  /** C0 and C1 controls and DEL: a terminal moves or recolours on them. */
  control: '\\u0000-\\u001f\\u007f-\\u009f',
  /** Bidirectional embeddings, overrides, isolates and marks: they reorder the text around them. */
  bidi: '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069',
  /** Characters of no width: two names apart by one look the same. */
  invisible: '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufeff',
} as const;

/** The mark's opening bracket: marked where the text holds it. */
const MARK_OPEN = '⟨';

const { control, bidi, invisible } = HIDDEN_CHARACTER_CLASSES;
/** Every hidden character, the mark's bracket, and a lone surrogate half (a pair is one character and is kept). */
const HIDDEN = new RegExp(`[${control}${bidi}${invisible}${MARK_OPEN}]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`, 'g');
// The same, with the tab kept (the indentation of a line of source).
const HIDDEN_BUT_TAB = new RegExp(`(?!\\t)(?:${HIDDEN.source})`, 'g');

/** The mark a hidden character (a UTF-16 unit) is shown as. */
export function hiddenCharacterMark(code: number): string {
  // core/byteEscapes.ts: a byte that is not UTF-8, U+DC00 + the byte.
  if (code >= 0xdc80 && code <= 0xdcff) return `${MARK_OPEN}\\x${(code - 0xdc00).toString(16).toUpperCase()}⟩`;
  return `${MARK_OPEN}U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** True when `text` holds a character visibleText marks. */
export function hasHiddenCharacters(text: string): boolean {
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(text);
  HIDDEN.lastIndex = 0;
  return found;
}

const mark = (c: string): string => hiddenCharacterMark(c.charCodeAt(0));

/** `text` with every bidi control, invisible or control character and lone surrogate shown as its mark. */
export function visibleText(text: string): string {
  return hasHiddenCharacters(text) ? text.replace(HIDDEN, mark) : text;
}

/** A line of source text as shown: like visibleText, but its tabs are the indentation they are. */
export function visibleLine(line: string): string {
  return hasHiddenCharacters(line) ? line.replace(HIDDEN_BUT_TAB, mark) : line;
}
