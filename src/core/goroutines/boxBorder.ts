// Text copied out of a terminal UI (k9s, lazydocker, a tmux pane, a boxed log viewer) carries the
// box's border at both ends of every line, the right one after padding to the box's width:
// `│ goroutine 1 [running]:          │`. The left border is a line prefix like any other
// (prefixLearner.ts); the right one is learnt with it, from the header line, and cut here.
import { isBlank } from './lineParsers';

/** Vertical border characters of boxes and tables. */
const BORDERS = '│┃║|▏▕▌▐╎╏┆┇┊┋';

/**
 * The border that closes the line text[.., end) (trimmed) when the same character opens it, in the
 * text before "goroutine" (`prefixText`), else null. One character at both ends: a Go line never
 * ends with one, and a log prefix rarely opens with one.
 */
export function closingBorderOf(prefixText: string, text: string, end: number): string | null {
  if (end === 0) return null;
  const last = text[end - 1];
  if (!BORDERS.includes(last)) return null;
  const opening = prefixText.trim();
  return opening.length > 0 && (opening[0] === last || opening[opening.length - 1] === last) ? last : null;
}

/** The end of text[s, end) (trimmed) without the closing border and the padding before it. */
export function endBeforeBorder(text: string, s: number, end: number, border: string): number {
  if (end <= s || text[end - 1] !== border) return end;
  end--;
  while (end > s && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A box's top or bottom edge (`└────┘`, `+----+`): box-drawing characters, `-`, `+` and white space only. */
export function isBoxEdge(text: string, s: number, end: number): boolean {
  if (end <= s) return false;
  for (let i = s; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0x2500 && c <= 0x257f) && !isBlank(c) && c !== 0x2d /* - */ && c !== 0x2b /* + */) return false;
  }
  return true;
}
