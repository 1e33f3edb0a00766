// Go prints a blank line after each goroutine's stack, then the next goroutine's header, which
// starts with the word `goroutine`. A text whose last line is that word cut short (`g`, `go`,
// `gorout`), right under the blank line that closed a stack, ends inside the next header: the dump
// was cut there (`runtime.Stack` given too small a buffer, a paste that stopped a few letters in),
// whatever line break or markdown closer a paster put after it. The goroutines above are whole.
// A line of prose ends in other words, so only the word's own start counts.

const HEADER_WORD = 'goroutine';

/** Whether the trimmed line is the start of `goroutine` (the whole word too: its id cut off behind it). */
export function isHeaderWordCut(line: string): boolean {
  return line.length > 0 && line.length <= HEADER_WORD.length && HEADER_WORD.startsWith(line);
}
