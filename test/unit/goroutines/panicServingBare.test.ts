// net/http's `http: panic serving …` line as a paste may keep it, without its `http: `.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const STACK = [
  'goroutine 21 [running]:',
  'net/http.(*conn).serve.func1()', '\t/usr/lib/go-1.19/src/net/http/server.go:1850 +0xbf',
  'panic({0x6a1b20, 0x7b5c30})', '\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212',
  'main.(*api).tags(...)', '\t/srv/api/tags.go:31',
  'main.(*api).ServeHTTP(0xc0000a6000?, {0x7c1e40?, 0xc0001b2000?}, 0xc0001a4100?)', '\t/srv/api/api.go:58 +0x9d',
  'net/http.(*conn).serve(0xc0001a8000, {0x7c2370, 0xc0000b8f30})', '\t/usr/lib/go-1.19/src/net/http/server.go:1995 +0x612',
  'created by net/http.(*Server).Serve', '\t/usr/lib/go-1.19/src/net/http/server.go:3089 +0x5ed', '',
].join('\n');

describe('goroutines: `panic serving ADDR: …` without net/http\'s `http: `', () => {
  it('is the recovered panic over the stack, blamed under its `panic` call', () => {
    for (const address of ['[::1]:51234', '10.1.2.3:8080', '@']) {
      const a = analyzeGoroutineDump(`panic serving ${address}: assignment to entry in nil map\n${STACK}`);
      assert.deepEqual(a.dump.crash, { message: `panic serving ${address}: assignment to entry in nil map`, line: 1, recovered: true });
      assert.equal(a.groups[0].suspect, `1 goroutine panicked (recovered: panic serving ${address}: assignment to entry in nil map) in main.(*api).tags (tags.go:31), created by http.(*Server).Serve`);
    }
  });

  it('is no crash line as prose, or without the client\'s address', () => {
    assert.equal(analyzeGoroutineDump(`panic serving requests is rare here\n${STACK}`).dump.crash, null);
    // With a colon and a value they are still no `panic serving` line, but any server's words over the stack of the panic it recovered (recoveryLine.ts): kept whole.
    for (const line of ['panic serving: boom', 'We saw a panic serving 10.1.2.3:8080: boom']) {
      assert.deepEqual(analyzeGoroutineDump(`${line}\n${STACK}`).dump.crash, { message: line, line: 1, recovered: true }, line);
    }
  });
});
