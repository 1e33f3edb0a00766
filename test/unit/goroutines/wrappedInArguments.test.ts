// A call line that a terminal or a log viewer wrapped at its width, anywhere inside the arguments:
// the rest on the next line (at its start, without the dump's indent) is the call's, whether the wrap
// fell between two words, after a comma, or inside a hex number (`0xfffffffffff` / `fffff)`). Every
// cut of every call line of a Go 1.19 SIGQUIT dump (scripts/go/runtimeshapes, Go 1.17's `?` and `{…}`
// arguments), read alike on both paths as the dump unwrapped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const DUMP = readFileSync('test/fixtures/goroutines/go119_sigquit.txt', 'utf8');

const frames = (text: string) => [...readAlike(text).goroutines].map(g => [g.id, g.cut, g.frames.map(f => `${f.func} ${f.file}:${f.line}`)]);

describe('goroutines: a call wrapped inside its arguments', () => {
  it('every cut inside every call\'s arguments reads as the call unwrapped', () => {
    const whole = frames(DUMP);
    const lines = DUMP.split('\n');
    let cuts = 0;
    for (const [i, line] of lines.entries()) {
      const open = line.lastIndexOf('(');
      if (line.startsWith('\t') || line.startsWith('created by') || open < 0 || !line.endsWith(')') || line.endsWith('(...)')) continue;
      // A cut right after `(` leaves no argument on the call's line: no cut in its arguments, another class.
      for (let at = open + 2; at < line.length; at++) {
        const wrapped = [...lines.slice(0, i), line.slice(0, at), line.slice(at), ...lines.slice(i + 1)].join('\n');
        assert.deepEqual(frames(wrapped), whole, `${line.slice(0, at)} / ${line.slice(at)}`);
        cuts++;
      }
    }
    assert.ok(cuts > 500, `${cuts}`);
  });

  it('the hex letters alone under a call cut in a word that is no number stay a line of their own', () => {
    // `cafe)` under `main.f(0x1, abc` is no number's rest: the call is cut there.
    const text = 'goroutine 1 [running]:\nmain.f(0x1, abc\ncafe)\n\t/app/main.go:5 +0x20\n';
    const [[, cut]] = frames(text);
    assert.equal(cut, true);
  });
});
