// Ids past 2^53 (a location keyed by its address, a function by a 64-bit hash): pprof keys them as
// uint64s, so ids one apart are two frames. The producers' golden `handrolled_address_ids.pb.gz`
// holds the views; these pin the edges and the messages, which show an id as the file wrote it.
import assert from 'node:assert/strict';
import { parseProfile } from '../../../src/core/pprof';
import { topTable } from '../../../src/core/pprof/top';
import { lfield, str, valueType, varint, vfield } from '../../hostile/protoWriter';

const STRINGS = ['', 'samples', 'count', 'main.a', 'main.b', 'main.c', 'main.go'];
const fn = (id: bigint, name: number): Buffer => lfield(5, vfield(1, id), vfield(2, name), vfield(4, 6));
const loc = (id: bigint, functionId: bigint): Buffer => lfield(4, vfield(1, id), lfield(4, vfield(1, functionId), vfield(2, 1)));
const sample = (ids: bigint[], value: number): Buffer => lfield(2, lfield(1, Buffer.concat(ids.map(i => varint(i)))), lfield(2, varint(value)));

function profile(...parts: Buffer[]): Buffer {
  return Buffer.concat([valueType(1, 1, 2), ...parts, ...STRINGS.map(str)]);
}

const rows = (bytes: Buffer): string[] => topTable(parseProfile(bytes)).rows.map(r => `${r.func} ${r.flat} ${r.cum}`);

describe('profile.proto ids past 2^53', () => {
  const B = 2n ** 53n;

  it('location and function ids one apart from 2^53 up, and at 2^64 − 1, are frames apart', () => {
    const top = 2n ** 64n - 1n;
    const bytes = profile(sample([B, B + 2n], 1), sample([B + 1n, B + 2n], 2), sample([top], 4),
      loc(B, B + 10n), loc(B + 1n, B + 11n), loc(B + 2n, top), loc(top, top - 1n),
      fn(B + 10n, 3), fn(B + 11n, 4), fn(top, 5), fn(top - 1n, 3));
    assert.deepEqual(rows(bytes), ['main.a 5 5', 'main.b 2 2', 'main.c 0 3']);
  });

  it('an id below 2^53 and one past it that a double rounds to it are apart', () => {
    // 2^53 − 1 and 2^53 + 1 differ; 2^53 + 1 rounds to 2^53, the id of another location.
    const bytes = profile(sample([B - 1n], 1), sample([B], 2), sample([B + 1n], 4),
      loc(B - 1n, 1n), loc(B, 2n), loc(B + 1n, 3n), fn(1n, 3), fn(2n, 4), fn(3n, 5));
    assert.deepEqual(rows(bytes), ['main.c 4 4', 'main.b 2 2', 'main.a 1 1']);
  });

  it('messages show the id as written', () => {
    const missing = profile(sample([B + 7n], 1), loc(B + 1n, 1n), fn(1n, 3));
    assert.throws(() => parseProfile(missing), /unknown location id 9007199254740999\b/);
    const twice = profile(sample([B + 3n], 1), loc(B + 3n, B + 5n), fn(B + 5n, 3), fn(B + 5n, 4));
    assert.ok(parseProfile(twice).warnings.some(w => w.includes('1 functions repeat an id already used (first: 9007199254740997)')));
  });
});
