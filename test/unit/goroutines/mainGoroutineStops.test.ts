// Goroutine 1 runs main: Go ends its stack in main.main, or, in a panic during a package's
// initialisation, in the initialiser (Go ≥ 1.13 hides the runtime's frames under it). A text whose
// last goroutine is goroutine 1 stopping at any other frame is not whole: a paste cut at a line break,
// or an excerpt trimmed on purpose (stoppedStack.ts). Go-made (scripts/go/mainstack): the crash
// whole, and cut at each line break of goroutine 1's stack; both scanner paths read each alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const IN_MAIN = fixture('main_goroutine_panic_in_main.txt');
const IN_INIT = fixture('main_goroutine_panic_in_init.txt');
const IN_MAIN_SYSTEM = fixture('main_goroutine_panic_in_main_system.txt');
const IN_INIT_SYSTEM = fixture('main_goroutine_panic_in_init_system.txt');

/** The text up to the end of each `file:line` line of goroutine 1's stack (the first goroutine), with its line break. */
function cutsAfterLocations(text: string): string[] {
  const start = text.indexOf('goroutine 1 [');
  const end = text.indexOf('\n\n', start);
  const cuts: string[] = [];
  for (let at = text.indexOf('\n\t', start); at >= 0 && at < (end < 0 ? text.length : end); at = text.indexOf('\n\t', at + 1)) {
    cuts.push(text.slice(0, text.indexOf('\n', at + 1) + 1));
  }
  return cuts;
}

describe('goroutines: goroutine 1 stopping above main.main', () => {
  it('whole: the panic in main (goroutine 1 to main.main, goroutine 6 under it) and in an initialiser (to main.init.0)', () => {
    for (const text of [IN_MAIN, IN_INIT]) {
      const d = readAlike(text);
      assert.equal(d.truncated, false);
      assert.deepEqual([...d.goroutines].filter(g => g.cut).map(g => g.id), []);
    }
  });

  it('cut at each line break above main.main or the initialiser: truncated, goroutine 1 cut with the frames it has', () => {
    for (const [text, frames] of [[IN_MAIN, 4], [IN_INIT, 3]] as const) {
      const cuts = cutsAfterLocations(text);
      assert.equal(cuts.length, frames);
      for (const [i, cut] of cuts.entries()) {
        const d = readAlike(cut);
        const last = i === frames - 1;
        // The last cut keeps goroutine 1 whole, down to main.main or the initialiser.
        assert.equal(d.truncated, !last, JSON.stringify(cut.slice(-40)));
        assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[1, !last, i + 1]], JSON.stringify(cut.slice(-40)));
        if (!last) assert.match(d.warnings.at(-1)!.message, /goroutine 1 \(from line 3\) stops without the `created by` line/);
      }
    }
  });

  it('at GOTRACEBACK=system (every frame\'s pc printed, runtime.main and runtime.goexit under main.main): cut right under main.main or the initialiser is told', () => {
    for (const text of [IN_MAIN_SYSTEM, IN_INIT_SYSTEM]) {
      const d = readAlike(text);
      assert.equal(d.truncated, false);
      assert.deepEqual([...d.goroutines].filter(g => g.cut).map(g => g.id), []);
      const g1 = text.slice(0, text.indexOf('\n\n', text.indexOf('goroutine 1 [')) + 1);
      assert.equal(readAlike(g1).truncated, false);
      const cuts = cutsAfterLocations(text);
      for (const [i, cut] of cuts.entries()) {
        const call = cut.trimEnd().split('\n').at(-2)!;
        const outermost = call.slice(0, call.indexOf('('));
        // runtime.main ends goroutine 1 in Go ≤ 1.1 (kept as an end); runtime.goexit is the end Go prints.
        const whole = outermost === 'runtime.goexit' || outermost === 'runtime.main';
        for (const form of [cut, cut.slice(0, -1), cut + '```\n']) {
          const r = readAlike(form);
          assert.equal(r.truncated, !whole, `${i} ${outermost} ${JSON.stringify(form.slice(-30))}`);
          assert.deepEqual([...r.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[1, !whole, i + 1]], JSON.stringify(form.slice(-40)));
        }
      }
      assert.ok(cuts.some(cut => cut.includes('main.main()') || cut.includes('main.init.0()')));
    }
  });

  it('whatever closes the paste after the cut (a fence, blank lines, prose), and behind a log prefix', () => {
    const cut = cutsAfterLocations(IN_MAIN)[1];
    for (const text of [cut + '```\n', cut + '\n\n', cut + '\nThat is all I have.\n', cut.replace(/^/gm, '10:00:01 app: ')]) {
      const d = readAlike(text);
      assert.equal(d.truncated, true, JSON.stringify(text.slice(-30)));
      assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[1, true]]);
    }
  });

  it('not cut: a stack Go shortened (`...additional frames elided...`), a paster\'s `...` under its frames, an initialiser of another package', () => {
    const frames = cutsAfterLocations(IN_MAIN)[1];
    for (const text of [frames + '...additional frames elided...\n', frames + '...\n', frames.replace('main.handle(', 'github.com/spf13/pflag.init(')]) {
      const d = readAlike(text);
      assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[1, false]], JSON.stringify(text.slice(-40)));
    }
  });
});
