// A narrow terminal wraps a long call line inside its function's name as readily as inside a path
// (wrappedLocation.ts): `github.com/gdamore/tcell/v2.(*devTty).Start`, then `.func1(0xc001fc8300)`
// at the next line's start; `created by github`, then `.com/gdamore/tcell/v2.(*devTty).Start`. The
// first piece reads as a name of its own (a bare name, a `created by`), so the join is decided on
// the second: it continues the name only when nothing else could start that way (a `.` that no
// Go line starts with, after a piece that ends at a `.` or `/`, which no name ends with) and the
// two joined read as a call (or a `created by`).
import { isBareFunctionName, isElidedMarker, parseCallLine, parseCreatedByLine, parseLocationLine } from './lineParsers';

const CREATED_BY = 'created by ';

/**
 * The call line that the pending name `head` (a bare name, or a `created by`'s function when
 * `createdBy`) and the line text[s, end) (trimmed; `indented` when white space came before it) make
 * together, or null when the line does not continue the name.
 */
export function joinWrappedName(head: string, createdBy: boolean, text: string, s: number, end: number, indented: boolean): string | null {
  if (indented || end - s < 2 || head.length === 0) return null;
  const last = head.charCodeAt(head.length - 1);
  const headCut = last === 0x2e /* . */ || last === 0x2f /* / */;
  const startsWithDot = text.charCodeAt(s) === 0x2e /* . */ && text.charCodeAt(s + 1) !== 0x2e;
  if (!headCut && !startsWithDot) return null;
  // `./main.go:12`, `.../x.go:3`: a location line, not a name's rest.
  if (isElidedMarker(text, s, end) || parseLocationLine(text, s, end) !== null) return null;
  const rest = text.slice(s, end);
  if (createdBy) {
    const joined = CREATED_BY + head + rest;
    const creator = parseCreatedByLine(joined, 0, joined.length);
    return creator !== null && isBareFunctionName(joined, CREATED_BY.length, creator.funcEnd) ? joined : null;
  }
  const joined = head + rest;
  return parseCallLine(joined, 0, joined.length) !== null ? joined : null;
}
