// Captures against hostile servers on 127.0.0.1: one that drips a byte a second, one that never
// answers, one that streams forever, a gzip bomb, an HTML login page, a redirect loop (to itself
// and between two paths), a redirect to file://, an error page that never ends, a Content-Length
// of 10^15 (refused at its headers), a gzip stream that never ends, and a TLS certificate that is not trusted. Through the editor's "Capture from URL…" fetch (fetchToFile, then the
// answer's check) and through `goprof capture`, each ends with one clear error within its timeout
// (loose bounds: a hang never ends), with the process's memory bounded and no partial file left.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../../src/cli/main';
import { CAPTURE_KINDS, CaptureError } from '../../../src/core/capture';
import { fetchToFile } from '../../../src/node/fetchToFile';
import { hostileCaptureServer } from '../../hostile/captureServers';

const MB = 1 << 20;
const TIMEOUT_S = 2;
/** A timer of 2 s on a machine loaded 20 deep fires late, never this late. */
const WALL_BOUND_MS = 30_000;
/** What the process may grow by while a case runs (its answer streams to disk or is cut at its head). */
const GROWTH_BOUND_MB = 96;

const heapKind = CAPTURE_KINDS.find(k => k.id === 'heap')!;

interface Case {
  route: string;
  /** What the one error says, for the editor's fetch and for `goprof capture`. */
  error: RegExp;
}

const CASES: Case[] = [
  { route: 'drip', error: new RegExp(`^Timed out after ${TIMEOUT_S} s waiting for http://127\\.0\\.0\\.1:\\d+/drip/debug/pprof/heap\\. Raise goProfileExplorer\\.capture\\.timeoutSeconds`) },
  { route: 'silent', error: new RegExp(`^Timed out after ${TIMEOUT_S} s waiting for http://127\\.0\\.0\\.1:\\d+/silent/debug/pprof/heap\\.`) },
  { route: 'forever', error: new RegExp(`^(Timed out after ${TIMEOUT_S} s waiting for http://127\\.0\\.0\\.1:\\d+/forever/debug/pprof/heap\\.|The answer is larger than \\d+ MB; not saved\\.$)`) },
  { route: 'errorforever', error: /^HTTP 500 Internal Server Error from http:\/\/127\.0\.0\.1:\d+\/errorforever\/debug\/pprof\/heap: internal error, again and again\.$/ },
  { route: 'bomb', error: /^The answer's gzip expands beyond \d+ MiB \(limit .+\): not saved\.$/ },
  { route: 'html', error: /^Not a profile: http:\/\/127\.0\.0\.1:\d+\/html\/debug\/pprof\/heap answered with an HTML page \("Sign in - Corp SSO"\), not a gzipped pprof profile\./ },
  { route: 'biglength', error: /^The answer is larger than 512 MB \(its Content-Length says 1000000000000000 bytes\); not saved\.$/ },
  { route: 'gzipforever', error: new RegExp(`^Timed out after ${TIMEOUT_S} s waiting for http://127\\.0\\.0\\.1:\\d+/gzipforever/debug/pprof/heap\\.`) },
  { route: 'tofile', error: /^HTTP 302 Found from http:\/\/127\.0\.0\.1:\d+\/tofile\/debug\/pprof\/heap: redirects to file:\/\/\/etc\/passwd, which is not followed \(another origin, or too many redirects\)\./ },
  { route: 'pingpong', error: /^HTTP 302 Found from http:\/\/127\.0\.0\.1:\d+\/pingpong\/(?:back\/)?debug\/pprof\/heap: redirects to \/pingpong\/(?:back\/)?debug\/pprof\/heap, which is not followed \(another origin, or too many redirects\)\./ },
  { route: 'loop', error: /^HTTP 302 Found from http:\/\/127\.0\.0\.1:\d+\/loop\/debug\/pprof\/heap: redirects to \/loop\/debug\/pprof\/heap, which is not followed \(another origin, or too many redirects\)\./ },
];

function grownMb(before: NodeJS.MemoryUsage): number {
  const now = process.memoryUsage();
  return (now.heapUsed + now.arrayBuffers - before.heapUsed - before.arrayBuffers) / MB;
}

describe('hostile: capture servers end with one clear error, bounded, no partial file left', function () {
  this.timeout(120_000);
  let server: http.Server, origin: string, dir: string;

  before(async () => {
    // 256 MiB of zeros: ~250 KB gzipped, past the default limit (100× the answer, at least 128 MiB).
    server = hostileCaptureServer(gzipSync(Buffer.alloc(256 * MB), { level: 9 }));
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'gpe-hostile-capture-'));
  });
  after(() => { server.closeAllConnections(); server.close(); rmSync(dir, { recursive: true, force: true }); });
  afterEach(() => { server.closeAllConnections(); });

  for (const c of CASES) {
    it(`Capture from URL… (the editor's fetch): ${c.route}`, async () => {
      const folder = mkdtempSync(join(dir, 'editor-'));
      const url = `${origin}/${c.route}/debug/pprof/heap`;
      const before = process.memoryUsage();
      const started = Date.now();
      const error = await fetchToFile(url, { headers: {}, timeoutMs: TIMEOUT_S * 1000, maxBytes: 512 * MB, partialPath: join(folder, '.capture.partial'), kind: heapKind },
        new AbortController().signal).then(() => undefined, (e: unknown) => e as Error);
      const elapsedMs = Date.now() - started;
      assert.ok(error instanceof CaptureError, `one capture error, not ${String(error)}`);
      assert.match(error.message, c.error);
      assert.ok(elapsedMs < WALL_BOUND_MS, `${elapsedMs} ms`);
      assert.ok(grownMb(before) < GROWTH_BOUND_MB, `grew ${grownMb(before).toFixed(0)} MB`);
      assert.deepEqual(readdirSync(folder), [], 'the partial file is removed');
    });

    it(`goprof capture: ${c.route}`, async () => {
      const folder = mkdtempSync(join(dir, 'cli-'));
      let out = '', err = '';
      const before = process.memoryUsage();
      const started = Date.now();
      const code = await runCli(['capture', `${origin}/${c.route}/debug/pprof/`, 'heap', '--out', folder, '--timeout', String(TIMEOUT_S)],
        { out: t => { out += t; }, err: t => { err += t; } });
      const elapsedMs = Date.now() - started;
      assert.notEqual(code, 0);
      assert.equal(out, '');
      const lines = err.trimEnd().split('\n');
      assert.equal(lines.length, 1, err);
      assert.match(lines[0].replace(/^goprof(?: capture)?: /, ''), c.error);
      assert.ok(elapsedMs < WALL_BOUND_MS, `${elapsedMs} ms`);
      assert.ok(grownMb(before) < GROWTH_BOUND_MB, `grew ${grownMb(before).toFixed(0)} MB`);
      assert.deepEqual(readdirSync(folder), [], 'the partial file is removed');
    });
  }
});

describe('hostile: capture servers that do not speak HTTP', function () {
  this.timeout(60_000);
  let server: net.Server, origin: string, dir: string;
  const replies: Record<string, (s: net.Socket) => void> = {
    // Headers that never end: Node's parser stops at 16 KiB.
    headersforever: s => {
      s.write('HTTP/1.1 200 OK\r\n');
      const t = setInterval(() => { if (s.destroyed) clearInterval(t); else s.write(`X-Junk: ${'a'.repeat(1000)}\r\n`); }, 1);
    },
    // What a TLS port sends back to a plain-http request, or any other protocol.
    nothttp: s => { s.end(Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46])); },
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gpe-nothttp-'));
    server = net.createServer(s => {
      s.on('error', () => undefined);
      s.once('data', d => (replies[String(d).split(' ')[1]?.split('/')[1] ?? ''] ?? (x => x.end()))(s));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => { server.close(); rmSync(dir, { recursive: true, force: true }); });

  const cases: [string, RegExp][] = [
    ['headersforever', /^127\.0\.0\.1:\d+ sent headers past Node's 16 KiB limit: not a Go \/debug\/pprof\/ endpoint\? \(HPE_HEADER_OVERFLOW\)$/],
    ['nothttp', /^127\.0\.0\.1:\d+ did not answer in HTTP \(HPE_[A-Z_]+\): is it an https endpoint, or not a web server at all\?$/],
  ];
  for (const [route, error] of cases) {
    it(`${route}: one clear error, no partial file`, async () => {
      const folder = mkdtempSync(join(dir, 'editor-'));
      const started = Date.now();
      const e = await fetchToFile(`http://${origin}/${route}/debug/pprof/heap`, { headers: {}, timeoutMs: TIMEOUT_S * 1000, maxBytes: 512 * MB, partialPath: join(folder, '.capture.partial'), kind: heapKind },
        new AbortController().signal).then(() => undefined, (x: unknown) => x as Error);
      assert.ok(e instanceof CaptureError, String(e));
      assert.match(e.message, error);
      assert.ok(Date.now() - started < WALL_BOUND_MS);
      assert.deepEqual(readdirSync(folder), []);
    });
  }
});

describe('hostile: a TLS server whose certificate is not trusted', function () {
  this.timeout(60_000);
  let server: https.Server, origin: string, dir: string;

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'gpe-badcert-'));
    // A self-signed certificate for another name, made here (no key material in the repository).
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=wrong.example'], { stdio: 'ignore' });
    } catch {
      this.skip();
    }
    server = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => { res.writeHead(200); res.end(gzipSync(Buffer.alloc(10))); });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => { server?.close(); rmSync(dir, { recursive: true, force: true }); });

  const refused = /^The TLS certificate of 127\.0\.0\.1:\d+ was not accepted \(DEPTH_ZERO_SELF_SIGNED_CERT\)\. Set goProfileExplorer\.capture\.tls\.caFile to the CA that signed it\.$/;

  it('Capture from URL…: one clear error, nothing saved', async () => {
    const folder = mkdtempSync(join(dir, 'editor-'));
    const e = await fetchToFile(`${origin}/debug/pprof/heap`, { headers: {}, timeoutMs: TIMEOUT_S * 1000, maxBytes: 512 * MB, partialPath: join(folder, '.capture.partial'), kind: heapKind },
      new AbortController().signal).then(() => undefined, (x: unknown) => x as Error);
    assert.ok(e instanceof CaptureError, String(e));
    assert.match(e.message, refused);
    assert.deepEqual(readdirSync(folder), []);
  });

  it('goprof capture: one line, nothing saved', async () => {
    const folder = mkdtempSync(join(dir, 'cli-'));
    let err = '';
    const code = await runCli(['capture', `${origin}/debug/pprof/`, 'heap', '--out', folder, '--timeout', String(TIMEOUT_S)], { out: () => undefined, err: t => { err += t; } });
    assert.notEqual(code, 0);
    assert.match(err.trimEnd().replace(/^goprof capture: /, ''), refused);
    assert.deepEqual(readdirSync(folder), []);
  });
});
