// The byte-keyed tables must answer what a plain Map of the keys' text answers, through every growth
// of their slots (each entry's key bounded by the next one's start, the hashes read back from the
// slots): keys of every length from empty to long, sharing prefixes, read from the middle of a larger
// buffer, and 10^5 distinct names as a stack of distinct frames brings them.
import assert from 'node:assert/strict';
import { ByteKeyIds, ByteKeyTable, hashBytes } from '../../../src/core/goroutines/byteKeyTable';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const encoder = new TextEncoder();

/** Looks every key up in both tables (checked against a Map), adding those not there yet; then looks all of them up again. */
function checkAgainstMap(keys: readonly string[]): void {
  const ids = new ByteKeyIds();
  const values = new ByteKeyTable<string>();
  const model = new Map<string, number>();
  const lookUp = (key: string) => {
    // The key sits inside a larger buffer, as a name inside its line.
    const bytes = encoder.encode(`\t${key}(0x1)`);
    const start = 1, end = bytes.length - 5;
    return { bytes, start, end, hash: hashBytes(bytes, start, end) };
  };
  for (const key of keys) {
    const { bytes, start, end, hash } = lookUp(key);
    const found = ids.get(bytes, start, end, hash);
    assert.equal(found, model.get(key) ?? -1, key);
    assert.equal(values.get(bytes, start, end, hash), model.has(key) ? key : undefined, key);
    if (found < 0) {
      const id = model.size * 3;
      ids.set(bytes, start, end, hash, id);
      const entry = values.set(bytes, start, end, hash, key);
      assert.equal(entry, model.size);
      assert.ok(values.keyIs(entry, bytes, start, end));
      model.set(key, id);
    }
  }
  assert.equal(ids.size, model.size);
  let entry = 0;
  for (const [key, id] of model) {
    const { bytes, start, end, hash } = lookUp(key);
    assert.equal(ids.get(bytes, start, end, hash), id, key);
    assert.equal(values.valueAt(entry), key);
    assert.ok(values.keyIs(entry, bytes, start, end), key);
    // A key one byte shorter or longer is another key.
    assert.equal(values.keyIs(entry, bytes, start, end + 1), false, key);
    if (end > start) assert.equal(values.keyIs(entry, bytes, start, end - 1), false, key);
    entry++;
  }
}

describe('ByteKeyTable / ByteKeyIds', () => {
  it('answers as a Map does for keys of mixed lengths, repeated and new, through every growth', () => {
    const next = random(7);
    const keys: string[] = [];
    for (let i = 0; i < 60_000; i++) {
      const r = next();
      if (r < 0.05) keys.push('');
      else if (r < 0.4) keys.push(`main.f${Math.floor(next() * 5_000)}`);
      else if (r < 0.45) keys.push('x'.repeat(1 + Math.floor(next() * 300)));
      else keys.push(`pkg/${Math.floor(next() * 40_000).toString(36)}.(*T).M${Math.floor(next() * 3)}`);
    }
    checkAgainstMap(keys);
  });

  it('keeps 10^5 distinct names apart, then finds each again', () => {
    checkAgainstMap(Array.from({ length: 100_000 }, (_, i) => `main.f${i}`));
  });

  it('hashes as hashBytes does, for every length and start inside a view with an offset', () => {
    const table = new ByteKeyIds();
    const whole = encoder.encode(`xx${'goroutine 1 [chan receive, 3 minutes]: runtime.gopark(0xc000123456?, 0x0?)'.repeat(2)}`);
    // A view that starts past its buffer's start, as a Node Buffer taken from its pool does.
    const bytes = whole.subarray(3);
    for (let start = 0; start < 12; start++) {
      for (let end = start; end <= bytes.length; end++) assert.equal(table.hash(bytes, start, end), hashBytes(bytes, start, end), `${start}..${end}`);
    }
  });

  it('tells keys apart that differ in any one byte, looked up from arrays that change between calls', () => {
    const values = new ByteKeyTable<number>();
    const base = encoder.encode('github.com/org/project/pkg.(*Server).handle.func1');
    const stored = new Uint8Array(base.length + 2);
    stored.set(base, 1);
    const entry = values.set(stored, 1, base.length + 1, values.hash(stored, 1, base.length + 1), 1);
    for (let at = 0; at < base.length; at++) {
      // A new array per lookup, and the same key's bytes at another offset between them.
      const other = new Uint8Array(base.length + 5);
      other.set(base, 5);
      other[5 + at] ^= 0x20;
      assert.equal(values.keyIs(entry, other, 5, 5 + base.length), false, `byte ${at}`);
      assert.equal(values.get(other, 5, 5 + base.length, values.hash(other, 5, 5 + base.length)), undefined, `byte ${at}`);
      const same = new Uint8Array(base.length + at);
      same.set(base, at);
      assert.ok(values.keyIs(entry, same, at, at + base.length), `offset ${at}`);
      assert.equal(values.get(same, at, at + base.length, values.hash(same, at, at + base.length)), 1, `offset ${at}`);
    }
  });
});
