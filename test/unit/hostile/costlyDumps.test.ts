// Crafted goroutine dumps that were read in bounded but costly time (docs/benchmarks.md, issue of
// hostile inputs): each run in a worker under the loose wall bound every hostile case has (30 s:
// a hang never ends, a loaded machine only slows), and a CPU bound tighter than what it took
// before (a creator per line, a 1 MB name per frame, a frame per distinct function: seconds and
// hundreds of MB), with what the reader says of it. `npm run bench -- hostile` records the times.
import assert from 'node:assert/strict';
import { LOOSE, runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { okOf } from '../../hostile/outcomes';

const ok = okOf;

describe('hostile inputs: goroutine dumps once costly', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  it('one goroutine under 10^6 `created by` lines: its first creator kept, the rest skipped in one warning', async () => {
    const { value, cpuMs } = await runBounded<Outcome>('analyzeCrafted', ['many-creators', 1], { seconds: LOOSE.seconds, heapMb: 512 });
    const r = ok(value);
    assert.equal(r.total, 1);
    assert.equal(r.groups, 1);
    assert.deepEqual(r.warnings, ['line 6: goroutine 1 (line 1) has 999999 more `created by` lines after its creator, where Go prints one: they are skipped']);
    // 10 s of CPU before (every creator interned as a frame): loose, for a loaded machine.
    assert.ok(!(cpuMs > 8000), `${cpuMs} ms of CPU`);
  });

  it('2·10^5 `created by` lines without a goroutine header: a stack without its header each, in linear time', async () => {
    const { value, cpuMs } = await runBounded<Outcome>('analyzeCrafted', ['headless-creators', 1], { seconds: LOOSE.seconds, heapMb: 512 });
    const r = ok(value);
    assert.equal(r.total, 0);
    assert.equal(r.headlessStacks, 200_000);
    // 3.6–4.0 s of CPU through the CLI before (every line of no other kind copied for the last row of the line-kind table).
    assert.ok(!(cpuMs > 8000), `${cpuMs} ms of CPU`);
  });

  it('goroutines each naming its own 1 MB function: each name keeps its first 16 KiB, said in one warning', async () => {
    const { value, cpuMs } = await runBounded<Outcome>('analyzeCrafted', ['huge-names', 0.25], { seconds: LOOSE.seconds, heapMb: 512 });
    const r = ok(value);
    assert.equal(r.total, 50);
    assert.equal(r.groups, 50, 'names alike in their first 16 KiB only would be one group: these differ in their first bytes');
    assert.deepEqual(r.warnings, ['line 2: 50 function names are longer than 16 KiB (Go\'s never are): each keeps its first 16 KiB']);
    // 44.6 s for 200 such goroutines before, 800 MB; loose, for a loaded machine.
    assert.ok(!(cpuMs > 8000), `${cpuMs} ms of CPU`);
  });

  it('one race report of 10^5 accesses, each its own goroutine, address and function: a group and a wait each, in linear time', async () => {
    const { value, cpuMs } = await runBounded<Outcome>('analyzeCrafted', ['race-distinct-accesses', 1], { seconds: LOOSE.seconds, heapMb: 1024 });
    const r = ok(value);
    assert.equal(r.raceAccesses, 100_000);
    assert.equal(r.groups, 100_000);
    assert.equal(r.waitTargets, 100_000);
    // Every tenth goroutine's creation is listed: its access's group names the creator.
    assert.equal(r.creators, 10_000);
    assert.deepEqual(r.warnings, []);
    // 7.5 s of CPU and 616 MB through the CLI before (a header, three Maps and a record per access): loose, for a loaded machine.
    assert.ok(!(cpuMs > 15_000), `${cpuMs} ms of CPU`);
  });
});
