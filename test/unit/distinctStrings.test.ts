// distinctStrings keeps each string once in first-seen order (pprof's merge of comments), in time
// linear in the characters: V8 hashes a string past 16,383 characters by its length, so a Set of
// distinct long strings of one length compares each with all the earlier ones.
import assert from 'node:assert/strict';
import { distinctStrings } from '../../src/core/distinctStrings';
import { withinCpu } from '../hostile/threadCpu';

describe('distinctStrings', () => {
  it('keeps each string once, in the order first seen across the lists, as a Set does', () => {
    const lists = [['b', 'a', 'b', ''], ['', 'c', 'a', 'é', 'e\u0301'], [], ['c', 'd', 'b'.repeat(20_000), 'b'.repeat(20_000)]];
    assert.deepEqual(distinctStrings(lists), [...new Set(lists.flat())]);
    assert.deepEqual(distinctStrings([]), []);
  });

  it('keeps 10^5 distinct strings and drops their repeats', () => {
    const strings = Array.from({ length: 100_000 }, (_, i) => `comment ${i}`);
    const out = distinctStrings([strings, strings.slice(50_000), strings.slice(0, 10)]);
    assert.equal(out.length, 100_000);
    assert.deepEqual(out, strings);
  });

  it('sets apart 3,000 distinct strings of 20,000 characters that differ only at their end, in linear time', () => {
    const prefix = 'x'.repeat(20_000);
    // Flat strings, as a decoder makes them (a string joined here would be flattened on first read).
    const long = Array.from({ length: 3000 }, (_, i) => new TextDecoder().decode(new TextEncoder().encode(`${prefix}${String(i).padStart(6, '0')}`)));
    // A Set takes ~25 s of CPU for these twice on this 2-core machine (each insert compares with every earlier one); this ~1 s.
    const out = withinCpu(5000, () => distinctStrings([long, long]), 'distinctStrings of 3,000 long strings twice');
    assert.equal(out.length, 3000);
    assert.equal(out[2999], long[2999]);
  });
});
