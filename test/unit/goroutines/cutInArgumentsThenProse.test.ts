// A paste cut inside a call's arguments, then the paster's own words after a blank line (an issue
// form's next heading): Go prints no call line without its `)`, so the stack was cut there, and the
// goroutine is read as cut with the frames above, on both paths. Every call line of a Go 1.19
// SIGQUIT dump (scripts/go/runtimeshapes), cut inside its arguments.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const LINES = readFileSync('test/fixtures/goroutines/go119_sigquit.txt', 'utf8').split('\n');
const PROSE = '\n\n### Steps to reproduce the issue\n\nRunning 30 nested containers\n';

describe('goroutines: a call cut inside its arguments, then prose', () => {
  it('cuts the goroutine there, whatever call and wherever in its arguments', () => {
    let cuts = 0;
    for (const [i, line] of LINES.entries()) {
      const open = line.lastIndexOf('(');
      if (line.startsWith('\t') || line.startsWith('created by') || open < 0 || !line.endsWith(')') || line.endsWith('(...)') || line.endsWith('()')) continue;
      let header = i - 1;
      while (!LINES[header].startsWith('goroutine ')) header--;
      const id = Number(/^goroutine (\d+)/.exec(LINES[header])![1]);
      const framesAbove = LINES.slice(header + 1, i).filter(l => !l.startsWith('\t')).length;
      for (const at of [open + 2, Math.floor((open + line.length) / 2), line.length - 1]) {
        const dump = readAlike(`${LINES.slice(0, i).join('\n')}\n${line.slice(0, at)}${PROSE}`);
        const last = [...dump.goroutines].at(-1)!;
        assert.deepEqual([dump.truncated, last.id, last.cut, last.frames.length], [true, id, true, framesAbove + 1], line.slice(0, at));
        cuts++;
      }
    }
    assert.ok(cuts > 50, `${cuts}`);
  });

  it('a whole call over prose is no such cut: the goroutine stops at a call whose `file:line` is missing', () => {
    const dump = readAlike(`goroutine 7 [running]:\nmain.f(0x1)\n\t/app/main.go:5 +0x20\nmain.g(0x1, 0x2)${PROSE}`);
    assert.ok(!dump.warnings.some(w => w.message.includes('cut inside its arguments')), dump.warnings.map(w => w.message).join('\n'));
  });
});
