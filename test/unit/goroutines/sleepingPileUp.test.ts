// A thousand goroutines asleep in one user frame pile up as surely as a thousand blocked sends: a
// task handler that sleeps out a backoff per queued task (a blog's "worker pool leak", 4,724 of 4,730
// goroutines in `time.Sleep` under `processTaskBadly`). Sleeps weigh little, so they rank after
// blocked waits, and a few pollers sleeping in their loops stay no suspect. Dumps made by Go 1.19
// (scripts/go/sleepers).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import type { GoroutineGroup } from '../../../src/core/goroutines/model';

const FIXTURES = join(__dirname, '../../fixtures/goroutines');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const placeOf = (g: GoroutineGroup): string => g.userFrame?.func ?? g.frames[0]?.func ?? '';
const suspects = (groups: readonly GoroutineGroup[]): [number, string][] =>
  groups.filter(g => g.suspect !== null).map(g => [g.count, placeOf(g)]);

/** runtime.Stack(all) of Go 1.19 with every goroutine's header given `minutes` (as a process that lived that long prints). */
function withMinutes(text: string, minutes: number): string {
  return text.replace(/^(goroutine \d+ \[sleep)\]:$/gm, `$1, ${minutes} minutes]:`);
}

describe('goroutines: a thousand asleep in one user frame', () => {
  for (const name of ['go119_sleeping_tasks_pile_up.txt', 'go119_sleeping_tasks_pile_up_debug1.txt']) {
    it(`Go 1.19 (${name}): 1,200 tasks asleep in main.processTask are the suspect; 4 pollers asleep in their loop are not`, () => {
      const a = analyzeGoroutineDump(read(name));
      assert.equal(a.total, 1205);
      assert.deepEqual(suspects(a.groups), [[1200, 'main.processTask']]);
      assert.match(a.groups[0].suspect!, /^1,200 goroutines sleeping in main\.processTask \(main\.go:22\)/);
      assert.equal(a.groups.find(g => placeOf(g) === 'main.poll')?.suspect, null);
    });
  }

  it('fewer than a thousand asleep, without minutes, are no suspect', () => {
    const text = read('go119_sleeping_tasks_pile_up_debug1.txt').replace(/^goroutine profile: total 1205$/m, 'goroutine profile: total 905').replace(/^1200 @/m, '900 @');
    const a = analyzeGoroutineDump(text);
    assert.equal(a.total, 905);
    assert.deepEqual(suspects(a.groups), []);
  });

  it('a dump that prints minutes elsewhere: a thousand asleep under a minute are no suspect, asleep for 30 minutes they are', () => {
    const text = read('go119_sleeping_tasks_pile_up.txt');
    const polled = text.replace(/^(goroutine \d+ \[sleep)(\]:\ntime\.Sleep\([^\n]*\n[^\n]*\nmain\.poll\()/gm, '$1, 90 minutes$2');
    assert.notEqual(polled, text);
    assert.deepEqual(suspects(analyzeGoroutineDump(polled).groups), []);
    assert.deepEqual(suspects(analyzeGoroutineDump(withMinutes(text, 30)).groups), [[1200, 'main.processTask']]);
  });

  it('a blocked leak ranks before a pile of sleepers of the same size', () => {
    const text = read('go119_sleeping_tasks_pile_up.txt');
    const sends = Array.from({ length: 1200 }, (_, i) =>
      `goroutine ${100000 + i} [chan send]:\nmain.dispatch(0xc000010000)\n\t/app/main.go:70 +0x40\ncreated by main.main\n\t/app/main.go:80 +0x50\n\n`).join('');
    const a = analyzeGoroutineDump(text.trimEnd() + '\n\n' + sends);
    assert.deepEqual(suspects(a.groups), [[1200, 'main.dispatch'], [1200, 'main.processTask']]);
  });
});
