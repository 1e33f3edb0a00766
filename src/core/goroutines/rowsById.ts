// Rows of a goroutine table looked up by goroutine id. Ids go past 2^32 on long-running servers
// (goroutine 18970952966); the table holds them, so this holds only row numbers: open addressing
// in one Int32Array, sized once for the table, 5–11 bytes per goroutine and no object per id.
import { HASH_SEED, finishHash, mixNumber } from '../../shared/seededHash';
import type { GoroutineTable } from './goroutineTable';

const FREE = 0;

export class RowsById {
  /** Row + 1 per slot; FREE marks a free slot. */
  private readonly slots: Int32Array;

  /** For up to `rows` rows of `table`. */
  constructor(private readonly table: GoroutineTable, rows: number) {
    let size = 16;
    while (size * 3 < rows * 4) size *= 2;
    this.slots = new Int32Array(size);
  }

  /** Adds `row`; returns the row added before with the same id, or -1. */
  add(row: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = this.hashOf(row) & mask; ; slot = (slot + 1) & mask) {
      const there = slots[slot];
      if (there === FREE) { slots[slot] = row + 1; return -1; }
      if (this.table.sameId(there - 1, row)) return there - 1;
    }
  }

  /** The row added before with the same id as `row`, or -1 (nothing is added). */
  find(row: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = this.hashOf(row) & mask; slots[slot] !== FREE; slot = (slot + 1) & mask) {
      if (this.table.sameId(slots[slot] - 1, row)) return slots[slot] - 1;
    }
    return -1;
  }

  /** `row` takes the slot of `old` (same id). */
  replace(old: number, row: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = this.hashOf(old) & mask; slots[slot] !== FREE; slot = (slot + 1) & mask) {
      if (slots[slot] === old + 1) { slots[slot] = row + 1; return; }
    }
  }

  /** Ids past 2^53 that round to one double differ in their last digits: hashed too, or 10^4 such ids would share one probe run. */
  private hashOf(row: number): number {
    const id = this.table.id(row);
    const big = this.table.bigId(row);
    return big === undefined ? hashId(id) : finishHash(mixNumber(mixNumber(HASH_SEED, id), Number(big % 1_000_000_000n)));
  }

  clear(): void {
    this.slots.fill(FREE);
  }
}

/** Mixes both 32-bit halves: ids are dense runs, which would cluster without mixing, and a dump may be made to collide. */
function hashId(id: number): number {
  return finishHash(mixNumber(HASH_SEED, id));
}
