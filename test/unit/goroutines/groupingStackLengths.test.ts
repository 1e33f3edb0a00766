// Grouping tells stacks apart by their frames' content; a stack of a length no other stack of the dump
// has equals none, and is grouped without hashing its frames. Both kinds side by side, read from text.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const header = (id: number, state: string): string => `goroutine ${id} [${state}]:`;
const call = (func: string, location: string): string => `${func}(0x1)\n\t${location} +0x1d`;
const creator = 'created by main.main in goroutine 1\n\t/src/main.go:1 +0x44';

/** A stack `depth` frames deep, each frame its own function and line, innermost first. */
function deepStack(depth: number, name: string): string {
  return Array.from({ length: depth }, (_, i) => call(`main.${name}${i}`, `/src/deep.go:${i + 1}`)).join('\n');
}

function groupsOf(text: string): { count: number; depth: number; ids: readonly unknown[] }[] {
  return analyzeGoroutineDump(text).groups.map(g => ({ count: g.count, depth: g.frames.length, ids: g.goroutineIds }));
}

describe('goroutines: grouping stacks of a length no other has', () => {
  it('a deep stack of its own length is a group of its own beside stacks that share a length', () => {
    const text = [
      header(10, 'chan receive'), deepStack(3000, 'f'), creator, '',
      header(11, 'select'), call('main.loop', '/src/loop.go:7'), creator, '',
      header(12, 'select'), call('main.loop', '/src/loop.go:7'), creator, '',
      header(13, 'select'), call('main.other', '/src/loop.go:9'), creator, '',
    ].join('\n') + '\n';
    const groups = groupsOf(text);
    assert.deepEqual(groups.map(g => [g.depth, g.count]).sort((a, b) => a[0] - b[0] || a[1] - b[1]), [[1, 1], [1, 2], [3000, 1]]);
    assert.deepEqual(groups.find(g => g.depth === 3000)?.ids, [10]);
  });

  it('two deep stacks of one length and one content are one group, though their frames were interned apart (a line number with a leading zero)', () => {
    // `deep.go:07` is its own location on the scanner's byte path (the digits are not the number as
    // printed), so the two stacks are two interned stacks of equal frames: grouping finds them equal by content.
    const zeroed = deepStack(2000, 'g').replace('/src/deep.go:7 ', '/src/deep.go:07 ');
    const text = [
      header(20, 'chan send'), deepStack(2000, 'g'), creator, '',
      header(21, 'chan send'), zeroed, creator, '',
      header(22, 'chan send'), deepStack(2001, 'g'), creator, '',
    ].join('\n') + '\n';
    const analysis = analyzeGoroutineDump(text);
    const [first, second] = [...analysis.dump.goroutines].filter(g => g.frames.length === 2000);
    assert.notEqual(first.frames, second.frames, 'the scanner interned the two stacks apart');
    assert.deepEqual(first.frames[6], second.frames[6]);
    const groups = groupsOf(text);
    assert.deepEqual(groups.map(g => [g.depth, g.count]).sort((a, b) => a[0] - b[0]), [[2000, 2], [2001, 1]]);
  });
});
