// What runtime.Stack(buf, true) writes into a buffer too small for the dump (Go cuts it silently)
// against one the dump fits exactly: Go-made (scripts/go/stackbuffer). The whole dump is whole;
// each cut is read as cut, also where it falls at a line break (after a header, after a frame's
// `file:line`). Both scanner paths read each alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

describe('goroutines: runtime.Stack\'s buffer too small, or just big enough', () => {
  it('the dump the buffer fits exactly is whole: four goroutines, none cut, no warning', () => {
    const d = readAlike(fixture('stack_buffer_fits_exactly.txt'));
    assert.equal(d.truncated, false);
    assert.deepEqual(d.warnings, []);
    assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[1, false], [6, false], [7, false], [8, false]]);
  });

  for (const [file, what, cutGoroutine] of [
    ['stack_buffer_cut_after_locked_header.txt', /goroutine 7 \(from line 13\) stops right after its header, with no frame under it/, 7],
    ['stack_buffer_cut_before_created_by.txt', /goroutine 6 \(from line 7\) stops without the `created by` line/, 6],
    ['stack_buffer_cut_in_call.txt', /goroutine 6 \(from line 7\) is cut off \(kept with the 1 frame before the cut\)/, 6],
  ] as const) {
    it(`${file}: truncated, the goroutine the cut fell in marked cut`, () => {
      const d = readAlike(fixture(file));
      assert.equal(d.truncated, true);
      assert.match(d.warnings.map(w => w.message).join('\n'), what);
      const goroutines = [...d.goroutines];
      assert.deepEqual(goroutines.filter(g => g.cut).map(g => g.id), [cutGoroutine]);
    });
  }
});
