// NumberKeyMap answers as a Map<number, number> would, over ids and addresses as files have them.
import assert from 'node:assert/strict';
import { NumberKeyMap } from '../../src/core/numberKeyMap';

describe('NumberKeyMap', () => {
  it('gets, sets, adds and lists in first-set order, as a Map does', () => {
    const keys = [0, 1, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, -5, 0x7fffffff, 0xffffffff, 18970952966];
    const ours = new NumberKeyMap();
    const map = new Map<number, number>();
    keys.forEach((k, i) => { ours.set(k, i); map.set(k, i); });
    ours.add(2 ** 32, 10); map.set(2 ** 32, map.get(2 ** 32)! + 10);
    ours.add(7, 3); map.set(7, 3);
    ours.set(1, 99); map.set(1, 99);
    assert.equal(ours.size, map.size);
    assert.deepEqual([...ours.entries()], [...map.entries()]);
    for (const k of [...keys, 7, 3, 2 ** 33]) {
      assert.equal(ours.get(k), map.get(k), `key ${k}`);
      assert.equal(ours.has(k), map.has(k), `has ${k}`);
    }
  });

  it('holds many keys through its growth, and clears to empty', () => {
    const ours = new NumberKeyMap();
    for (let i = 0; i < 50_000; i++) ours.set(i * 4096 + 0x400000, i);
    assert.equal(ours.size, 50_000);
    for (let i = 0; i < 50_000; i += 997) assert.equal(ours.get(i * 4096 + 0x400000), i);
    assert.equal(ours.get(4096 + 0x400001), undefined);
    ours.clear();
    assert.equal(ours.size, 0);
    assert.equal(ours.get(0x400000), undefined);
    ours.set(5, 1);
    assert.deepEqual([...ours.entries()], [[5, 1]]);
  });

  it('entryOf answers each key\'s rank in first-set order, adding the absent ones; reserve keeps every key', () => {
    const ours = new NumberKeyMap();
    const keys = [0x1000, 7, 0x1000, -1, 2 ** 40, 7, NaN, NaN, 0];
    const ranks = keys.map(k => ours.entryOf(k));
    assert.deepEqual(ranks, [0, 1, 0, 2, 3, 1, 4, 4, 5]);
    ours.reserve(100_000);
    for (let i = 0; i < 100_000; i++) assert.equal(ours.entryOf(i * 4096 + 0x400000), 6 + i);
    assert.equal(ours.entryOf(2 ** 40), 3);
    assert.equal(ours.get(7), 0);
    assert.equal(ours.size, 100_006);
  });
});
