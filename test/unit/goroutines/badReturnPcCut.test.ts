// A text that ends in the stack's words Go prints under `runtime: g N: unexpected return pc for F`:
// the runtime prints the frame of F right after them, so the goroutine being printed was cut there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const DUMP = readFileSync('test/fixtures/goroutines/go119_bad_return_pc_sigquit.txt', 'utf8');
const LINES = DUMP.split('\n');
/** The `unexpected return pc` line, the frame Go printed after the stack's words, and goroutine 2's `created by`'s `file:line` (0-based). */
const BAD_PC = LINES.findIndex(l => l.startsWith('runtime: g 1: unexpected return pc for main.victim'));
const FRAME_AFTER_WORDS = LINES.findIndex(l => l.startsWith('main.victim('));
const SECOND_ENDS = LINES.findIndex(l => l === 'created by runtime.init.6') + 1;
const FRAMES_ABOVE = ['runtime/internal/syscall.Syscall6', 'syscall.RawSyscall6', 'syscall.RawSyscall', 'syscall.Kill'];

function firstGoroutine(text: string) {
  const a = analyzeGoroutineDump(text);
  const g = [...a.dump.goroutines][0];
  return { truncated: a.dump.truncated, id: g.id, cut: g.cut, frames: g.frames.map(f => f.func) };
}

describe('goroutines: a text cut in the stack words of an `unexpected return pc`', () => {
  it('whole, the frame printed after the words ends the goroutine, which is not cut', () => {
    assert.deepEqual([BAD_PC > 0, LINES[BAD_PC + 1].startsWith('stack: frame={'), FRAME_AFTER_WORDS - BAD_PC > 10], [true, true, true]);
    assert.deepEqual(firstGoroutine(DUMP), { truncated: false, id: 1, cut: false, frames: [...FRAMES_ABOVE, 'main.victim'] });
  });

  it('cut after a whole row of words, inside a word, or right after `stack: frame=`, the goroutine is cut with the frames above', () => {
    for (const [what, text] of [
      ['after the last row', `${LINES.slice(0, FRAME_AFTER_WORDS).join('\n')}\n`],
      ['after the last row, no line break', LINES.slice(0, FRAME_AFTER_WORDS).join('\n')],
      ['inside a word', `${LINES.slice(0, BAD_PC + 8).join('\n')}\n${LINES[BAD_PC + 8].slice(0, 40)}`],
      ['after `stack: frame=`', `${LINES.slice(0, BAD_PC + 2).join('\n')}\n`],
    ]) {
      assert.deepEqual(firstGoroutine(text), { truncated: true, id: 1, cut: true, frames: FRAMES_ABOVE }, what);
    }
  });

  it('words followed by their frame and the next goroutine, the text ending after that one\'s creator: nothing is cut', () => {
    const a = analyzeGoroutineDump(`${LINES.slice(0, SECOND_ENDS + 1).join('\n')}\n`);
    assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.cut])], [false, [[1, false], [2, false]]]);
  });
});
