// Lists of numbers, one per item of the input (a location, a table entry), kept in typed arrays
// that double as they fill. A JavaScript array of numbers costs the garbage collector its elements
// at every collection while it grows; 10^6 pushes into ten such arrays took four times as long as
// into ten of these (the CLI's V8 flags, a stack 10^6 frames deep keeps about a dozen).

/** Whole numbers from -2^31 to 2^31 - 1. */
export class Int32List {
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 64) {
    this.values = new Int32Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  /** Appends `value`; returns its index. */
  push(value: number): number {
    if (this.count === this.values.length) this.values = doubled(this.values);
    this.values[this.count] = value;
    return this.count++;
  }

  at(index: number): number {
    return this.values[index];
  }

  set(index: number, value: number): void {
    this.values[index] = value;
  }

  /** Drops the values from `length` on. */
  truncate(length: number): void {
    if (length < this.count) this.count = length;
  }
}

/** Any numbers (ids past 2^31, such as a function id and a location id in one). */
export class Float64List {
  private values: Float64Array;
  private count = 0;

  constructor(capacity = 64) {
    this.values = new Float64Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  /** Appends `value`; returns its index. */
  push(value: number): number {
    if (this.count === this.values.length) this.values = doubled(this.values);
    this.values[this.count] = value;
    return this.count++;
  }

  at(index: number): number {
    return this.values[index];
  }

  /** Drops the values from `length` on. */
  truncate(length: number): void {
    if (length < this.count) this.count = length;
  }
}

/**
 * A scratch list of numbers reused call after call: `of(n)` is room for n (its first n values are
 * the caller's to fill). A JavaScript array emptied with `length = 0` drops its storage, and the next
 * push allocates it again.
 */
export class Float64Scratch {
  private values = new Float64Array(64);

  of(length: number): Float64Array {
    if (length > this.values.length) {
      let size = this.values.length;
      while (size < length) size *= 2;
      this.values = new Float64Array(size);
    }
    return this.values;
  }
}

/** A typed array twice as long holding `from`'s values: the one way a growing column grows. */
export function doubled<T extends Int32Array | Uint32Array | Float64Array>(from: T): T {
  const to = new (from.constructor as new (n: number) => T)(from.length * 2);
  to.set(from);
  return to;
}
