// A log viewer or a terminal wraps a long call line inside its arguments (journalctl -xe at the
// terminal's width): `…setCPUCgroupConfig(0xc000a8a0a0, 0xc000f14f38`, then `, 0x42803…)` at the
// next line's start, without the log prefix every line of the dump carries. The first piece reads
// as a call cut in its arguments (its function is whole); the second holds nothing but what Go
// prints as arguments, so it is their rest, not a line of its own, and the call's `file:line` is
// still to come.

/** Whether a character may stand in Go's printed arguments: hex numbers, `0x`, `, `, `{…}`, `...`, `?`. */
function isArgumentChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || c === 0x78 /* x */ || c === 0x2c /* , */ ||
    c === 0x20 || c === 0x7b /* { */ || c === 0x7d /* } */ || c === 0x2e /* . */ || c === 0x3f /* ? */;
}

/**
 * Reads the trimmed line text[s, end), right under a call cut in its arguments, as their rest:
 * `closed` when it ends them with `)`, `open` when they go on (or the text was cut there), null when
 * the line holds anything else. A lone word of hex letters (`deadbeef`, `cafe`) is no such rest: it
 * needs a digit, a comma or a brace; but under a call cut inside a hex number (`inNumber`, a terminal
 * wrapped at its width: `…, 0x4, 0xfffffffffffffff` / `f)`), hex letters that close the call are that number's last digits.
 */
export function argumentsTail(text: string, s: number, end: number, inNumber = false): 'open' | 'closed' | null {
  if (s >= end) return null;
  const closed = text.charCodeAt(end - 1) === 0x29 /* ) */;
  const last = closed ? end - 1 : end;
  let marked = false;
  for (let i = s; i < last; i++) {
    const c = text.charCodeAt(i);
    if (!isArgumentChar(c)) return null;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x7b || c === 0x7d) marked = true;
  }
  return marked || (closed && (last === s || inNumber)) ? (closed ? 'closed' : 'open') : null;
}
