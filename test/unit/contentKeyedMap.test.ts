// ContentKeyedMap and ContentKeyedSet behave as Map and Set of strings, and keep distinct keys
// longer than 16,383 characters (which V8 hashes by their length alone) apart in linear time.
import assert from 'node:assert/strict';
import { ContentKeyedMap, ContentKeyedSet, KeyParts, LONGEST_CONTENT_HASHED, contentHash } from '../../src/shared/contentKeyedMap';
import { longKeysOfOneLength } from '../hostile/longKeys';
import { threadCpuMs, withinCpu } from '../hostile/threadCpu';

describe('ContentKeyedMap', () => {
  it('answers as a Map of strings for short, long and mixed keys, in insertion order', () => {
    const long = longKeysOfOneLength(3);
    const edge = 'y'.repeat(LONGEST_CONTENT_HASHED), past = 'y'.repeat(LONGEST_CONTENT_HASHED + 1);
    const ops: [string, number][] = [['a', 1], [long[0], 2], ['', 3], [edge, 4], [past, 5], [long[1], 6], ['a', 7], [long[0], 8]];
    const ours = new ContentKeyedMap<number>(), theirs = new Map<string, number>();
    for (const [k, v] of ops) { ours.set(k, v); theirs.set(k, v); }
    assert.deepEqual([...ours], [...theirs]);
    assert.deepEqual([...ours.keys()], [...theirs.keys()]);
    assert.deepEqual([...ours.values()], [...theirs.values()]);
    assert.equal(ours.size, theirs.size);
    for (const k of [...long, 'a', 'b', edge, past, 'y'.repeat(LONGEST_CONTENT_HASHED + 2)]) {
      assert.equal(ours.get(k), theirs.get(k));
      assert.equal(ours.has(k), theirs.has(k));
    }
    assert.equal(ours.delete(long[0]), true);
    assert.equal(ours.delete(long[0]), false);
    assert.equal(ours.delete(long[2]), false);
    theirs.delete(long[0]);
    ours.set(long[0], 9); theirs.set(long[0], 9);
    const seen: [string, number][] = [];
    ours.forEach((v, k) => seen.push([k, v]));
    assert.deepEqual(seen, [...theirs]);
    assert.deepEqual([...new ContentKeyedMap(theirs)], [...theirs]);
  });

  it('keeps 3,000 distinct keys of 17,006 characters apart in linear time', () => {
    const keys = longKeysOfOneLength(3000);
    // A Map takes ~20 s of CPU for these on this 2-core machine; this well under 1 s.
    withinCpu(3000, () => {
      const map = new ContentKeyedMap<number>();
      keys.forEach((k, i) => map.set(k, i));
      keys.forEach((k, i) => assert.equal(map.get(k), i));
      assert.equal(map.size, 3000);
    }, 'a ContentKeyedMap of 3,000 long keys');
  });
});

describe('ContentKeyedSet', () => {
  it('answers as a Set of strings, in insertion order', () => {
    const long = longKeysOfOneLength(3);
    const values = ['b', long[1], 'a', long[0], 'b', long[1], ''];
    const ours = new ContentKeyedSet(values), theirs = new Set(values);
    assert.deepEqual([...ours], [...theirs]);
    assert.deepEqual([...ours.entries()], [...theirs.entries()]);
    assert.equal(ours.size, theirs.size);
    for (const v of [...long, 'a', 'c']) assert.equal(ours.has(v), theirs.has(v));
    assert.equal(ours.delete(long[1]), true);
    assert.equal(ours.has(long[1]), false);
    assert.equal(ours.delete('a'), true);
    theirs.delete(long[1]); theirs.delete('a');
    const seen: string[] = [];
    ours.forEach(v => seen.push(v));
    assert.deepEqual(seen, [...theirs]);
  });

  it('keeps 3,000 distinct long members apart in linear time', () => {
    const members = longKeysOfOneLength(3000);
    withinCpu(3000, () => {
      const set = new ContentKeyedSet();
      for (const m of members) set.add(m);
      for (const m of members) assert.ok(set.has(m));
      assert.equal(set.size, 3000);
    }, 'a ContentKeyedSet of 3,000 long members');
  });
});

describe('KeyParts', () => {
  it('a joined key tells its parts apart as the parts themselves would: long parts by content, short ones as they are', () => {
    const [a, b] = longKeysOfOneLength(2);
    const aCopy = a.split('').join('');
    const parts = new KeyParts();
    const key = (name: string, file: string) => `${parts.part(name)}\u0000${parts.part(file)}`;
    // The same long content, another string: one key; another long content: another key.
    assert.equal(key(a, 'f.go'), key(aCopy, 'f.go'));
    assert.notEqual(key(a, 'f.go'), key(b, 'f.go'));
    assert.notEqual(key(a, 'f.go'), key(a, 'g.go'));
    assert.ok(key(a, b).length < 64);
    // A short part that reads as a token, or as an escaped one, stays apart from the token.
    const token = parts.part(a);
    assert.notEqual(parts.part(token), token);
    assert.notEqual(parts.part(parts.part(token)), parts.part(token));
    assert.equal(parts.part('main.f'), 'main.f');
    assert.equal(parts.part('y'.repeat(LONGEST_CONTENT_HASHED)), 'y'.repeat(LONGEST_CONTENT_HASHED));
  });

  it('a long part of a length no other has costs no hash of it, in any number of tables', () => {
    const name = 'main.' + 'x'.repeat(24 << 20);
    const hashMs = cpuOf(() => contentHash(name));
    const tablesMs = cpuOf(() => { for (let i = 0; i < 21; i++) new KeyParts().part(name); });
    assert.ok(tablesMs < hashMs / 4, `21 tables ${tablesMs.toFixed(0)} ms, one hash ${hashMs.toFixed(0)} ms`);
  });
});

function cpuOf(work: () => void): number {
  const started = threadCpuMs();
  work();
  return threadCpuMs() - started;
}

describe('long keys of lengths no other key has', () => {
  it('are found by equal content, told from keys of other lengths and of their own length once one comes', () => {
    const [a, b] = longKeysOfOneLength(2);
    const longer = `${a}z`, aCopy = a.split('').join('');
    const map = new ContentKeyedMap<number>();
    map.set(a, 1);
    map.set(longer, 2);
    assert.equal(map.get(aCopy), 1);
    assert.equal(map.get(b), undefined);
    assert.equal(map.has(b), false);
    map.set(b, 3);
    map.set(aCopy, 4);
    assert.deepEqual([...map.values()], [4, 2, 3]);
    assert.equal(map.get(b.split('').join('')), 3);
    assert.equal(map.get(`${b}z`), undefined);
    assert.equal(map.delete(longer), true);
    assert.deepEqual([...map.keys()].map(k => k.length), [a.length, b.length]);
  });

  it('a key of 32 MB is set and found again without hashing it', () => {
    const huge = 'x'.repeat(32 << 20);
    huge.charCodeAt(0);
    const started = threadCpuMs();
    const map = new ContentKeyedMap<number>();
    map.set(huge, 1);
    assert.equal(map.get(huge), 1);
    const keyMs = threadCpuMs() - started;
    const other = `${'x'.repeat((32 << 20) - 1)}y`;
    other.charCodeAt(0);
    const hashStarted = threadCpuMs();
    map.set(other, 2);
    const withHashesMs = threadCpuMs() - hashStarted;
    assert.equal(map.get(huge), 1);
    assert.equal(map.get(other), 2);
    // Two keys of one length are hashed both: a hundred passes' worth, set against one key alone.
    assert.ok(keyMs * 10 < withHashesMs || keyMs < 5, `one key ${keyMs} ms, a second of its length ${withHashesMs} ms`);
  });
});
