// Mutated gzip files through the web worker's WebAssembly gunzip: it never crashes or hangs, and
// gives zlib's bytes where zlib reads the file; otherwise a TypeError (the core's gunzip then
// says what is wrong) or, past the limit, a RangeError. Run count: FUZZ_RUNS (npm run fuzz).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { wasmGunzipPieces } from '../../../src/host/worker/wasmGunzip';
import { onePiece } from '../../../src/host/worker/gunzipPieces';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const LIMIT = 8 << 20;
const seed = new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/pprof/generated/heap.pb.gz')));

describe('the WebAssembly gunzip on mutated files', () => {
  it('zlib\'s bytes, a TypeError or a RangeError: nothing else', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
      fc.nat(),
      async (edits, cut) => {
        const bytes = seed.slice(0, cut % 3 === 0 ? seed.length : cut % seed.length + 1);
        for (const { at, value } of edits) bytes[at % bytes.length] = value;
        let expected: Buffer | undefined;
        try { expected = gunzipSync(bytes, { maxOutputLength: LIMIT }); } catch { expected = undefined; }
        try {
          const out = await wasmGunzipPieces(onePiece(bytes), bytes.length, LIMIT);
          // libdeflate checks the CRC and size as zlib does: what it reads, zlib reads the same.
          assert.ok(expected, 'zlib refused what libdeflate read');
          assert.deepEqual(Buffer.from(out.bytes), expected);
        } catch (e) {
          if (e instanceof assert.AssertionError) throw e;
          assert.ok(e instanceof TypeError || e instanceof RangeError, String(e));
        }
      }), { numRuns: runs });
  });
});
