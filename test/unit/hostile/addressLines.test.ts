// A legacy text profile whose one `@` line lists 10^6 distinct addresses (9 MB): as pprof, a
// location per distinct address, but no more than that: the list read in one pass, each address
// looked up once, the locations kept as columns (no object each) through the parse and the view.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { okOf } from '../../hostile/outcomes';

const ok = okOf;

describe('hostile inputs: an `@` line of 10^6 addresses', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  const cases: [string, string, number][] = [
    ['heap-address-line', 'legacy-heap', 524289],
    ['contention-address-line', 'legacy-contention', 5_000_000],
    ['threadcreate-address-line', 'legacy-count', 1],
    ['goroutine-address-line', 'legacy-count', 1],
  ];
  for (const [name, format, total] of cases) {
    it(`${name}: one location per address, one frame, parsed and viewed within the bound`, async () => {
      const { value, cpuMs } = await runBounded<Outcome>('viewCrafted', ['text', name, 1], { seconds: 30, heapMb: 768 });
      const r = ok(value);
      assert.deepEqual({ format: r.format, samples: r.samples, locations: r.locations, frames: r.frames }, { format, samples: 1, locations: 1_000_000, frames: 1 });
      assert.equal(r.total, total);
      assert.equal(r.locationsAsColumns, true, 'the parse and the view made no location object');
      // ~3 s of CPU through the CLI at first, 0.7 s now; a loose bound for a loaded machine.
      assert.ok(!(cpuMs > 20_000), `${Math.round(cpuMs)} ms of CPU`);
    });
  }
});
