// A `panic:` line a program printed itself over the stack `debug.PrintStack()` or `debug.Stack()`
// gave it, from the deferred handler that recovered the panic: the frames above the `panic` call
// are that handler's, so the frame blamed is the one under it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

describe('goroutines: a panic line over a stack the program printed', () => {
  it('blames the frame under the `panic` call, not the handler that printed the stack (Go-made)', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/go119_printed_panic_debug_stack.txt', 'utf8'));
    assert.deepEqual([...a.dump.goroutines][0].frames.slice(0, 4).map(f => f.func), ['runtime/debug.Stack', 'runtime/debug.PrintStack', 'main.guard', 'panic']);
    assert.equal(a.groups[0]?.suspect,
      '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference …) in main.(*ledger).post (main.go:24), created by main.main');
  });

  it('the same stack escaped in a log record the panic\'s value holds is that value\'s, not the crash\'s: the handler is blamed', () => {
    const text = readFileSync('test/fixtures/goroutines/logviews/panic_value_logfmt_record_stack_field.txt', 'utf8');
    assert.match(analyzeGoroutineDump(text).groups[0]?.suspect ?? '', / in worker\.\(\*Pool\)\.recoverJob \(pool\.go:112\)/);
  });

  it('the runtime\'s own stack of the same panic, without the handler\'s print on top, is blamed as before', () => {
    const text = 'panic: boom\n\ngoroutine 9 [running]:\nmain.guard()\n\t/app/main.go:18 +0x71\npanic({0x48dd20, 0x524fe0})\n\t/usr/local/go/src/runtime/panic.go:884 +0x212\n' +
      'main.post()\n\t/app/main.go:24 +0x11\ncreated by main.main\n\t/app/main.go:37 +0xc5\n';
    assert.equal(analyzeGoroutineDump(text).groups[0]?.suspect, '1 goroutine crashed (panic: boom) in main.guard (main.go:18), created by main.main');
  });
});
