// A server's own words over a panic it recovered, above a stack of `file:line (0x…)` lines
// (recoveryLine.ts): Vitess' `mysql_server caught panic:`, `Uncaught panic for Sql: …:`,
// `stream 7: caught panic: …`, named as the crash by one rule rather than a row each. The real
// pastes are in test/fixtures/goroutines/pasted (SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const read = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8');
const locations = '/usr/local/go/src/runtime/panic.go:88 (0x435a84)\n/app/server.go:42 (0xc216dd)\n/usr/local/go/src/runtime/asm_amd64.s:1371 (0x46a8a1)\n';

describe('goroutines: a recovery line over a stack of `file:line (0x…)` lines', () => {
  it('Vitess\' `Uncaught panic for Sql: …:` with the value under it (real paste): the crash, the stack, no warning but for the prose and the paster\'s `...`', () => {
    const a = analyzeGoroutineDump(read('vitess_11921_uncaught_panic_for_sql_trimpath_locations.txt'));
    assert.equal(a.dump.crash?.message, 'Uncaught panic for Sql: "rollback", BindVars: {}: \nstartEphemeralPacketWithHeader cannot be used while a packet is already started.');
    assert.deepEqual(a.dump.headlessStacks.map(h => [h.lines.start, h.lines.end, h.frames.length]), [[9, 17, 9]]);
    assert.deepEqual(a.dump.warnings.map(w => w.message), [
      'line 18: `...` marks lines left out by whoever pasted the dump: goroutines there are not counted',
      'lines 1–26: skipped 8 lines that are not part of a goroutine dump, starting "### Overview of the Issue"',
    ]);
  });

  it('Vitess\' `stream 7: caught panic: <value>` on one line (real paste): the crash, blamed under `runtime/panic.go`', () => {
    const a = analyzeGoroutineDump(read('vitess_18236_stream_caught_panic_trimpath_locations.txt'));
    assert.equal(a.dump.crash?.message, 'stream 7: caught panic: runtime error: invalid memory address or nil pointer dereference');
    assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header panicked in conn.go:761');
    assert.equal(a.dump.truncated, false);
  });

  it('behind a prefix every line carries and no header teaches (stern\'s `pod container `, real paste): the prefix shared with the recovery line is learnt', () => {
    const a = analyzeGoroutineDump(read('vitess_10631_stern_prefix_mysql_server_caught_panic_cut.txt'));
    assert.equal(a.dump.crash?.message, 'mysql_server caught panic: \nruntime error: index out of range [9] with length 9');
    assert.deepEqual(a.dump.headlessStacks.map(h => [h.lines.start, h.lines.end, h.frames[1].file]), [[13, 21, 'vitess.io/vitess/go/sqltypes/result.go']]);
    assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header panicked in result.go:255');
  });

  it('any server\'s words with a `panic` word and a colon, behind a log prefix or none, the value on the line or under it', () => {
    for (const [line, value, crash] of [
      ['E0304 10:38:30.617328   30134 server.go:303] mysql_server caught panic:', 'boom', 'mysql_server caught panic: \nboom'],
      ['2024/05/01 10:00:00 worker 3: recovered panic: boom', null, 'worker 3: recovered panic: boom'],
      ['handler panicked: boom', null, 'handler panicked: boom'],
      ['Panic in request 12 (GET /x):', 'boom\nmore of it', 'Panic in request 12 (GET /x): \nboom\nmore of it'],
    ] as const) {
      const a = analyzeGoroutineDump(`${line}\n${value === null ? '' : `${value}\n`}${locations}`);
      assert.equal(a.dump.crash?.message, crash, line);
      assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header panicked in server.go:42', line);
      assert.deepEqual(a.dump.warnings, [], line);
    }
  });

  it('middleware\'s `PANIC:` word with more punctuation after it (Gitea\'s `PANIC::`), behind its logger\'s `file:line:func() [E]` or another prefix', () => {
    for (const [line, crash] of [
      ['2020/07/15 05:39:14 ...les/context/panic.go:34:1() [E] PANIC:: runtime error: invalid memory address or nil pointer dereference', 'PANIC:: runtime error: invalid memory address or nil pointer dereference'],
      ['2023/01/02 03:04:05 ...rs/web/base.go:120:Recovery.func1() [E] PANIC:: runtime error: index out of range [3] with length 2', 'PANIC:: runtime error: index out of range [3] with length 2'],
      ['E0304 10:38:30.617328   30134 server.go:303] PANIC:: boom', 'PANIC:: boom'],
    ] as const) {
      const a = analyzeGoroutineDump(`${line}\n${locations}`);
      assert.equal(a.dump.crash?.message, crash, line);
      assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header panicked in server.go:42', line);
    }
  });

  it('with a value of many lines under it (an error listing its causes) over `file:line (0x…)` lines, on both paths', () => {
    const causes = ['6 errors occurred:', ...['quota', 'disk', 'dns', 'tls', 'auth', 'rate'].map(cause => `\t* ${cause} check failed`)];
    const crash = `worker 3: recovered panic: \n${causes.join('\n')}`;
    for (const input of [`worker 3: recovered panic:\n${causes.join('\n')}\n${locations}`, new TextEncoder().encode(`prose before\n\nworker 3: recovered panic:\n${causes.join('\n')}\n${locations}`)]) {
      const a = analyzeGoroutineDump(input);
      assert.equal(a.dump.crash?.message, crash);
      assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header panicked in server.go:42');
    }
    // Past 16 lines the words are too far from the stack to be its crash line.
    const far = analyzeGoroutineDump(`worker 3: recovered panic:\n${'\t* a cause\n'.repeat(17)}${locations}`);
    assert.equal(far.dump.crash, null);
  });

  it('is no crash line when other text stands between it and the stack, or over a goroutine\'s header', () => {
    const apart = analyzeGoroutineDump(`worker 3: recovered panic: boom\n${'some other line\n'.repeat(17)}${locations}`);
    assert.equal(apart.dump.crash, null);
    const overHeader = analyzeGoroutineDump('the panic handler: installed\ngoroutine 1 [running]:\nmain.main()\n\t/x/main.go:3 +0x1d\n');
    assert.equal(overHeader.dump.crash, null);
    const noColon = analyzeGoroutineDump(`no panic here\n${locations}`);
    assert.equal(noColon.dump.crash, null);
  });

  it('over a running goroutine\'s header with a label of the stack between (`Traceback:`): the words are its crash line, the label no part of the value', () => {
    // The class of pasted/rook_16063_… (capnslog's prefix, `Stack trace:`) with another label, no prefix, a whole stack.
    const stack = 'goroutine 12 [running]:\nruntime/debug.Stack()\n\t/usr/lib/go/src/runtime/debug/stack.go:24 +0x5e\nmain.serve.func1()\n\t/srv/app/serve.go:30 +0x45\n' +
      'panic({0x4a1f20?, 0x5c3a80?})\n\t/usr/lib/go/src/runtime/panic.go:770 +0x132\nmain.handle(...)\n\t/srv/app/handle.go:17\nmain.serve()\n\t/srv/app/serve.go:35 +0x5d\n';
    const a = analyzeGoroutineDump(`worker: panic recovered: index out of range [3] with length 2\nTraceback:\n${stack}`);
    assert.equal(a.dump.crash?.message, 'worker: panic recovered: index out of range [3] with length 2');
    assert.equal(a.groups[0]?.suspect, '1 goroutine panicked (recovered: worker: panic recovered: index out of range [3] with length 2) in main.handle (handle.go:17)');
    // Words that carry no value of their own introduce the paste: no crash line, label or not.
    assert.equal(analyzeGoroutineDump(`I got this panic:\nTraceback:\n${stack}`).dump.crash, null);
  });
});
