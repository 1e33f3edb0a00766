// Where a Go function name may break across lines in a narrow column: after a package path's `/`,
// after a `.`, and between the words of a mixed-case identifier (`Delete|Collection`, `HTTP|Server`),
// so that `registry.(*Store).DeleteCollection.func1` never reads `Dele` / `teCollection`. The browser
// breaks anywhere only inside a piece still too wide for its column. Pure: the unit tests run it in Node.

function isLower(c: string): boolean { return c >= 'a' && c <= 'z'; }
function isUpper(c: string): boolean { return c >= 'A' && c <= 'Z'; }
function isDigit(c: string): boolean { return c >= '0' && c <= '9'; }

/** The offsets a line may break before, ascending, none at 0 or at the end. */
export function nameBreakOffsets(name: string): number[] {
  const offsets: number[] = [];
  for (let i = 1; i < name.length; i++) {
    const before = name[i - 1], at = name[i];
    const afterSeparator = before === '.' || before === '/' || before === '_';
    const wordStart = isUpper(at) && (isLower(before) || isDigit(before) || (isUpper(before) && i + 1 < name.length && isLower(name[i + 1])));
    if ((afterSeparator && at !== '.' && at !== '/') || wordStart) offsets.push(i);
  }
  return offsets;
}
