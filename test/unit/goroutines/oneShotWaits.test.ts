// A leak of one-shot waits made right in the goroutine's first function, told from a worker loop's
// idle wait by the order of its minutes (each waits since it was made: the older, the longer); and a
// connection's read loop in IO wait, idle whatever its minutes and count, against a read stuck deep
// in a call chain (src/core/goroutines/idleWaits.ts). Dumps made by Go 1.19 (scripts/go/oneshotwaits),
// with the minutes a long-lived process prints set after the capture.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import type { GoroutineGroup } from '../../../src/core/goroutines/model';
import { waitSinceMade } from '../../../src/core/goroutines/idleWaits';

const FIXTURES = join(__dirname, '../../fixtures/goroutines');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const placeOf = (g: GoroutineGroup): string => g.userFrame?.func ?? g.frames[0]?.func ?? '';
const suspects = (groups: readonly GoroutineGroup[]): [number, string, string][] =>
  groups.filter(g => g.suspect !== null).map(g => [g.count, g.state, placeOf(g)]);

/** A goroutine of Go 1.19's `runtime.Stack(all)` shape: its frames innermost first, each `name(…)` over its location. */
function goroutine(id: number, header: string, frames: readonly string[], createdBy: string): string {
  const lines = frames.flatMap((f, i) => [`${f}(...)`, `\t/app/${f.startsWith('main.') ? 'main' : 'other'}.go:${10 + i} +0x${(0x20 + i).toString(16)}`]);
  return `goroutine ${id} [${header}]:\n${lines.join('\n')}\ncreated by ${createdBy}\n\t/app/main.go:5 +0x30\n\n`;
}

/** `count` goroutines, the i-th of id `ids(i)` with header `header(i)`. */
function many(count: number, ids: (i: number) => number, header: (i: number) => string, frames: readonly string[], createdBy = 'main.start'): string {
  return Array.from({ length: count }, (_, i) => goroutine(ids(i), header(i), frames, createdBy)).join('');
}

const READ_LOOP = ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).ReadString', 'main.handleConn'];
const DEEP_READ = ['internal/poll.runtime_pollWait', 'internal/poll.(*FD).Read', 'net.(*conn).Read', 'io.ReadAtLeast', 'io.ReadFull', 'main.readReply', 'main.fetch', 'main.fetchAll'];

describe('goroutines: one-shot waits leaked over time, and read loops in IO wait', () => {
  it('Go 1.19: 300 receivers leaked one per request rank first; the pool and the read loops are no suspects; the stuck clients are', () => {
    const a = analyzeGoroutineDump(read('go119_oneshot_receivers_leaked_over_time.txt'));
    assert.equal(a.total, 352);
    assert.deepEqual(suspects(a.groups), [
      [300, 'chan receive', 'main.serveRequest.func1'],
      [12, 'IO wait', 'main.readReply'],
    ]);
    assert.equal(a.groups[0].suspect, '300 goroutines blocked on chan receive for 3 min – 10 h in main.serveRequest.func1 (main.go:45), created by main.serveRequest; each has waited since it was made, the oldest longest (a leak, one goroutine at a time)');
    const idle = a.groups.filter(g => ['main.startPool.func1', 'main.handleConn'].includes(placeOf(g)));
    assert.deepEqual(idle.map(g => [g.count, g.state, g.suspect]), [[24, 'chan receive', null], [12, 'IO wait', null]]);
  });

  it('Go 1.19: the same pool and read loops alone, idle for hours, name no suspect', () => {
    const a = analyzeGoroutineDump(read('go119_idle_pool_and_read_loops.txt'));
    assert.deepEqual(suspects(a.groups), []);
    assert.ok(a.groups.some(g => placeOf(g) === 'main.handleConn' && g.count === 12 && g.waitMinutes!.max > 60));
  });

  it('judges the order of the minutes, not the fixture: falling with the ids is a leak; a burst, a rotation or a rise is not', () => {
    const closure = ['main.handle.func1'];
    // Ids spread as a server's (other goroutines made between), minutes falling as they rise.
    const leak = many(40, i => 1000 + 37 * i, i => `chan receive, ${400 - 9 * i} minutes`, closure, 'main.handle');
    assert.deepEqual(suspects(analyzeGoroutineDump(leak).groups), [[40, 'chan receive', 'main.handle.func1']]);
    // Printed in any order (Go prints them as its list of goroutines holds them), and with two made in one minute out of turn.
    const shuffled = Array.from({ length: 40 }, (_, k) => (k * 17) % 40).map(i => goroutine(1000 + 37 * i, `select, ${i === 7 ? 400 - 9 * 8 : 400 - 9 * i} minutes`, closure, 'main.handle')).join('');
    assert.equal(suspects(analyzeGoroutineDump(shuffled).groups).length, 1);
    // A pool made at once, each worker idle by its turn in the queue: no order by id.
    const pool = many(40, i => 100 + i, i => `chan receive, ${700 + (i * 7) % 40} minutes`, closure, 'main.startPool');
    assert.deepEqual(suspects(analyzeGoroutineDump(pool).groups), []);
    // All made and blocked within three minutes: a burst tells no order.
    const burst = many(40, i => 100 + i, i => `chan receive, ${300 - Math.floor(i / 14)} minutes`, closure, 'main.handle');
    assert.deepEqual(suspects(analyzeGoroutineDump(burst).groups), []);
  });

  it('a read loop in IO wait is idle by its minutes and by a count of a thousand; a read deep in a call chain is judged by both', () => {
    const loops = many(1200, i => 100 + i, () => 'IO wait', READ_LOOP, 'main.serveConns');
    assert.deepEqual(suspects(analyzeGoroutineDump(loops).groups), []);
    const loopsForHours = many(30, i => 100 + i, i => `IO wait, ${5 + (i * 131) % 396} minutes`, READ_LOOP, 'main.serveConns');
    assert.deepEqual(suspects(analyzeGoroutineDump(loopsForHours).groups), []);
    const deep = many(1200, i => 100 + i, () => 'IO wait', DEEP_READ, 'main.connections');
    assert.deepEqual(suspects(analyzeGoroutineDump(deep).groups), [[1200, 'IO wait', 'main.readReply']]);
    const deepForMinutes = many(12, i => 100 + i, () => 'IO wait, 45 minutes', DEEP_READ, 'main.connections');
    assert.deepEqual(suspects(analyzeGoroutineDump(deepForMinutes).groups), [[12, 'IO wait', 'main.readReply']]);
  });

  it('a read loop whose connections each wait since they were made, one by one, is judged as a leak', () => {
    const text = many(30, i => 100 + 11 * i, i => `IO wait, ${600 - 19 * i} minutes`, READ_LOOP, 'main.serveConns');
    assert.deepEqual(suspects(analyzeGoroutineDump(text).groups), [[30, 'IO wait', 'main.handleConn']]);
  });

  it('waitSinceMade: needs four distinct minutes and tolerates a tenth of steps out of order', () => {
    const pairs = (ms: number[]): number[] => ms.flatMap((m, i) => [10 + i, m]);
    assert.equal(waitSinceMade(pairs([9, 8, 7, 6])), true);
    assert.equal(waitSinceMade(pairs([9, 9, 8, 8])), false);
    assert.equal(waitSinceMade(pairs([20, 19, 18, 17, 16, 15, 14, 13, 12, 13, 11])), true);
    assert.equal(waitSinceMade(pairs([20, 19, 18, 19, 17, 18, 16, 17, 15])), false);
    assert.equal(waitSinceMade([]), false);
  });
});
