// profile.proto's top-level fields may come in any order (protobuf does not fix one, and pprof's
// decoder reads them as they come). Go's runtime writes the sample types first, but an encoder that
// streams its samples before its tables, or writes its locations first, makes a valid profile too:
// Go 1.19's `go tool pprof -top` reads every ordering below as the original. The sniff that tells a
// profile from other binary data read a first field holding a length-delimited field (a sample's
// packed ids, a location's line) one byte short, and refused such files as no profile at all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseProfile } from '../../../src/core/pprof';
import { topTable } from '../../../src/core/pprof/top';
import { sniffProfileKind } from '../../../src/core/pprof/sniff';
import { ProtoCursor } from '../../../src/core/pprof/protoReader';

const FIXTURES = join(__dirname, '../../fixtures/pprof/generated');
/** The string table's field: its entries' order is their index, so they keep it. */
const STRING_TABLE = 6;

/** The top-level fields of a profile.proto message, each as its bytes (tag included), and its field number. */
function topLevelFields(bytes: Uint8Array): { field: number; bytes: Uint8Array }[] {
  const c = new ProtoCursor(bytes);
  const out: { field: number; bytes: Uint8Array }[] = [];
  while (c.pos < bytes.length) {
    const start = c.pos;
    const tag = c.uvarint(bytes.length);
    c.skip(tag & 7, bytes.length);
    out.push({ field: Math.floor(tag / 8), bytes: bytes.subarray(start, c.pos) });
  }
  return out;
}

/** What a top view shows: the total and each function's flat and cum. */
function topOf(bytes: Uint8Array): { total: number; rows: string[] } {
  const top = topTable(parseProfile(bytes));
  return { total: top.total, rows: top.rows.map(r => `${r.func} ${r.flat} ${r.cum}`) };
}

describe('profile.proto top-level fields in any order', () => {
  for (const file of ['cpu.pb.gz', 'heap.pb.gz', 'block.pb.gz', 'goroutine.pb.gz']) {
    const raw = gunzipSync(readFileSync(join(FIXTURES, file)));
    const fields = topLevelFields(raw);
    const expected = topOf(raw);
    const numbers = [...new Set(fields.map(f => f.field))];

    it(`${file}: each of its ${numbers.length} field kinds written first reads as the original, plain and gzipped`, () => {
      assert.ok(expected.total > 0 && expected.rows.length > 0);
      for (const first of numbers) {
        const reordered = Buffer.concat([...fields.filter(f => f.field === first), ...fields.filter(f => f.field !== first)].map(f => f.bytes));
        assert.equal(sniffProfileKind(reordered).kind, 'pprof', `field ${first} first`);
        assert.equal(sniffProfileKind(gzipSync(reordered)).kind, 'pprof', `field ${first} first, gzipped`);
        assert.deepEqual(topOf(reordered), expected, `field ${first} first`);
      }
    });

    it(`${file}: its fields written last to first (the string table's in its order, last) read as the original`, () => {
      const reversed = Buffer.concat([...fields.filter(f => f.field !== STRING_TABLE).reverse(), ...fields.filter(f => f.field === STRING_TABLE)].map(f => f.bytes));
      assert.equal(sniffProfileKind(reversed).kind, 'pprof');
      assert.deepEqual(topOf(reversed), expected);
    });
  }
});
