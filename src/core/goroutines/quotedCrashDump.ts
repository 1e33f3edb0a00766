// A whole dump written as one quoted, escaped string whose first line is the crash line: a JSON
// string value pasted alone (`jq` without `-r`, a test's `%q`), or klog's quoted argument
// (`E1206 08:00:00.000000 1 main.go:10] "panic: boom\n\ngoroutine 1 [running]:\n…"`). The crash line
// right after the quote is the string's first line, not a crash line behind a prefix: the string
// is read as the dump it holds (escapedDump.ts, loggedStrings.ts).
import { findEscapedDump } from './escapedDump';

/** Whether the crash line at text[crashStart] opens a quoted string that holds an escaped dump, read from the crash line on. */
export function crashOpensEscapedDump(text: string, lineStart: number, crashStart: number, end: number): boolean {
  if (crashStart <= lineStart || text.charCodeAt(crashStart - 1) !== 0x22 /* " */) return false;
  const found = findEscapedDump(text, lineStart, end);
  return found !== null && found.quoted && found.start === crashStart;
}
