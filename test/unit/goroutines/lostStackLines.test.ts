// A log that lost lines of a crash (a journal's rate limit, an excerpt that kept a few lines): Go
// prints a `file:line` under every call, so a goroutine whose last call has other text in that
// place, and no more of its stack after it, stopped there: it is cut, not whole. Read alike as a
// string and as bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const fixture = readFileSync('test/fixtures/goroutines/journal_lost_stack_lines.txt', 'utf8');

function reading(a: GoroutineAnalysis) {
  return {
    goroutines: [...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => f.func)]),
    truncated: a.dump.truncated,
    first: a.groups[0]?.suspect ?? null,
    stops: a.dump.warnings.filter(w => / stops at a call /.test(w.message)).map(w => w.message),
  };
}

/** The reading of `text`, checked to be the same on the byte path. */
function read(text: string) {
  const asText = reading(analyzeGoroutineDump(text));
  assert.deepEqual(reading(analyzeGoroutineDump(new TextEncoder().encode(text))), asText, 'bytes and text read alike');
  return asText;
}

const stops = (id: number, from: number, at: number, frames: number) =>
  `line ${at}: goroutine ${id} (from line ${from}) stops at a call whose \`file:line\` is not in the text, other text in its place: ` +
  `its stack is cut off there (kept with the ${frames} ${frames === 1 ? 'frame' : 'frames'} before the cut)`;

describe('goroutines: a stack that stops at a call, other text where its file:line was due', () => {
  it('journald suppressed the lines after goroutine 1\'s `main.main()`: goroutine 1 is cut there, the goroutines after it whole', () => {
    assert.deepEqual(read(fixture), {
      goroutines: [[1, true, ['main.index', 'main.main']], [19, false, ['time.Sleep', 'main.main.func1']]],
      truncated: false,
      first: '1 goroutine crashed (panic: runtime error: index out of range [7] with length 3) in main.index (main.go:25)',
      stops: [stops(1, 4, 8, 2)],
    });
  });

  it('the journal lost the rest of the crash, the unit\'s lines after it: the dump is cut where its last goroutine stops', () => {
    const lines = fixture.split('\n');
    // Goroutine 19 lost too: journald's line, then systemd's.
    const text = [...lines.slice(0, 8), ...lines.slice(15)].join('\n');
    assert.deepEqual(read(text), {
      goroutines: [[1, true, ['main.index', 'main.main']]], truncated: true,
      first: '1 goroutine crashed (panic: runtime error: index out of range [7] with length 3) in main.index (main.go:25)',
      stops: [stops(1, 4, 8, 2)],
    });
  });

  it('a stack cut right under its `panic` call blames no frame: the one that panicked is not in the text', () => {
    const text = 'Mar 02 10:11:12 node-7 api[81]: panic: boom\nMar 02 10:11:12 node-7 api[81]: goroutine 7 [running]:\n' +
      'Mar 02 10:11:12 node-7 api[81]: panic({0x4a2b60, 0x4d8f30})\nMar 02 10:11:13 node-7 systemd[1]: api.service: Main process exited, code=exited, status=2/INVALIDARGUMENT\n' +
      'Mar 02 10:11:13 node-7 systemd[1]: api.service: Failed with result \'exit-code\'.\n';
    assert.deepEqual(read(text), {
      goroutines: [[7, true, ['panic']]], truncated: true, first: '1 goroutine crashed (panic: boom), cut before the frame that panicked', stops: [stops(7, 2, 4, 1)],
    });
  });

  it('a call whose `file:line` comes after a line of other text keeps its stack whole', () => {
    const text = 'panic: boom\n\ngoroutine 7 [running]:\nmain.f(0x1)\nsome other line of the log\n\t/app/main.go:12 +0x1d\nmain.main()\n\t/app/main.go:5 +0x1d\n';
    assert.deepEqual(read(text), { goroutines: [[7, false, ['main.f', 'main.main']]], truncated: false, first: '1 goroutine crashed (panic: boom) in main.f', stops: [] });
  });

  it('a stack of calls without locations (names pasted alone) is not read as cut at each', () => {
    const text = 'goroutine 7 [chan receive]:\nmain.wait()\nmain.main()\n\ngoroutine 8 [select]:\nmain.loop()\n\t/app/main.go:5 +0x1d\ncreated by main.main\n\t/app/main.go:3 +0x1d\n';
    assert.deepEqual(read(text).goroutines, [[7, false, ['main.wait', 'main.main']], [8, false, ['main.loop']]]);
  });
});
