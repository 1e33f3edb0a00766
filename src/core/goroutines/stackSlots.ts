// Per stack (a dense index), values under a few number keys (state, creator, flags). Nearly every
// stack has one key: a Map per stack cost ~200 bytes each, most of what 10^5 groups of distinct
// stacks (a race report's accesses) kept. Here the first key of each stack lives in two arrays and
// only a stack with a second key gets a Map.

export class StackSlots<V> {
  private readonly firstKeys: number[] = [];
  private readonly firstValues: (V | undefined)[] = [];
  private readonly more = new Map<number, Map<number, V>>();

  get(stack: number, key: number): V | undefined {
    if (this.firstKeys[stack] === key) return this.firstValues[stack];
    return this.firstValues[stack] === undefined ? undefined : this.more.get(stack)?.get(key);
  }

  set(stack: number, key: number, value: V): void {
    if (this.firstValues[stack] === undefined || this.firstKeys[stack] === key) {
      this.growTo(stack);
      this.firstKeys[stack] = key;
      this.firstValues[stack] = value;
      return;
    }
    let keys = this.more.get(stack);
    if (keys === undefined) { keys = new Map(); this.more.set(stack, keys); }
    keys.set(key, value);
  }

  /** Holes make an array sparse (a dictionary): fill up to `stack` so the arrays stay packed. */
  private growTo(stack: number): void {
    for (let i = this.firstKeys.length; i < stack; i++) { this.firstKeys.push(NaN); this.firstValues.push(undefined); }
  }
}
