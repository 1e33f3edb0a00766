// A few goroutines blocked long sending or on a lock, judged against the dump they are in, and the
// deadlock pairs among them; the dumps are Go 1.19's (scripts/go/lockpair), with the minutes a
// long-lived process prints set after the capture (test/fixtures/goroutines/SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import type { GoroutineGroup } from '../../../src/core/goroutines/model';
import { buildGoroutineViewModel } from '../../../src/core/report/goroutines/viewModel';
import { runCli } from '../../../src/cli/main';

const FIXTURES = join(__dirname, '../../fixtures/goroutines');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const suspects = (groups: readonly GoroutineGroup[]): string[] => groups.filter(g => g.suspect !== null).map(g => g.suspect!);
const topFunc = (g: GoroutineGroup): string => g.userFrame?.func ?? g.frames[0]?.func ?? '';

describe('goroutines: a few blocked long, judged against the dump', () => {
  it('an RWMutex deadlock pair (one holds the read lock sending, the other waits to Lock) reads as one pair, first', () => {
    const groups = analyzeGoroutineDump(read('go119_rwmutex_deadlock_pair.txt')).groups;
    assert.deepEqual(suspects(groups), [
      '2 goroutines blocked for 42 h 40 min since the same minute, a likely deadlock: goroutine 18 waits to Lock an RWMutex in main.(*metrics).Reset (main.go:45), ' +
        'while goroutine 6, blocked on chan send in main.(*metrics).Collect (main.go:40), created by main.collectAndReset, may hold it',
      '1 goroutine blocked on semacquire for 42 h 40 min in main.(*metrics).Reset (main.go:45), created by main.collectAndReset; in a likely deadlock with goroutine 6, blocked since the same minute',
    ]);
    // The pair ranks as both its goroutines: the holder first, the waiter right after it.
    assert.deepEqual(groups.slice(0, 2).map(topFunc), ['main.(*metrics).Collect', 'main.(*metrics).Reset']);
  });

  it('the same two blocked minutes apart are suspects in a small dump, each for itself: no pair', () => {
    const text = read('go119_rwmutex_deadlock_pair.txt').replace('[chan send, 2560 minutes]', '[chan send, 14 minutes]').replace('[semacquire, 2560 minutes]', '[semacquire, 9 minutes]');
    assert.deepEqual(suspects(analyzeGoroutineDump(text).groups), [
      '1 goroutine blocked on chan send for 14 minutes in main.(*metrics).Collect (main.go:40), created by main.collectAndReset; the longest wait in the dump',
      '1 goroutine blocked on semacquire for 9 minutes in main.(*metrics).Reset (main.go:45), created by main.collectAndReset; blocked long in a small dump',
    ]);
  });

  it('a big healthy server names none of its idle groups: keep-alive reads, client loops, the accept loop, sleepers, a signal wait', () => {
    const a = analyzeGoroutineDump(read('go119_idle_server_with_deadlock_pairs.txt'));
    assert.ok(a.total > 500);
    const idle = a.groups.filter(g => g.state === 'IO wait' || g.state === 'sleep' || g.state === 'syscall' || g.isIdleRuntime || topFunc(g) === 'main.signals');
    // 146 server connections reading the next request, 146 client read and write loops, the listener, 30 sleepers, os/signal, main's signal wait.
    assert.deepEqual(idle.map(g => g.count).sort((x, y) => y - x), [146, 146, 146, 30, 1, 1, 1]);
    assert.deepEqual(idle.filter(g => g.suspect !== null).map(g => g.suspect), []);
    assert.ok(idle.some(g => g.state === 'IO wait' && g.frames.some(f => f.func === 'net/http.(*conn).readRequest') && g.waitMinutes!.max > 1000));
  });

  it('in a big dump the deadlock pairs are the suspects, first: the idle worker pool and buffer pool are none', () => {
    const groups = analyzeGoroutineDump(read('go119_idle_server_with_deadlock_pairs.txt')).groups;
    assert.deepEqual(groups.filter(g => g.suspect !== null).map(g => [g.count, topFunc(g)]), [
      // The 100 workers in select and the 20 waiters in sync.Cond.Wait wait in their own loops (idleWaits.ts).
      [1, 'main.(*metrics).Collect'], [1, 'main.(*metrics).Reset'],
      [2, 'main.transfer'],
    ]);
    assert.equal(groups.find(g => g.count === 2 && topFunc(g) === 'main.transfer')!.suspect,
      '2 goroutines blocked for 11 h 40 min since the same minute, a likely lock-order deadlock: both wait to Lock a Mutex in main.transfer (main.go:68), created by main.main; ' +
      'each holds what the other waits on (goroutine 1060\'s main.transfer was called with 0xc00067a740, the lock goroutine 1061 waits on; goroutine 1061\'s main.transfer was called with 0xc00067a750, the lock goroutine 1060 waits on)');
  });

  it('in a big dump a lock or send wait under an hour, not the longest, is no suspect', () => {
    const text = read('go119_idle_server_with_deadlock_pairs.txt').replace(/\[chan send, 2560 minutes\]/, '[chan send, 40 minutes]')
      .replace(/\[semacquire, 2560 minutes\]/, '[semacquire, 30 minutes]').replace(/\[semacquire, 700 minutes\]/g, '[semacquire, 20 minutes]');
    const groups = analyzeGoroutineDump(text).groups;
    assert.deepEqual(groups.filter(g => g.suspect !== null).map(topFunc), []);
  });

  it('a lone wait of a few minutes stands out when it is the longest of a big dump', () => {
    // The process is young: every other goroutine has waited under 3 minutes.
    const text = read('go119_idle_server_with_deadlock_pairs.txt').replace(/, (\d+) minutes\]/g, (_m, n: string) => `, ${Number(n) % 3} minutes]`)
      .replace('[chan send, 1 minutes]', '[chan send, 12 minutes]');
    const groups = analyzeGoroutineDump(text).groups;
    const collect = groups.find(g => topFunc(g) === 'main.(*metrics).Collect')!;
    assert.match(collect.suspect ?? '', /; the longest wait in the dump$/);
  });

  it('10^5 lone lock waits of distinct stacks, blocked the same minutes, are suspects and no pair (each has many partners), in linear time', () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      lines.push(`goroutine ${i + 1} [semacquire, ${100 + (i % 3)} minutes]:`, 'sync.runtime_SemacquireMutex(0xc000010000?, 0x0?, 0x1?)', '\t/usr/local/go/src/runtime/sema.go:77 +0x25',
        'sync.(*Mutex).lockSlow(0xc000010000)', '\t/usr/local/go/src/sync/mutex.go:171 +0x165', 'sync.(*Mutex).Lock(...)', '\t/usr/local/go/src/sync/mutex.go:90',
        `main.handler${i}()`, `\t/app/main.go:${i + 1} +0x1d`, '');
    }
    const groups = analyzeGoroutineDump(lines.join('\n')).groups;
    assert.equal(groups.length, 100_000);
    // The ones at 102 minutes are the dump's longest waits; the rest pass an hour.
    assert.deepEqual([groups.filter(g => g.suspect?.endsWith('; the longest wait in the dump')).length, groups.filter(g => g.suspect?.endsWith('; blocked over an hour')).length], [33_333, 66_667]);
    assert.equal(groups.filter(g => g.suspect?.includes('deadlock')).length, 0);
  });

  it('a pair says "holds" where the holder\'s frames print the lock\'s address, exact, whatever the similarity (Go 1.19 built with -N -l)', () => {
    const text = read('go119_rwmutex_deadlock_pair_exact_args.txt');
    const pairOf = (t: string, similarity: 'default' | 'args' | 'exact'): string => analyzeGoroutineDump(t, { similarity }).groups[0].suspect!;
    // The default reading keeps no arguments but a goroutine's blocked long enough to be a pair's (goroutineBuilder.ts): the evidence is read from it.
    for (const similarity of ['default', 'args', 'exact'] as const) {
      assert.equal(pairOf(text, similarity), '2 goroutines blocked for 42 h 40 min since the same minute, a likely deadlock: goroutine 5 waits to Lock an RWMutex in main.(*metrics).Reset (main.go:50), ' +
        'while goroutine 19, blocked on chan send in main.(*metrics).Collect (main.go:45), created by main.collectAndReset, holds it (goroutine 19\'s main.(*metrics).Collect was called with 0xc0000c8160, the lock\'s address)');
    }
    // A value Go marks as possibly stale (`?`, Go ≥ 1.17's register arguments), or another address: no evidence.
    for (const similarity of ['default', 'exact'] as const) {
      assert.match(pairOf(text.replace('Collect(0xc0000c8160,', 'Collect(0xc0000c8160?,'), similarity), /, may hold it$/);
      assert.match(pairOf(text.replace('Collect(0xc0000c8160,', 'Collect(0xc0000c8168,'), similarity), /, may hold it$/);
      // Built with optimisations, Go 1.19 prints the holder's receiver as `0x0?`.
      assert.match(pairOf(read('go119_rwmutex_deadlock_pair.txt'), similarity), /, may hold it$/);
    }
    // Printed twice above the pair (so, no group of one), the holder's stack keeps no arguments: "may".
    const holder = text.slice(text.indexOf('goroutine 19 '), text.indexOf('\n\n', text.indexOf('goroutine 19 ')) + 2);
    const twice = holder.replace('goroutine 19 ', 'goroutine 91 ') + holder.replace('goroutine 19 ', 'goroutine 92 ') + text;
    assert.doesNotMatch(pairOf(twice, 'default'), /holds it/);
    // Two dumps in one text: the last one's evidence, its rows moved up past the earlier dump's.
    const other = text.replace('Collect(0xc0000c8160,', 'Collect(0xc0000c8999,');
    assert.match(pairOf(`${other}\n\n${text}`, 'default'), /, holds it \(goroutine 19's main\.\(\*metrics\)\.Collect was called with 0xc0000c8160, the lock's address\)$/);
    assert.match(pairOf(`${text}\n\n${other}`, 'default'), /, may hold it$/);
    // scylla-manager#2843 (Go before 1.17: exact arguments), as its maintainer read it.
    const scylla = read('pasted/scyllamanager_2843_two_fences_prose_between_2560_minutes_cut_in_name.txt');
    assert.match(pairOf(scylla, 'exact'), /, holds it \(goroutine 562120's prometheus\.\(\*metricMap\)\.Collect was called with 0xc000706c90, the lock's address\)$/);
    assert.match(pairOf(scylla, 'default'), /, holds it \(goroutine 562120's prometheus\.\(\*metricMap\)\.Collect was called with 0xc000706c90, the lock's address\)$/);
  });

  it('the default view says "holds" with its evidence alike in the CLI\'s text and JSON and the extension\'s view model', async () => {
    const file = join(FIXTURES, 'go119_rwmutex_deadlock_pair_exact_args.txt');
    const evidence = 'holds it (goroutine 19\'s main.(*metrics).Collect was called with 0xc0000c8160, the lock\'s address)';
    const cli = async (argv: string[]): Promise<string> => {
      let out = '';
      await runCli(argv, { out: t => { out += t; }, outBytes: b => { out += Buffer.from(b).toString(); }, err: () => undefined, drained: () => Promise.resolve() });
      return out;
    };
    assert.ok((await cli(['goroutines', file])).split('\n')[1].endsWith(evidence));
    assert.ok((JSON.parse(await cli(['goroutines', file, '--json'])) as { groups: { suspect: string | null }[] }).groups[0].suspect!.endsWith(evidence));
    const view = buildGoroutineViewModel(analyzeGoroutineDump(readFileSync(file)), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.ok(view.groups[0].suspect!.endsWith(evidence));
  });

  it('a lock-order pair says "each holds" when each one\'s frames print the other\'s lock: one group of two by default, two with arguments', () => {
    const text = read('go119_lock_order_pair_exact_args.txt');
    // Grouped as one stack, each goroutine's own arguments and lock are the evidence, not the group's first.
    assert.equal(analyzeGoroutineDump(text).groups[0].suspect,
      '2 goroutines blocked for 11 h 40 min since the same minute, a likely lock-order deadlock: both wait to Lock a Mutex in main.transfer (main.go:73), created by main.main; ' +
      'each holds what the other waits on (goroutine 6\'s main.transfer was called with 0xc00001a320, the lock goroutine 7 waits on; goroutine 7\'s main.transfer was called with 0xc00001a330, the lock goroutine 6 waits on)');
    assert.match(analyzeGoroutineDump(text.replace('main.transfer(0xc00001a330, 0xc00001a320,', 'main.transfer(0xc00001a338, 0xc00001a328,')).groups[0].suspect!,
      /; each may hold what the other waits on$/);
    assert.equal(analyzeGoroutineDump(text, { similarity: 'exact' }).groups[0].suspect,
      '2 goroutines blocked for 11 h 40 min since the same minute, a likely deadlock: goroutine 6 waits to Lock a Mutex in main.transfer (main.go:73) and goroutine 7 waits to Lock a Mutex in main.transfer (main.go:73); ' +
      'each holds what the other waits on (goroutine 6\'s main.transfer was called with 0xc00001a320, the lock\'s address; goroutine 7\'s main.transfer was called with 0xc00001a330, the lock\'s address)');
    // One side's evidence alone says no more than "may hold".
    assert.match(analyzeGoroutineDump(text.replace('main.transfer(0xc00001a330, 0xc00001a320,', 'main.transfer(0xc00001a338, 0xc00001a328,'), { similarity: 'exact' }).groups[0].suspect!,
      /; each may hold what the other waits on$/);
  });

  it('a connection read idle for hours is no suspect, whatever the dump: net/http reads the next request so (justitia_63)', () => {
    const a = analyzeGoroutineDump(read('pasted/justitia_63_backtick_before_header_io_wait_1129_minutes_cut_in_args.txt'));
    assert.deepEqual(a.groups.map(g => [g.state, g.waitMinutes?.max, g.suspect]), [['IO wait', 1129, null]]);
  });
});
