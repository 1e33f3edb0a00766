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

  it(`an id past ${MAX_GOROUTINE_ID_DIGITS} digits is no header (its bigint would take quadratic time): its stack reads without one, and a warning says why, once`, () => {
    const header = (digits: number) => `goroutine ${'9'.repeat(digits)} [select]:\nmain.f()\n\t/src/main.go:3 +0x1d\n`;
    const d = readAlike(header(MAX_GOROUTINE_ID_DIGITS + 1));
    assert.equal(d.goroutines.length, 0);
    assert.equal(d.headlessStacks.length, 1);
    const said = (w: { message: string }) => w.message.includes('a goroutine header whose id has');
    assert.deepEqual(d.warnings.filter(said).map(w => w.message), [
      'line 1: a goroutine header whose id has 1,001 digits, where Go prints at most 20: an id of more than 1,000 digits is not read ' +
      '(an exact number that long takes time that grows with its square), so the header is skipped and the stack under it read without it, as is any later header of such an id',
    ]);
    // Several such headers, 10^5 digits among them: one warning, at the first.
    const many = readAlike(`${header(MAX_GOROUTINE_ID_DIGITS + 5)}\n${header(100_000)}\n${header(MAX_GOROUTINE_ID_DIGITS + 1)}`);
    assert.deepEqual(many.warnings.filter(said).map(w => w.line), [1]);
    assert.match(many.warnings.filter(said)[0].message, /has 1,005 digits/);
    // At the limit the id is read, and no line of prose that starts so is taken for one.
    assert.equal(readAlike(header(MAX_GOROUTINE_ID_DIGITS)).warnings.filter(said).length, 0);
    assert.equal(readAlike(`goroutine ${'9'.repeat(MAX_GOROUTINE_ID_DIGITS + 1)} is what the log says\n${header(3)}`).warnings.filter(said).length, 0);
  });
});
