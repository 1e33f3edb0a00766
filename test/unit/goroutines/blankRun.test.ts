// The count of a run of blank lines (blankRun.ts, four line breaks at a time where it can) must
// stop where a byte loop stops and count what it counts, at any alignment of the bytes in memory.
import assert from 'node:assert/strict';
import { countBlankLines, type BlankRun } from '../../../src/core/goroutines/blankRun';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** The plain loop the count replaced. */
function naiveCount(bytes: Uint8Array, pos: number, end: number): { lineStart: number; lines: number } {
  let lines = 0;
  let lineStart = pos;
  for (let i = pos; i < end; i++) {
    const b = bytes[i];
    if (b === 0x0a) { lines++; lineStart = i + 1; } else if (b !== 0x20 && b !== 0x09 && b !== 0x0d) break;
  }
  return { lineStart, lines };
}

describe('goroutines: a run of blank lines counted on its bytes', () => {
  it('stops and counts as a byte loop, at every offset and alignment', () => {
    const next = random(3);
    const run: BlankRun = { lineStart: 0, lines: 0 };
    for (let round = 0; round < 400; round++) {
      const length = Math.floor(next() * 200);
      // Mostly line breaks, some white space, now and then a line with content.
      const buffer = new Uint8Array(length + 8);
      const offset = Math.floor(next() * 4);
      const bytes = buffer.subarray(offset, offset + length);
      for (let i = 0; i < length; i++) {
        const r = next();
        bytes[i] = r < 0.85 ? 0x0a : r < 0.92 ? 0x20 : r < 0.95 ? 0x0d : r < 0.97 ? 0x09 : 0x61;
      }
      const pos = Math.floor(next() * (length + 1));
      const end = pos + Math.floor(next() * (length - pos + 1));
      countBlankLines(bytes, pos, end, run);
      assert.deepEqual({ lineStart: run.lineStart, lines: run.lines }, naiveCount(bytes, pos, end), `round ${round}: [${pos}, ${end}) of ${length} at offset ${offset}`);
    }
  });
});
