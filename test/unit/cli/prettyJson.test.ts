// The goroutines command's --json is written in pieces: the text must be JSON.stringify(value, null, 2)'s.
import assert from 'node:assert/strict';
import { writePrettyJson } from '../../../src/cli/prettyJson';

function written(value: unknown): { text: string; pieces: number } {
  let text = '', pieces = 0;
  writePrettyJson(value, t => { text += t; pieces++; });
  return { text, pieces };
}

describe('cli: writePrettyJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes', () => {
    const values: unknown[] = [
      null, 0, -0, NaN, 1e300, true, '', 'a"b\\\n\u2028\u0000', [], {}, [[], {}, [[1]]],
      { a: undefined, f: () => 1, b: [undefined, () => 1, Symbol('s'), NaN], c: { d: { e: 'x' } }, 'k"\n': false },
      { 1: 'one', b: 2, 0: 'zero' }, [{ frames: [{ func: 'main.f', file: '/a.go', line: 3 }], createdBy: null, labels: {} }],
    ];
    for (const value of values) assert.equal(written(value).text, JSON.stringify(value, null, 2));
  });

  it('writes a large result in pieces of 64 Ki characters, not as one string', () => {
    const frames = Array.from({ length: 100_000 }, (_, i) => ({ func: `main.f${i}`, file: '/src/main.go', line: i + 1 }));
    const { text, pieces } = written({ groups: [{ count: 1, frames }] });
    assert.equal(text, JSON.stringify({ groups: [{ count: 1, frames }] }, null, 2));
    assert.ok(pieces >= 100 && pieces <= 200, `${pieces} pieces for ${text.length} characters`);
  });

  it('writes a bigint (a goroutine id past 2^53) as the number token of its digits', () => {
    assert.equal(written({ goroutineIds: [1, 18446744073709551615n] }).text, '{\n  "goroutineIds": [\n    1,\n    18446744073709551615\n  ]\n}');
  });
});
