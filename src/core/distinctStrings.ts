// The strings of some lists once each, in the order first seen (pprof's merge keeps each comment
// once). A Set of strings costs ~0.5 µs an entry past 10^5 of them, and V8 hashes a string longer
// than 16,383 characters by its length alone: distinct long comments of one length all collide,
// and each insert would compare with every earlier one. Here every character is hashed, with
// this process's seed (contentKeyedMap.ts), into a table of numbers.
import { contentHash } from '../shared/contentKeyedMap';

export function distinctStrings(lists: readonly (readonly string[])[]): string[] {
  let total = 0;
  for (const list of lists) total += list.length;
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  /** Per slot, the index in `out` + 1; 0 is free. */
  const slots = new Int32Array(capacity);
  const hashes = new Int32Array(total);
  const out: string[] = [];
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      const hash = contentHash(s);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const entry = slots[slot] - 1;
        if (entry < 0) {
          hashes[out.length] = hash;
          out.push(s);
          slots[slot] = out.length;
          break;
        }
        if (hashes[entry] === hash && out[entry] === s) break;
      }
    }
  }
  return out;
}
