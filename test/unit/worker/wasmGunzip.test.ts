// The web worker's WebAssembly gunzip (libdeflate) against Node's zlib: the same bytes for real
// profiles in any piece size, several members, trailers that lie; the unzip limit to the byte;
// and a TypeError (the caller's cue to fall back to the core's gunzip) for what it does not take.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { wasmGunzipOr, wasmGunzipPieces } from '../../../src/host/worker/wasmGunzip';
import { decompressionStreamGunzip } from '../../../src/host/worker/streamGunzip';
import { onePiece, type GzipPieces } from '../../../src/host/worker/gunzipPieces';

const FIXTURES = path.join(__dirname, '../../fixtures');

function inPieces(bytes: Uint8Array, size: number): GzipPieces {
  let at = 0;
  return { next: async () => { if (at >= bytes.length) return undefined; const piece = bytes.slice(at, at + size); at += size; return piece; } };
}

const gunzip = async (bytes: Uint8Array, maxBytes = 1 << 30, pieceBytes = 1 << 20) => {
  const out = await wasmGunzipPieces(inPieces(bytes, pieceBytes), bytes.length, maxBytes);
  assert.equal(out.via, 'WebAssembly');
  return out.bytes;
};

/** Data that compresses about as a profile does: varied, with repeats. */
function profileLike(bytes: number, seed = 1): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = (x >>> 16) % 2 === 0 ? (x >>> 8) & 0xff : out[Math.max(0, i - 37)] ^ (i & 3);
  }
  return out;
}

describe('the WebAssembly gunzip', () => {
  for (const rel of ['pprof/generated/heap.pb.gz', 'corpus/pprof_td_large.cpu']) {
    for (const pieceBytes of [1000, 64 * 1024, 1 << 30]) {
      it(`${rel} in pieces of ${pieceBytes >= 1 << 30 ? 'the whole file' : `${pieceBytes} bytes`}: zlib's bytes`, async () => {
        const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, rel)));
        assert.deepEqual(Buffer.from(await gunzip(bytes, 1 << 30, pieceBytes)), gunzipSync(bytes));
      });
    }
  }

  it('takes more than the warm-up size, inflating the same bytes after it ran on part of the input', async () => {
    // Every other megabyte noise (it does not compress), so that the file is past 2 MiB.
    const raw = profileLike(8 << 20);
    let x = 7;
    for (let i = 0; i < raw.length; i++) if ((i >> 20) & 1) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; raw[i] = x >>> 24; }
    const gz = gzipSync(raw, { level: 1 });
    assert.ok(gz.length > 2 << 20, `${gz.length} bytes: not past the warm-up size`);
    assert.deepEqual(Buffer.from(await gunzip(gz, 1 << 30, 300 * 1024)), Buffer.from(raw));
  });

  it('reads every member of a file of several', async () => {
    const parts = [profileLike(100_000, 1), profileLike(3, 2), profileLike(250_000, 3)];
    const gz = Buffer.concat(parts.map(p => gzipSync(p)));
    assert.deepEqual(Buffer.from(await gunzip(gz, 1 << 30, 4096)), Buffer.concat(parts));
  });

  it('a trailer that says less or more than the data holds: inflated within the limit, then a TypeError', async () => {
    const raw = profileLike(3 << 20);
    for (const said of [1, 1000, 100 << 20]) {
      const gz = Buffer.from(gzipSync(raw));
      gz.writeUInt32LE(said, gz.length - 4);
      // The trailer is only the first guess of the room; libdeflate checks it at the end, as zlib does.
      await assert.rejects(gunzip(gz), TypeError, `trailer says ${said}`);
    }
  });

  it('stops at the limit to the byte: the output may fill it, not pass it', async () => {
    const raw = profileLike(1 << 20);
    const gz = gzipSync(raw);
    assert.equal((await gunzip(gz, raw.length)).length, raw.length);
    await assert.rejects(gunzip(gz, raw.length - 1), (e: Error) => e instanceof RangeError && /gzip expands beyond 1048575 bytes/.test(e.message));
    const forged = Buffer.from(gz);
    forged.writeUInt32LE(10, forged.length - 4);
    await assert.rejects(gunzip(forged, raw.length - 1), RangeError);
  });

  it('a bomb stops at the limit with bounded memory', async () => {
    const bomb = gzipSync(new Uint8Array(256 << 20));
    await assert.rejects(gunzip(bomb, 8 << 20, 4096), RangeError);
  });

  for (const [what, make] of [
    ['a cut file', (gz: Buffer) => gz.subarray(0, gz.length >> 1)],
    ['a flipped byte in the data', (gz: Buffer) => { const b = Buffer.from(gz); b[b.length >> 1] ^= 0xff; return b; }],
    ['a wrong checksum', (gz: Buffer) => { const b = Buffer.from(gz); b[b.length - 8] ^= 1; return b; }],
    ['text after the last member', (gz: Buffer) => Buffer.concat([gz, Buffer.from('\nnot gzip at all, just words\n')])],
  ] as const) {
    it(`${what}: a TypeError, so the core's gunzip says what is wrong`, async () => {
      const gz = gzipSync(profileLike(200_000));
      await assert.rejects(gunzip(make(gz)), (e: Error) => e instanceof TypeError);
    });
  }

  it('more bytes than announced, or fewer: a TypeError', async () => {
    const gz = gzipSync(profileLike(10_000));
    await assert.rejects(wasmGunzipPieces(onePiece(gz), gz.length - 1, 1 << 30), TypeError);
    await assert.rejects(wasmGunzipPieces(onePiece(gz), gz.length + 1, 1 << 30), TypeError);
  });

  it('where WebAssembly is refused (a page\'s policy), DecompressionStream inflates instead', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'pprof/generated/heap.pb.gz')));
    const refused = Promise.reject(new Error('Refused to compile WebAssembly: unsafe-eval is not allowed'));
    const gunzipOn = wasmGunzipOr(decompressionStreamGunzip, refused);
    const out = await gunzipOn(onePiece(bytes), 1 << 20, 1 << 30, bytes.length);
    assert.equal(out.via, 'DecompressionStream');
    assert.deepEqual(Buffer.from(out.bytes), gunzipSync(bytes));
    const withWasm = await wasmGunzipOr(decompressionStreamGunzip)(onePiece(bytes), 1 << 20, 1 << 30, bytes.length);
    assert.equal(withWasm.via, 'WebAssembly');
    await assert.rejects(wasmGunzipOr(undefined, refused)(onePiece(bytes), 1 << 20, 1 << 30, bytes.length), TypeError);
  });
});
