// Locations and samples as Go writes them are read by the decoder's plain paths (no cursor);
// every other shape of the same messages by the cursor, field by field. Both must read the same
// thing: each shape below is checked against what it says, raw and gzipped (then the stacks are
// decoded into the file's own bytes).
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { parseProfile } from '../../../src/core/pprof/parse';
import type { Profile } from '../../../src/core/pprof/model';
import { ProfileParseError } from '../../../src/core/pprof/errors';
import { fn, lfield, loc, packed, sample, str, valueType, varint, vfield } from '../../hostile/protoWriter';

const HEADER = [str(''), str('samples'), str('count'), str('main.f'), str('f.go'), valueType(1, 1, 2)];
const MAPPING = lfield(3, vfield(1, 1), vfield(2, 0x1000), vfield(3, 0x100000), vfield(5, 4));

function both(bytes: Buffer): Profile[] {
  return [parseProfile(new Uint8Array(bytes)), parseProfile(new Uint8Array(gzipSync(bytes)))];
}

function lines(p: Profile, l: number): [number, number, number][] {
  return p.locations[l].lines.map(x => [x.functionIndex, x.line, x.column]);
}

function stacks(p: Profile): number[][] {
  const out: number[][] = [];
  for (let s = 0; s < p.samples.count; s++) out.push(Array.from(p.samples.locations.subarray(p.samples.stackStart[s], p.samples.stackStart[s + 1])));
  return out;
}

describe('locations and samples read plainly or field by field', () => {
  it('reads every shape of a location as what it says', () => {
    const line = (f: number, l: number, column?: number) => lfield(4, vfield(1, f), vfield(2, l), ...(column ? [vfield(3, column)] : []));
    const shapes: Buffer[] = [
      loc(1, [[1, 10]], 1, 0x1010),
      // Fields in another order.
      lfield(4, line(1, 10), vfield(3, 0x1020), vfield(2, 1), vfield(1, 2)),
      // An address of 8 and 10 bytes (past 2^49: the cursor's exact halves).
      lfield(4, vfield(1, 3), vfield(3, 2n ** 60n + 5n), line(1, 11)),
      lfield(4, vfield(1, 4), vfield(3, 2n ** 63n + 2048n), line(1, 11)),
      // Two lines (an inlined call), a column, a negative line number.
      lfield(4, vfield(1, 5), line(1, 12), line(1, 13)),
      lfield(4, vfield(1, 6), line(1, 14, 7)),
      lfield(4, vfield(1, 7), lfield(4, vfield(1, 1), vfield(2, -3n))),
      // A mapping given twice (the last counts), an unknown one, none (0).
      lfield(4, vfield(1, 8), vfield(2, 9), vfield(2, 1), line(1, 15)),
      lfield(4, vfield(1, 9), vfield(2, 9), line(1, 15)),
      lfield(4, vfield(1, 10), vfield(2, 0), line(1, 15)),
      // Folded, a field profile.proto has not, a line without its function, no line at all.
      lfield(4, vfield(1, 11), vfield(5, 1), line(1, 16)),
      lfield(4, vfield(1, 12), vfield(9, 77), line(1, 16)),
      lfield(4, vfield(1, 13), lfield(4, vfield(2, 17))),
      lfield(4, vfield(1, 14), vfield(3, 0x1030)),
      // The line of the one before, and of the one before that again: one list each.
      loc(15, [[1, 16]]), loc(16, [[1, 10]]),
    ];
    for (const p of both(Buffer.concat([...HEADER, MAPPING, fn(1, 3, 4), ...shapes, sample([1, 2, 3], [1])]))) {
      assert.equal(p.locations.length, 16);
      assert.deepEqual(p.locations.map(l => l.id), Array.from({ length: 16 }, (_, i) => i + 1));
      assert.deepEqual(p.locations.map(l => l.address), [0x1010, 0x1020, 2 ** 60 + 5, 2 ** 63 + 2048, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x1030, 0, 0]);
      assert.deepEqual(p.locations.map(l => l.mappingIndex), [0, 0, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, -1, -1, -1, -1]);
      assert.deepEqual(lines(p, 0), [[0, 10, 0]]);
      assert.deepEqual(lines(p, 1), [[0, 10, 0]]);
      assert.deepEqual(lines(p, 4), [[0, 12, 0], [0, 13, 0]]);
      assert.deepEqual(lines(p, 5), [[0, 14, 7]]);
      assert.deepEqual(lines(p, 6), [[0, -3, 0]]);
      assert.deepEqual(lines(p, 12), [[-1, 17, 0]]);
      assert.deepEqual(lines(p, 13), []);
      assert.deepEqual(p.locations.map(l => l.isFolded === true), Array.from({ length: 16 }, (_, i) => i === 10));
      // Equal lines share their list: the same array for the same line.
      assert.equal(p.locations[0].lines, p.locations[1].lines);
      assert.equal(p.locations[0].lines, p.locations[15].lines);
      assert.equal(p.locations[10].lines, p.locations[14].lines);
      assert.notEqual(p.locations[0].lines, p.locations[2].lines);
      assert.deepEqual(p.warnings.filter(w => w.includes('unknown mapping') || w.includes('name no function')), [
        '1 location line(s) name no function, id 0 (pprof rejects the profile)',
        '2 location(s) refer to unknown mapping ids: read as without a mapping, as pprof reads them',
      ]);
    }
  });

  it('reads stacks of location ids of one, two and three bytes alike, raw and in the file\'s own bytes', () => {
    const n = 20_000;
    const locations: Buffer[] = [];
    for (let i = 1; i <= n; i++) locations.push(loc(i, [[1, i]], 1, 0x1000 + 16 * i));
    const wanted: number[][] = [];
    const samples: Buffer[] = [];
    for (let s = 0; s < 500; s++) {
      const ids = [1 + (s * 7919) % n, 1 + (s * 104729) % 100, 1 + (s * 31) % 16_384, n, 1 + s];
      wanted.push(ids.map(id => id - 1));
      samples.push(sample(ids, [s + 1]));
    }
    // One sample's ids unpacked, one at a time.
    samples.push(lfield(2, vfield(1, 17_000), vfield(1, 3), packed(2, [9])));
    wanted.push([16_999, 2]);
    for (const p of both(Buffer.concat([...HEADER, MAPPING, fn(1, 3, 4), ...samples, ...locations]))) {
      assert.deepEqual(stacks(p), wanted);
      assert.equal(p.samples.values[500], 9);
    }
  });

  it('reports a location or sample cut short where it is cut, as before', () => {
    const good = Buffer.concat([...HEADER, fn(1, 3, 4), loc(1, [[1, 10]])]);
    // A line whose length runs past its location.
    const lineOut = Buffer.concat([good, lfield(4, vfield(1, 2), Buffer.from([0x22, 0x05, 0x08, 0x01]))]);
    assert.throws(() => parseProfile(new Uint8Array(lineOut)), (e: unknown) => e instanceof ProfileParseError && /field length 5 runs past the end/.test(e.message));
    // A location id that never ends inside its sample.
    const idOut = Buffer.concat([good, lfield(2, Buffer.from([0x0a, 0x02, 0x81, 0x82]), packed(2, [1]))]);
    assert.throws(() => parseProfile(new Uint8Array(idOut)), (e: unknown) => e instanceof ProfileParseError && /truncated protobuf data/.test(e.message));
    // An id of 3 bytes no location has.
    const unknown = Buffer.concat([good, lfield(2, lfield(1, varint(20_000)), packed(2, [1]))]);
    assert.throws(() => parseProfile(new Uint8Array(unknown)), (e: unknown) => e instanceof ProfileParseError && /unknown location id 20000/.test(e.message));
  });
});
