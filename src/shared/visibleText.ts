// Text from a file shown to a user: a name may hold characters that are not seen but change what
// is read (the "Trojan Source" class): bidi controls that reorder the text around them,
// zero-width characters that make two different names look one, other control characters and
// lone surrogate halves. Every place the extension shows a name from a file shows each of these
// as a visible mark, never applies it: `⟨U+202E⟩`. The mark's own opening bracket, when the text
// holds it, is written the same way, so a name cannot imitate a mark. Searches, filters and the
// data sent back use the real text; only what is shown is marked.

/** The characters shown as marks, and a lone surrogate half (a pair is one character and is kept). */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u27e8\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The mark a hidden character is shown as. */
export function hiddenCharacterMark(code: number): string {
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** True when `text` holds a character visibleText marks. */
export function hasHiddenCharacters(text: string): boolean {
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(text);
  HIDDEN.lastIndex = 0;
  return found;
}

/** `text` with every bidi control, invisible or control character and lone surrogate shown as its mark. */
export function visibleText(text: string): string {
  if (!hasHiddenCharacters(text)) return text;
  return text.replace(HIDDEN, c => hiddenCharacterMark(c.charCodeAt(0)));
}

/** A line of source text as shown: like visibleText, but its tabs are the indentation they are. */
export function visibleLine(line: string): string {
  if (!hasHiddenCharacters(line)) return line;
  return line.replace(HIDDEN, c => (c === '\t' ? c : hiddenCharacterMark(c.charCodeAt(0))));
}
