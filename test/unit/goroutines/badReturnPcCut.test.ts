// A text that ends in the stack's words Go prints under `runtime: g N: unexpected return pc for F`:
// the runtime prints the frame of F right after them, so the goroutine being printed was cut there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const DUMP = readFileSync('test/fixtures/goroutines/go119_bad_return_pc_sigquit.txt', 'utf8');
const LINES = DUMP.split('\n');
const FRAMES_ABOVE = ['runtime/internal/syscall.Syscall6', 'syscall.RawSyscall6', 'syscall.RawSyscall', 'syscall.Kill'];

function firstGoroutine(text: string) {
  const a = analyzeGoroutineDump(text);
  const g = [...a.dump.goroutines][0];
  return { truncated: a.dump.truncated, id: g.id, cut: g.cut, frames: g.frames.map(f => f.func) };
}

describe('goroutines: a text cut in the stack words of an `unexpected return pc`', () => {
  it('whole, the frame printed after the words ends the goroutine, which is not cut', () => {
    assert.equal(LINES[12], 'runtime: g 1: unexpected return pc for main.victim called from 0x1000');
    assert.deepEqual(firstGoroutine(DUMP), { truncated: false, id: 1, cut: false, frames: [...FRAMES_ABOVE, 'main.victim'] });
  });

  it('cut after a whole row of words, inside a word, or right after `stack: frame=`, the goroutine is cut with the frames above', () => {
    for (const [what, text] of [
      ['after the last row', `${LINES.slice(0, 47).join('\n')}\n`],
      ['after the last row, no line break', LINES.slice(0, 47).join('\n')],
      ['inside a word', `${LINES.slice(0, 29).join('\n')}\n${LINES[29].slice(0, 40)}`],
      ['after `stack: frame=`', `${LINES.slice(0, 14).join('\n')}\n`],
    ]) {
      assert.deepEqual(firstGoroutine(text), { truncated: true, id: 1, cut: true, frames: FRAMES_ABOVE }, what);
    }
  });

  it('words followed by their frame and the next goroutine, the text ending after that one\'s creator: nothing is cut', () => {
    const a = analyzeGoroutineDump(`${LINES.slice(0, 62).join('\n')}\n`);
    assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.cut])], [false, [[1, false], [2, false]]]);
  });
});
