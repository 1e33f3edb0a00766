// Grouping takes a scanned stack's index in the table for its content when the scanner's interner gave
// no one content two ids: no frame is hashed. Where it may have (a line number with leading zeros, a
// receiver's `*` restored, a link's scheme before a name), the frames are hashed as before, and the
// goroutines of one content still make one group.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { groupGoroutines } from '../../../src/core/goroutines';
import type { GoroutineTable } from '../../../src/core/goroutines/goroutineTable';
import { plainJson, readAlike } from './readAlike';

/** The groups of the scanned table, and of a copy that does not know its stacks' interner (frames hashed). */
function groupsBothWays(text: string): { distinct: boolean; groups: unknown; hashed: unknown } {
  const table = readAlike(text).goroutines as GoroutineTable;
  const copy = table.copyRows(0, table.length, new Set());
  assert.equal(copy.stacksDistinctByContent, false);
  return { distinct: table.stacksDistinctByContent, groups: plainJson(groupGoroutines(table)), hashed: plainJson(groupGoroutines(copy)) };
}

const goroutine = (id: number, call: string, location: string): string =>
  `goroutine ${id} [chan receive]:\n${call}\n\t${location} +0x1d\ncreated by main.main in goroutine 1\n\t/src/main.go:4 +0x3b\n\n`;

describe('goroutines: grouping by the scanner\'s stack ids when they are its stacks\' contents', () => {
  it('real dumps (Go 1.19, a race report) take the ids and group as the hashed frames do', () => {
    for (const file of ['test/fixtures/goroutines/race_then_panic.txt', 'test/fixtures/goroutines/go119_traceback_ancestors.txt']) {
      const { distinct, groups, hashed } = groupsBothWays(readFileSync(file, 'utf8'));
      assert.equal(distinct, true, file);
      assert.deepEqual(groups, hashed, file);
    }
  });

  it('1,000 goroutines over 10 stacks: 10 groups of 100 either way', () => {
    const text = Array.from({ length: 1000 }, (_, i) => goroutine(i + 2, `main.f${i % 10}(0x1)`, `/src/main.go:${i % 10 + 1}`)).join('');
    const { distinct, groups, hashed } = groupsBothWays(text);
    assert.equal(distinct, true);
    assert.deepEqual(groups, hashed);
    assert.deepEqual((groups as { count: number }[]).map(g => g.count), Array(10).fill(100));
  });

  for (const [what, a, b] of [
    ['a line number with a leading zero', ['main.f(0x1)', '/src/main.go:10'], ['main.f(0x1)', '/src/main.go:010']],
    ['a receiver\'s `*` a markdown renderer wrote as `_`', ['main.(*T).f(0x1)', '/src/main.go:10'], ['main.(_T).f(0x1)', '/src/main.go:10']],
    ['a link\'s scheme before the name', ['main.f(0x1)', '/src/main.go:10'], ['https://main.f(0x1)', '/src/main.go:10']],
  ] as const) {
    it(`${what}: two texts of one frame, hashed, one group`, () => {
      const { distinct, groups, hashed } = groupsBothWays(goroutine(2, a[0], a[1]) + goroutine(3, b[0], b[1]));
      assert.equal(distinct, false);
      assert.deepEqual(groups, hashed);
      assert.deepEqual((groups as { count: number; frames: { func: string; line: number }[] }[]).map(g => [g.count, g.frames[0].func, g.frames[0].line]),
        [[2, a[0].slice(0, a[0].indexOf('(0x1)')), 10]]);
    });
  }
});
