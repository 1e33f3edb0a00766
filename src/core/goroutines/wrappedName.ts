// A narrow terminal wraps a long call line inside its function's name as readily as inside a path
// (wrappedLocation.ts): `github.com/gdamore/tcell/v2.(*devTty).Start`, then `.func1(0xc001fc8300)`
// at the next line's start; `created by github`, then `.com/gdamore/tcell/v2.(*devTty).Start`. The
// first piece reads as a name of its own (a bare name, a `created by`), so the join is decided on
// the second: it continues the name when nothing else could start that way (a `.` that no Go line
// starts with, after a piece that ends at a `.` or `/`, which no name ends with) and the two joined
// read as a call (or a `created by`).
//
// A wrap may also fall where both pieces read as names (`…(*devTty).St`, then `art.func1(…)`;
// `created by main.(*T).St`, then `art`). Then the structure decides: a frame's name and a
// `created by` are followed by their `file:line`, and the first piece is not (its next line starts
// at the margin, no location). The two are joined, and the join stands only if the `file:line`
// follows the joined line; else the scanner goes back to both pieces as they stood: a name without
// its frame is skipped and the second read alone, a `created by` kept without its location and the
// rest skipped.
//
// A call line longer than two widths is wrapped twice: in its name, then in its arguments (a
// Windows console's 80 columns: `…json.(*MsgCtl).read`, `Msg(0x23404260, …, 0x407c69,`, ` 0x7ec700)`).
// The name's two pieces then join into a call cut in its arguments, whose rest the next line holds
// (wrappedArguments.ts).
import { CREATED_BY, callCutInArguments, isBareFunctionName, isDigit, isElidedMarker, parseCreatedByLine, parseLocationLine } from './lineParsers';
import { isWholeCallLine } from './callShapes';


/** The line a wrapped name and its rest make, and whether only the `file:line` after it confirms the join. */
export interface JoinedName {
  readonly line: string;
  /** Both pieces read as names: the join stands only when a `file:line` follows the joined line. */
  readonly tentative: boolean;
}

/**
 * The call line that the pending name `head` (a bare name, or a `created by`'s function when
 * `createdBy`) and the line text[s, end) (trimmed; `indented` when white space came before it) make
 * together, or null when the line does not continue the name.
 */
export function joinWrappedName(head: string, createdBy: boolean, text: string, s: number, end: number, indented: boolean): JoinedName | null {
  if (createdBy && head.length > 0) {
    const words = creatorGoroutineWords(head, text, s, end);
    if (words !== null) return words;
  }
  if (indented || end - s < 2 || head.length === 0) return null;
  const last = head.charCodeAt(head.length - 1);
  const headCut = last === 0x2e /* . */ || last === 0x2f /* / */;
  const startsWithDot = text.charCodeAt(s) === 0x2e /* . */ && text.charCodeAt(s + 1) !== 0x2e;
  const tentative = !headCut && !startsWithDot;
  // `./main.go:12`, `.../x.go:3`: a location line, not a name's rest.
  if (isElidedMarker(text, s, end) || parseLocationLine(text, s, end) !== null) return null;
  const rest = text.slice(s, end);
  if (createdBy) {
    const joined = CREATED_BY + head + rest;
    const creator = parseCreatedByLine(joined, 0, joined.length);
    return creator !== null && isBareFunctionName(joined, CREATED_BY.length, creator.funcEnd) ? { line: joined, tentative } : null;
  }
  const joined = head + rest;
  if (isWholeCallLine(joined, 0, joined.length) || callCutInArguments(joined, 0, joined.length) > 0) return { line: joined, tentative };
  // A logger's bare names (zap, pkg/errors) wrap as well: both pieces bare, the join a frame only over its `file:line`.
  return tentative && isBareFunctionName(joined, 0, joined.length) ? { line: joined, tentative } : null;
}

/**
 * Go ≥ 1.21's `created by F in goroutine N` wrapped inside its last words (`…Start`, then `in
 * goroutine 7`; `…Start in gor`, then `outine 7`; `…Start in goroutine`, then `7`), a space taken
 * by the wrap or a trim: the head is read without the words it kept (lineParsers.ts'
 * `creatorWordsCutAt`), so the rest is taken when it is the words' end and a number. No function's
 * name holds a space, so the words made whole, with a number, are the join's evidence: not tentative.
 */
function creatorGoroutineWords(head: string, text: string, s: number, end: number): JoinedName | null {
  let numberStart = end;
  while (numberStart > s && isDigit(text.charCodeAt(numberStart - 1))) numberStart--;
  if (numberStart === end) return null;
  let wordsEnd = numberStart;
  if (wordsEnd > s && text.charCodeAt(wordsEnd - 1) === 0x20) wordsEnd--;
  // Nothing but a number, or the end of the words right before it (`outine 7`, `goroutine 7`, `in goroutine 7`).
  if (wordsEnd > s && (wordsEnd === numberStart || !IN_GOROUTINE_WORDS.endsWith(text.slice(s, wordsEnd)))) return null;
  const joined = `${CREATED_BY}${head} in goroutine ${text.slice(numberStart, end)}`;
  const creator = parseCreatedByLine(joined, 0, joined.length);
  return creator !== null && creator.creatorGoroutine !== null && isBareFunctionName(joined, CREATED_BY.length, creator.funcEnd) ? { line: joined, tentative: false } : null;
}

/** The words between a creator's name and its goroutine's number. */
const IN_GOROUTINE_WORDS = 'in goroutine';
