import assert from 'node:assert/strict';
import { InternedStacks, type StackMaker } from '../../../src/core/goroutines/internedStacks';
import type { SourceFrame } from '../../../src/core/goroutines/model';

const frame = (k: number): SourceFrame => ({ func: `main.f${k}`, file: '/src/main.go', line: k + 1 });

describe('goroutines: stacks interned by their frame ids', () => {
  it('one id per sequence of frame ids: equal ones alike, a prefix, a longer stack or another order apart', () => {
    const stacks = new InternedStacks();
    const frames = [frame(0), frame(1), frame(2)];
    const abc = stacks.idOf([10, 11, 12], frames);
    assert.equal(stacks.idOf([10, 11, 12], frames.slice()), abc);
    const ab = stacks.idOf([10, 11], frames.slice(0, 2));
    const cba = stacks.idOf([12, 11, 10], frames.slice().reverse());
    const empty = stacks.idOf([], []);
    assert.equal(new Set([abc, ab, cba, empty]).size, 4);
    assert.equal(stacks.idOf([], []), empty);
    assert.equal(stacks.size, 4);
    assert.deepEqual(stacks.framesOf(cba).map(f => f.func), ['main.f2', 'main.f1', 'main.f0']);
  });

  it('reads only as many ids as there are frames (a scratch list may be longer), and ids past 2^32', () => {
    const stacks = new InternedStacks();
    const big = 2 ** 40 + 3;
    const scratch = new Float64Array([big, 7, 99, 99]);
    const id = stacks.idOf(scratch, [frame(0), frame(1)]);
    assert.equal(stacks.idOf([big, 7], [frame(0), frame(1)]), id);
    assert.notEqual(stacks.idOf([2 ** 40 + 4, 7], [frame(0), frame(1)]), id);
  });

  it('copies a new stack\'s frames unless they are handed over, and keeps the first frames seen for an id', () => {
    const stacks = new InternedStacks();
    const scratch = [frame(0)];
    const copied = stacks.idOf([1], scratch);
    scratch[0] = frame(5);
    assert.equal(stacks.framesOf(copied)[0].func, 'main.f0');
    const owned = [frame(2)];
    const kept = stacks.idOf([2], owned, owned.length, true);
    assert.equal(stacks.framesOf(kept), owned);
    assert.equal(stacks.framesOf(stacks.idOf([2], [frame(9)])), owned);
  });

  it('interns the first `length` of scratch lists longer than the stack, copying only those frames', () => {
    const stacks = new InternedStacks();
    const id = stacks.idOf([4, 5, 99], [frame(4), frame(5), frame(99)], 2);
    assert.deepEqual(stacks.framesOf(id).map(f => f.func), ['main.f4', 'main.f5']);
    assert.equal(stacks.idOf([4, 5], [frame(4), frame(5)]), id);
    assert.notEqual(stacks.idOf([4, 5, 99], [frame(4), frame(5), frame(99)]), id);
  });

  it('10^5 distinct stacks each get their own id, found again after the table grew', () => {
    const stacks = new InternedStacks();
    const n = 100_000;
    for (let i = 0; i < n; i++) assert.equal(stacks.idOf([i, i % 7], [frame(i), frame(i % 7)], 2, true), i);
    assert.equal(stacks.size, n);
    for (let i = 0; i < n; i += 997) assert.equal(stacks.idOf([i, i % 7], [frame(i), frame(i % 7)]), i);
    assert.equal(stacks.framesOf(12_345)[0].line, 12_346);
  });

  it('a stack given an unmatched id takes the next id, keeps its frames and is never found, also after the table grew', () => {
    const stacks = new InternedStacks();
    const deep = [frame(0), frame(1)];
    const first = stacks.idOf([0, 1], deep.slice());
    const unmatched = stacks.idOfUnmatched(deep);
    assert.equal(unmatched, first + 1);
    assert.equal(stacks.framesOf(unmatched), deep);
    // Stacks added after it (2,000: the table grows several times) get their own ids; none finds it.
    for (let i = 0; i < 2000; i++) assert.equal(stacks.idOf([i + 10, i], [frame(i + 10), frame(i)], 2, true), unmatched + 1 + i);
    assert.equal(stacks.idOf([0, 1], deep.slice()), first);
    const again = stacks.idOf([], []);
    assert.equal(again, stacks.size - 1);
    assert.notEqual(stacks.idOfUnmatched(deep), unmatched);
  });

  it('a stack found by its ids alone asks for its frames only when it is new, of the ids it was given, and is found by either way after', () => {
    const stacks = new InternedStacks();
    const asked: number[][] = [];
    // The maker builds frame k from id k, so the frames say which ids it was asked for.
    const maker: StackMaker = {
      framesOfIds: (ids, length) => {
        asked.push(Array.from({ length }, (_, i) => ids[i]));
        return Array.from({ length }, (_, i) => frame(ids[i]));
      },
    };
    const scratch = new Float64Array([3, 4, 5, 99]);
    const id = stacks.idOfIds(scratch, 3, maker);
    assert.deepEqual(asked, [[3, 4, 5]]);
    assert.deepEqual(stacks.framesOf(id).map(f => f.line), [4, 5, 6]);
    assert.equal(stacks.idOfIds([3, 4, 5], 3, maker), id);
    assert.equal(stacks.idOf([3, 4, 5], [frame(7), frame(8), frame(9)]), id);
    assert.equal(asked.length, 1);
    const known = stacks.idOf([6], [frame(6)]);
    assert.equal(stacks.idOfIds([6], 1, maker), known);
    assert.equal(asked.length, 1);
    // Distinct stacks past the table's growth each made once, and found again without asking.
    for (let i = 0; i < 3000; i++) assert.equal(stacks.idOfIds([1000 + i, i], 2, maker), known + 1 + i);
    assert.equal(asked.length, 3001);
    for (let i = 0; i < 3000; i += 7) assert.equal(stacks.idOfIds([1000 + i, i], 2, maker), known + 1 + i);
    assert.equal(asked.length, 3001);
    assert.deepEqual(stacks.framesOf(known + 1 + 2999).map(f => f.func), ['main.f3999', 'main.f2999']);
  });
});
