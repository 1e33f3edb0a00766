// A recovered panic's words glued before the goroutine header of the stack it logged, on one line
// (golangci-lint's `[runner] Panic: …: runtime error: …: goroutine 11990 [running]:`, a
// `log.Printf("panic: %v: %s", r, debug.Stack())`): the line under the header carries none of those
// words, so they are a message, not the dump's prefix (prefixLearner.ts). When the message holds a
// crash line, it is the dump's crash, read as the same words on a line of their own over the header
// are (heldCrashLines.ts).
import { crashLineAfterText } from './crashBeforeDump';
import { CRASH_LINE } from './crashLines';
import { recoveryLineStart, recoveryMessage } from './recoveryLine';
import { isBlank } from './lineParsers';

/** The crash message the words before a header hold, as a crash line after other text is kept; null when they hold none. */
export function crashInWordsBeforeHeader(words: string): string | null {
  // The separator that glued the header to the message (`: `, ` - `) is no part of the crash.
  let end = words.length;
  while (end > 0 && (isBlank(words.charCodeAt(end - 1)) || words.charCodeAt(end - 1) === 0x3a /* : */ || words.charCodeAt(end - 1) === 0x2d /* - */)) end--;
  const text = words.slice(0, end);
  let start = 0;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  const at = CRASH_LINE.test(text.slice(start)) ? start : crashLineAfterText(text);
  if (at >= 0) return text.slice(at);
  const recoveryAt = recoveryLineStart(text);
  return recoveryAt < 0 ? null : recoveryMessage(text, recoveryAt, []);
}
