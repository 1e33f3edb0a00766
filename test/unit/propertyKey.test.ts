import assert from 'node:assert/strict';
import { PROPERTY_KEY_LIMIT, propertyKey } from '../../src/core/propertyKey';

describe('propertyKey: input strings as property names', () => {
  it('keeps a key up to the limit as it is', () => {
    const key = 'k'.repeat(PROPERTY_KEY_LIMIT);
    assert.equal(propertyKey(key), key);
    assert.equal(propertyKey('request_id'), 'request_id');
  });

  it('cuts a longer key to the limit, marked with its length and a digest, distinct keys apart', () => {
    const a = propertyKey('x'.repeat(17_000) + 'a'), b = propertyKey('x'.repeat(17_000) + 'b');
    assert.ok(a.length <= PROPERTY_KEY_LIMIT && b.length <= PROPERTY_KEY_LIMIT);
    assert.match(a, /^x+… \(17001 characters, #[0-9a-f]{16}\)$/);
    assert.notEqual(a, b);
    assert.equal(propertyKey('x'.repeat(17_000) + 'a'), a, 'the same key, the same cut');
  });

  it('never cuts between the halves of a surrogate pair', () => {
    for (let shift = 0; shift < 4; shift++) {
      const key = 'y'.repeat(shift) + '\u{1F600}'.repeat(9_000);
      const cut = propertyKey(key);
      const text = cut.slice(0, cut.indexOf('…'));
      assert.ok(!/[\uD800-\uDBFF]$/.test(text), `shift ${shift}: a lone high surrogate at the cut`);
      assert.equal(Buffer.from(cut, 'utf8').toString('utf8'), cut, `shift ${shift}: the cut is well-formed text`);
    }
  });
});
