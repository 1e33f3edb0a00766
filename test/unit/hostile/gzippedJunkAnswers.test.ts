// A watch whose endpoint answers the heap with gzip data that is no profile: random bytes, an
// HTML page, a goroutine dump, a zip archive, all gzipped. The gzip magic alone once passed the
// check, so the junk was saved as the heap capture and then read by the dump reader ("no goroutine
// dump found…"). Now the inflated start is sniffed: the round refuses the answer and says what it
// held, and a real heap profile still passes. Served by a local HTTP server, through `goprof watch`.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../../src/cli/main';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const DUMP = 'goroutine 1 [running]:\nmain.main()\n\t/src/main.go:10 +0x1d\n';

const HEAP_ANSWERS: Record<string, { body: Buffer; says: RegExp | null }> = {
  junk: { body: gzipSync(randomBytes(4096)), says: /answered with gzip data holding binary data that is not a profile \(it starts [0-9a-f]{2}( [0-9a-f]{2}){7}\), not a gzipped pprof profile/ },
  html: { body: gzipSync('<!DOCTYPE html><html><head><title>Sign in - Corp SSO</title></head><body>…</body></html>'), says: /answered with gzip data holding an HTML page \("Sign in - Corp SSO"\)/ },
  dump: { body: gzipSync(DUMP), says: /answered with a gzipped goroutine dump \(text\), not a gzipped pprof profile/ },
  zip: { body: gzipSync(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)])), says: /answered with gzip data holding a zip archive/ },
  gzipgzip: { body: gzipSync(gzipSync('x'.repeat(100))), says: /answered with gzip data holding more gzip data/ },
  corrupt: { body: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), says: /answered with gzip data that does not inflate/ },
  profile: { body: readFileSync(join(FIXTURES, 'incident', 'mutex-convoy', 'heap.pb.gz')), says: null },
};

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('hostile: a watch answered with gzipped junk as the heap', function () {
  this.timeout(120_000);
  let server: http.Server, origin: string, dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gpe-gzjunk-'));
    server = http.createServer((req, res) => {
      const [, route, ...rest] = (req.url ?? '').split('?')[0].split('/');
      const endpoint = rest.join('/');
      if (endpoint === 'debug/pprof/goroutine') { res.end(DUMP); return; }
      const answer = HEAP_ANSWERS[route];
      if (endpoint === 'debug/pprof/heap' && answer) { res.setHeader('Content-Type', 'application/octet-stream'); res.end(answer.body); return; }
      res.statusCode = 404;
      res.end('404 page not found\n');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [route, answer] of Object.entries(HEAP_ANSWERS)) {
    it(`${route}: ${answer.says ? 'refused, saying what it held; no heap file' : 'saved as the heap'}`, async () => {
      const out = join(dir, route);
      const { code, out: text, err } = await run(['watch', `${origin}/${route}/debug/pprof/`, '--every', '1s', '--for', '1s', '--out', out]);
      const [folder] = readdirSync(out);
      const files = readdirSync(join(out, folder));
      if (answer.says === null) {
        assert.equal(code, 0, err);
        assert.ok(files.some(f => /^heap-.*\.pb\.gz$/.test(f)), files.join(', '));
        return;
      }
      const said = `${text}\n${err}`;
      assert.match(said, answer.says);
      assert.match(said, new RegExp(`heap: Not a profile: ${origin.replace(/[.]/g, '\\.')}/${route}/debug/pprof/heap answered with`));
      assert.doesNotMatch(said, /no goroutine dump found/);
      assert.deepEqual(files.filter(f => f.startsWith('heap-') || f.endsWith('.partial')), [], 'no heap file, no partial file');
    });
  }
});
