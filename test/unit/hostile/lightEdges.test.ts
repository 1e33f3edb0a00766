// `top` and `tree` of 5·10^4 samples, each its own stack 100 deep over 2,000 functions: a call
// graph of ~5·10^6 distinct edges, nearly all under pprof's edge cutoff. They are counted as the
// graph is made, not made as objects and trimmed after (8–9 s of CPU and 530 MB on a fifth of
// this before; the text is the same).
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';

describe('hostile inputs: a call graph of millions of light edges', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  for (const command of ['top', 'tree']) {
    it(`${command}: within a 512 MB heap and the bound of CPU`, async () => {
      const { value, cpuMs } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'distinct-deep-stacks', 0.5, command], { seconds: 60, heapMb: 512 });
      if ('error' in value) assert.fail(value.error);
      const r = value.ok as { code: number; outBytes: number; err: string };
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      assert.ok(r.outBytes > 1000, `${r.outBytes} characters`);
      assert.ok(!(cpuMs > 20_000), `${Math.round(cpuMs)} ms of CPU`);
    });
  }
});
