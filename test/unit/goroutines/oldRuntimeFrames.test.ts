// Go 1.0–1.3 kept the standard library under GOROOT's `src/pkg/`, and Go 1.1–1.3 raised a panic in
// the C runtime's `src/pkg/runtime/panic.c` (`runtime.panic`): the panic frame and the runtime's own
// frames of those dumps, named or kept as locations alone. Go 1.19 cannot print these: the texts are
// written here in Go 1.2's format, as sshchat_73 and goconvey_220 (test/fixtures/goroutines/pasted) show it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { isStdlibPath } from '../../../src/core/goroutines/goFunctions';
import { isPanicLocation } from '../../../src/core/goroutines/locationStack';

const GOCONVEY_220 = readFileSync('test/fixtures/goroutines/pasted/goconvey_220_go12_locations_doubled_without_calls_whole.txt', 'utf8');

/** A Go 1.2 crash: goroutine 7 panics in main.(*Server).Send under `runtime.panic`, goroutine 1 waits in main. */
const GO12_CRASH = [
  'goroutine 7 [running]:',
  'runtime.panic(0x716500, 0xb3fe7e)',
  '\t/usr/local/go/src/pkg/runtime/panic.c:266 +0xb6',
  'main.(*Server).Send(0xc2100aec40, 0xc210472905, 0x5)',
  '\t/home/u/chat/server.go:129 +0x27c',
  'main.(*Client).serve(0xc2104fa140)',
  '\t/home/u/chat/client.go:365 +0x1b24',
  'created by main.(*Client).start',
  '\t/home/u/chat/client.go:459 +0x66d',
  '',
  'goroutine 1 [chan receive]:',
  'main.main()',
  '\t/home/u/chat/main.go:40 +0x2a1',
  '',
].join('\n');

/** The same stacks as a paster kept them: the locations alone, the function names gone. */
const locationsOnly = (text: string): string => text.split('\n').filter(l => !/^[a-z][\w./()*]*\(.*\)$/.test(l)).join('\n');

describe('goroutines: Go 1.0–1.3 runtime frames', () => {
  it('knows GOROOT/src/pkg/ as the standard library and panic.c as the panic frame', () => {
    assert.equal(isStdlibPath('/usr/local/go/src/pkg/runtime/panic.c'), true);
    assert.equal(isStdlibPath('/usr/lib/go/src/pkg/net/http/server.go'), true);
    assert.equal(isStdlibPath('/home/u/go/src/github.com/u/pkg/server.go'), false);
    assert.equal(isStdlibPath('/home/u/go/src/pkg/chat/server.go'), false);
    assert.equal(isPanicLocation({ func: '?', file: '/usr/local/go/src/pkg/runtime/panic.c', line: 266 }), true);
    assert.equal(isPanicLocation({ func: '?', file: '/usr/local/go/src/pkg/runtime/proc.c', line: 1394 }), false);
  });

  it('goconvey_220: its locations alone, the first frame under panic.c crashed', () => {
    const a = analyzeGoroutineDump(GOCONVEY_220);
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: ___FAILURE_HALT___) in runner.go:57');
    assert.equal(a.groups[0].userFrame?.file, '.../go/src/github.com/smartystreets/goconvey/convey/runner.go');
  });

  it('a Go 1.2 crash, with its panic line, named or as locations alone: the frame under runtime.panic', () => {
    const named = analyzeGoroutineDump(`panic: runtime error: send on closed channel\n\n${GO12_CRASH}`);
    assert.equal(named.groups[0].suspect, '1 goroutine crashed (panic: runtime error: send on closed channel) in main.(*Server).Send (server.go:129), created by main.(*Client).start');
    const bare = analyzeGoroutineDump(`panic: runtime error: send on closed channel\n\n${locationsOnly(GO12_CRASH)}`);
    assert.match(bare.groups[0].suspect ?? '', /^1 goroutine crashed \(panic: runtime error: send on closed channel\) in server\.go:129/);
  });

  it('a Go 1.2 paste without its panic line: the running goroutine under runtime.panic, or under panic.c, crashed', () => {
    for (const text of [GO12_CRASH, locationsOnly(GO12_CRASH)]) {
      const a = analyzeGoroutineDump(text);
      assert.equal(a.groups[0].crashed, true, text);
      assert.deepEqual(a.groups[0].goroutineIds, [7]);
      assert.match(a.groups[0].suspect ?? '', /^1 goroutine crashed \(its crash line is not in the text\) in (?:main\.\(\*Server\)\.Send \()?server\.go:129/);
    }
  });

  it('a location-only stack cut inside the C runtime keeps no user frame to blame', () => {
    const text = 'panic: boom\n\ngoroutine 4 [running]:\n\t/usr/local/go/src/pkg/runtime/panic.c:266 +0xb6\n\t/usr/local/go/src/pkg/runtime/proc.c:1394 +0x20\n';
    assert.match(analyzeGoroutineDump(text).groups[0].suspect ?? '', /^1 goroutine crashed \(panic: boom\), cut before the frame that (?:crashed|panicked)/);
  });
});
