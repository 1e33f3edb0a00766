// Whether a line is a stack line of any row of the four tables (a goroutine header, headerShapes.ts;
// a call, callShapes.ts; a `file:line`, locationEnds.ts; another kind of stack line,
// stackLineKinds.ts), asked on the text, and the byte path's gate built on it: a line a row reads
// is let through by construction, so a new row's lines need nothing here.
import { mayBeStackLine } from './byteLineParsers';
import { CALL_SHAPES } from './callShapes';
import { parseHeaderLine, parseLocationLine } from './lineParsers';
import { isStackKindLine, mayBeStackKindLine } from './stackLineKinds';

/** Whether some row reads the trimmed line text[s, end) as its own (what it does there depends on the state). */
export function isStackLineOfAnyRow(text: string, s: number, end: number): boolean {
  if (s === end) return false;
  for (let i = 0; i < CALL_SHAPES.length; i++) if (CALL_SHAPES[i].onText(text, s, end) !== null) return true;
  return parseLocationLine(text, s, end) !== null || isStackKindLine(text, s, end) ||
    (text.startsWith('goroutine ', s) && parseHeaderLine(text, s, end) !== null);
}

/**
 * The byte path's gate on the trimmed line bytes[s, end) (under a header, where junk may stand):
 * false only for a line no row reads, which the byte path may then skip as junk or leave alone.
 * The shapes of `mayBeStackLine` and the stack line kinds' starts let the usual lines through on
 * their bytes (and lines that readers outside the rows take, a frame behind a prefix); any other
 * line is decoded and asked of every row, so a row without a test on the bytes is read too.
 */
export function mayBeStackLineOfAnyRow(bytes: Uint8Array, s: number, end: number, decoder: { decode(bytes: Uint8Array, start: number, end: number): string }): boolean {
  if (mayBeStackLine(bytes, s, end) || mayBeStackKindLine(bytes, s, end)) return true;
  const text = decoder.decode(bytes, s, end);
  return isStackLineOfAnyRow(text, 0, text.length);
}
