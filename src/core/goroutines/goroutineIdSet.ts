// The goroutine ids of one dump. Go never prints an id twice in one dump, so an id seen again means
// the text holds a second dump (a log with a dump per SIGQUIT, captures appended to one file).
// Ids go past 2^32 on long-running servers (goroutine 18970952966), so keys are doubles; open
// addressing in one typed array, at most three quarters full, keeps it at 11–21 bytes per goroutine
// and no object per id.

const EMPTY = 0;
const INITIAL_SLOTS = 1024;

export class GoroutineIdSet {
  /** 0 marks a free slot: id 0 (g0 stacks of crash dumps, printed once per thread) is never stored. */
  private slots = new Float64Array(INITIAL_SLOTS);
  private size = 0;

  /** Adds `id`; false when it was there already. Id 0 is always new. */
  add(id: number): boolean {
    if (id === EMPTY) return true;
    if ((this.size + 1) * 4 > this.slots.length * 3) this.grow();
    const added = insert(this.slots, id);
    if (added) this.size++;
    return added;
  }

  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(EMPTY);
    this.size = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const id of old) if (id !== EMPTY) insert(this.slots, id);
  }
}

function insert(slots: Float64Array, id: number): boolean {
  const mask = slots.length - 1;
  let slot = hashId(id) & mask;
  for (;;) {
    const there = slots[slot];
    if (there === id) return false;
    if (there === EMPTY) { slots[slot] = id; return true; }
    slot = (slot + 1) & mask;
  }
}

/** Mixes both 32-bit halves: ids are dense runs, which would cluster without mixing. */
function hashId(id: number): number {
  const low = id >>> 0;
  const high = Math.floor(id / 4294967296) >>> 0;
  const mixed = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
  return (mixed ^ (mixed >>> 15)) >>> 0;
}
