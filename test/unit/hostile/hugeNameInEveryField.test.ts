// One string of 96 MB named by every field a name can be (100 sample types' type and unit, the
// period type, default_sample_type, a label's key and value, a function's file), in a 0.4 MB
// gzip: the editor's open failed with "Invalid string length" (the saved views' key joined the
// 100 types) and, one field at a time, its summary crossed to the host at 100–201 MB; the CLI's
// `info` ran past 60 s (a digest of the name per type, twice), `top` failed with V8's bare message.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';

describe('hostile inputs: one 96 MB string named by every field', function () {
  this.timeout(600_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  it('every editor answer (open, view, graph, peek, bottom-up, type search, the diff with itself) crosses under 1 MB, within 90 s of CPU and a 1 GB heap', async () => {
    const { value } = await runBounded<Outcome>('editorAnswersOfCrafted', ['huge-name-in-every-field', 1], { seconds: 90, heapMb: 1024 });
    if ('error' in value) assert.fail(value.error);
    const { bytes, longestString } = value.ok as { bytes: Record<string, number>; longestString: number };
    assert.deepEqual(Object.keys(bytes), ['open', 'view', 'graph', 'peek', 'bottomUp', 'typeSearch', 'setBase', 'diffView']);
    for (const [job, n] of Object.entries(bytes)) assert.ok(n < 1 << 20, `${job}: ${n} bytes`);
    assert.ok(longestString <= 100_000, `a string of ${longestString} characters crossed`);
  });

  it('`goprof info` lists the 100 types cut, within 30 s of CPU', async () => {
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'huge-name-in-every-field', 1, 'info'], { seconds: 30, heapMb: 1024 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0, r.err);
    assert.ok(r.outBytes < 1 << 20, `${r.outBytes} bytes`);
  });

  it('`goprof top`, whose text would pass JavaScript\'s longest string, ends in one error that says so', async () => {
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'huge-name-in-every-field', 1, 'top'], { seconds: 30, heapMb: 1536 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; err: string };
    assert.equal(r.code, 1);
    assert.match(r.err, /^goprof top: the report would be a text longer than JavaScript's longest string/);
    assert.ok(r.err.length < 300, r.err);
  });
});
