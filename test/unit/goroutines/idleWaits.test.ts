// Waits that are how a healthy program idles (src/core/goroutines/idleWaits.ts): worker loops in
// select, on a receive or in sync.Cond.Wait for hours, main parked in `select {}`, lone waits for
// days; against a leak and stuck calls in the same dump. Dumps made by Go 1.19
// (scripts/go/workerloops), with the minutes a long-lived process prints set after the capture.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import type { GoroutineGroup } from '../../../src/core/goroutines/model';
import { waitsInWorkerLoop } from '../../../src/core/goroutines/idleWaits';
import { waitStateOf } from '../../../src/core/goroutines/waitStates';

const FIXTURES = join(__dirname, '../../fixtures/goroutines');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const placeOf = (g: GoroutineGroup): string => g.userFrame?.func ?? g.frames[0]?.func ?? '';
const suspects = (groups: readonly GoroutineGroup[]): [number, string, string][] =>
  groups.filter(g => g.suspect !== null).map(g => [g.count, g.state, placeOf(g)]);

/** A goroutine of Go 1.19's `runtime.Stack(all)` shape: its frames innermost first, each `name(…)` over its location. */
function goroutine(id: number, header: string, frames: readonly string[], createdBy = 'main.start'): string {
  const lines = frames.flatMap((f, i) => [`${f}(...)`, `\t/app/${f.startsWith('main.') ? 'main' : 'other'}.go:${10 + i} +0x${(0x20 + i).toString(16)}`]);
  return `goroutine ${id} [${header}]:\n${lines.join('\n')}\ncreated by ${createdBy}\n\t/app/main.go:5 +0x30\n\n`;
}

function many(count: number, firstId: number, header: (i: number) => string, frames: readonly string[]): string {
  return Array.from({ length: count }, (_, i) => goroutine(firstId + i, header(i), frames)).join('');
}

describe('goroutines: idle waits are no suspects, a leak and stuck calls are', () => {
  it('a server with idle pools (select, range over a channel, Cond.Wait under a helper) for hours names the leak first, then the stuck calls', () => {
    const a = analyzeGoroutineDump(read('go119_idle_worker_pools_with_leak.txt'));
    assert.equal(a.total, 157);
    assert.deepEqual(suspects(a.groups), [
      [25, 'chan send', 'main.startLeak.func1'],
      // 12 clients in http.Get (the transport's select, nine calls under their first function) and the 12 handlers waiting on a reply under conn.serve.
      [12, 'select', 'main.pools.func1'],
      [12, 'select', 'main.(*backend).waitReply'],
    ]);
    assert.equal(a.groups[0].suspect, '25 goroutines blocked on chan send for 30 minutes in main.startLeak.func1 (main.go:81), created by main.startLeak');
    const idle = a.groups.filter(g => ['main.selectWorker', 'main.rangeWorker', 'main.(*workQueue).pop', 'main.main'].includes(placeOf(g)));
    assert.deepEqual(idle.map(g => [g.count, g.state, g.suspect]), [
      [40, 'select', null], [16, 'chan receive', null], [12, 'sync.Cond.Wait', null], [1, 'chan receive', null],
    ]);
    assert.ok(idle.every(g => g.waitMinutes !== null && g.waitMinutes.max > 60), 'each idle group waited over an hour');
  });

  it('judges the class, not the fixture: where the wait is made and whether the stack is whole', () => {
    const hours = (i: number): string => `select, ${100 + i * 13} minutes`;
    const text = [
      // A loop in its first function, and one helper under it: idle.
      many(30, 100, hours, ['main.(*pool).loop']),
      many(20, 200, i => `chan receive, ${200 + i} minutes`, ['main.(*queue).next', 'main.(*pool).run']),
      many(15, 300, i => `sync.Cond.Wait, ${300 + i} minutes`, ['sync.runtime_notifyListWait', 'sync.(*Cond).Wait', 'main.(*buffer).take', 'main.consume']),
      // Under GOTRACEBACK=system the runtime's start is printed under the first function: still idle.
      many(12, 400, hours, ['runtime.gopark', 'runtime.selectgo', 'main.ticker', 'runtime.goexit']),
      // Two calls under the first function: a call that has not returned.
      many(11, 500, hours, ['main.waitReply', 'main.fetch', 'main.handle']),
      // The standard library's select under the user's call (a client waiting in its transport).
      many(10, 600, hours, ['net/http.(*persistConn).roundTrip', 'net/http.(*Client).Do', 'main.poll']),
    ].join('');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual(suspects(a.groups).map(([count, , place]) => [count, place]), [[11, 'main.waitReply'], [10, 'main.poll']]);
    // A stack cut above its first function does not show where the wait was made: judged by its minutes.
    const loop = a.groups.find(g => placeOf(g) === 'main.(*pool).loop')!;
    assert.equal(waitsInWorkerLoop(loop, waitStateOf('select')), true);
    assert.equal(waitsInWorkerLoop({ ...loop, cut: true }, waitStateOf('select')), false);
  });

  it('a leak of senders in a loop stays a suspect: only selects, receives and Cond waits idle so', () => {
    const a = analyzeGoroutineDump(many(14, 100, i => `chan send, ${10 + i} minutes`, ['main.(*pool).loop']) +
      many(12, 200, i => `sync.Mutex.Lock, ${10 + i} minutes`, ['sync.(*Mutex).Lock', 'main.(*pool).run']));
    assert.deepEqual(suspects(a.groups).map(([count, state]) => [count, state]), [[14, 'chan send'], [12, 'sync.Mutex.Lock']]);
  });

  it('without minutes, 1,000 alike goroutines in a loop are still a suspect by their count', () => {
    const a = analyzeGoroutineDump(many(1000, 100, () => 'select', ['main.(*session).loop']));
    assert.equal(a.groups[0].suspect, '1,000 goroutines blocked in select in main.(*session).loop (main.go:10), created by main.start');
  });

  it('main parked in select {} for days is no suspect; a receive from a nil channel is; lone waits for days are not', () => {
    const a = analyzeGoroutineDump(read('go119_main_parked_lone_waits.txt'));
    assert.deepEqual(a.groups.map(g => [g.state, placeOf(g), g.suspect]), [
      ['chan receive (nil chan)', 'main.watchUpdates', '1 goroutine blocked forever on chan receive (nil chan) in main.watchUpdates (main.go:153), created by main.park'],
      ['select (no cases)', 'main.main', null],
      ['select', 'main.waitShutdown', null],
      ['chan receive', 'main.(*config).watch', null],
      ['running', 'main.dump', null],
    ]);
    // The longest wait of the dump is main's: no long-wait clause names it either.
    assert.equal(a.groups.find(g => g.state === 'select (no cases)')!.waitMinutes!.max, 5000);
  });

  it('an empty select outside main, or main in one when every goroutine is asleep, is a suspect', () => {
    const other = analyzeGoroutineDump(goroutine(7, 'select (no cases), 90 minutes', ['runtime.gopark', 'runtime.block', 'main.(*plugin).hold']) +
      'goroutine 1 [chan receive, 90 minutes]:\nmain.main()\n\t/app/main.go:40 +0x50\n\n');
    assert.deepEqual(suspects(other.groups).map(([count, state, place]) => [count, state, place]), [[1, 'select (no cases)', 'main.(*plugin).hold']]);
    const deadlock = analyzeGoroutineDump('fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\nmain.main()\n\t/app/main.go:12 +0x25\nexit status 2\n');
    assert.equal(deadlock.groups[0].suspect, '1 goroutine blocked forever in an empty select in main.main (main.go:12); all goroutines are asleep (deadlock)');
  });
});
