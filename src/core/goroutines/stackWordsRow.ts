// A row of the stack's words the runtime prints where a traceback broke off (`runtime: unknown pc`,
// `unexpected return pc`): `0000700000103a38:  0020300000000000  00000000043fffff`, or in newer Go
// `0x000000c000053ad0:  0x0000000000000001  0x00000000004a5b8c <main.f+0x2c>`. Go pads every word to the
// address's width (minhexdigits, a pointer's size) and puts a mark before each (` `, `<`, `>`, `!`)
// and a symbol after one it can name: a last word narrower than the address, or a symbol left open,
// is a row the paste cut.
import { isBlank } from './lineParsers';

const isHexCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66);

/** The trimmed hex dump row text[s, end) ends cut inside a word or a symbol. */
export function stackWordsRowCut(text: string, s: number, end: number): boolean {
  let i = text.startsWith('0x', s) ? s + 2 : s;
  const digitsStart = i;
  while (i < end && isHexCode(text.charCodeAt(i))) i++;
  const width = i - digitsStart;
  if (width === 0 || text.charCodeAt(i) !== 0x3a /* : */) return false;
  // The last word or symbol: after the last blank.
  let last = end;
  while (last > i + 1 && !isBlank(text.charCodeAt(last - 1))) last--;
  if (last <= i + 1) return false;
  let w = last;
  const first = text.charCodeAt(w);
  // A symbol (`<runtime.heapBits.initSpan+406>`) is whole when it closes.
  if (first === 0x3c /* < */ && !isHexCode(text.charCodeAt(w + 1)) && !text.startsWith('0x', w + 1)) return text.charCodeAt(end - 1) !== 0x3e /* > */;
  if (first === 0x3c || first === 0x3e /* > */ || first === 0x21 /* ! */) w++;
  if (text.startsWith('0x', w)) w += 2;
  const wordStart = w;
  while (w < end && isHexCode(text.charCodeAt(w))) w++;
  return w === end && w - wordStart < width;
}
