// Crash dumps: the goroutine that crashed the process is the likely problem, so its group comes
// first with the panic or fatal error in its sentence; a deadlock makes every blocked group a
// suspect; a dump somebody asked for (SIGQUIT) has no culprit. Fixtures are real Go output
// (scripts/go/goroutinegen) and corpus files.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { runCli } from '../../../src/cli/main';

const demo = (f: string) => readFileSync(`test/fixtures/goroutines/${f}`);
const corpus = (f: string) => readFileSync(`test/fixtures/corpus/${f}`);

describe('goroutines: crashes', () => {
  it('a panic: the panicking goroutine first, named with the panic, then the leak', () => {
    const a = analyzeGoroutineDump(demo('demo_panic.txt'));
    assert.equal(a.dump.crashedGoroutine, 0);
    assert.equal(a.stuck, null);
    const [crash, leak] = a.groups;
    assert.equal(crash.crashed, true);
    assert.deepEqual(crash.goroutineIds, [1]);
    assert.equal(crash.suspect, '1 goroutine crashed (panic: dispatcher: 12 items left and no worker to take them) in main.dispatch (main.go:223)');
    assert.equal(leak.crashed, false);
    assert.equal(leak.count, 12);
    assert.equal(leak.state, 'chan send');
    assert.equal(a.groups.filter(g => g.crashed).length, 1);
  });

  it('a panic at GOTRACEBACK=system names the user frame under the runtime\'s `panic` frame', () => {
    const a = analyzeGoroutineDump(demo('demo_panic_system.txt'));
    assert.equal(a.groups[0].frames[0].func, 'panic');
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: dispatcher: 12 items left and no worker to take them) in main.dispatch (main.go:249)');
  });

  it('a Windows exception: the stack printed without a header is the goroutine that crashed', () => {
    // As runtime/signal_windows.go (winthrow) prints it: no goroutine header before the trap's traceback.
    const text = [
      'Exception 0xc0000005 0x0 0x8 0x7ffda9322f15', 'PC=0x7ffda9322f15', 'signal arrived during external code execution', '',
      'runtime.cgocall(0xea49a0, 0xc0000cde28)',
      '\tC:/Program Files/Go/src/runtime/cgocall.go:157 +0x4a fp=0xc0000cde00 sp=0xc0000cddc8 pc=0xe137aa',
      'main._Cfunc_PyUnicode_AsUTF8(0x0)', '\t_cgo_gotypes.go:4939 +0x57 fp=0xc0000cde28 sp=0xc0000cde00 pc=0xe9eb77',
      'main.main()', '\tC:/Users/dev/gothon/import.go:49 +0x236 fp=0xc0000cdf80 sp=0xc0000cde78 pc=0xea0f36',
      'runtime.main()', '\tC:/Program Files/Go/src/runtime/proc.go:250 +0x1fe fp=0xc0000cdfe0 sp=0xc0000cdf80 pc=0xe464be',
      'rax     0xc0000ce000', 'rip     0x7ffda9322f15', '', 'goroutine 2 [force gc (idle)]:',
      'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)', '\tC:/Program Files/Go/src/runtime/proc.go:363 +0xd6', '',
    ].join('\r\n');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(a.dump.warnings, []);
    assert.equal(a.parsed, 2);
    assert.equal(a.groups[0].crashed, true);
    assert.deepEqual(a.groups[0].firstLines, { start: 5, end: 12 });
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (Exception 0xc0000005 0x0 0x8 0x7ffda9322f15) in main._Cfunc_PyUnicode_AsUTF8 (_cgo_gotypes.go:4939)');
  });

  it('a cgo traceback\'s C frames (runtime.SetCgoTraceback) are read, not skipped', () => {
    const text = [
      'goroutine 1 [syscall]:', 'non-Go function at pc=0x7f0d1c2a3b4c', 'runtime.cgocall(0x4b1e20, 0xc000051f48)',
      '\t/usr/local/go/src/runtime/cgocall.go:157 +0x5c fp=0xc000051f20 sp=0xc000051ee8 pc=0x404f1c', 'main.main()', '\t/src/main.go:12 +0x1d', '',
      'goroutine 2 [running]:', 'myCFunc', '\t/src/foo.c:12 pc=0x4a5b6c', 'non-Go function', '\tpc=0x4a5b7d',
      'main._Cfunc_myCFunc()', '\t_cgo_gotypes.go:39 +0x49', 'created by main.main', '\t/src/main.go:10 +0x1d', '',
    ].join('\n');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(a.dump.warnings, []);
    const running = a.groups.find(g => g.state === 'running');
    assert.deepEqual(running?.frames.map(f => `${f.func} ${f.file}:${f.line}`), ['myCFunc /src/foo.c:12', 'main._Cfunc_myCFunc _cgo_gotypes.go:39']);
  });

  it('a panic while recovering from one is one crash, named with both panics', () => {
    const a = analyzeGoroutineDump(demo('demo_repanic.txt'));
    const both = 'panic: dispatcher: 12 items left and no worker to take them [recovered] / ' +
      'panic: handling the delete collection: dispatcher: 12 items left and no worker to take them';
    assert.deepEqual(a.dump.crash, { message: both, line: 1 });
    assert.equal(a.groups[0].suspect, `1 goroutine crashed (${both}) in main.dispatchOrWrap.func1 (main.go:232)`);
    assert.deepEqual(a.dump.warnings.map(w => w.line), [15], 'only go run\'s `exit status 2` is skipped');
  });

  it('a re-panicked nil dereference blames the user frame under the runtime\'s, and no runtime frame when a cut took it', () => {
    const text = demo('repanic_nil_deref_system.txt').toString('utf8');
    const both = 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference';
    assert.equal(analyzeGoroutineDump(text).groups[0].suspect, `1 goroutine crashed (${both}) in main.(*T).get (main.go:5)`);
    // Cut right under `runtime.sigpanic` (and `runtime.panicmem` above it): what is left only raised the panic.
    const cut = text.slice(0, text.indexOf('main.(*T).get'));
    assert.equal(analyzeGoroutineDump(cut).groups[0].suspect, `1 goroutine crashed (${both}), cut before the frame that panicked`);
  });

  it('a goroutine with only the runtime\'s frames over its creator is blamed on the creator\'s call, a runtime creator on the runtime\'s frame', () => {
    // Go 1.19's layout of a fault in code the runtime ran for the goroutine (no frame of its own in sight).
    const crashIn = (frames: string[], creator: string, creatorAt: string) => analyzeGoroutineDump([
      'panic: runtime error: invalid memory address or nil pointer dereference', '[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x30]', '',
      'goroutine 18 [running]:', ...frames, `created by ${creator}`, `\t${creatorAt} +0x21c`, '',
    ].join('\n')).groups[0].suspect;
    const runtimeOnly = [
      'panic({0x4a36e0, 0x5b1070})', '\t/usr/local/go/src/runtime/panic.go:884 +0x212', 'runtime.panicmem(...)', '\t/usr/local/go/src/runtime/panic.go:260',
      'runtime.sigpanic()', '\t/usr/local/go/src/runtime/signal_unix.go:835 +0x2f6',
    ];
    const crash = '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference)';
    assert.equal(crashIn(runtimeOnly, 'main.startWorkers', '/home/u/app/pool.go:31'), `${crash} in runtime frames only, created by main.startWorkers (pool.go:31)`);
    // The standard library's creator is still what the user's call reached.
    assert.equal(crashIn(runtimeOnly.slice(4), 'net.(*Resolver).goLookupIPCNAMEOrder', '/usr/local/go/src/net/dnsclient_unix.go:482'),
      `${crash} in runtime frames only, created by net.(*Resolver).goLookupIPCNAMEOrder (dnsclient_unix.go:482)`);
    // A frame outside the runtime is blamed as before; a runtime creator (the GC's own goroutines) is no user's call.
    assert.equal(crashIn([...runtimeOnly, 'main.work()', '\t/home/u/app/pool.go:12 +0x1d'], 'main.startWorkers', '/home/u/app/pool.go:31'),
      `${crash} in main.work (pool.go:12), created by main.startWorkers`);
    assert.equal(crashIn(runtimeOnly, 'runtime.gcenable', '/usr/local/go/src/runtime/mgc.go:178'), `${crash} in panic (panic.go:884), created by runtime.gcenable`);
  });

  it('text glued right after a runtime value of fixed text (a progress line the panic overwrote) is cut off the message', () => {
    const crashOf = (line: string) => analyzeGoroutineDump([line, '', 'goroutine 1 [running]:', 'main.main()', '\t/app/main.go:9 +0x20', ''].join('\n')).dump.crash?.message;
    for (const [line, message] of [
      ['panic: runtime error: invalid memory address or nil pointer dereference11649 items  0 errors  ETA 41:46 ', 'panic: runtime error: invalid memory address or nil pointer dereference'],
      ['panic: runtime error: integer divide by zerocopied 3 files', 'panic: runtime error: integer divide by zero'],
      ['panic: send on closed channel[=====>    ] 40%', 'panic: send on closed channel'],
      ['panic: assignment to entry in nil map12/40', 'panic: assignment to entry in nil map'],
      // Before Go 1.12 index errors named no index: their end is fixed too.
      ['panic: runtime error: index out of range3 files', 'panic: runtime error: index out of range'],
      ['fatal error: concurrent map writesETA 0:12', 'fatal error: concurrent map writes'],
      // Go's own words after a blank, a value whose end is no fixed text, and anyone's value: whole.
      ['panic: runtime error: index out of range [5] with length 3', 'panic: runtime error: index out of range [5] with length 3'],
      ['panic: runtime error: integer divide by zero [recovered]', 'panic: runtime error: integer divide by zero [recovered]'],
      ['panic: runtime error: hash of unhashable type []int12 items', 'panic: runtime error: hash of unhashable type []int12 items'],
      ['panic: send on closed channels are a bug', 'panic: send on closed channels are a bug'],
    ]) assert.equal(crashOf(line), message, line);
  });

  it('a fault: "unexpected fault address" and "fatal error: fault" are one crash, in the goroutine that read the address', () => {
    const a = analyzeGoroutineDump(demo('demo_fault.txt'));
    assert.match(a.dump.crash?.message ?? '', /^unexpected fault address 0x[0-9a-f]+ \/ fatal error: fault$/);
    assert.match(a.groups[0].suspect ?? '', /^1 goroutine crashed \(unexpected fault address 0x[0-9a-f]+ \/ fatal error: fault\) in main\.readCorrupted \(main\.go:\d+\)$/);
  });

  it('a fatal error names the goroutine printed after the runtime stack', () => {
    const a = analyzeGoroutineDump(corpus('real_k8s_concurrent_map_writes_fpsp_excerpt.txt'));
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (fatal error: concurrent map writes) in audit.LogAnnotation (request.go:235)');
  });

  it('a deadlock: every blocked group is a suspect, and none is the culprit', () => {
    const a = analyzeGoroutineDump(demo('demo_deadlock.txt'));
    assert.equal(a.dump.crashedGoroutine, -1);
    assert.equal(a.stuck?.kind, 'deadlock');
    const stuck = '; all goroutines are asleep (deadlock)';
    assert.deepEqual(a.groups.map(g => g.suspect), [
      `3 goroutines blocked on chan send in main.(*store).deleteCollection.func1 (main.go:48), created by main.(*store).deleteCollection${stuck}`,
      // Sentences that would read alike say what tells them apart: the depth, or the caller.
      `2 goroutines blocked on chan send in main.nested (main.go:108), created by main.deadlock, at stack depth 1${stuck}`,
      `2 goroutines blocked on chan send in main.nested (main.go:108), created by main.deadlock, at stack depth 2${stuck}`,
      `2 goroutines blocked on chan send in main.sendItem (main.go:233), created by main.deadlock, via main.fromAPI (main.go:236)${stuck}`,
      `2 goroutines blocked on chan send in main.sendItem (main.go:233), created by main.deadlock, via main.fromController (main.go:237)${stuck}`,
      `1 goroutine blocked on chan receive in main.deadlock (main.go:228)${stuck}`,
    ]);
  });

  it('go test timed out: the hanging test\'s goroutines are the suspects, not the alarm that panicked', () => {
    // scripts/go/testtimeout: `go test -timeout 2s`, a test whose workers block on a channel.
    const a = analyzeGoroutineDump(demo('demo_test_timeout.txt'));
    assert.equal(a.dump.crash?.message, 'panic: test timed out after 2s');
    assert.equal(a.dump.crashedGoroutine, -1);
    assert.equal(a.stuck?.kind, 'test timeout');
    assert.deepEqual(a.groups.filter(g => g.suspect).map(g => g.suspect), [
      '3 goroutines blocked on chan send in testtimeout.(*pool).submit (pool_test.go:18), created by testtimeout.TestSubmitHangs; the test timed out after 2s',
      '1 goroutine blocked on semacquire in testtimeout.TestSubmitHangs (pool_test.go:29), created by testing.(*T).Run; the test timed out after 2s',
    ]);
    // The test binary's generated main (_testmain.go) is not user code: its goroutine is idle machinery.
    const runner = a.groups.find(g => g.frames.some(f => f.file.endsWith('_testmain.go')));
    assert.equal(runner?.isIdleRuntime, true);
  });

  it('go test timed out, Go ≥ 1.20: the tests it names as running join the crash message, not the skipped lines', () => {
    // Go 1.19 made the fixture; Go 1.20 and later print "running tests:" and a line per running test
    // between the panic and the goroutines (testing.go, (*M).startAlarm): inserted here as they print it.
    const lines = demo('demo_test_timeout.txt').toString('utf8').split('\n');
    const text = [lines[0], 'running tests:', '\tTestSubmitHangs (2s)', '\tTestSubmitHangs/submit (1.9s)', ...lines.slice(1)].join('\n');
    const a = analyzeGoroutineDump(text);
    assert.equal(a.dump.crash?.message, 'panic: test timed out after 2s (running TestSubmitHangs, TestSubmitHangs/submit)');
    // Only go test's own FAIL lines are left over.
    assert.deepEqual(a.dump.warnings.map(w => w.message.replace(/^line [0-9]+: /, '')), [
      'skipped 1 line that is not part of a goroutine dump, starting "FAIL\ttesttimeout\t2.075s"',
      'skipped 1 line that is not part of a goroutine dump, starting "FAIL"',
    ]);
    assert.match(a.groups[0].suspect ?? '', /; the test timed out after 2s \(running TestSubmitHangs, TestSubmitHangs\/submit\)$/);
  });

    it('no culprit in a dump someone asked for, nor when another event comes between the error and the goroutines', () => {
    for (const dump of [demo('demo_sigquit.txt'), demo('demo_crash_running.txt'), corpus('real_aprilsh_sigquit_crash_annotated_go121.txt')]) {
      const a = analyzeGoroutineDump(dump);
      assert.match(a.dump.crash?.message ?? '', /^SIGQUIT: quit$/);
      assert.equal(a.dump.crashedGoroutine, -1);
      assert.equal(a.groups.some(g => g.crashed), false);
    }
    // gccgo: "fatal error: bad system page size" with no goroutine, then much later a SIGABRT dump.
    const gccgo = analyzeGoroutineDump(corpus('real_gccgo_scone_fatal_and_sigabrt.txt'));
    assert.equal(gccgo.dump.crash?.message, 'fatal error: bad system page size');
    assert.equal(gccgo.dump.crashedGoroutine, -1);
  });

  describe('a crash line behind text the scanner does not know, taken for the dump that follows it', () => {
    const stack = ['main.worker(0xc000010000)', '\t/home/u/app/main.go:42 +0x1d', 'created by main.main', '\t/home/u/app/main.go:20 +0x5a'];
    const crashOf = (text: string) => {
      const a = analyzeGoroutineDump(text);
      return { crash: a.dump.crash && { message: a.dump.crash.message, line: a.dump.crash.line }, crashed: a.dump.crashedGoroutine, skipped: a.dump.warnings.map(w => w.message) };
    };

    it('behind line numbers (`cat -n`, vim) and a code comment\'s `// `: the prefix learnt from the header leaves the crash line', () => {
      const numbered = ['fatal error: unexpected signal during runtime execution', '[signal 0xb code=0x1 addr=0xf1 pc=0x4967fb]', '', 'goroutine 7 [running]:', ...stack]
        .map((line, i) => `${String(i + 1).padStart(3)} ${line}`.trimEnd());
      assert.deepEqual(crashOf(['some notes', ...numbered].join('\n') + '\n'), {
        crash: { message: 'fatal error: unexpected signal during runtime execution', line: 2 }, crashed: 0,
        skipped: ['line 1: skipped 1 line that is not part of a goroutine dump, starting "some notes"'],
      });
      const commented = ['panic: oh! B panicked', '', 'goroutine 5 [running]:', ...stack].map(line => `// ${line}`);
      assert.deepEqual(crashOf(commented.join('\n')), { crash: { message: 'panic: oh! B panicked', line: 1 }, crashed: 0, skipped: [] });
    });

    it('glued to other output: a TUI\'s text, progress dots before the terminal\'s `^\\`', () => {
      assert.deepEqual(crashOf(['Stream closed EOF for helm-test/test-pod (pod-init)panic: send on closed channel', '', 'goroutine 339 [running]:', ...stack].join('\n')), {
        crash: { message: 'panic: send on closed channel', line: 1 }, crashed: 0, skipped: [],
      });
      const sigquit = crashOf(['\u2022\u2022\u2022\u2022^\\SIGQUIT: quit', 'PC=0x40e43', '', 'goroutine 7 [running]:', ...stack].join('\n'));
      assert.deepEqual(sigquit.crash, { message: 'SIGQUIT: quit', line: 1 });
      assert.equal(sigquit.crashed, -1);
    });

    it('not when no dump follows, when the dump comes later, nor when the dump has a crash line of its own', () => {
      // A log line that says "panic: " and nothing after it, or text after it: junk.
      for (const after of [[], ['', 'more log text', '', 'goroutine 339 [running]:', ...stack], ['', '', '', '', '', 'goroutine 339 [running]:', ...stack]]) {
        const a = crashOf(['2024 worker said: panic: foo', ...after].join('\n'));
        assert.equal(a.crash, null, JSON.stringify(after));
        assert.match(a.skipped[0], /^lines? 1(–[0-9])?: skipped .* starting "2024 worker said: panic: foo"$/);
      }
      // Its own crash line, right before the header.
      assert.deepEqual(crashOf(['log: panic: foo', 'panic: the real one', '', 'goroutine 339 [running]:', ...stack].join('\n')).crash, { message: 'panic: the real one', line: 2 });
      // Behind a prefix the crash line does not carry, the lines between are read as they stand: not what Go prints there.
      assert.equal(crashOf(['x panic: foo', '// ', '// goroutine 5 [running]:', ...stack.map(line => `// ${line}`)].join('\n')).crash, null);
    });

    it('a header taken back (the line after it lacks its prefix) takes its crash line back too', () => {
      const a = crashOf(['// panic: boom', '//', '// goroutine 5 [running]:', 'and then prose, no stack'].join('\n'));
      assert.equal(a.crash, null);
      assert.equal(a.skipped.length > 0, true);
    });
  });

  it('the CLI prints the crash first, as CRASH, and marks its group in JSON', async () => {
    let out = '';
    const file = 'test/fixtures/goroutines/demo_panic.txt';
    assert.equal(await runCli(['goroutines', file], { out: t => { out += t; }, err: () => undefined }), 0);
    assert.deepEqual(out.split('\n').slice(0, 3), [
      '40 goroutines, 11 groups',
      'crash: panic: dispatcher: 12 items left and no worker to take them (line 1)',
      'CRASH: 1 goroutine crashed (panic: dispatcher: 12 items left and no worker to take them) in main.dispatch (main.go:223)',
    ]);
    let json = '';
    await runCli(['goroutines', file, '--json'], { out: t => { json += t; }, err: () => undefined });
    assert.deepEqual(JSON.parse(json).groups.map((g: { crashed: boolean }) => g.crashed).indexOf(true), 0);
  });

  describe('a crashed goroutine whose group holds others with its stack: one goroutine crashed, not the group', () => {
    // Go-made (scripts/go/twopanics): two workers panic at once in main.crash; Go prints the second as one more
    // goroutine of the first crash's dump, so the goroutine that crashed the process shares its group.
    const ONE = '1 goroutine crashed (panic: boom from worker 7) in main.crash (main.go:11), created by main.main; 1 other goroutine has the same stack';

    it('in the text, the JSON and the incident\'s answer alike', async () => {
      const file = 'test/fixtures/goroutines/two_panics_at_once_all.txt';
      const a = analyzeGoroutineDump(readFileSync(file));
      assert.deepEqual([a.groups[0].count, a.groups[0].crashed, a.groups[0].suspect], [2, true, ONE]);
      let out = '';
      await runCli(['goroutines', file], { out: t => { out += t; }, err: () => undefined });
      assert.equal(out.split('\n')[2], `CRASH: ${ONE}`);
      let json = '';
      await runCli(['goroutines', file, '--json'], { out: t => { json += t; }, err: () => undefined });
      assert.deepEqual(JSON.parse(json).groups[0].suspect, ONE);
      const dir = mkdtempSync(join(tmpdir(), 'gpe-crash-group-'));
      try {
        copyFileSync(file, join(dir, 'goroutines.txt'));
        let incident = '';
        await runCli(['incident', dir], { out: t => { incident += t; }, err: () => undefined });
        assert.equal(incident.split('\n')[0], `${ONE}.`);
      } finally { rmSync(dir, { recursive: true, force: true }); }
    });

    it('whatever the group\'s size and the crash\'s kind', () => {
      const worker = (id: number) => [`goroutine ${id} [running]:`, 'main.work()', '\t/app/main.go:11 +0x79', 'created by main.main', '\t/app/main.go:18 +0x3d', ''];
      const text = ['panic: boom', '', ...worker(7), ...worker(8), ...worker(9)].join('\n');
      assert.equal(analyzeGoroutineDump(text).groups[0].suspect, '1 goroutine crashed (panic: boom) in main.work (main.go:11), created by main.main; 2 other goroutines have the same stack');
      const recovered = text.replace('panic: boom', 'panic: boom [recovered]');
      assert.match(analyzeGoroutineDump(recovered).groups[0].suspect ?? '', /^1 goroutine crashed .*; 2 other goroutines have the same stack$/);
      assert.equal(analyzeGoroutineDump(['panic: boom', '', ...worker(7)].join('\n')).groups[0].suspect, '1 goroutine crashed (panic: boom) in main.work (main.go:11), created by main.main');
    });
  });
});
