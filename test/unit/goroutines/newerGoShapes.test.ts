// Shapes Go 1.20–1.26 print that Go 1.19 (installed here) cannot: each dump hand-made after the
// runtime's own text (runtime2.go's waitReasonStrings, traceback.go's headers and `created by … in
// goroutine N`, panic.go's fatal errors, testing's and the sync package's words), read for its
// states, minutes, creators, crash and the frame to blame.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

/** Lines joined: each dump below is Go's output line for line. */
const dump = (...lines: string[]): string => lines.join('\n') + '\n';
const read = (text: string): GoroutineAnalysis => analyzeGoroutineDump(text);
const goroutines = (a: GoroutineAnalysis) => [...a.dump.goroutines];

const GCSTATES = dump(
  'SIGQUIT: quit',
  'PC=0x46e0c1 m=0 sigcode=0',
  '',
  'goroutine 0 gp=0x5a8d20 m=0 mp=0x5a9660 [idle]:',
  'runtime.futex(0x5a97a0, 0x80, 0x0, 0x0, 0x0, 0x0)',
  '\t/usr/local/go/src/runtime/sys_linux_amd64.s:557 +0x21 fp=0x7ffd5cdbd1d8 sp=0x7ffd5cdbd1d0 pc=0x46e0c1',
  'runtime.futexsleep(0x7ffd5cdbd250?, 0x43f4f5?, 0x1f4b5f1?)',
  '\t/usr/local/go/src/runtime/os_linux.go:75 +0x30 fp=0x7ffd5cdbd228 sp=0x7ffd5cdbd1d8 pc=0x432f50',
  'runtime.mstart()',
  '\t/usr/local/go/src/runtime/asm_amd64.s:395 +0x5 fp=0x7ffd5cdbd3b8 sp=0x7ffd5cdbd3b0 pc=0x46a2e5',
  '',
  'goroutine 1 gp=0xc000002380 m=nil [IO wait, 15 minutes, locked to thread]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce fp=0xc0000a5a28 sp=0xc0000a5a08 pc=0x467f4e',
  'runtime.netpollblock(0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/netpoll.go:575 +0xf7 fp=0xc0000a5a60 sp=0xc0000a5a28 pc=0x42fdf7',
  'internal/poll.runtime_pollWait(0x7f2a4c1e3e00, 0x72)',
  '\t/usr/local/go/src/runtime/netpoll.go:351 +0x85 fp=0xc0000a5a80 sp=0xc0000a5a60 pc=0x466f85',
  'main.main()',
  '\t/src/app/main.go:30 +0x1c5 fp=0xc0000a5f50 sp=0xc0000a5e80 pc=0x4c8d25',
  'runtime.main()',
  '\t/usr/local/go/src/runtime/proc.go:283 +0x28b fp=0xc0000a5fe0 sp=0xc0000a5f50 pc=0x43a08b',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1 fp=0xc0000a5fe8 sp=0xc0000a5fe0 pc=0x46c9a1',
  '',
  'goroutine 2 gp=0xc000002e00 m=nil [force gc (idle), 15 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce fp=0xc000058fa8 sp=0xc000058f88 pc=0x467f4e',
  'runtime.goparkunlock(...)',
  '\t/usr/local/go/src/runtime/proc.go:441',
  'runtime.forcegchelper()',
  '\t/usr/local/go/src/runtime/proc.go:348 +0xb3 fp=0xc000058fe0 sp=0xc000058fa8 pc=0x43a3d3',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1 fp=0xc000058fe8 sp=0xc000058fe0 pc=0x46c9a1',
  'created by runtime.init.7 in goroutine 1',
  '\t/usr/local/go/src/runtime/proc.go:336 +0x1a fp=0xc000058ff0 sp=0xc000058fe8 pc=0x43a31a',
  '',
  'goroutine 3 gp=0xc000003340 m=nil [GC sweep wait]:',
  'runtime.gopark(0x1?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.goparkunlock(...)',
  '\t/usr/local/go/src/runtime/proc.go:441',
  'runtime.bgsweep(0xc000078000)',
  '\t/usr/local/go/src/runtime/mgcsweep.go:276 +0x94',
  'runtime.gcenable.gowrap1()',
  '\t/usr/local/go/src/runtime/mgc.go:204 +0x25',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1',
  'created by runtime.gcenable in goroutine 1',
  '\t/usr/local/go/src/runtime/mgc.go:204 +0x66',
  '',
  'goroutine 5 gp=0xc000003dc0 m=nil [finalizer wait, 15 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.runfinq()',
  '\t/usr/local/go/src/runtime/mfinal.go:196 +0x107',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1',
  'created by runtime.createfing in goroutine 1',
  '\t/usr/local/go/src/runtime/mfinal.go:166 +0x3d',
  '',
  'goroutine 6 gp=0xc000003f80 m=nil [cleanup wait, 15 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.goparkunlock(...)',
  '\t/usr/local/go/src/runtime/proc.go:441',
  'runtime.(*cleanupQueue).dequeue(0x5a9a00)',
  '\t/usr/local/go/src/runtime/mcleanup.go:439 +0xc5',
  'runtime.runCleanups()',
  '\t/usr/local/go/src/runtime/mcleanup.go:635 +0x45',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1',
  'created by runtime.(*cleanupQueue).createGs in goroutine 1',
  '\t/usr/local/go/src/runtime/mcleanup.go:589 +0xa5',
  '',
  'goroutine 18 gp=0xc000102380 m=nil [GC worker (idle), 14 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.gcBgMarkWorker(0xc000100070)',
  '\t/usr/local/go/src/runtime/mgc.go:1423 +0xe9',
  'runtime.gcBgMarkStartWorkers.gowrap1()',
  '\t/usr/local/go/src/runtime/mgc.go:1339 +0x25',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1',
  'created by runtime.gcBgMarkStartWorkers in goroutine 1',
  '\t/usr/local/go/src/runtime/mgc.go:1339 +0x105',
  '',
  'goroutine 19 gp=0xc000102540 m=nil [GOMAXPROCS updater (idle), 15 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.goparkunlock(...)',
  '\t/usr/local/go/src/runtime/proc.go:441',
  'runtime.updateMaxProcsGoroutine()',
  '\t/usr/local/go/src/runtime/proc.go:6720 +0xe7',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1',
  'created by runtime.defaultGOMAXPROCSUpdateEnable in goroutine 1',
  '\t/usr/local/go/src/runtime/proc.go:6708 +0x185',
  '',
  'goroutine 21 gp=0xc000102a80 m=nil [sync.Mutex.Lock, 14 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.goparkunlock(...)',
  '\t/usr/local/go/src/runtime/proc.go:441',
  'runtime.semacquire1(0xc0000140a4, 0x0, 0x3, 0x1, 0x15)',
  '\t/usr/local/go/src/runtime/sema.go:188 +0x21d',
  'internal/sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/sema.go:95 +0x25',
  'internal/sync.(*Mutex).lockSlow(0xc0000140a0)',
  '\t/usr/local/go/src/internal/sync/mutex.go:149 +0x15d',
  'internal/sync.(*Mutex).Lock(...)',
  '\t/usr/local/go/src/internal/sync/mutex.go:70',
  'sync.(*Mutex).Lock(...)',
  '\t/usr/local/go/src/sync/mutex.go:46',
  'main.(*Store).Get(0xc0000140a0, {0x4c1f2a, 0x3})',
  '\t/src/app/store.go:40 +0x45',
  'main.handle(...)',
  '\t/src/app/main.go:50',
  'main.main.func1()',
  '\t/src/app/main.go:22 +0x3a',
  'created by main.main in goroutine 1',
  '\t/src/app/main.go:21 +0x9c',
  '',
  'goroutine 22 gp=0xc000102c40 m=nil [sync.RWMutex.RLock, 14 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.goparkunlock(...)',
  '\t/usr/local/go/src/runtime/proc.go:441',
  'runtime.semacquire1(0xc0000140bc, 0x0, 0x0, 0x0, 0x17)',
  '\t/usr/local/go/src/runtime/sema.go:188 +0x21d',
  'sync.runtime_SemacquireRWMutexR(0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/sema.go:100 +0x25',
  'sync.(*RWMutex).RLock(...)',
  '\t/usr/local/go/src/sync/rwmutex.go:74',
  'main.(*Cache).Get(0xc0000140b0)',
  '\t/src/app/cache.go:12 +0x4b',
  'main.main.func2()',
  '\t/src/app/main.go:25 +0x17',
  'created by main.main in goroutine 1',
  '\t/src/app/main.go:24 +0xd4',
  '',
  'goroutine 23 gp=0xc000102e00 m=nil [sync.Cond.Wait]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.goparkunlock(...)',
  '\t/usr/local/go/src/runtime/proc.go:441',
  'sync.runtime_notifyListWait(0xc000016050, 0x0)',
  '\t/usr/local/go/src/runtime/sema.go:606 +0x15d',
  'sync.(*Cond).Wait(0xc000016040)',
  '\t/usr/local/go/src/sync/cond.go:71 +0x85',
  'main.(*Queue).Pop(0xc000016000)',
  '\t/src/app/queue.go:30 +0x3e',
  'created by main.main in goroutine 1',
  '\t/src/app/main.go:27 +0x114',
  '',
  'goroutine 24 gp=0xc000103180 m=nil [select (no cases), 14 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.block()',
  '\t/usr/local/go/src/runtime/select.go:104 +0x26',
  'main.main.func3()',
  '\t/src/app/main.go:29 +0x13',
  'created by main.main in goroutine 1',
  '\t/src/app/main.go:28 +0x12e',
  '',
  'goroutine 25 gp=0xc000103340 m=nil [chan receive (nil chan), 14 minutes]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.chanrecv(0x0, 0x0, 0x1)',
  '\t/usr/local/go/src/runtime/chan.go:562 +0x3ee',
  'runtime.chanrecv1(0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/chan.go:506 +0x12',
  'main.main.func4()',
  '\t/src/app/main.go:31 +0x18',
  'created by main.main in goroutine 1',
  '\t/src/app/main.go:30 +0x148',
  '',
  'goroutine 26 gp=0xc000103500 m=nil [coroutine]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
  'runtime.coroswitch_m(0xc000103500, 0xc000002380)',
  '\t/usr/local/go/src/runtime/coro.go:203 +0x4b',
  'runtime.coroswitch(0xc000010090)',
  '\t/usr/local/go/src/runtime/coro.go:138 +0x45',
  'iter.Pull[...].func1.1(...)',
  '\t/usr/local/go/src/iter/iter.go:264',
  'main.count.func1(...)',
  '\t/src/app/seq.go:9',
  'iter.Pull[...].func1()',
  '\t/usr/local/go/src/iter/iter.go:259 +0x98',
  'runtime.corostart()',
  '\t/usr/local/go/src/runtime/coro.go:89 +0x2c',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1',
  'created by iter.Pull[...] in goroutine 1',
  '\t/usr/local/go/src/iter/iter.go:74 +0x14e',
  '',
  'goroutine 27 gp=0xc0001036c0 m=3 mp=0xc000080808 [syscall, 14 minutes, locked to thread]:',
  'syscall.Syscall6(0xe8, 0x4, 0xc00005fdf4, 0x7, 0xffffffffffffffff, 0x0, 0x0)',
  '\t/usr/local/go/src/syscall/syscall_linux.go:95 +0x39',
  'golang.org/x/sys/unix.EpollWait(0x4, {0xc00005fdf4, 0x7, 0x7}, 0xffffffffffffffff)',
  '\t/root/go/pkg/mod/golang.org/x/sys@v0.30.0/unix/zsyscall_linux_amd64.go:55 +0x4e',
  'main.poll(...)',
  '\t/src/app/poll.go:18',
  'created by main.main in goroutine 1',
  '\t/src/app/main.go:33 +0x166',
  '',
  'rax    0xca',
  'rbx    0x0',
);

const MAPWRITES = dump(
  'fatal error: concurrent map writes',
  '',
  'goroutine 7 [running]:',
  'internal/runtime/maps.fatal({0x4b3e56?, 0x0?})',
  '\t/usr/local/go/src/runtime/panic.go:1058 +0x18',
  'runtime.mapassign_fast64(0x4a3e00, 0xc000074120, 0x2a)',
  '\t/usr/local/go/src/internal/runtime/maps/runtime_fast64_swiss.go:229 +0x2c9',
  'main.writer(0xc000074120, 0x0?)',
  '\t/tmp/x/main.go:10 +0x3c',
  'created by main.main in goroutine 1',
  '\t/tmp/x/main.go:16 +0x5b',
  '',
  'goroutine 1 [sleep]:',
  'time.Sleep(0x3b9aca00)',
  '\t/usr/local/go/src/runtime/time.go:338 +0x165',
  'main.main()',
  '\t/tmp/x/main.go:18 +0x85',
  '',
  'goroutine 8 [runnable]:',
  'main.writer(0xc000074120, 0x1)',
  '\t/tmp/x/main.go:10 +0x3c',
  'created by main.main in goroutine 1',
  '\t/tmp/x/main.go:16 +0x5b',
  'exit status 2',
);

const UNLOCK = dump(
  'fatal error: sync: unlock of unlocked mutex',
  '',
  'goroutine 1 [running]:',
  'internal/sync.fatal({0x4b7e1d?, 0x0?})',
  '\t/usr/local/go/src/runtime/panic.go:1068 +0x18',
  'internal/sync.(*Mutex).unlockSlow(0xc000012100, 0xffffffff)',
  '\t/usr/local/go/src/internal/sync/mutex.go:204 +0x35',
  'internal/sync.(*Mutex).Unlock(...)',
  '\t/usr/local/go/src/internal/sync/mutex.go:198',
  'sync.(*Mutex).Unlock(...)',
  '\t/usr/local/go/src/sync/mutex.go:65',
  'main.(*Account).Withdraw(0xc000012100, 0x64)',
  '\t/tmp/x/main.go:20 +0x2b',
  'main.main()',
  '\t/tmp/x/main.go:28 +0x25',
  'exit status 2',
);

const DEADLOCK = dump(
  'fatal error: all goroutines are asleep - deadlock!',
  '',
  'goroutine 1 [sync.WaitGroup.Wait]:',
  'sync.runtime_SemacquireWaitGroup(0xc00000e0f8?, 0x80?)',
  '\t/usr/local/go/src/runtime/sema.go:114 +0x2e',
  'sync.(*WaitGroup).Wait(0xc00000e0f0)',
  '\t/usr/local/go/src/sync/waitgroup.go:206 +0x85',
  'main.main()',
  '\t/tmp/x/main.go:25 +0xe5',
  '',
  'goroutine 18 [chan send]:',
  'main.produce(0xc000020120, 0xc00000e0f0)',
  '\t/tmp/x/main.go:12 +0x4a',
  'created by main.main in goroutine 1',
  '\t/tmp/x/main.go:21 +0x9c',
  '',
  'goroutine 19 [sync.Mutex.Lock]:',
  'internal/sync.runtime_SemacquireMutex(0xc000012104?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/sema.go:95 +0x25',
  'internal/sync.(*Mutex).lockSlow(0xc000012100)',
  '\t/usr/local/go/src/internal/sync/mutex.go:149 +0x15d',
  'internal/sync.(*Mutex).Lock(...)',
  '\t/usr/local/go/src/internal/sync/mutex.go:70',
  'sync.(*Mutex).Lock(...)',
  '\t/usr/local/go/src/sync/mutex.go:46',
  'main.consume(0xc000012100, 0xc00000e0f0)',
  '\t/tmp/x/main.go:16 +0x45',
  'created by main.main in goroutine 1',
  '\t/tmp/x/main.go:22 +0xb8',
  'exit status 2',
);

const GOEXIT = dump(
  'fatal error: no goroutines (main called runtime.Goexit) - deadlock!',
  '',
  'goroutine 1 [running]:',
  'runtime.Goexit()',
  '\t/usr/local/go/src/runtime/panic.go:636 +0x1bd',
  'main.main()',
  '\t/tmp/x/main.go:6 +0x18',
  'exit status 2',
);

const ELIDED = dump(
  'runtime: goroutine stack exceeds 1000000000-byte limit',
  'runtime: sp=0xc0200e0390 stack=[0xc0200e0000, 0xc0400e0000]',
  'fatal error: stack overflow',
  '',
  'runtime stack:',
  'runtime.throw({0x4a5a39?, 0x0?})',
  '\t/usr/local/go/src/runtime/panic.go:1101 +0x48 fp=0x7ffd4e0e6e18 sp=0x7ffd4e0e6de8 pc=0x46a568',
  'runtime.newstack()',
  '\t/usr/local/go/src/runtime/stack.go:1107 +0x5ac fp=0x7ffd4e0e6f48 sp=0x7ffd4e0e6e18 pc=0x44e3ac',
  'runtime.morestack()',
  '\t/usr/local/go/src/runtime/asm_amd64.s:621 +0x7a fp=0x7ffd4e0e6f50 sp=0x7ffd4e0e6f48 pc=0x46e13a',
  '',
  'goroutine 1 gp=0xc000002380 m=0 mp=0x54b5a0 [running]:',
  'main.rec(0x1e8d56)',
  '\t/tmp/x/main.go:4 +0x3a fp=0xc0200e03a0 sp=0xc0200e0398 pc=0x47ab5a',
  'main.rec(0x1e8d55)',
  '\t/tmp/x/main.go:5 +0x1a fp=0xc0200e03c0 sp=0xc0200e03a0 pc=0x47ab3a',
  'main.rec(0x1e8d54)',
  '\t/tmp/x/main.go:5 +0x1a fp=0xc0200e03e0 sp=0xc0200e03c0 pc=0x47ab3a',
  '...2000590 frames elided...',
  'main.rec(0x2)',
  '\t/tmp/x/main.go:5 +0x1a fp=0xc0400dff88 sp=0xc0400dff68 pc=0x47ab3a',
  'main.rec(0x1)',
  '\t/tmp/x/main.go:5 +0x1a fp=0xc0400dffa8 sp=0xc0400dff88 pc=0x47ab3a',
  'main.main()',
  '\t/tmp/x/main.go:9 +0x15 fp=0xc0400dff50 sp=0xc0400dff40 pc=0x47ab95',
  'runtime.main()',
  '\t/usr/local/go/src/runtime/proc.go:283 +0x28b fp=0xc0400dffe0 sp=0xc0400dff50 pc=0x43a08b',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1 fp=0xc0400dffe8 sp=0xc0400dffe0 pc=0x46c9a1',
  '',
  'goroutine 2 gp=0xc000002e00 m=nil [force gc (idle)]:',
  'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)',
  '\t/usr/local/go/src/runtime/proc.go:435 +0xce fp=0xc000058fa8 sp=0xc000058f88 pc=0x467f4e',
  'runtime.goexit({})',
  '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1 fp=0xc000058fe8 sp=0xc000058fe0 pc=0x46c9a1',
  'created by runtime.init.7 in goroutine 1',
  '\t/usr/local/go/src/runtime/proc.go:336 +0x1a fp=0xc000058ff0 sp=0xc000058fe8 pc=0x43a31a',
  'exit status 2',
);

const NILPANIC = dump(
  'panic: panic called with nil argument (use GODEBUG=panicnil=1 to disable) [recovered]',
  '\tpanic: test executed panic(nil) or runtime.Goexit',
  '',
  'goroutine 21 [running]:',
  'testing.tRunner.func1.2({0x5f0c40, 0xc0000a4060})',
  '\t/usr/local/go/src/testing/testing.go:1734 +0x21c',
  'testing.tRunner.func1()',
  '\t/usr/local/go/src/testing/testing.go:1737 +0x35e',
  'panic({0x5f0c40?, 0xc0000a4060?})',
  '\t/usr/local/go/src/runtime/panic.go:792 +0x132',
  'example.com/p.TestNil(0xc000102c40?)',
  '\t/src/p/p_test.go:9 +0x25',
  'testing.tRunner(0xc000102c40, 0x62d7a8)',
  '\t/usr/local/go/src/testing/testing.go:1792 +0xf4',
  'created by testing.(*T).Run in goroutine 1',
  '\t/usr/local/go/src/testing/testing.go:1851 +0x413',
  'FAIL\texample.com/p\t0.005s',
);

const ARGS = dump(
  'panic: runtime error: index out of range [5] with length 3',
  '',
  'goroutine 1 [running]:',
  'example.com/p.(*Table[...]).At(...)',
  '\t/src/p/table.go:22',
  'example.com/p.render({0xc000014090, 0x3, 0x3}, {{0x4c0a2b, 0x5}, 0x2a, {...}}, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, ...)',
  '\t/src/p/render.go:40 +0x1c5',
  'main.main()',
  '\t/src/cmd/main.go:12 +0x4b',
  '',
  'goroutine 5 [chan receive, 2 minutes]:',
  'example.com/p.(*Pool[go.shape.int]).worker(0xc00001c0a0, 0x0)',
  '\t/src/p/pool.go:30 +0x6e',
  'created by example.com/p.NewPool[...] in goroutine 1',
  '\t/src/p/pool.go:18 +0x11d',
);

describe('goroutines: what Go 1.20–1.26 print (hand-made)', () => {
  it('reads every newer wait state with its minutes, thread lock, creator and creator goroutine (Go ≥ 1.21 `in goroutine N`, ≥ 1.23 `gp=` headers)', () => {
    const a = read(GCSTATES);
    assert.deepEqual(goroutines(a).map(g => [g.id, g.state, g.waitMinutes, g.lockedToThread, g.createdBy?.func ?? null, g.creatorGoroutine]), [
      [0, 'idle', null, false, null, null],
      [1, 'IO wait', 15, true, null, null],
      [2, 'force gc (idle)', 15, false, 'runtime.init.7', 1],
      [3, 'GC sweep wait', null, false, 'runtime.gcenable', 1],
      [5, 'finalizer wait', 15, false, 'runtime.createfing', 1],
      [6, 'cleanup wait', 15, false, 'runtime.(*cleanupQueue).createGs', 1],
      [18, 'GC worker (idle)', 14, false, 'runtime.gcBgMarkStartWorkers', 1],
      [19, 'GOMAXPROCS updater (idle)', 15, false, 'runtime.defaultGOMAXPROCSUpdateEnable', 1],
      [21, 'sync.Mutex.Lock', 14, false, 'main.main', 1],
      [22, 'sync.RWMutex.RLock', 14, false, 'main.main', 1],
      [23, 'sync.Cond.Wait', null, false, 'main.main', 1],
      [24, 'select (no cases)', 14, false, 'main.main', 1],
      [25, 'chan receive (nil chan)', 14, false, 'main.main', 1],
      [26, 'coroutine', null, false, 'iter.Pull[...]', 1],
      [27, 'syscall', 14, true, 'main.main', 1],
    ]);
    // The registers after the dump are where the text stops, not a goroutine cut short.
    assert.equal(a.dump.truncatedInRegisterDump, true);
    assert.deepEqual(goroutines(a).filter(g => g.cut), []);
    // The runtime's own goroutines are machinery; the two lock waits blocked since the same minute in this small dump lead as a
    // likely deadlock pair (two goroutines, weighed as both), then the never-waking waits; the Go 1.24 mutex wait behind
    // `internal/sync` is named at the program's frame.
    assert.deepEqual(a.groups.slice(0, 4).map(g => g.suspect), [
      '2 goroutines blocked for 14 minutes since the same minute, a likely deadlock: goroutine 21 waits to Lock a Mutex in main.(*Store).Get (store.go:40) ' +
        'and goroutine 22 waits to RLock an RWMutex in main.(*Cache).Get (cache.go:12); each may hold what the other waits on',
      '1 goroutine blocked on sync.RWMutex.RLock for 14 minutes in main.(*Cache).Get (cache.go:12), created by main.main; in a likely deadlock with goroutine 21, blocked since the same minute',
      '1 goroutine blocked forever in an empty select in main.main.func3 (main.go:29), created by main.main',
      '1 goroutine blocked forever on chan receive (nil chan) in main.main.func4 (main.go:31), created by main.main',
    ]);
    const mutex = a.groups.find(g => g.state === 'sync.Mutex.Lock');
    assert.equal(mutex?.userFrame?.func, 'main.(*Store).Get');
    for (const state of ['force gc (idle)', 'GC sweep wait', 'finalizer wait', 'cleanup wait', 'GC worker (idle)', 'GOMAXPROCS updater (idle)']) {
      assert.equal(a.groups.find(g => g.state === state)?.isIdleRuntime, true, state);
    }
  });

  it('takes the last runtime goroutine without `runtime.goexit` or a creator as cut when the dump prints them (GOTRACEBACK=system, crash)', () => {
    const worker = (id: number, end: string[]) => [
      `goroutine ${id} gp=0xc000102380 m=nil [GC worker (idle)]:`, 'runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)', '\t/usr/local/go/src/runtime/proc.go:435 +0xce',
      'runtime.gcBgMarkWorker(0xc000100070)', '\t/usr/local/go/src/runtime/mgc.go:1423 +0xe9', 'runtime.gcBgMarkStartWorkers.gowrap1()', '\t/usr/local/go/src/runtime/mgc.go:1339 +0x25', ...end,
    ];
    const whole = ['runtime.goexit({})', '\t/usr/local/go/src/runtime/asm_amd64.s:1700 +0x1', 'created by runtime.gcBgMarkStartWorkers in goroutine 1', '\t/usr/local/go/src/runtime/mgc.go:1339 +0x105'];
    const cut = read(dump(...worker(18, whole), '', ...worker(19, [])));
    assert.deepEqual([cut.dump.truncated, goroutines(cut).map(g => g.cut)], [true, [false, true]]);
    // Alone, the runtime's frames tell nothing of the level: its creator may be hidden. Nor does cgo's extra
    // thread, `runtime.goexit` alone, which Go prints at every level.
    const alone = read(dump(...worker(19, [])));
    assert.deepEqual([alone.dump.truncated, goroutines(alone).map(g => g.cut)], [false, [false]]);
    const extraThread = read(dump('goroutine 17 [syscall, locked to thread]:', 'runtime.goexit()', '\t/usr/local/go/src/runtime/asm_amd64.s:1598 +0x1', '', ...worker(19, [])));
    assert.deepEqual([extraThread.dump.truncated, goroutines(extraThread).map(g => g.cut)], [false, [false, false]]);
  });

  it('reads a header marked `(scan)` (the GC scanning the stack) as its plain wait', () => {
    const a = read(dump('goroutine 8 [select (scan), 3 minutes]:', 'main.loop()', '\t/src/app/loop.go:22 +0x2a', 'created by main.main in goroutine 1', '\t/src/app/main.go:10 +0x3c'));
    assert.deepEqual(goroutines(a).map(g => [g.state, g.waitMinutes, g.creatorGoroutine]), [['select', 3, 1]]);
  });

  it('blames the program\'s frame under the runtime\'s and the sync package\'s fatal frames (Go 1.24 `internal/runtime/maps.fatal`, `internal/sync.fatal`)', () => {
    const maps = read(MAPWRITES);
    assert.equal(maps.dump.crash?.message, 'fatal error: concurrent map writes');
    assert.equal(maps.groups[0].suspect, '1 goroutine crashed (fatal error: concurrent map writes) in main.writer (main.go:10), created by main.main');
    const unlock = read(UNLOCK);
    assert.equal(unlock.groups[0].suspect, '1 goroutine crashed (fatal error: sync: unlock of unlocked mutex) in main.(*Account).Withdraw (main.go:20)');
  });

  it('reads a deadlock of Go ≥ 1.24 waits as a deadlock whose suspects are the program\'s blocked goroutines', () => {
    const a = read(DEADLOCK);
    assert.equal(a.dump.crashedGoroutine, -1);
    assert.deepEqual(goroutines(a).map(g => [g.id, g.state]), [[1, 'sync.WaitGroup.Wait'], [18, 'chan send'], [19, 'sync.Mutex.Lock']]);
    assert.ok(a.groups.every(g => g.suspect === null || g.suspect.endsWith('; all goroutines are asleep (deadlock)')), a.groups.map(g => g.suspect).join('\n'));
    assert.equal(a.groups.find(g => g.state === 'sync.Mutex.Lock')?.userFrame?.func, 'main.consume');
  });

  it('reads main calling runtime.Goexit as a crash of goroutine 1 blamed on main.main', () => {
    const a = read(GOEXIT);
    assert.equal(a.dump.crash?.message, 'fatal error: no goroutines (main called runtime.Goexit) - deadlock!');
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (fatal error: no goroutines (main called runtime.Goexit) - deadlock!) in main.main (main.go:6)');
  });

  it('reads Go 1.21\'s `...N frames elided...` in the middle of a stack overflow\'s stack: the goroutine whole, its outer frames kept', () => {
    const a = read(ELIDED);
    const [main] = goroutines(a);
    assert.deepEqual([main.id, main.framesElided, main.cut, main.frames[main.frames.length - 1].func], [1, true, false, 'runtime.goexit']);
    assert.equal(a.dump.truncated, false);
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit) in main.rec (main.go:4)');
  });

  it('reads Go 1.21\'s `panic(nil)` error under the test runner\'s own panic, blamed on the test', () => {
    const a = read(NILPANIC);
    assert.equal(a.dump.crash?.message, 'panic: panic called with nil argument (use GODEBUG=panicnil=1 to disable) [recovered] / panic: test executed panic(nil) or runtime.Goexit');
    assert.match(a.groups[0].suspect ?? '', / in p\.TestNil \(p_test\.go:9\), created by testing\.\(\*T\)\.Run$/);
  });

  it('reads `{…}` and `...` arguments, generic `[...]` receivers and a generic creator `in goroutine N`', () => {
    const a = read(ARGS);
    assert.deepEqual(goroutines(a).map(g => [g.id, g.frames.map(f => f.func), g.createdBy?.func ?? null, g.creatorGoroutine, g.waitMinutes]), [
      [1, ['example.com/p.(*Table[...]).At', 'example.com/p.render', 'main.main'], null, null, null],
      [5, ['example.com/p.(*Pool[go.shape.int]).worker'], 'example.com/p.NewPool[...]', 1, 2],
    ]);
    assert.equal(a.dump.truncated, false);
    assert.deepEqual(a.dump.warnings, []);
  });
});
