// The lines a paste's markup adds around what a program printed: an HTML block's tags alone on a
// line (`<pre>`, `<pre><code>`, `<details>`, `</summary>`) and a markdown fence (```` ```text ````).
// No program prints such a line over its stack, so words above one are the paster's: a sentence
// that says "panic" and ends in a colon (`When the panic is recovered, i will see something like
// that:`) introduces the output under the markup, and is no server's recovery line (recoveryLine.ts).

/** Tags from the line's start to its end, words only between them: `<pre>`, `<pre><code class="language-go">`, `<details><summary>log</summary>`. */
const TAGS_ALONE = /^<\/?[A-Za-z][^<>]*>(?:[^<>]*<\/?[A-Za-z][^<>]*>)*$/;
/** A fence, its info string one word or none. */
const FENCE = /^(?:`{3,}|~{3,})[\w+-]*$/;
/** Longer lines are no markup line. */
const MAX_MARKUP_CHARS = 200;

/** The (untrimmed) line holds only a paste's markup. */
export function isPasteMarkupLine(line: string): boolean {
  const text = line.trim();
  // Every markup line starts with its tag's `<` or its fence's first character: other lines (junk after a held line) are told without a match.
  const first = text.charCodeAt(0);
  return (first === 0x3c /* < */ || first === 0x60 /* ` */ || first === 0x7e /* ~ */) && text.length <= MAX_MARKUP_CHARS && (TAGS_ALONE.test(text) || FENCE.test(text));
}
