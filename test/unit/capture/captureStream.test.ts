// A capture's answer streams to a file (the host keeps only its head) and a gzip answer that
// expands beyond the gzip limit stops the download: a local server on 127.0.0.1 serves them.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchBytes, HEAD_BYTES } from '../../../src/node/httpFetch';
import { CaptureFileWriter } from '../../../src/node/captureFile';
import { UnzipLimitError } from '../../../src/core/pprof';

const MB = 1 << 20;

describe('capture: the answer streams to a file within the gzip limit', function () {
  this.timeout(60_000);
  let server: http.Server, origin: string, dir: string;
  const big = gzipSync(Buffer.from(Array.from({ length: 300_000 }, (_, i) => `line ${i} ${Math.sin(i)}\n`).join('')));
  const bomb = gzipSync(Buffer.alloc(300 * MB), { level: 9 });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gpe-capture-'));
    server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      // In pieces, as a real endpoint writes a profile.
      const body = req.url === '/bomb' ? bomb : big;
      for (let at = 0; at < body.length; at += 16384) res.write(body.subarray(at, at + 16384));
      res.end();
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => { server.closeAllConnections(); server.close(); rmSync(dir, { recursive: true, force: true }); });

  it('writes the whole body to the file and keeps only its head in memory', async () => {
    const writer = new CaptureFileWriter(join(dir, 'heap.partial'));
    const answer = await fetchBytes(`${origin}/heap`, { headers: {}, signal: new AbortController().signal, maxBytes: 512 * MB, sink: c => writer.write(c) });
    await writer.finish();
    assert.equal(answer.bodyBytes, big.length);
    assert.equal(answer.body.length, Math.min(HEAD_BYTES, big.length));
    assert.deepEqual(readFileSync(writer.partialPath), big);
  });

  it('stops a gzip bomb while it downloads, and the partial file goes', async () => {
    const writer = new CaptureFileWriter(join(dir, 'bomb.partial'), 20 * MB);
    await assert.rejects(async () => {
      await fetchBytes(`${origin}/bomb`, { headers: {}, signal: new AbortController().signal, maxBytes: 512 * MB, sink: c => writer.write(c) });
      await writer.finish();
    }, (e: Error) => e instanceof UnzipLimitError && /^gzip expands beyond 20 MiB \(limit set to 20 MiB\)$/.test(e.message));
    writer.discard();
    assert.equal(existsSync(writer.partialPath), false);
  });
});
