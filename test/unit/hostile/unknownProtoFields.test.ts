// Fields profile.proto does not define (a newer or extended encoder's): pprof's decoder skips any
// of wire type 0, 1, 2 or 5 whatever its number, in every message (checked with Go 1.19's
// `go tool pprof -top` on these files: the same top as without them), and refuses wire types
// 3, 4, 6 and 7. A file whose first fields are a Profile's and then one of these was called
// corrupt, or not a profile at all.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { parseProfile, createStackView } from '../../../src/core/pprof';
import { ProfileParseError } from '../../../src/core/pprof/errors';
import { fn, lfield, loc, packed, str, valueType, varint, vfield } from '../../hostile/protoWriter';

const STRINGS = ['', 'samples', 'count', 'cpu', 'nanoseconds', 'main.f', 'main.go', 'main.g'];
const tag = (field: number | bigint, wire: number): Buffer => varint(BigInt(field) * 8n + BigInt(wire));

/** One unknown field of each wire type pprof skips, with field number `field`. */
function unknownFields(field: number | bigint): Buffer {
  return Buffer.concat([tag(field, 0), varint(2n ** 64n - 1n), tag(field, 1), Buffer.alloc(8, 0xff), tag(field, 2), varint(3), Buffer.from('abc'), tag(field, 5), Buffer.alloc(4, 0xff)]);
}

/** A CPU profile of two samples over main.f and main.g; `extra(where)` is put in each message (and between the top-level fields). */
function profile(extra: (where: string) => Buffer = () => Buffer.alloc(0)): Buffer {
  return Buffer.concat([
    valueType(1, 1, 2), extra('top'), valueType(1, 3, 4), ...STRINGS.map(str), extra('top'),
    lfield(5, vfield(1, 1), vfield(2, 5), extra('function'), vfield(4, 6)), fn(2, 7, 6),
    lfield(4, vfield(1, 1), extra('location'), lfield(4, vfield(1, 1), extra('line'), vfield(2, 10))), loc(2, [[2, 20]]),
    lfield(2, packed(1, [1, 2]), extra('sample'), packed(2, [1, 10])), lfield(2, packed(1, [2]), packed(2, [2, 30]), extra('sample')),
    extra('top'),
  ]);
}

function topOf(bytes: Uint8Array): { total: number; names: string[] } {
  const view = createStackView(parseProfile(bytes));
  return { total: view.total, names: [...view.frames.name].sort() };
}

describe('profile.proto fields the format does not define', () => {
  const plain = topOf(profile());

  for (const field of [16, 1000, 2 ** 29 - 1, 2n ** 32n]) {
    it(`field ${field} of every wire type pprof skips, in every message: read as without them`, () => {
      const bytes = profile(() => unknownFields(field));
      assert.deepEqual(topOf(bytes), plain);
      assert.deepEqual(topOf(gzipSync(bytes)), plain);
    });
  }

  it('plain is what it says: 40ns over main.f and main.g', () => {
    assert.deepEqual(plain, { total: 40, names: ['main.f', 'main.g'] });
  });

  for (const wire of [3, 4, 6, 7]) {
    it(`wire type ${wire} (which pprof refuses) is one error at its byte`, () => {
      const bytes = Buffer.concat([profile(), tag(20, wire), Buffer.alloc(8)]);
      assert.throws(() => parseProfile(bytes), (e: unknown) => e instanceof ProfileParseError
        && /^corrupt profile\.proto: its first fields are a Profile's, then a tag of field 20 with wire type \d, which a Profile has not/.test(e.message)
        && e.offset === profile().length);
    });
  }

  it('a file whose first field is not a Profile\'s is still not taken for one', () => {
    const bytes = Buffer.concat([unknownFields(16), profile()]);
    assert.throws(() => parseProfile(bytes), /unrecognized profile format/);
  });
});
