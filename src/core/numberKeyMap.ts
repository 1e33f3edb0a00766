// A map from numbers a file chooses (ids, addresses) to numbers. V8 hashes number keys of a
// Map without a seed, so a file whose ids were picked to share a bucket makes every insert scan
// all the earlier ones (16,000 such ids: 2.5 s instead of 60 ms). This table hashes with this
// process's seed instead, and keeps no object per entry.
import { HASH_SEED, finishHash, mixNumber } from '../shared/seededHash';

const EMPTY = 0;

export class NumberKeyMap {
  /** Entry + 1 per slot; EMPTY marks a free slot. */
  private slots = new Int32Array(16);
  /** Entries in the order they were first set. */
  private keys = new Float64Array(8);
  private values = new Float64Array(8);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: number): number | undefined {
    const entry = this.find(key);
    return entry < 0 ? undefined : this.values[entry];
  }

  /** The entry of `key` (its rank in the order keys were first set, as `entryOf` gives it), undefined when absent. */
  entry(key: number): number | undefined {
    const entry = this.find(key);
    return entry < 0 ? undefined : entry;
  }

  has(key: number): boolean {
    return this.find(key) >= 0;
  }

  set(key: number, value: number): void {
    const entry = this.find(key);
    if (entry >= 0) { this.values[entry] = value; return; }
    const e = this.count++;
    if (e === this.keys.length) this.growEntries();
    this.keys[e] = key;
    this.values[e] = value;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(e);
  }

  /**
   * The entry of `key` (its rank in the order keys were first set), added with value 0 when
   * absent: one probe where `get` then `set` take two.
   */
  entryOf(key: number): number {
    const mask = this.slots.length - 1;
    let slot = hashKey(key) & mask;
    for (let there = this.slots[slot]; there !== EMPTY; slot = (slot + 1) & mask, there = this.slots[slot]) {
      const k = this.keys[there - 1];
      if (k === key || (k !== k && key !== key)) return there - 1;
    }
    const e = this.count++;
    if (e === this.keys.length) this.growEntries();
    this.keys[e] = key;
    this.values[e] = 0;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.slots[slot] = e + 1;
    return e;
  }

  /** Room for `more` keys beyond those held, so that adding them grows the table at most once. */
  reserve(more: number): void {
    const want = this.count + more;
    if (want > this.keys.length) this.growEntries(want);
    if (want * 2 <= this.slots.length) return;
    let slots = this.slots.length;
    while (want * 2 > slots) slots *= 2;
    this.slots = new Int32Array(slots);
    for (let e = 0; e < this.count; e++) this.place(e);
  }

  /** Adds `delta` to the value of `key` (0 when absent). */
  add(key: number, delta: number): void {
    const entry = this.find(key);
    if (entry >= 0) this.values[entry] += delta;
    else this.set(key, delta);
  }

  /** Empties the map; a table grown large is dropped, not wiped, so clearing costs little each time. */
  clear(): void {
    if (this.slots.length > 1024) this.slots = new Int32Array(16);
    else this.slots.fill(EMPTY);
    this.count = 0;
  }

  /** Every key, in the order keys were first set: key i is the one whose entry is i. */
  keysInOrder(): Float64Array {
    return this.keys.slice(0, this.count);
  }

  /** Every key and value, in the order keys were first set. */
  *entries(): IterableIterator<[number, number]> {
    for (let e = 0; e < this.count; e++) yield [this.keys[e], this.values[e]];
  }

  private find(key: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hashKey(key) & mask; ; slot = (slot + 1) & mask) {
      const there = this.slots[slot];
      if (there === EMPTY) return -1;
      // Object.is-like for numbers as Map does, but NaN is the only key that differs from itself.
      const k = this.keys[there - 1];
      if (k === key || (k !== k && key !== key)) return there - 1;
    }
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = hashKey(this.keys[entry]) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.count; e++) this.place(e);
  }

  private growEntries(atLeast = 0): void {
    const size = Math.max(this.keys.length * 2, atLeast);
    const keys = new Float64Array(size);
    keys.set(this.keys);
    this.keys = keys;
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
  }
}

function hashKey(key: number): number {
  return finishHash(mixNumber(HASH_SEED, key));
}
