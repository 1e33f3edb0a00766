// Go prints the runtime's panic frame unqualified (`panic({0x501be0, 0xc0000287b0})`, `panic(0x…)` in
// Go 1.6–1.16), the one call a traceback prints without its package. A paste cut in its arguments keeps
// it as the cut frame, as any call cut there: the goroutine reads as the same text cut right after the
// frame's location, marked cut. Go-made dumps (Go 1.19: a re-panic in a deferred function, and a panic
// with GOTRACEBACK=system where `panic` is the first frame), on both paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { readAlike } from './readAlike';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

function reading(text: string) {
  readAlike(text);
  const a = analyzeGoroutineDump(text);
  const g = [...a.dump.goroutines][0];
  return { frames: g.frames.map(f => f.func), suspect: a.groups[0]?.suspect };
}

describe('goroutines: a paste cut in the arguments of the runtime\'s panic frame', () => {
  for (const name of ['demo_repanic.txt', 'demo_panic_system.txt']) {
    it(`${name}: the panic frame kept, the goroutine cut, blamed as with the frame whole`, () => {
      const text = fixture(name);
      const call = text.indexOf('\npanic({') + 1;
      const callEnd = text.indexOf('\n', call);
      const locationEnd = text.indexOf('\n', callEnd + 1) + 1;
      const whole = reading(text.slice(0, locationEnd));
      assert.equal(whole.frames.at(-1), 'panic');
      for (let at = call + 'panic('.length; at < callEnd - 1; at += 3) {
        for (const closer of ['', '\n', '\n```\n']) {
          const cut = text.slice(0, at) + closer;
          assert.deepEqual(reading(cut), whole, JSON.stringify(cut.slice(call)));
          assert.equal([...analyzeGoroutineDump(cut).dump.goroutines][0].cut, true, JSON.stringify(cut.slice(call)));
        }
      }
    });
  }

  it('a word before `(` is still no call: only `panic` goes unqualified', () => {
    const header = 'goroutine 7 [running]:\nmain.f()\n\t/app/main.go:5 +0x1d\n';
    const frames = (last: string) => [...analyzeGoroutineDump(`${header}${last}\n\`\`\`\n`).dump.goroutines][0].frames.map(f => f.func);
    assert.deepEqual(frames('panic({0x19d8600, 0x2f6e3'), ['main.f', 'panic']);
    for (const word of ['print({0x19d8', 'panics({0x1', 'Panic({0x1', 'see(0x1']) assert.deepEqual(frames(word), ['main.f'], word);
  });
});
