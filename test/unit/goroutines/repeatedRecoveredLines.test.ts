// A server logs a line for every panic it recovers; a paste may hold such a line alone (an earlier
// request's, or the same line quoted before the log) above the one the stack is printed under.
// Each is an event of its own: the stack is the last one's, blamed as that recovered panic.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const STACK = 'goroutine 34 [running]:\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1850 +0xbf\npanic({0x6b2f40, 0x7a1c10})\n' +
  '\t/usr/local/go/src/runtime/panic.go:890 +0x263\nmain.handleOrder({0x7b0e48, 0xc0001b6000}, 0xc0001a4100)\n\t/app/orders.go:41 +0x2a\n' +
  'net/http.HandlerFunc.ServeHTTP(0x0?, {0x7b0e48?, 0xc0001b6000?}, 0x0?)\n\t/usr/local/go/src/net/http/server.go:2122 +0x2f\n' +
  'net/http.(*conn).serve(0xc0001a2000, {0x7b1320, 0xc00008c000})\n\t/usr/local/go/src/net/http/server.go:1995 +0x612\n' +
  'created by net/http.(*Server).Serve\n\t/usr/local/go/src/net/http/server.go:3089 +0x5ed\n';

describe('goroutines: a recovered panic\'s line alone above the one the stack follows', () => {
  it('net/http\'s `http: panic serving` of an earlier request, a log line between: the stack is the second\'s', () => {
    const a = analyzeGoroutineDump('2024/05/02 10:00:01 http: panic serving 10.0.0.7:51234: boom\n2024/05/02 10:00:05 GET /health 200\n' +
      `2024/05/02 10:00:09 http: panic serving 10.0.0.7:51240: boom\n${STACK}`);
    assert.deepEqual([a.dump.crash?.message, a.dump.crash?.line, a.dump.earlierDumps.map(d => [d.crash?.message, d.goroutines])],
      ['http: panic serving 10.0.0.7:51240: boom', 3, [['http: panic serving 10.0.0.7:51234: boom', 0]]]);
    assert.equal(a.groups[0]?.suspect, '1 goroutine panicked (recovered: http: panic serving 10.0.0.7:51240: boom) in main.handleOrder (orders.go:41), created by http.(*Server).Serve');
  });

  it('klog\'s HandleCrash line quoted alone in prose, then again over its stack', () => {
    const line = 'E0502 10:00:09.123456       1 runtime.go:78] Observed a panic: "boom" (boom)';
    const a = analyzeGoroutineDump(`We keep seeing\n\n    ${line}\n\nin the log; the full one is:\n\n${line}\n${STACK}`);
    assert.equal(a.dump.crash?.line, 7);
    assert.equal(a.groups[0]?.suspect, '1 goroutine panicked (recovered: Observed a panic: "boom" (boom)) in main.handleOrder (orders.go:41), created by http.(*Server).Serve');
  });
});
