// A crash a terminal program's output interleaved with (pasted/pomodemo_1_… is a real one): its
// crash line glued after the program's words, its `[signal …]` line after a progress bar the program
// drew without ending its line. The crash is read as Go printed it, on both paths. The dump is Go's
// (crash_runtime_error_value_over_signal_line.txt: `crashshapes nilderef`, Go 1.19, whose first line
// lost its `panic: `, put back here).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { readAlike } from './readAlike';

const lines = readFileSync('test/fixtures/goroutines/crash_runtime_error_value_over_signal_line.txt', 'utf8').split('\n');
const CRASH = `panic: ${lines[0]}`;
const SIGNAL = lines[1];
const REST = lines.slice(2).join('\n');

function reading(text: string) {
  const dump = readAlike(text);
  const a = analyzeGoroutineDump(text);
  return { crash: dump.crash?.message ?? null, goroutines: dump.goroutines.length, first: a.groups[0]?.suspect ?? null };
}

describe('goroutines: a `[signal …]` line glued after a program\'s output', () => {
  const plain = reading(`${CRASH}\n${SIGNAL}\n${REST}`);

  it('the plain crash names the nil dereference in main.nilDeref', () => {
    assert.equal(plain.crash, CRASH);
    assert.match(plain.first ?? '', /^1 goroutine crashed \(panic: runtime error: invalid memory address or nil pointer dereference\) in main\.nilDeref \(main\.go:28\)/);
  });

  for (const [what, before, bar] of [
    ['words, then a progress bar', 'Time to snooze...', '███████████ 100%                    '],
    ['a prompt, then a spinner', '$ ./tool run ', '⠋ uploading  '],
    ['words, then spaces a redraw left', 'done.', '          '],
  ]) {
    it(`${what}: the crash, its goroutines and culprit as Go printed them`, () => {
      assert.deepEqual(reading(`${before}${CRASH}\n${bar}${SIGNAL}\n${REST}`), plain);
    });
  }

  it('a `[signal …]` inside a line\'s words, or words after it, is no signal line: the crash line glued to output is not taken', () => {
    for (const bar of [`see ${SIGNAL} above`, `${SIGNAL.slice(0, -1)}`]) {
      const read = reading(`Time to snooze...${CRASH}\nprogress ${bar}\n${REST}`);
      assert.equal(read.crash, null, bar);
      assert.equal(read.goroutines, plain.goroutines);
    }
  });
});
