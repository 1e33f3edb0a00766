// A learnt prefix matched on its pieces must end where its sticky pattern's match ends, on any text:
// random prefixes of digits, blanks (Unicode's among them), `:`/`-` and other characters, against lines
// that carry them, carry them changed, or not.
import assert from 'node:assert/strict';
import { PrefixPieces, isRegExpBlank } from '../../../src/core/goroutines/prefixPieces';
import { linePrefixFrom, prefixPattern, skipLinePrefix } from '../../../src/core/goroutines/linePrefix';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const ALPHABET = ['0', '7', '12', ' ', '\t', '\u00a0', '\u3000', ':', '-', 'a', 'Z', '[', ']', '.', '|', '\\', '(', '$', 'é', '\n', '\r', '\ufeff'];

function patternEnd(prefixText: string, text: string, pos: number): number {
  const pattern = prefixPattern(prefixText);
  pattern.lastIndex = pos;
  const match = pattern.exec(text);
  return match === null ? -1 : pos + match[0].length;
}

describe('goroutines: a line prefix matched on its pieces', () => {
  it('`isRegExpBlank` is what `\\s` matches, over every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isRegExpBlank(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('ends where the prefix\'s pattern ends on 20,000 random prefixes and lines', () => {
    const next = random(21);
    const pick = (n: number): string => Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
    for (let run = 0; run < 20_000; run++) {
      const prefixText = pick(1 + Math.floor(next() * 6)) + (next() < 0.5 ? ' ' : '');
      const trimmed = prefixText.replace(/\s+$/, '');
      if (trimmed === '') continue;
      // The line: the prefix itself, with digits and separators changed, or anything.
      const shape = next();
      const carried = shape < 0.4 ? prefixText : shape < 0.7 ? prefixText.replace(/\d+/g, () => String(Math.floor(next() * 1000))).replace(/[:-]/g, () => (next() < 0.5 ? ':' : '-')) : pick(4);
      const lead = next() < 0.3 ? pick(2) : '';
      const text = lead + carried + pick(Math.floor(next() * 5));
      const pos = lead.length;
      assert.equal(new PrefixPieces(trimmed).matchEnd(text, pos), patternEnd(prefixText, text, pos), JSON.stringify({ prefixText, text, pos }));
    }
  });

  it('skips a log\'s prefix with other digits, `-` for `:`, and leaves a line without it alone', () => {
    const prefix = linePrefixFrom('2024-10-09 12:01:02 app[7]: ');
    const line = '2024-10-10 13-59-00 app[123]:   goroutine 1 [running]:';
    assert.equal(line.slice(skipLinePrefix(prefix, line, 0, line.length)), 'goroutine 1 [running]:');
    const other = 'goroutine 1 [running]:';
    assert.equal(skipLinePrefix(prefix, other, 0, other.length), 0);
    // The blanks after a prefix alone on its line stop at the line's end.
    const alone = '2024-10-10 13:00:00 app[1]:  \nmain.f()';
    assert.equal(skipLinePrefix(prefix, alone, 0, alone.indexOf('\n')), alone.indexOf('\n'));
  });
});
