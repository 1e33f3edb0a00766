// Dumps as each Go version prints them. Go 1.19's own output (scripts/go/runtimeshapes and badreturnpc, run under
// GOTRACEBACK=all: test/fixtures/goroutines/go119_*.txt), verbatim pastes of newer Go from public
// issues (test/fixtures/goroutines/pasted, SOURCES.md), and the header shapes of other versions
// where no Go here prints them, each marked hand-made.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, inferStateFromFrames, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { parseBadReturnPc } from '../../../src/core/goroutines/badReturnPc';
import { readGoroutines } from '../../../src/core/input';

const analyze = (path: string): GoroutineAnalysis => analyzeGoroutineDump(readFileSync(`test/fixtures/goroutines/${path}`));
const total = (a: GoroutineAnalysis): number => a.groups.reduce((n, g) => n + g.count, 0);

/** The group whose innermost user frame is `func`, as state and count. */
function stateOf(a: GoroutineAnalysis, func: string): { state: string; inferred: boolean; count: number; locked: number } {
  const group = a.groups.find(g => g.userFrame?.func === func || g.frames.some(f => f.func === func));
  assert.ok(group, `a group with ${func}`);
  return { state: group.state, inferred: group.stateInferred, count: group.count, locked: group.lockedToThread };
}

describe('goroutines: dumps of each Go version', () => {
  describe('Go 1.19, printed here (scripts/go/runtimeshapes)', () => {
    it('reads every wait state a program reaches, the never-waking ones first', () => {
      for (const file of ['go119_debug2.txt', 'go119_sigquit.txt']) {
        const a = analyze(file);
        assert.equal(a.dump.truncated, false, file);
        assert.equal(total(a), file === 'go119_debug2.txt' ? 13 : 17, file);
        assert.deepEqual(a.groups.slice(0, 3).map(g => g.suspect), [
          '1 goroutine blocked forever on chan receive (nil chan) in main.nilReceive (main.go:28), created by main.population',
          '1 goroutine blocked forever on chan send (nil chan) in main.nilSend (main.go:33), created by main.population',
          '1 goroutine blocked forever in an empty select in main.emptySelect (main.go:36), created by main.population',
        ], file);
        assert.deepEqual(stateOf(a, 'main.lockedRead'), { state: 'syscall', inferred: false, count: 1, locked: 1 }, file);
        assert.deepEqual(stateOf(a, 'main.lockedReceive'), { state: 'chan receive', inferred: false, count: 1, locked: 1 }, file);
        // Go before 1.24 prints every sync wait as the semaphore's.
        assert.deepEqual(stateOf(a, 'main.lockMutex'), { state: 'semacquire', inferred: false, count: 3, locked: 0 }, file);
        assert.equal(stateOf(a, 'main.waitCond').state, 'sync.Cond.Wait', file);
      }
    });

    it('reads each way a process ends: the crash, its kind and the frame to blame', () => {
      const cases: [string, string, string, number][] = [
        ['go119_fault.txt', 'unexpected fault address 0x7fba3d20a000 / fatal error: fault', 'main.fault (main.go:89)', 17],
        ['go119_unlock.txt', 'fatal error: sync: unlock of unlocked mutex', 'main.unlockUnlocked (main.go:94)', 13],
        ['go119_waitgroup.txt', 'panic: sync: negative WaitGroup counter', 'main.negativeWaitGroup (main.go:99)', 13],
        ['go119_sigquit.txt', 'SIGQUIT: quit', '', 17],
      ];
      for (const [file, crash, culprit, count] of cases) {
        const a = analyze(file);
        assert.equal(a.dump.crash?.message, crash, file);
        assert.equal(total(a), count, file);
        const crashed = a.groups.filter(g => g.suspect?.includes('crashed'));
        if (culprit === '') assert.deepEqual(crashed, [], file);
        else assert.ok(crashed.length === 1 && crashed[0].suspect!.endsWith(` in ${culprit}`), `${file}: ${crashed[0]?.suspect}`);
        // `exit status 2` from go run is the only line that is not the dump's.
        assert.deepEqual(a.dump.warnings.map(w => w.message.replace(/^line \d+: /, '')),
          ['skipped 1 line that is not part of a goroutine dump, starting "exit status 2"'], file);
      }
    });

    it('tells the wait of a debug=1 record from its sync frames, not from the semaphore under them', () => {
      const a = analyze('go119_debug1.txt');
      assert.equal(a.dump.format, 'debug1');
      assert.equal(total(a), 13);
      assert.deepEqual(stateOf(a, 'main.lockMutex'), { state: 'sync.Mutex.Lock', inferred: true, count: 3, locked: 0 });
      assert.equal(stateOf(a, 'main.readLock').state, 'sync.RWMutex.RLock');
      assert.equal(stateOf(a, 'main.waitGroup').state, 'sync.WaitGroup.Wait');
      assert.equal(stateOf(a, 'main.waitCond').state, 'sync.Cond.Wait');
      assert.equal(stateOf(a, 'main.lockedRead').state, 'syscall');
      // debug=1 leaves out the runtime's frames, but not their addresses: a nil channel's receive parks
      // from chanrecv's first call, lower than the blocking one of main.lockedReceive (hiddenRuntimeWaits.ts).
      assert.deepEqual(stateOf(a, 'main.nilReceive'), { state: 'chan receive (nil chan)', inferred: true, count: 1, locked: 0 });
      assert.deepEqual(a.groups.find(g => g.frames.some(f => f.func === 'main.labelled'))?.labels, { request: 'r-17', tenant: 'acme' });
    });

    it('blames the overwritten frame, not the runtime\'s stack walker, for `unknown caller pc` (scripts/go/badreturnpc)', () => {
      const text = readFileSync('test/fixtures/goroutines/go119_unknown_caller_pc.txt', 'utf8');
      const walk = 'walking goroutine 1\'s stack, main.victim returns to 0x1000, in no function (a corrupted stack)';
      const a = analyzeGoroutineDump(text);
      assert.equal(a.dump.crash?.message, 'fatal error: unknown caller pc');
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state]), [[5, 'GC worker (idle)'], [1, 'preempted']]);
      assert.equal(a.groups[0].suspect, `1 goroutine crashed (fatal error: unknown caller pc) ${walk}`);
      // Pasted down to the runtime stack only: the same words from the runtime stack's reading.
      const cut = analyzeGoroutineDump(text.slice(0, text.indexOf('goroutine 5 [')));
      assert.equal(cut.stackSuspect?.sentence, `the process crashed (fatal error: unknown caller pc) ${walk}`);
      // Another crash after such a line is not the walk's.
      const other = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/go119_fault.txt', 'utf8').replace('unexpected fault address', 'runtime: g 1: unexpected return pc for main.f called from 0x1\nunexpected fault address'));
      assert.doesNotMatch(other.groups[0].suspect ?? '', /walking/);
    });

    it('says what a paste cut inside `unexpected return pc`\'s hexdump holds, before any crash line (golang/go#54306)', () => {
      const text = readFileSync('test/fixtures/goroutines/pasted/golang_54306_unexpected_return_pc_alone_cut.txt');
      assert.throws(() => readGoroutines(new Uint8Array(text)), {
        message: 'no goroutine dump found: line 2 is the runtime\'s `unexpected return pc` (walking goroutine 20\'s stack, testing.tRunner returns to 0x7feeabb0dacf, in no function (a corrupted stack)) with no crash line or goroutine after it',
      });
    });

    it('reads each version\'s `unexpected return pc` line', () => {
      assert.deepEqual(parseBadReturnPc('runtime: g 20: unexpected return pc for testing.tRunner called from 0x7feeabb0dacf', 3),
        { goroutine: 20, func: 'testing.tRunner', calledFrom: '0x7feeabb0dacf', line: 3 });
      assert.equal(parseBadReturnPc('runtime: g284: unexpected return pc for runtime.gopark called from 0x200a000020f18212', 1)?.goroutine, 284);
      // Before Go 1.16 without the goroutine; a paste wrapped before `called from` (golang/go#37664).
      assert.deepEqual(parseBadReturnPc('runtime: unexpected return pc for github.com/apmckinlay/gsuneido/runtime.(*Thread).interp', 1),
        { goroutine: null, func: 'github.com/apmckinlay/gsuneido/runtime.(*Thread).interp', calledFrom: null, line: 1 });
      assert.equal(parseBadReturnPc('runtime: unknown pc 0x7f389f7d4207', 1), null);
    });

    it('implies a wait from the sync type above the semaphore, as Go 1.24 and later print it', () => {
      const semaphore = ['runtime.gopark', 'runtime.goparkunlock', 'runtime.semacquire1'];
      assert.equal(inferStateFromFrames([...semaphore, 'sync.runtime_SemacquireMutex', 'sync.(*RWMutex).RLock', 'main.read']), 'sync.RWMutex.RLock');
      assert.equal(inferStateFromFrames([...semaphore, 'sync.runtime_SemacquireMutex', 'sync.(*RWMutex).Lock', 'main.write']), 'sync.RWMutex.Lock');
      assert.equal(inferStateFromFrames([...semaphore, 'sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'main.wait']), 'sync.WaitGroup.Wait');
      // RWMutex.Lock waiting on its writers' Mutex: the Mutex's wait, as Go 1.24 prints it.
      assert.equal(inferStateFromFrames(['sync.runtime_SemacquireMutex', 'sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'sync.(*RWMutex).Lock']), 'sync.Mutex.Lock');
      // The semaphore alone, or under other code: what the semaphore says.
      assert.equal(inferStateFromFrames([...semaphore, 'sync.runtime_Semacquire', 'internal/poll.(*fdMutex).rwlock']), 'semacquire');
      assert.equal(inferStateFromFrames(['sync.runtime_SemacquireMutex', 'main.lock', 'sync.(*WaitGroup).Wait']), 'sync.Mutex.Lock');
    });

    it('reads GODEBUG=tracebackancestors: each `[originating from goroutine N]:` section ends with its own `created by`, none an extra creator', () => {
      // scripts/go/ancestors: a chain of goroutines, each created by the one before.
      const a = analyze('go119_traceback_ancestors.txt');
      assert.deepEqual(a.dump.warnings, []);
      assert.equal(total(a), 7);
      const g12 = [...a.dump.goroutines].find(g => g.id === 12)!;
      assert.deepEqual(g12.createdBy, { func: 'main.spawn', file: 'ancestors/main.go', line: 18 });
      assert.deepEqual(g12.ancestors.map(s => [s.id, s.frames.map(f => `${f.func}:${f.line}`)]), [
        [11, ['main.spawn:19', 'main.spawn.func1:23']], [10, ['main.spawn:25', 'main.spawn.func1:23']],
        [6, ['main.spawn:25', 'main.spawn.func1:23']], [1, ['main.spawn:25', 'main.main:30']],
      ]);
    });
  });

  describe('newer Go, as pasted', () => {
    it('reads Go 1.25\'s `[recovered, repanicked]` as one panic raised again, blamed where it started', () => {
      const a = analyze('pasted/golang_76099_go125_recovered_repanicked.txt');
      assert.equal(a.dump.crash?.message, 'panic: error message [recovered, repanicked]');
      assert.equal(a.dump.truncated, false);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: error message [recovered, repanicked]) in main.main (dupanic.go:9)');
    });

    it('reads the `gp=… m=… mp=…` headers, `runtime.goexit({})` and `created by … in goroutine N` of Go 1.23 and later', () => {
      const cases: [string, number[], boolean, string][] = [
        ['pasted/rossoctl_200_go124_gp_headers_cut_at_start.txt', [17, 18], false, 'runtime.main < runtime.goexit'],
        ['pasted/golang_76052_go125_gp_headers_cut_at_start.txt', [2, 3], true, '? < testing.runTests < testing.(*M).Run < main.main < runtime.main < runtime.goexit'],
        ['pasted/ollama_12593_windows_gp_headers_trimpath.txt', [1], true, '? < main.main.gowrap2 < runtime.goexit'],
      ];
      for (const [file, ids, truncated, headless] of cases) {
        const a = analyze(file);
        assert.deepEqual([...a.dump.goroutines].map(g => g.id), ids, file);
        assert.equal(a.dump.truncated, truncated, file);
        assert.equal(a.dump.cutAtStart, true, file);
        assert.deepEqual(a.dump.headlessStacks.map(s => s.frames.map(f => f.func).join(' < ')), [headless], file);
        const forcegc = [...a.dump.goroutines].find(g => g.state === 'force gc (idle)');
        if (forcegc) {
          assert.equal(forcegc.frames[forcegc.frames.length - 1].func, 'runtime.goexit');
          assert.deepEqual([forcegc.createdBy?.func, forcegc.creatorGoroutine], ['runtime.init.7', 1]);
        }
      }
      const ollama = analyze('pasted/ollama_12593_windows_gp_headers_trimpath.txt');
      assert.deepEqual([ollama.dump.headlessStacks[0].createdBy?.func, ollama.groups[0].state], ['main.main', 'IO wait']);
    });

    it('reads a crash the runtime threw while walking a stack (`unknown caller pc`) after its hexdump', () => {
      const a = analyze('pasted/golang_37664_unknown_caller_pc_hexdump_first.txt');
      assert.equal(a.dump.crash?.message, 'fatal error: unknown caller pc');
      assert.deepEqual(a.dump.runtimeStacks.map(s => s.frames.map(f => f.func)), [
        ['runtime.throw', 'runtime.gentraceback', 'runtime.addOneOpenDeferFrame.func1', 'runtime.systemstack', 'runtime.mstart'],
      ]);
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut]), [[1, true]]);
      // The same throw under the GC's stack scan, pasted without its crash line.
      const gc = analyze('pasted/golang_44096_unknown_caller_pc_gc_scanstack.txt');
      assert.deepEqual([gc.dump.crash, [...gc.dump.goroutines].map(g => [g.id, g.state]), gc.dump.truncated], [null, [[81, 'GC worker (idle)']], true]);
      assert.equal(gc.dump.runtimeStacks[0].frames[2].func, 'runtime.scanstack');
    });
  });

  describe('Go 1.0–1.5, as pasted', () => {
    it('reads a goroutine of Go ≤ 1.2 that shows only its C-runtime creator, without an offset, as whole', () => {
      const text = readFileSync('test/fixtures/goroutines/pasted/golangbook_6_go11_windows_nil_map_c_creator.txt', 'utf8');
      // The paste as printed, and cut right after the dump's last line (with or without its line break).
      const dumpEnd = text.indexOf('proc.c:221') + 'proc.c:221'.length;
      for (const variant of [text, text.slice(0, dumpEnd + 1), text.slice(0, dumpEnd)]) {
        const a = analyzeGoroutineDump(variant);
        assert.equal(a.dump.truncated, false);
        assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.frames.length, g.createdBy?.line, g.cut]),
          [[1, 'running', 1, undefined, false], [2, 'syscall', 0, 221, false]]);
        assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: runtime error: assignment to entry in nil map) in main.main (main.go:7)');
      }
      // A Go function's creator always has its offset: without one at the text's end, its line number may be cut.
      const cut = analyzeGoroutineDump('goroutine 2 [syscall]:\ncreated by main.main\n\t/home/u/main.go:22');
      assert.equal(cut.dump.truncated, true);
    });

    it('reads Go 1.0\'s `throw: …` as the fatal error later Go prints, its deadlock as a deadlock (hand-made: Go 1.0\'s runtime·throw printed `throw: %s`)', () => {
      const deadlock = analyzeGoroutineDump([
        'throw: all goroutines are asleep - deadlock!', '', 'goroutine 1 [chan receive]:', 'main.main()', '\t/home/user/deadlock.go:6 +0x4f', '',
        'goroutine 2 [syscall]:', 'created by runtime.main', '\t/usr/local/go/src/pkg/runtime/proc.c:221', 'exit status 2', '',
      ].join('\n'));
      assert.equal(deadlock.dump.crash?.message, 'fatal error: all goroutines are asleep - deadlock!');
      assert.equal(deadlock.dump.truncated, false);
      assert.deepEqual(deadlock.groups.map(g => [g.state, g.isIdleRuntime, g.suspect]), [
        ['chan receive', false, '1 goroutine blocked on chan receive in main.main (deadlock.go:6); all goroutines are asleep (deadlock)'],
        // The runtime's own goroutine, printed with its creator alone.
        ['syscall', true, null],
      ]);
      const thrown = analyzeGoroutineDump('throw: out of memory\n\ngoroutine 1 [running]:\nruntime.throw(0x80b8d6c, 0x8)\n\t/usr/local/go/src/pkg/runtime/panic.c:464 +0x69\nmain.grow(0x0)\n\t/home/user/x.go:6 +0x4f\nmain.main()\n\t/home/user/x.go:12 +0x1f\n');
      assert.equal(thrown.groups[0].suspect, '1 goroutine crashed (fatal error: out of memory) in main.grow (x.go:6)');
      // Behind a log prefix the word is anyone's.
      assert.equal(analyzeGoroutineDump('2014/01/02 10:00:00 throw: it\ngoroutine 1 [running]:\nmain.main()\n\t/x.go:1 +0x1\n').dump.crash, null);
    });

    it('reads Go 1.3\'s C runtime frames: `runtime.goexit()` at its entry (no offset, `fp=`/`sp=`), `.goc` files', () => {
      const a = analyze('pasted/syncthing_783_go13_386_goexit_fp_no_offset.txt');
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.cut]), [[16, 'chan receive', false], [17, 'syscall', true]]);
      const main = [...a.dump.goroutines][0];
      assert.deepEqual([main.frames[main.frames.length - 1].func, main.createdBy?.func, main.waitMinutes], ['runtime.goexit', '_rt0_go', 6]);
    });
  });

  describe('headers of other versions (hand-made: no Go here prints them)', () => {
    const header = (state: string): GoroutineAnalysis => analyzeGoroutineDump(
      `goroutine 7 [${state}]:\nmain.worker(0xc000010000)\n\t/src/app/worker.go:12 +0x2a\ncreated by main.main in goroutine 1\n\t/src/app/main.go:9 +0x3c\n`);

    it('reads Go 1.24\'s synctest waits (`chan receive (synctest)`, `synctest group N`) as their plain waits', () => {
      for (const state of ['chan receive (synctest), synctest group 5', 'chan receive (durable), 3 minutes, synctest bubble 1']) {
        const g = header(state).groups[0];
        assert.equal(g.state, 'chan receive', state);
      }
      assert.equal(header('select (synctest)').groups[0].state, 'select');
    });

    it('reads testing/synctest\'s deadlock panic as a deadlock whose suspects are the bubble\'s blocked goroutines', () => {
      // The panic's words as golang/go#70911 (Go 1.24) and llm-d/llm-d-batch-gateway#592 (Go 1.25) quote them; the dump around them hand-made.
      for (const words of ['deadlock: all goroutines in bubble are blocked', 'deadlock: main bubble goroutine has exited but blocked goroutines remain']) {
        const a = analyzeGoroutineDump([
          `panic: ${words} [recovered, repanicked]`, '', 'goroutine 21 [running]:', 'panic({0x6a1b40?, 0x8c9e90?})', '\t/usr/local/go/src/runtime/panic.go:783 +0x132',
          'internal/synctest.Run(0xc0001a4000)', '\t/usr/local/go/src/runtime/synctest.go:251 +0x2c5', 'testing/synctest.Test(0xc000102e00, 0xc0000a0f80)',
          '\t/usr/local/go/src/testing/synctest/synctest.go:282 +0xa5', 'example.com/pipeline.TestBroadcaster(0xc000102e00)', '\t/src/pipeline/async_test.go:272 +0x45',
          'created by testing.(*T).Run in goroutine 1', '\t/usr/local/go/src/testing/testing.go:1997 +0x465', '',
          'goroutine 23 [chan send (durable), synctest bubble 1]:', 'example.com/pipeline.(*Broadcaster).run(0xc0001a6000)', '\t/src/pipeline/broadcaster.go:60 +0x1c5',
          'created by example.com/pipeline.NewBroadcaster in goroutine 22', '\t/src/pipeline/broadcaster.go:40 +0x1a6', '',
        ].join('\n'));
        assert.equal(a.dump.crashedGoroutine, -1, words);
        assert.equal(a.groups[0].suspect, '1 goroutine blocked on chan send in pipeline.(*Broadcaster).run (broadcaster.go:60), created by pipeline.NewBroadcaster; the synctest bubble is deadlocked', words);
      }
    });

    it('reads the goroutine leak marks of Go 1.26 (`(leaked)`) as a leak the runtime reports', () => {
      const g = header('sync.Mutex.Lock (leaked), 12 minutes').groups[0];
      assert.deepEqual([g.state, g.leaked, g.waitMinutes?.max], ['sync.Mutex.Lock', 1, 12]);
      assert.match(g.suspect ?? '', /^1 goroutine leaked \(reported by the runtime\), blocked on sync\.Mutex\.Lock/);
    });
  });
});
