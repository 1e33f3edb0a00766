import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, compareGroups, groupStackRecords, summarizeWaitTargets, scanGoroutineDump } from '../../../src/core/goroutines';

const corpus = (f: string) => readFileSync(`test/fixtures/corpus/${f}`);
const demo = (f: string) => readFileSync(`test/fixtures/goroutines/${f}`);

describe('goroutines: ranking and leak suspects', () => {
  it('ranks the kube-apiserver DeleteCollection leak first with a suspect sentence', () => {
    const a = analyzeGoroutineDump(corpus('real_kubeapiserver_deletecollection_grep_excerpt.txt'));
    const first = a.groups[0];
    assert.equal(first.count, 14);
    assert.equal(first.state, 'chan send');
    assert.deepEqual(first.waitMinutes, { min: 261, median: 323.5, max: 429 });
    assert.equal(first.suspect,
      '14 goroutines blocked on chan send for 4 h 21 min – 7 h 9 min in registry.(*Store).DeleteCollection.func1');
    assert.deepEqual(a.dump.warnings.map(w => w.line), [42]);
  });

  it('says where and who created the group when the dump has file lines', () => {
    // The same leak as a full debug=2 record: 18,000 copies of one goroutine with file lines.
    const one = (id: number, minutes: number) => `goroutine ${id} [chan send, ${minutes} minutes]:\n` +
      'k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1(0xc00f082ba0, 0xc04e059b90, 0x9, 0x9, 0xc235e37570)\n' +
      '\tk8s.io/apiserver/pkg/registry/generic/registry/store.go:1020 +0x1c5\n' +
      'created by k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection\n' +
      '\tk8s.io/apiserver/pkg/registry/generic/registry/store.go:1011 +0x25b\n\n';
    let text = 'goroutine 1 [running]:\nmain.main()\n\t/app/main.go:10 +0x1\n\n';
    for (let i = 0; i < 18000; i++) text += one(1000 + i, 261 + (i * 7) % 169);
    const a = analyzeGoroutineDump(text);
    assert.equal(a.groups[0].count, 18000);
    assert.equal(a.groups[0].suspect, '18,000 goroutines blocked on chan send for 4 h 21 min – 7 h 9 min in ' +
      'registry.(*Store).DeleteCollection.func1 (store.go:1020), created by registry.(*Store).DeleteCollection');
    assert.equal(a.groups[0].goroutineIds.length, 100);
    assert.equal(a.groups[1].suspect, null);
  });

  it('summarises wait minutes over repeated values, groups read interleaved, as the sorted list of every goroutine\'s minutes would', () => {
    // Two groups whose goroutines alternate, minutes repeating: 1, 1, 5, 5, 5, 90 (even count) and 2, 2, 2 (odd), one without minutes (0).
    const g = (id: number, state: string, fn: string) => `goroutine ${id} [${state}]:\nmain.${fn}()\n\t/app/main.go:${fn.length} +0x1\ncreated by main.main\n\t/app/main.go:3 +0x2\n\n`;
    const a = analyzeGoroutineDump([
      g(10, 'chan send, 5 minutes', 'sender'), g(11, 'select, 2 minutes', 'selector'), g(12, 'chan send, 1 minutes', 'sender'),
      g(13, 'chan send, 90 minutes', 'sender'), g(14, 'select, 2 minutes', 'selector'), g(15, 'chan send, 5 minutes', 'sender'),
      g(16, 'chan send, 1 minutes', 'sender'), g(17, 'select', 'selector'), g(18, 'chan send, 5 minutes', 'sender'),
    ].join(''));
    const sender = a.groups.find(x => x.frames[0].func === 'main.sender')!;
    const selector = a.groups.find(x => x.frames[0].func === 'main.selector')!;
    assert.equal(sender.count, 6);
    assert.deepEqual(sender.waitMinutes, { min: 1, median: 5, max: 90 });
    assert.deepEqual(sender.waitHistogram.map(b => b.count), [0, 2, 3, 0, 1, 0, 0]);
    assert.deepEqual(sender.goroutineIds, [10, 12, 13, 15, 16, 18]);
    assert.deepEqual(selector.waitMinutes, { min: 0, median: 2, max: 2 });
    assert.deepEqual(selector.waitHistogram.map(b => b.count), [1, 2, 0, 0, 0, 0, 0]);
    assert.deepEqual(selector.firstLines, { start: 7, end: 11 });
  });

  it('puts runtime background goroutines last and flags them idle', () => {
    const a = analyzeGoroutineDump(corpus('real_fyne_sigabrt_go126_gp_m_fields_excerpt.txt'));
    const firstIdle = a.groups.findIndex(g => g.isIdleRuntime);
    assert.ok(firstIdle > 0);
    assert.ok(a.groups.slice(firstIdle).every(g => g.isIdleRuntime));
    assert.deepEqual(a.groups.filter(g => g.isIdleRuntime).map(g => g.state).sort(),
      ['GOMAXPROCS updater (idle)', 'cleanup wait', 'force gc (idle)', 'idle', 'select', 'syscall']);
  });

  it('finds who waits on which channel and mutex in a crash dump with runtime frames', () => {
    const dump = scanGoroutineDump(demo('demo_sigquit.txt'));
    const targets = summarizeWaitTargets(dump.goroutines);
    const chanSend = targets.find(t => t.kind === 'chan' && t.byOperation.send);
    assert.equal(chanSend?.waiters, 12);
    assert.match(chanSend!.description, /^12 senders, 0 receivers on chan 0x[0-9a-f]+$/);
    const mutex = targets.find(t => t.kind === 'mutex');
    assert.equal(mutex?.waiters, 5);
  });

  it('a wait target\'s description, written when read, is a plain field to JSON, copies and structured clones', () => {
    const dump = scanGoroutineDump(demo('demo_sigquit.txt'));
    const targets = summarizeWaitTargets(dump.goroutines);
    const chanSend = targets.find(t => t.kind === 'chan' && t.byOperation.send)!;
    assert.deepEqual(Object.keys(chanSend), ['kind', 'address', 'waiters', 'byOperation', 'description']);
    const parsed = JSON.parse(JSON.stringify(chanSend)) as Record<string, unknown>;
    assert.equal(parsed.description, `12 senders, 0 receivers on chan ${chanSend.address}`);
    assert.deepEqual(Object.keys(parsed), Object.keys(chanSend));
    assert.deepEqual(structuredClone(chanSend), parsed);
    assert.deepEqual({ ...chanSend }, parsed);
    assert.equal(targets.find(t => t.kind === 'mutex')!.description, `5 goroutines waiting to lock sync.Mutex ${targets.find(t => t.kind === 'mutex')!.address}`);
  });

  it('a wait target counts each operation of its waiters, whether one waiter or more, and one dump\'s counts leave another\'s alone', () => {
    // A race report's two accesses wait on one address: the second waiter's operation differs from the first's.
    const race = summarizeWaitTargets(scanGoroutineDump(demo('race_then_panic.txt')).goroutines);
    assert.deepEqual(race.map(t => [t.waiters, { ...t.byOperation }, t.description]),
      [[2, { read: 1, write: 1 }, 'data race on 0x00c0000180d8: 1 read, 1 write']]);
    const sigquit = summarizeWaitTargets(scanGoroutineDump(demo('demo_sigquit.txt')).goroutines);
    const lone = sigquit.filter(t => t.waiters === 1);
    assert.ok(lone.length > 0 && sigquit.some(t => t.waiters > 1));
    for (const t of sigquit) assert.equal(Object.values(t.byOperation).reduce((a, b) => a + b, 0), t.waiters, t.description);
    // Read again after the others were counted: each target's counts are still its own.
    const again = summarizeWaitTargets(scanGoroutineDump(demo('race_then_panic.txt')).goroutines);
    assert.deepEqual(again.map(t => ({ ...t.byOperation })), [{ read: 1, write: 1 }]);
    assert.deepEqual(lone.map(t => ({ ...t.byOperation })), summarizeWaitTargets(scanGoroutineDump(demo('demo_sigquit.txt')).goroutines)
      .filter(t => t.waiters === 1).map(t => ({ ...t.byOperation })));
  });

  it('infers states for counted stacks (debug=1) and keeps labels', () => {
    const a = analyzeGoroutineDump(corpus('gpn_goroutine_debug1.txt'));
    assert.equal(a.total, 9);
    const sleep = a.groups.find(g => g.state === 'sleep' && g.count === 2);
    assert.ok(sleep);
    assert.equal(sleep.stateInferred, true);
    assert.deepEqual(sleep.labels, { test_label: 'test_value' });
  });

  it('groups proto-style records into the same model, one group per stack, labels summarised', () => {
    const frames = [{ func: 'runtime.gopark', file: 'proc.go', line: 1 }, { func: 'runtime.chanrecv1', file: 'chan.go', line: 2 },
      { func: 'main.worker', file: '/app/main.go', line: 7 }, { func: 'runtime.goexit', file: 'asm_amd64.s', line: 1571 }];
    // runtime/pprof prints one record per label set: 1,500 handlers stuck in one place stay one group.
    const groups = groupStackRecords([
      { count: 3, frames, labels: { job: 'a' } }, { count: 1200, frames: frames.map(f => ({ ...f })), labels: { job: 'b' } },
      { count: 2, frames, labels: { job: 'a', tenant: 'acme' } },
    ]);
    assert.equal(groups.length, 1);
    assert.equal(groups[0].count, 1205);
    assert.equal(groups[0].state, 'chan receive');
    assert.deepEqual(groups[0].labels, { job: 'b, a', tenant: 'acme (2 of 1,205)' });
    assert.equal(groups[0].suspect, '1,205 goroutines blocked on chan receive in main.worker (main.go:7)');
    // debug=1 text prints neither the runtime frames above main.worker nor runtime.goexit: the same group for --base.
    const printed = groupStackRecords([{ count: 7, frames: [frames[2]], labels: { job: 'a' } }]);
    assert.equal(printed[0].key, groups[0].key);
    const many = groupStackRecords(Array.from({ length: 100 }, (_, i) => ({ count: 1, frames, labels: { request_id: `r${i}` } })));
    assert.deepEqual(many[0].labels, { request_id: 'r0, r1, r10, … (64+ values)' });
  });

  it('a group blocked under a minute is no suspect by its count when the dump shows minutes', () => {
    const goroutine = (id: number, header: string, frame: string) =>
      `goroutine ${id} [${header}]:\n${frame}\n\t/app/main.go:${frame.length} +0x20\ncreated by main.main\n\t/app/main.go:5 +0x30\n\n`;
    const text = Array.from({ length: 2000 }, (_, i) => goroutine(i + 100, 'select', 'main.pool()')).join('') +
      Array.from({ length: 20 }, (_, i) => goroutine(i + 10000, `chan send, ${300 + i} minutes`, 'main.dispatch()')).join('');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(a.groups.map(g => [g.count, g.state, g.suspect !== null]), [[20, 'chan send', true], [2000, 'select', false]]);
    // Without minutes anywhere (a young process), 2,000 alike goroutines are a suspect by their count.
    const young = analyzeGoroutineDump(text.replace(/, \d+ minutes/g, ''));
    assert.equal(young.groups.find(g => g.count === 2000)?.suspect, '2,000 goroutines blocked in select in main.pool (main.go:11), created by main.main');
  });

  it('compares two dumps by group, largest growth first', () => {
    const before = analyzeGoroutineDump(corpus('gpn_goroutine_debug2.txt')).groups;
    const after = analyzeGoroutineDump(demo('demo_debug2.txt')).groups;
    const rows = compareGroups(before, after);
    assert.equal(rows[0].after, 12);
    assert.equal(rows[0].delta, 12);
    assert.equal(rows.reduce((n, r) => n + r.after, 0), 40);
    assert.equal(rows.reduce((n, r) => n + r.before, 0), 9);
    assert.deepEqual(compareGroups(after, after).map(r => r.delta).filter(d => d !== 0), []);
  });

  it('the test runner\'s own goroutines are machinery, under the generated main and a user TestMain; the hung test is the suspect', () => {
    for (const file of ['demo_test_timeout.txt', 'demo_test_timeout_testmain.txt']) {
      const a = analyzeGoroutineDump(demo(file));
      assert.equal(a.stuck?.kind, 'test timeout', file);
      // testing.(*T).Run waiting for its subtest, under runTests (and TestMain) or a parent test.
      const runner = a.groups.filter(g => g.frames.find(f => !f.func.startsWith('runtime.'))?.func.startsWith('testing.(*T).Run'));
      assert.ok(runner.length >= 1, file);
      for (const g of runner) assert.deepEqual([g.suspect, g.isIdleRuntime], [null, true], `${file}: ${g.frames[1]?.func}`);
      const suspects = a.groups.filter(g => g.suspect !== null);
      assert.ok(suspects.length >= 1, file);
      assert.equal(a.groups[0], suspects[0], file);
      assert.equal(a.groups[0].state, 'chan send', file);
    }
    const testMain = analyzeGoroutineDump(demo('demo_test_timeout_testmain.txt'));
    assert.deepEqual(testMain.groups.filter(g => g.suspect).map(g => g.suspect),
      ['1 goroutine blocked on chan send in testmain.(*queue).publish (main_test.go:16), created by testing.(*T).Run; the test timed out after 2s']);
  });

  it('388 of about 1,000 goroutines blocked on one send for a minute is the first suspect; the nil-channel pair comes after it', () => {
    const a = analyzeGoroutineDump(demo('demo_share.txt'));
    assert.ok(a.total > 990 && a.total < 1010, String(a.total));
    const [first, second] = a.groups;
    assert.equal(first.count, 388);
    assert.deepEqual(first.waitMinutes, { min: 1, median: 1, max: 1 });
    assert.equal(first.suspect, '388 goroutines blocked on chan send for 1 minute in main.(*store).deleteCollection.func1 (main.go:51), created by main.(*store).deleteCollection');
    assert.equal(second.count, 2);
    assert.equal(second.suspect, '2 goroutines blocked forever on chan send (nil chan) in main.nilSender (main.go:174), created by main.share');
    // An idle worker pool (200 in select) and idle connections (IO wait) are no suspects, however many.
    assert.deepEqual(a.groups.filter(g => g.suspect !== null).map(g => g.count), [388, 2]);
  });

  it('orders suspects by impact: a never-wakes pair after a leak a hundred times its size', () => {
    const goroutine = (id: number, header: string, frame: string) =>
      `goroutine ${id} [${header}]:\n${frame}\n\t/app/main.go:${frame.length} +0x20\ncreated by main.main\n\t/app/main.go:5 +0x30\n\n`;
    const text = goroutine(1, 'chan receive (nil chan)', 'main.waitNil()') + goroutine(2, 'chan receive (nil chan)', 'main.waitNil()') +
      Array.from({ length: 200 }, (_, i) => goroutine(i + 100, 'chan send, 6 minutes', 'main.publish()')).join('') +
      Array.from({ length: 800 }, (_, i) => goroutine(i + 1000, 'IO wait', 'main.serve()')).join('');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(a.groups.filter(g => g.suspect).map(g => [g.count, g.state]), [[200, 'chan send'], [2, 'chan receive (nil chan)']]);
  });

  it('keeps the seed story: the 18,000 in DeleteCollection.func1 rank first', () => {
    for (const text of [readFileSync('samples/kube-apiserver-incident/goroutines.txt'), corpus('real_kubeapiserver_deletecollection_grep_excerpt.txt')]) {
      const first = analyzeGoroutineDump(text).groups[0];
      assert.match(first.suspect ?? '', /goroutines blocked on chan send .*in registry\.\(\*Store\)\.DeleteCollection\.func1/);
    }
    assert.equal(analyzeGoroutineDump(readFileSync('samples/kube-apiserver-incident/goroutines.txt')).groups[0].count, 18000);
  });
});
