// A message from the host or a parser shown as a sentence: "unrecognized profile format: … (at
// byte 0)" is a fragment, and an error page that ends mid-air reads as cut off.

/** The text with a capital first letter and a full stop at its end (unless it ends a sentence already). */
export function asSentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  const capital = t[0].toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
