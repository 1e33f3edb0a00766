// Goroutine ids longer than a uint64's 20 digits: no Go runtime prints one, but a header that is
// whole and readable but for its id is that goroutine, its id kept exact (a bigint, the CLI's
// JSON prints its digits), not a stack without its header under a skipped line ("cut at the
// start"). Go-made dumps whose ids are made longer; both scanner paths read each alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';
import { MAX_GOROUTINE_ID_DIGITS } from '../../../src/core/goroutines/byteLineParsers';

/** The text with every goroutine id N of its headers written `prefix` + N. */
/** A reading's goroutines as an array. */
const goroutinesOf = (d: ReturnType<typeof readAlike>) => [...d.goroutines];

const longIds = (text: string, prefix: string): string => text.replace(/^goroutine (\d+) \[/gm, (_m, id: string) => `goroutine ${prefix}${id} [`);

describe('goroutines: ids past 20 digits', () => {
  for (const file of ['go119_debug2.txt', 'go119_sigquit.txt']) {
    it(`${file} with 21-, 40- and ${MAX_GOROUTINE_ID_DIGITS}-digit ids: the same goroutines and groups, each id exact, nothing cut`, () => {
      const text = readFileSync(`test/fixtures/goroutines/${file}`, 'utf8');
      const plain = readAlike(text);
      const ids = goroutinesOf(plain).map(g => String(g.id));
      for (const digits of [21, 40, MAX_GOROUTINE_ID_DIGITS]) {
        const prefix = '9'.repeat(digits - Math.max(...ids.map(id => id.length)));
        const d = readAlike(longIds(text, prefix));
        assert.equal(d.goroutines.length, plain.goroutines.length, `${digits} digits`);
        assert.deepEqual(goroutinesOf(d).map(g => g.id), goroutinesOf(plain).map(g => BigInt(`${prefix}${g.id}`)), `${digits} digits`);
        assert.deepEqual(goroutinesOf(d).map(g => [g.state, g.frames.length, g.cut]), goroutinesOf(plain).map(g => [g.state, g.frames.length, g.cut]));
        assert.deepEqual(d.headlessStacks, []);
        assert.equal(d.truncated, plain.truncated);
        assert.deepEqual(d.warnings, plain.warnings);
      }
    });
  }

  it('two headers of one long id are one goroutine read twice (two dumps), as for a short id', () => {
    const one = `goroutine ${'7'.repeat(30)} [select]:\nmain.f()\n\t/src/main.go:3 +0x1d\ncreated by main.main\n\t/src/main.go:9 +0x25\n\n`;
    const d = readAlike(one + one);
    assert.equal(d.goroutines.length, 1);
    assert.equal(d.earlierDumps.length, 1);
    assert.equal(goroutinesOf(d)[0].id, BigInt('7'.repeat(30)));
  });

  it(`an id past ${MAX_GOROUTINE_ID_DIGITS} digits is no header (its bigint would take quadratic time): its stack reads without one, as before`, () => {
    const d = readAlike(`goroutine ${'9'.repeat(MAX_GOROUTINE_ID_DIGITS + 1)} [select]:\nmain.f()\n\t/src/main.go:3 +0x1d\n`);
    assert.equal(d.goroutines.length, 0);
    assert.equal(d.headlessStacks.length, 1);
  });
});
