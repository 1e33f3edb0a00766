// A stack without its goroutine header copied out of an editor or `cat -n` with its line numbers
// (`  9 runtime/debug.Stack()`, ` 10 \truntime/debug/stack.go:24 +0x65`): the numbers are the
// prefix every line carries, learnt from the stack's first call and the `file:line` under it,
// whatever count of digits each has. The stack is Go 1.19's (recovery_report_chi.txt, SOURCES.md)
// without its header and the words above it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const stack = readFileSync('test/fixtures/goroutines/recovery_report_chi.txt', 'utf8').split('\n').slice(2).filter(line => line !== '');

/** The text as a string and as bytes: the scanner's two paths read it alike. */
function bothPaths(text: string): GoroutineAnalysis[] {
  return [analyzeGoroutineDump(text), analyzeGoroutineDump(new TextEncoder().encode(text))];
}

const FRAMES = ['runtime/debug.Stack', 'main.report', 'main.main.func1.1', 'panic', 'main.(*job).deliver', 'main.main.func1'];

describe('goroutines: a stack without its header behind an editor\'s line numbers', () => {
  const numbered: Record<string, string> = {
    // `cat -n`: six columns, a tab.
    'cat -n': stack.map((line, i) => `${String(i + 1).padStart(6)}\t${line}`).join('\n') + '\n',
    // vim's `:set number` from line 9 (9 → 10 inside the first frame) and from line 99 (99 → 100).
    'vim from 9': stack.map((line, i) => `${String(i + 9).padStart(3)} ${line}`).join('\n') + '\n',
    'vim from 99': stack.map((line, i) => `${String(i + 99).padStart(3)} ${line}`).join('\n') + '\n',
  };
  for (const [how, text] of Object.entries(numbered)) {
    it(`${how}: the frames and creator are read, no line skipped`, () => {
      for (const a of bothPaths(text)) {
        assert.deepEqual(a.dump.headlessStacks.map(s => [s.frames.map(f => f.func), s.createdBy?.func]), [[FRAMES, 'main.main']]);
        assert.deepEqual(a.dump.headlessStacks[0].frames.map(f => `${f.file}:${f.line}`)[4], 'example.com/recoveryreports/main.go:22');
        assert.deepEqual(a.dump.warnings, []);
      }
    });
  }

  it('numbered Go source is no stack', () => {
    const source = ['package main', '', 'func main() {', '\tfmt.Println("ready")', '\tdefer wg.Done()', '\tgo serve(0x1)', '}'].map((line, i) => `${String(i + 1).padStart(3)} ${line}`).join('\n');
    for (const a of bothPaths(source)) assert.equal(a.dump.headlessStacks.length, 0);
  });
});
