// Hash tables keyed by what an input holds (label values, goroutine ids, names, the call
// graph's caller/callee pairs) cost one probe per colliding key: a file made so that every key
// collides makes each insert scan all the earlier ones, and a 1 MB profile takes minutes. A seed
// drawn when the process starts and mixed into every such hash means no file can be made in
// advance to collide. Hashes never leave the process, so nothing depends on their values.

/** This process's hash seed. */
export const HASH_SEED = (Math.random() * 4294967296) | 0;

/** `hash` with the 32-bit integer `n` mixed in. */
export function mixInt(hash: number, n: number): number {
  return Math.imul(hash ^ n, 0x9e3779b1) ^ (hash >>> 15);
}

/**
 * `hash` with a whole number up to 2^53 in magnitude (an int64 as JavaScript holds it) mixed in,
 * each 32-bit half in its own step: mixing the halves into one word first would let numbers
 * such as k × (2^32 + 1), whose halves cancel, all hash alike.
 */
export function mixNumber(hash: number, num: number): number {
  return mixInt(mixInt(hash, num >>> 0), Math.floor(num / 4294967296) | 0);
}

/** Spreads every bit of `hash` over the low bits a table masks with (MurmurHash3's finalizer). */
export function finishHash(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
