// Grouping by arguments (panicparse's similarity levels) and suspects that read alike. Dumps are
// written here in the form Go prints (one argument word per hex value), small enough to read.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const goroutine = (id: number, state: string, frames: string[], creator = 'main.main\n\t/src/main.go:5 +0x30') =>
  `goroutine ${id} [${state}]:\n${frames.join('\n')}\ncreated by ${creator}\n\n`;

describe('goroutines: similarity and suspects told apart', () => {
  it('--similarity args: values from 2^63 up are numbers (-1, -2), not pointers', () => {
    const args = ['0xffffffffffffffff', '0xfffffffffffffffe', '0xc000010000', '0xc000020000', '0x7fffffffffff0000', '0x7fffffffffffffff'];
    const text = args.map((a, i) => goroutine(i + 1, 'chan receive', [`main.f(${a})\n\t/src/main.go:10 +0x20`])).join('');
    const groups = analyzeGoroutineDump(text, { similarity: 'args' }).groups;
    // -1, -2 and MaxInt64 apart; the three pointers (below 2^63 - 1) together.
    assert.deepEqual(groups.map(g => g.goroutineIds).sort((a, b) => Number(a[0]) - Number(b[0])), [[1], [2], [3, 4, 5], [6]]);
  });

  it('--similarity args: groups alike but for their arguments get no made-up depth', () => {
    const text = [1, 2, 3].map(i => goroutine(i, 'chan receive (nil chan)', [`main.f(0x${i})\n\t/src/main.go:10 +0x20`])).join('');
    const suspects = analyzeGoroutineDump(text, { similarity: 'args' }).groups.map(g => g.suspect);
    assert.deepEqual(suspects, Array(3).fill('1 goroutine blocked forever on chan receive (nil chan) in main.f (main.go:10), created by main.main'));
  });

  it('many groups alike but for a frame further down: each is named by its own frame', () => {
    const n = 300;
    const text = Array.from({ length: n }, (_, g) => goroutine(g + 1, 'chan receive (nil chan)', [
      'example.com/app/q.leak(0xc000010000)\n\t/src/q/q.go:20 +0x20',
      'example.com/app/q.mid(...)\n\t/src/q/m.go:1 +0x20',
      `example.com/app/q.bottom${g}(...)\n\t/src/q/b.go:${g + 1} +0x20`,
    ], 'example.com/app/q.Start\n\t/src/q/s.go:1 +0x1')).join('');
    const suspects = analyzeGoroutineDump(text).groups.map(g => g.suspect ?? '');
    assert.equal(suspects.length, n);
    assert.equal(new Set(suspects).size, n);
    for (const s of suspects) {
      assert.match(s, /^1 goroutine blocked forever on chan receive \(nil chan\) in q\.leak \(q\.go:20\), created by q\.Start, via q\.bottom(\d+) \(b\.go:(\d+)\)$/);
      const [, g, line] = /bottom(\d+) \(b\.go:(\d+)\)$/.exec(s)!;
      assert.equal(Number(line), Number(g) + 1);
    }
  });
});
