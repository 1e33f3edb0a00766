// Delve's output read as goroutines: real pastes from public issues (test/fixtures/goroutines/pasted,
// delve_*.txt, SOURCES.md) and the forms go-delve/delve's pkg/terminal/command.go prints
// (test/fixtures/goroutines/delve, SOURCES.md there): counts, states, top frames, file:line,
// grouping, the crash a stop on Delve's crash breakpoint stands for, and where a paste was cut.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';
import { parseDelveFrameLine, parseDelveGoroutineLine, parseDelveStopLine, parseDelveThreadLine } from '../../../src/core/goroutines/delveLines';

const pasted = (name: string) => analyzeGoroutineDump(readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8'));
const made = (name: string) => analyzeGoroutineDump(readFileSync(`test/fixtures/goroutines/delve/${name}`, 'utf8'));
const at = (f: { func: string; file: string; line: number } | null | undefined) => f ? `${f.func} ${f.file}:${f.line}` : null;

/** Per group: count, state and its first frame with file:line. */
function groups(a: GoroutineAnalysis): [number, string, string | null][] {
  return a.groups.map(g => [g.count, g.state, at(g.frames[0])]);
}

function warnings(a: GoroutineAnalysis): string[] {
  return a.dump.warnings.map(w => w.message);
}

describe('Delve output', () => {
  describe('lines', () => {
    it('reads a goroutine line whatever its path, thread and wait time', () => {
      const line = (text: string) => parseDelveGoroutineLine(text, 0, text.length);
      assert.deepEqual(line('* Goroutine 1 - User: ./main.go:12 main.main (0x4a1b2c) [chan receive]'), {
        id: 1, kind: 'User', thread: null, waitReason: 'chan receive', cut: false,
        location: { fileAndLine: './main.go:12', file: './main.go', line: 12, func: 'main.main' },
      });
      const windows = line('Goroutine 2 - User: c:/program files/go/src/runtime/proc.go:367 runtime.gopark (0x7ff691f5c796) [force gc (idle) 457422h31m33.7887784s]');
      assert.equal(windows?.location?.file, 'c:/program files/go/src/runtime/proc.go');
      assert.equal(windows?.waitReason, 'force gc (idle)');
      assert.equal(line('Goroutine 69 - User: /x/proc.go:425 runtime.gopark (0x4762ce) [debug call 6139131606581034]')?.waitReason, 'debug call');
      assert.equal(line('Goroutine 5 - User: c:/program files/go/src/runtime/syscall_windows.go:479 syscall.Syscall (0x7ff691f879f4) (thread 17308)')?.thread, 17308);
      const go = line('Goroutine 7 - Go: ./main.go:30 main.main (0x4a1c00) [chan send]');
      assert.deepEqual([go?.kind, go?.location?.func], ['Go', 'main.main']);
      // Delve's empty location: a goroutine the runtime started without a `go` statement.
      assert.equal(line('Goroutine 1 - Go: :0  (0x0) [chan receive]')?.location, null);
      // Cut before its PC: the name may be cut short, and the bracket is not in the text.
      const cut = line('Goroutine 1 - User: ./main.go:12 main.ma');
      assert.deepEqual([cut?.cut, cut?.location?.func, cut?.waitReason], [true, 'main.ma…', '…']);
      assert.deepEqual([line('Goroutine 83 - User: /x/proc.go:425 runtime.gopark (0x4762ce) [debug call 61391316065')?.waitReason], ['debug call']);
      assert.deepEqual([line('Goroutine 83 - User: /x/proc.go:425 runtime.gopark (0x4762ce) [debug ca')?.waitReason], ['debug ca…']);
      assert.equal(line('goroutine 1 [running]:'), null);
      assert.equal(line('Goroutine is the word for it'), null);
    });

    it('reads frames, threads and the stop on a crash breakpoint', () => {
      const frame = (text: string) => parseDelveFrameLine(text, 0, text.length);
      assert.deepEqual(frame('0  0x000000000043a1b6 in runtime.gopark'), { index: 0, func: 'runtime.gopark' });
      assert.deepEqual(frame('10  0x00000001030fc6ac in runtime/pprof.StartCPUProfile.func2'), { index: 10, func: 'runtime/pprof.StartCPUProfile.func2' });
      assert.equal(frame('0 0x000000000043a1b6 in runtime.gopark'), null);
      assert.equal(frame('1183:\t// fatalpanic implements an unrecoverable panic'), null);
      const thread = (text: string) => parseDelveThreadLine(text, 0, text.length);
      assert.equal(at(thread('* Thread 13055 at 0x469bb3 /root/sdk/gotip/src/runtime/sys_linux_amd64.s:563 runtime.futex')?.location), 'runtime.futex /root/sdk/gotip/src/runtime/sys_linux_amd64.s:563');
      const stop = '> [unrecovered-panic] runtime.fatalpanic() /usr/lib/go-1.21/src/runtime/panic.go:1188 (hits goroutine(1):1 total:1) (PC: 0x4353e4)';
      const parsed = parseDelveStopLine(stop, 0, stop.length);
      assert.deepEqual([parsed?.breakpoint, parsed?.goroutine, at(parsed?.location)], ['unrecovered-panic', 1, 'runtime.fatalpanic /usr/lib/go-1.21/src/runtime/panic.go:1188']);
    });
  });

  describe('goroutines', () => {
    it('the list: one goroutine per line, its location the one frame, the bracket its state', () => {
      const a = made('goroutines_labels.txt');
      assert.equal(a.parsed, 10);
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state]), [
        [1, 'chan receive'], [2, 'force gc (idle)'], [3, 'GC sweep wait'], [4, 'GC scavenge wait'], [5, 'finalizer wait'],
        [18, 'semacquire'], [19, 'semacquire'], [20, 'semacquire'], [21, 'sleep'], [22, 'running'],
      ]);
      // Delve's wait times are not the runtime's minutes.
      assert.ok([...a.dump.goroutines].every(g => g.waitMinutes === null));
      assert.deepEqual(groups(a).slice(0, 4), [
        [3, 'semacquire', 'main.handle ./handler.go:40'], [1, 'chan receive', 'main.main ./main.go:12'],
        [1, 'sleep', 'main.tick ./ticker.go:15'], [1, 'running', 'main.serve ./server.go:88'],
      ]);
      // `goroutines -l`: the labels of a group's goroutines, which do not split it.
      assert.deepEqual(a.groups[0].labels, { path: '/api/orders, /api/users', request_id: 'r-1, r-2, r-3' });
      // Delve's prompt is its own line, not junk.
      assert.deepEqual(warnings(a), []);
    });

    it('-t: each goroutine with its numbered stack, the stack replacing the line\'s location', () => {
      const a = made('goroutines_t.txt');
      assert.equal(a.parsed, 5);
      assert.deepEqual(groups(a), [
        [2, 'chan send', 'runtime.gopark /usr/local/go/src/runtime/proc.go:367'],
        [1, 'chan receive', 'runtime.gopark /usr/local/go/src/runtime/proc.go:367'],
        [1, 'running', 'main.serve ./server.go:88'],
        [1, 'force gc (idle)', 'runtime.gopark /usr/local/go/src/runtime/proc.go:367'],
      ]);
      assert.deepEqual(a.groups[0].frames.map(f => f.func), ['runtime.gopark', 'runtime.chansend', 'runtime.chansend1', 'main.worker', 'runtime.goexit']);
      assert.equal(at(a.groups[0].userFrame), 'main.worker ./worker.go:31');
      assert.deepEqual(a.groups[0].goroutineIds, [7, 8]);
      assert.equal(a.dump.truncated, false);
      // `[5 goroutines]` agrees with the text.
      assert.deepEqual(warnings(a), []);
    });

    it('-group user: the counts are Delve\'s totals, those it left out said', () => {
      const a = made('goroutines_group_user.txt');
      // The 115 goroutines Delve counted without listing them are the process's: in the total, and in their group.
      assert.deepEqual([a.parsed, a.total], [8, 123]);
      assert.deepEqual(groups(a), [
        [120, 'chan send', 'main.worker ./worker.go:31'], [1, 'chan receive', 'main.main ./main.go:12'],
        [1, 'force gc (idle)', 'runtime.gopark /usr/local/go/src/runtime/proc.go:367'], [1, 'GC sweep wait', 'runtime.gopark /usr/local/go/src/runtime/proc.go:367'],
      ]);
      assert.equal(a.groups[0].unlisted, 115);
      assert.deepEqual(a.groups[0].goroutineIds, [7, 8, 9, 10, 11]);
      assert.equal(a.groups[1].unlisted, undefined);
      // The group names are Delve's, not skipped junk.
      assert.deepEqual(warnings(a), [
        'line 8: Delve listed 5 of this group\'s 120 goroutines; the other 115 are counted, their stacks are not in the text',
      ]);
    });

    it('-group: a total over goroutines of several states counts in the total only, in no group', () => {
      const a = analyzeGoroutineDump([
        '(dlv) goroutines -group user', './pool.go:57 in main.(*Pool).dispatch',
        '\t  Goroutine 21 - User: ./pool.go:57 main.(*Pool).dispatch (0x4a2b10) [select]',
        '\t  Goroutine 22 - User: ./pool.go:57 main.(*Pool).dispatch (0x4a2b10) [chan send]',
        '\tTotal: 40', '', './main.go:12 in main.main', '\t* Goroutine 1 - User: ./main.go:12 main.main (0x4a1b2c) [chan receive]', '\tTotal: 1',
        'Too many groups', '',
      ].join('\n'));
      // Which states the other 38 are in is not in the text.
      assert.deepEqual([a.parsed, a.total], [3, 41]);
      assert.deepEqual(groups(a).map(g => g[0]), [1, 1, 1]);
      assert.ok(a.groups.every(g => g.unlisted === undefined));
      // Groups Delve did not print at all are in no count: said, as the total is less than the process's.
      assert.deepEqual(warnings(a), [
        'line 5: Delve listed 2 of this group\'s 40 goroutines; the other 38 are counted, their stacks are not in the text',
        'line 10: Delve printed only some of the groups; the goroutines of the others are neither listed nor counted',
      ]);
    });

    it('-g: the location is the `go` statement, the goroutine\'s creator', () => {
      const a = analyzeGoroutineDump('(dlv) goroutines -g\n  Goroutine 7 - Go: ./main.go:30 main.main (0x4a1c00) [chan send]\n  Goroutine 8 - Go: ./main.go:30 main.main (0x4a1c00) [chan send]\n[2 goroutines]\n');
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.length, at(g.createdBy)]), [[7, 0, 'main.main ./main.go:30'], [8, 0, 'main.main ./main.go:30']]);
      assert.deepEqual(groups(a), [[2, 'chan send', null]]);
    });

    it('a count that disagrees with the lines read is said', () => {
      const a = analyzeGoroutineDump('  Goroutine 1 - User: ./main.go:12 main.main (0x4a1b2c) [chan receive]\n[3 goroutines]\n');
      assert.deepEqual(warnings(a), ['line 2: Delve counted 3 goroutines; 1 are in the text']);
    });

    it('real pastes: Windows paths, a goroutine on its thread, a list cut in its last line', () => {
      const a = pasted('delve_golang_52178_goroutines_windows.txt');
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state]), [
        [1, 'select'], [2, 'force gc (idle)'], [3, 'finalizer wait'], [4, 'chan receive'], [5, 'running'], [6, 'IO wait'],
        [10, 'GC assist wait'], [11, '…'],
      ]);
      const eleven = [...a.dump.goroutines][7];
      assert.deepEqual([eleven.cut, at(eleven.frames[0])], [true, 'phoen… c:/gitlab-runner/builds/hg6ddd65/0/phoenixdev/phoenix/go_workspace/src/phoenix/pkg/druvarpc/clientsend.go:104']);
      assert.equal(at([...a.dump.goroutines][1].frames[0]), 'runtime.gopark c:/program files/go/src/runtime/proc.go:367');

      const debugCall = pasted('delve_pelican_2652_debug_call.txt');
      // The goroutine the paste cut (in its wait time) is a group of its own, as a cut goroutine of a runtime dump is.
      assert.deepEqual(groups(debugCall), [
        [9, 'debug call', 'runtime.gopark /opt/hostedtoolcache/go/1.23.11/x64/src/runtime/proc.go:425'],
        [1, 'debug call', 'runtime.gopark /opt/hostedtoolcache/go/1.23.11/x64/src/runtime/proc.go:425'],
      ]);
      assert.deepEqual([...debugCall.dump.goroutines].filter(g => g.cut).map(g => g.id), [83]);
    });

    it('real paste: -group user with Total lines, cut in the next group\'s name', () => {
      const a = pasted('delve_receptor_452_group_user.txt');
      assert.deepEqual(groups(a), [
        [31, 'chan receive', 'github.com/ansible/receptor/pkg/netceptor.(*PacketConn).ReadFrom ./pkg/netceptor/packetconn.go:133'],
        [1, 'select', 'github.com/lucas-clemente/quic-go.(*baseServer).run /home/meyers/go/pkg/mod/github.com/lucas-clemente/quic-go@v0.18.1/server.go:221'],
      ]);
      assert.ok(warnings(a).includes('line 7: Delve listed 5 of this group\'s 31 goroutines; the other 26 are counted, their stacks are not in the text'));
      assert.deepEqual([a.parsed, a.total], [6, 32]);
    });
  });

  describe('stacks and threads', () => {
    it('a stack Delve printed to the depth asked for, `(truncated)` under it, is marked shortened', () => {
      const t = made('goroutines_t_truncated.txt');
      assert.deepEqual([...t.dump.goroutines].map(g => [g.id, g.frames.length, g.framesElided]), [[1, 6, false], [18, 11, true], [19, 11, true]]);
      assert.deepEqual(t.groups.map(g => [g.count, g.state, g.framesElided]), [[2, 'select', true], [1, 'chan receive', false]]);
      // `(truncated)` is Delve's, not skipped junk; `[3 goroutines]` agrees.
      assert.deepEqual(warnings(t), []);
      const stack = made('stack_truncated.txt');
      assert.deepEqual(stack.dump.headlessStacks.map(s => [s.frames.length, s.framesElided, s.lines]), [[5, true, { start: 2, end: 12 }]]);
      assert.deepEqual(warnings(stack), []);
      // A whole stack says nothing of the kind.
      assert.equal(made('stack.txt').dump.headlessStacks[0].framesElided, undefined);
    });

    it('`stack` pasted alone: a stack without its goroutine, whole from frame 0', () => {
      const a = made('stack.txt');
      assert.equal(a.parsed, 0);
      assert.deepEqual(a.dump.headlessStacks.map(s => [s.lines.start, s.frames.map(at)]), [[2, [
        'runtime.gopark /usr/local/go/src/runtime/proc.go:367', 'runtime.selectgo /usr/local/go/src/runtime/select.go:327',
        'main.(*Pool).dispatch ./pool.go:57', 'main.main ./main.go:20', 'runtime.main /usr/local/go/src/runtime/proc.go:255',
        'runtime.goexit /usr/local/go/src/runtime/asm_amd64.s:1581',
      ]]]);
      assert.equal(a.dump.cutAtStart, false);
      assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header, at main.(*Pool).dispatch (pool.go:57)');
      assert.equal(readGoroutines(new TextEncoder().encode(readFileSync('test/fixtures/goroutines/delve/stack.txt', 'utf8'))).dump.headlessStacks.length, 1);
    });

    it('`threads`: a stack of one frame per thread', () => {
      const a = pasted('delve_golang_35532_threads.txt');
      assert.equal(a.dump.headlessStacks.length, 13);
      assert.deepEqual(new Set(a.dump.headlessStacks.slice(0, 12).map(s => at(s.frames[0]))), new Set(['runtime.futex /root/sdk/gotip/src/runtime/sys_linux_amd64.s:563']));
      // The paste ends in the last thread's function name.
      assert.equal(a.dump.headlessStacks[12].frames[0].func, 'runtime.f');
      assert.equal(a.dump.cutAtStart, false);
    });

    it('a thread line over its numbered stack; a stack that starts past frame 0 was cut before it', () => {
      const a = pasted('delve_golang_58798_thread_stacks.txt');
      assert.deepEqual(a.dump.headlessStacks.map(s => [s.lines.start, s.frames.length, at(s.frames[0])]), [
        [3, 2, 'runtime.park_m /opt/hostedtoolcache/go/1.20.1/x64/src/runtime/proc.go:3511'],
        [8, 8, 'runtime.futex /opt/hostedtoolcache/go/1.20.1/x64/src/runtime/sys_linux_amd64.s:555'],
      ]);
      assert.equal(a.dump.cutAtStart, true);

      const bt = pasted('delve_golang_61768_thread_bt.txt');
      assert.deepEqual(bt.dump.headlessStacks.map(s => [s.frames.length, at(s.frames[0]), at(s.frames[11])]), [
        [12, '??? :0', 'runtime.goexit /usr/local/go/src/runtime/asm_arm64.s:1172'],
      ]);
      assert.equal(bt.dump.cutAtStart, false);
    });
  });

  describe('a stop on a crash breakpoint', () => {
    it('blames the goroutine Delve names, its stack from `bt`, the panic from its value', () => {
      const a = made('unrecovered_panic.txt');
      assert.equal(a.dump.crash?.message, 'panic: interface {}(runtime.boundsError) {x: 5, y: 3, signed: true, code: 0}');
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.frames.length]), [[1, 'running', 7]]);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: interface {}(runtime.boundsError) {x: 5, y: 3, signed: true, code: 0}) in main.lookup (main.go:9)');
    });

    it('real paste: the stop and the panic\'s message, its `bt` cut at the first frame', () => {
      const a = pasted('delve_delve_3634_unrecovered_panic.txt');
      assert.equal(a.dump.crash?.message, 'panic: runtime error: invalid memory address or nil pointer dereference');
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.map(at)]), [[1, ['runtime.fatalpanic /usr/lib/go-1.21/src/runtime/panic.go:1188']]]);
    });

    it('real paste: VS Code\'s "Stack:" of tab-indented frames, cut in an `at`', () => {
      const a = pasted('delve_delve_3651_vscode_stack.txt');
      assert.deepEqual(a.dump.headlessStacks.map(s => s.frames.map(at)), [[
        'github.com/ebayinc/esams-controller/tmp.(*Foo).String <autogenerated>:1', 'fmt.(*pp).handleMethods /usr/local/go/src/fmt/print.go:673',
        'fmt.(*pp).printArg :0',
      ]]);
      assert.equal(a.dump.truncated, true);
    });
  });

  it('the lines that end Delve\'s lists are Delve\'s only after one of its own lines', () => {
    const dump = 'goroutine 1 [running]:\nmain.helper()\n\t/app/main.go:20 +0x5\nTotal: 2\nmain.go:12 in main.main\nmain.main()\n\t/app/main.go:12 +0x1d\n';
    const a = analyzeGoroutineDump(dump);
    assert.deepEqual([...a.dump.goroutines].map(g => g.frames.map(f => f.func)), [['main.helper', 'main.main']]);
    assert.equal(warnings(a).length, 1);
  });

  it('a text with no dump says Delve output is read too', () => {
    assert.throws(() => readGoroutines(new TextEncoder().encode('hello\nworld\n')), /Delve/);
  });
});
