// Stacks that are no goroutine of the dump: a crash's `runtime stack:` with the goroutines missing
// (the paste stopped before them), and stacks whose goroutine header is not in the text (an
// excerpt that starts mid-goroutine, a stack or a logger's stack trace pasted alone). They are
// kept and shown, never counted; junk that only looks like a frame stays junk.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, scanGoroutineDump } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';

const pasted = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`);

describe('goroutines: stacks outside any goroutine', () => {
  it('a crash pasted down to its runtime stack is a dump: its frames kept, its goroutines missing', () => {
    const a = readGoroutines(pasted('nanotube_34_runtime_stack_only_stack_overflow.txt'));
    assert.deepEqual([a.total, a.parsed, a.groups.length, a.dump.truncated], [0, 0, 0, true]);
    assert.deepEqual(a.dump.runtimeStacks.map(s => [s.lines, s.frames.map(f => `${f.func} ${f.file}:${f.line}`)]), [
      [{ start: 7, end: 10 }, ['runtime.throw :0', 'github.com/bookingcom/nanotube/pkg/target.(*OptionalTicker).Stop nanotube/pkg/target/host.go:107']],
    ]);
    assert.equal(a.stackSuspect?.frame?.func, 'github.com/bookingcom/nanotube/pkg/target.(*OptionalTicker).Stop');
    assert.equal(a.stackSuspect?.crashed, true);
    assert.match(a.dump.warnings.at(-1)!.message, /the dump is truncated .*: (its goroutines|goroutines created late) are missing/);
  });

  it('a runtime stack that says no more than the throw blames no frame', () => {
    const a = readGoroutines(new TextEncoder().encode('fatal error: stack overflow\n\nruntime stack:\nruntime.throw(0x113aa8e, 0xe)\n```\n\nBut it works on a small codebase.\n'));
    assert.equal(a.stackSuspect?.sentence, 'the process crashed (fatal error: stack overflow)');
    assert.equal(a.stackSuspect?.frame, null);
    assert.equal(a.dump.truncated, true);
  });

  it('a stack without its header is kept with its frames and creator, not counted, and the dump is cut at the start', () => {
    const a = readGoroutines(pasted('containerd_9217_headless_stack_before_goroutine.txt'));
    // As many goroutines as headers in the text (what grep and panicparse count).
    assert.deepEqual([a.total, a.parsed, a.groups.length], [1, 1, 1]);
    const [stack] = a.dump.headlessStacks;
    assert.deepEqual(stack.frames.map(f => `${f.file.split('/').pop()}:${f.line}`), ['mutex.go:138', 'mutex.go:81', 'reaper_unix.go:54', 'reaper_unix.go:170']);
    assert.equal(stack.createdBy?.line, 161);
    assert.equal(a.dump.cutAtStart, true);
    // A whole goroutine's stack without a suspect of its own: the groups speak, not the stack.
    assert.equal(a.stackSuspect, null);
  });

  it('a stack pasted alone is found and named by its innermost user frame, or the frame under its panic', () => {
    const zap = readGoroutines(pasted('sumologic_3475_zap_stacktrace_alone.txt'));
    assert.deepEqual([zap.total, zap.groups.length, zap.dump.headlessStacks.length], [0, 0, 1]);
    assert.equal(zap.stackSuspect?.frame?.line, 130);
    const panicked = readGoroutines(new TextEncoder().encode([
      'Recovered in handler:', '```',
      'main.(*Server).recover(0xc000010000)', '\t/src/app/server.go:40 +0x1d',
      'panic({0x6b4be0?, 0x8a1f40?})', '\t/usr/local/go/src/runtime/panic.go:914 +0x21f',
      'main.(*Store).Get(...)', '\t/src/app/store.go:12',
      'main.(*Server).handle(0xc000010000, 0x1)', '\t/src/app/server.go:77 +0x3c',
      'created by main.(*Server).Serve in goroutine 1', '\t/src/app/server.go:60 +0x85', '```', '',
    ].join('\n')));
    assert.equal(panicked.stackSuspect?.sentence, 'a stack without its goroutine header panicked in main.(*Store).Get (store.go:12), created by main.(*Server).Serve');
    assert.equal(panicked.stackSuspect?.crashed, false);
    assert.equal(panicked.dump.headlessStacks[0].lines.start, 3);
  });

  it('junk that only looks like a frame stays junk', () => {
    const junk = (lines: string[]) => scanGoroutineDump(lines.join('\n') + '\n');
    const noStack = (lines: string[], what: string) => {
      const dump = junk(lines);
      assert.deepEqual([dump.headlessStacks.length, dump.goroutines.length, dump.cutAtStart], [0, 0, false], what);
      assert.throws(() => readGoroutines(new TextEncoder().encode(lines.join('\n'))), /no goroutine dump found/, what);
    };
    noStack(['\t/go/src/github.com/cilium/cilium/daemon/main.go:30 +0x8e', '', 'see above'], 'a lone location line');
    noStack(['level=info retrying foo(bar)', 'foo(bar)', 'done in 3s', 'main.go(12)'], 'a log line with a call that no location follows');
    noStack(['foo(bar)', 'the panic main.go:12'], 'a call over prose that ends like a location, unindented');
    noStack(['foo(bar)', '  see the panic main.go:12'], 'a call over an indented sentence with spaces in its "path"');
    noStack(['retry', '\t/app/main.go:12 +0x1d'], 'a word without a package over a location');
    noStack(['PC=0x46f0e1(0x1)', '\t/app/main.go:12 +0x1d'], 'a register line shaped like a call');
    // A race report has its own stacks: they stay its goroutines.
    const race = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/race_then_panic.txt'));
    assert.equal(race.dump.headlessStacks.length, 0);
  });

  it('a call whose relative location follows unindented stays junk; an absolute one (a paste that lost its tabs), or its indented twin, is a stack', () => {
    assert.equal(scanGoroutineDump('main.work(0x1)\nmain.go:12 +0x1d\n').headlessStacks.length, 0);
    assert.equal(scanGoroutineDump('main.work(0x1)\n/app/main.go:12\n').headlessStacks.length, 0);
    assert.deepEqual(scanGoroutineDump('main.work(0x1)\n/app/main.go:12 +0x1d\n').headlessStacks.map(s => s.frames.map(f => `${f.func}:${f.line}`)), [['main.work:12']]);
    const dump = scanGoroutineDump('main.work(0x1)\n\t/app/main.go:12 +0x1d\nmain.main()\n/app/main.go:5 +0x20\n');
    // Past its first frame a stack takes Go's lines as a goroutine does.
    assert.deepEqual(dump.headlessStacks.map(s => s.frames.map(f => `${f.func}:${f.line}`)), [['main.work:12', 'main.main:5']]);
  });

  it('a line that is none of a stack\'s ends a headless stack; after its creator, a call starts another', () => {
    const dump = scanGoroutineDump([
      'main.a()', '\t/app/a.go:1 +0x1', 'created by main.start', '\t/app/a.go:9 +0x2',
      'main.b()', '\t/app/b.go:2 +0x1', 'some prose here', 'main.c()', '\t/app/c.go:3 +0x1', '',
    ].join('\n'));
    assert.deepEqual(dump.headlessStacks.map(s => [s.lines.start, s.lines.end, s.frames.map(f => f.func), s.createdBy?.func ?? null]), [
      [1, 4, ['main.a'], 'main.start'], [5, 6, ['main.b'], null], [8, 9, ['main.c'], null],
    ]);
    assert.match(dump.warnings.map(w => w.message).join('\n'), /line 7: skipped 1 line .*"some prose here"/);
  });

  it('a logger\'s crash line behind the log\'s prefix and its own: the stack under it is read behind the log\'s prefix alone', () => {
    const klog = 'E0403 09:26:35.512103    9519 runtime.go:69] Observed a panic: "boom" (boom)';
    const locations = ['/go/src/k8s.io/apimachinery/pkg/util/runtime/runtime.go:76', '/usr/local/go/src/runtime/panic.go:522',
      '/go/src/k8s.io/client-go/tools/cache/reflector.go:189', '/usr/local/go/src/runtime/asm_amd64.s:1337'];
    const goroutine = ['goroutine 7 [running]:', 'k8s.io/apimachinery/pkg/util/runtime.logPanic({0x1, 0x2})', '\t/go/src/k8s.io/apimachinery/pkg/util/runtime/runtime.go:75 +0x85',
      'panic({0x1, 0x2})', '\t/usr/local/go/src/runtime/panic.go:884 +0x213', 'k8s.io/client-go/tools/cache.(*Reflector).watch(0x0)',
      '\t/go/src/k8s.io/client-go/tools/cache/reflector.go:189 +0x1e', 'created by k8s.io/client-go/tools/cache.New in goroutine 1', '\t/go/src/k8s.io/client-go/tools/cache/reflector.go:100 +0x1e'];
    // journald (a month in English, or in a Chinese locale's `4月`), a container runtime's log file, a timestamp.
    for (const prefix of ['Apr 03 09:26:35 node-1 kubelet[9519]: ', '4月 03 09:26:35 node-1 kubelet[9519]: ', '2024-04-03T09:26:35.512103000Z stderr F ', '2024-04-03T09:26:35.512Z ']) {
      const stack = analyzeGoroutineDump(['some text', ...[klog, ...locations].map(l => prefix + l)].join('\n') + '\n');
      assert.equal(stack.dump.crash?.message, 'Observed a panic: "boom" (boom)', prefix);
      assert.deepEqual(stack.dump.headlessStacks.map(s => [s.lines.start, s.lines.end, s.frames.length]), [[3, 6, 4]], prefix);
      assert.equal(stack.stackSuspect?.sentence, 'a stack without its goroutine header panicked in reflector.go:189', prefix);
      const withHeader = analyzeGoroutineDump(['some text', ...[klog, ...goroutine].map(l => prefix + l)].join('\n') + '\n');
      assert.deepEqual([...withHeader.dump.goroutines].map(g => [g.id, g.frames.length, g.createdBy?.func]), [[7, 3, 'k8s.io/client-go/tools/cache.New']], prefix);
      assert.match(withHeader.groups[0].suspect ?? '', /in cache\.\(\*Reflector\)\.watch \(reflector\.go:189\)/, prefix);
      assert.equal(withHeader.dump.warnings.length, 1, prefix);
    }
  });

  it('a paste that starts at a goroutine\'s `created by` behind a log prefix learns the prefix from it, single- or double-spaced', () => {
    const lines = ['created by main.start in goroutine 1', '\t/src/app/main.go:12 +0x1d', '', 'goroutine 310 [semacquire, 3 minutes]:', 'sync.(*Cond).Wait(0xc000010000)',
      '\t/usr/local/go/src/sync/cond.go:56 +0x6c', 'main.worker()', '\t/src/app/main.go:30 +0x25', 'created by main.start in goroutine 1', '\t/src/app/main.go:12 +0x1d'];
    for (const prefix of ['Jul 23 19:37:02 host dockerd[760]: ', '2024-07-23T19:37:02.123Z ']) {
      for (const separator of ['\n', '\n\n']) {
        const dump = analyzeGoroutineDump(lines.map(l => prefix + l).join(separator) + '\n').dump;
        assert.deepEqual(dump.headlessStacks.map(s => [s.frames.length, s.createdBy?.func]), [[0, 'main.start']], `${prefix}${JSON.stringify(separator)}`);
        assert.deepEqual([...dump.goroutines].map(g => [g.id, g.frames.length, g.cut]), [[310, 2, false]], `${prefix}${JSON.stringify(separator)}`);
        assert.equal(dump.cutAtStart, true);
        assert.deepEqual(dump.warnings, []);
      }
    }
    // A log line that only mentions a creator is no stack's start.
    const prose = analyzeGoroutineDump(['Jul 23 19:37:02 host app[1]: the worker created by main.start failed', 'Jul 23 19:37:02 host app[1]: retrying'].join('\n') + '\n');
    assert.equal(prose.dump.headlessStacks.length, 0);
  });
});
