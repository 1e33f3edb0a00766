// The host's fetcher against a local Node server on 127.0.0.1: redirects, the size cap,
// abort, and that credentials never follow a redirect to another origin.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchBytes, errorCode, BodyTooLargeError } from '../../../src/node/httpFetch';

function listen(handler: http.RequestListener): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer(handler);
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('capture: host fetcher', () => {
  let a: { server: http.Server; origin: string };
  let b: { server: http.Server; origin: string };
  const seenAuth: Record<string, string | undefined> = {};

  before(async () => {
    b = await listen((req, res) => { seenAuth.b = req.headers.authorization; res.end('other origin'); });
    a = await listen((req, res) => {
      seenAuth[req.url ?? ''] = req.headers.authorization;
      if (req.url === '/redirect-same') { res.writeHead(302, { Location: '/target' }); res.end(); return; }
      if (req.url === '/redirect-other') { res.writeHead(302, { Location: `${b.origin}/x` }); res.end(); return; }
      if (req.url === '/loop') { res.writeHead(302, { Location: '/loop' }); res.end(); return; }
      if (req.url === '/big') { res.end(Buffer.alloc(4096)); return; }
      if (req.url === '/hang') return; // never answers
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    });
  });
  after(() => { a.server.closeAllConnections(); a.server.close(); b.server.close(); });

  const opts = (signal = new AbortController().signal) => ({ headers: { Authorization: 'Bearer t0k' }, signal, maxBytes: 1024 });

  it('returns status, content type and the exact bytes', async () => {
    const r = await fetchBytes(`${a.origin}/heap`, opts());
    assert.equal(r.status, 200);
    assert.equal(r.contentType, 'application/octet-stream');
    assert.deepEqual([...r.body], [0x1f, 0x8b, 1, 2, 3]);
  });
  it('follows same-origin redirects with the token', async () => {
    const r = await fetchBytes(`${a.origin}/redirect-same`, opts());
    assert.equal(r.status, 200);
    assert.equal(r.url, `${a.origin}/target`);
    assert.equal(seenAuth['/target'], 'Bearer t0k');
  });
  it('does not follow a redirect to another origin, so the token stays home', async () => {
    seenAuth.b = 'untouched';
    const r = await fetchBytes(`${a.origin}/redirect-other`, opts());
    assert.equal(r.status, 302);
    assert.equal(r.location, `${b.origin}/x`);
    assert.equal(seenAuth.b, 'untouched');
  });
  it('stops after a few redirects', async () => {
    const r = await fetchBytes(`${a.origin}/loop`, { ...opts(), maxRedirects: 3 });
    assert.equal(r.status, 302);
  });
  it('refuses answers over the size cap', async () => {
    await assert.rejects(fetchBytes(`${a.origin}/big`, opts()), BodyTooLargeError);
  });
  it('aborts a hanging request (cancel button and timeout)', async () => {
    const c = new AbortController();
    setTimeout(() => c.abort(), 100);
    await assert.rejects(fetchBytes(`${a.origin}/hang`, opts(c.signal)), { name: 'AbortError' });
  });
  it('reports connection refused with its code', async () => {
    const s = await listen(() => undefined);
    const origin = s.origin;
    await new Promise(r => s.server.close(r));
    const err = await fetchBytes(`${origin}/heap`, opts()).then(() => undefined, (e: unknown) => e);
    assert.equal(errorCode(err), 'ECONNREFUSED');
  });
});
