// A paster's mark of lines left out (`...`, `[...]`, `…`, `<snip>`, `(trimmed)`, `--snip--`) is a
// gap: frames left out of the stack it stands in, or goroutines left out between those read. No
// goroutine is lost, the mark is no text skipped, and a dump that ends in one is not called cut.
// The byte path and the text path read every mark alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { isPasterGapBytes, isPasterGapLine, readsAsPasterGap } from '../../../src/core/goroutines/pasterGaps';
import { readAlike } from './readAlike';

const MARKS = ['...', '....', '…', '[...]', '[…]', '(...)', '<...>', '<snip>', '<snipped>', '[snip]', '--snip--', '-- snip --', '...snip...', '(trimmed)',
  '[trimmed]', '... (truncated)', '[truncated]', '8<---', '...more goroutines...', '... 240 more goroutines ...', '[... 12 lines omitted ...]', '(rest omitted for brevity)'];
const NOT_MARKS = ['exit status 2', 'more', 'cut', 'FAIL', 'see below...', '// ...', '# ...', '...additional frames elided...', '...12 frames elided...',
  'Process finished with exit code 2', 'the goroutines are all the same', '"..."', '...........................................................................'];

/** A dump of three goroutines made as Go 1.19 prints them, with `mark` put at `place`. */
function dumpWith(mark: string, place: 'between' | 'between, no blank line' | 'inside a stack' | 'under a header' | 'at the end' | 'at the end, no line break'): string {
  const g1 = 'goroutine 1 [chan receive]:\nmain.main()\n\t/app/main.go:20 +0x1c5\n';
  const g7 = 'goroutine 7 [chan send, 3 minutes]:\nmain.worker(0x1)\n\t/app/worker.go:48 +0x52\nmain.pool.func1()\n\t/app/pool.go:12 +0x25\ncreated by main.pool\n\t/app/pool.go:10 +0x34\n';
  const g9 = 'goroutine 9 [select]:\nmain.ticker()\n\t/app/tick.go:5 +0x69\ncreated by main.main\n\t/app/main.go:18 +0x71\n';
  const crash = 'fatal error: all goroutines are asleep - deadlock!\n\n';
  switch (place) {
    case 'between': return `${crash}${g1}\n${g7}\n${mark}\n\n${g9}`;
    case 'between, no blank line': return `${crash}${g1}\n${g7}${mark}\n${g9}`;
    case 'inside a stack': return `${crash}${g1}\n${g7.replace('+0x52\n', `+0x52\n\t${mark}\n`)}\n${g9}`;
    case 'under a header': return `${crash}${g1}\n${g7.replace(':\n', `:\n${mark}\n`)}\n${g9}`;
    case 'at the end': return `${crash}${g1}\n${g7}\n${g9}\n${mark}\n`;
    case 'at the end, no line break': return `${crash}${g1}\n${g7}\n${g9}${mark}`;
  }
}

describe('goroutines: a paster\'s marks of lines left out', () => {
  it('the class of marks, and lines that are none (Go\'s own elision, prose, a comment, a pager\'s prompt)', () => {
    for (const mark of MARKS) {
      assert.equal(isPasterGapLine(mark, 0, mark.length), true, mark);
      assert.equal(isPasterGapBytes(new TextEncoder().encode(mark), 0, new TextEncoder().encode(mark).length), true, mark);
    }
    for (const line of NOT_MARKS) {
      assert.equal(isPasterGapLine(line, 0, line.length), false, line);
      assert.equal(isPasterGapBytes(new TextEncoder().encode(line), 0, new TextEncoder().encode(line).length), false, line);
    }
  });

  it('on the bytes as on the text, for any line of the marks\' characters, words and decoration (log text is such lines)', () => {
    // What a mark is made of, what only looks like it, and log words: the byte test tells most lines by their first word.
    const pieces = ['...', '…', '.', '8', '8<', '<', '>', '-', '--', '=', '~', '*', '[', ']', '(', ')', '{', '}', ':', ',', ' ', '  ', '\t', '12', '240',
      'snip', 'SNIP', 'Snipped', 'trimmed', 'truncated', 'omitted', 'elided', 'more', 'rest', 'etc', 'cut', 'lines', 'goroutines', 'the', 'for', 'brevity',
      'of', 'a', 'frames', 'request', 'failed', 'retry', 'panic', 'ok', 'main', 'go', 'x', 'moreover', 'snipe', 'FAIL', '0x1f', '/', '"', 'é'];
    let state = 5;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const encoder = new TextEncoder();
    let marks = 0;
    for (let round = 0; round < 100_000; round++) {
      const n = 1 + Math.floor(next() * 6);
      const line = Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? ' ' : '');
      const bytes = encoder.encode(line);
      // The exact reading, without the test of words that spares most lines a string.
      const isMark = line.length <= 60 && readsAsPasterGap(line.trim());
      assert.equal(isPasterGapLine(line, 0, line.length), isMark, JSON.stringify(line));
      assert.equal(isPasterGapBytes(bytes, 0, bytes.length), isMark, JSON.stringify(line));
      if (isMark) marks++;
    }
    // The rounds made marks of every kind, not only lines that are none.
    assert.ok(marks > 1000, `${marks} marks`);
  });

  it('every mark at every place: each goroutine read, the gap warned where it is, never a skipped line, the dump whole', () => {
    const places = ['between', 'between, no blank line', 'inside a stack', 'under a header', 'at the end', 'at the end, no line break'] as const;
    for (const mark of MARKS) {
      for (const place of places) {
        const text = dumpWith(mark, place);
        const what = `${mark} ${place}`;
        const d = readAlike(text);
        const gs = [...d.goroutines];
        assert.deepEqual(gs.map(g => g.id), [1, 7, 9], what);
        assert.equal(d.truncated, false, what);
        assert.equal(d.crash?.message, 'fatal error: all goroutines are asleep - deadlock!', what);
        const markLine = text.split('\n').findIndex(l => l.trim() === mark) + 1;
        assert.deepEqual(d.warnings.map(w => w.line), [markLine], what);
        assert.match(d.warnings[0].message, /^line \d+: `.+` marks (frames left out of goroutine 7's stack|lines left out) by whoever pasted/, what);
        assert.doesNotMatch(d.warnings[0].message, /skipped/, what);
        const inStack = place === 'inside a stack' || place === 'under a header';
        // Frames left out of the stack the mark stands in: that stack alone is marked incomplete, its frames and creator kept.
        assert.deepEqual(gs.map(g => g.framesElided), [false, inStack, false], what);
        assert.deepEqual(gs[1].frames.map(f => f.func), ['main.worker', 'main.pool.func1'], what);
        assert.equal(gs[1].createdBy?.func, 'main.pool', what);
        assert.equal(gs[1].waitMinutes, 3, what);
      }
    }
  });

  it('a real cut after a mark is still a cut', () => {
    const cut = readAlike(`${dumpWith('<snip>', 'between')}\ngoroutine 12 [IO wait]:\nmain.serve(0xc0000`);
    assert.deepEqual([[...cut.goroutines].map(g => g.id), cut.truncated], [[1, 7, 9, 12], true]);
  });

  it('a mark before any dump is text around it, skipped as such', () => {
    const d = readAlike(`Here is the dump:\n...\n\n${dumpWith('<snip>', 'between')}`);
    assert.equal([...d.goroutines].length, 3);
    assert.match(d.warnings[0].message, /skipped 2 lines/);
  });

  it('a Go-made deadlock pasted with `<snip>` between goroutines, `...` inside a stack and `[...]` at its end', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/paster_gap_marks_deadlock.txt', 'utf8'));
    const gs = [...a.dump.goroutines];
    assert.deepEqual(gs.map(g => g.id), [1, 6, 7, 10, 11, 12, 13, 14, 15, 16]);
    assert.equal(a.dump.truncated, false);
    assert.equal(a.dump.crash?.message, 'fatal error: all goroutines are asleep - deadlock!');
    assert.deepEqual(gs.filter(g => g.framesElided).map(g => g.id), [10]);
    assert.deepEqual(a.dump.warnings.map(w => w.line), [21, 26, 78]);
    // Goroutine 10 keeps both frames read around the gap, and no longer groups with 12, whose stack is whole.
    const g10 = gs.find(g => g.id === 10)!;
    assert.deepEqual(g10.frames.map(f => `${f.func}:${f.line}`), ['main.nested:108', 'main.nested:104']);
    const group = a.groups.find(g => g.goroutineIds.includes(10))!;
    assert.deepEqual(group.goroutineIds, [10]);
  });
});
