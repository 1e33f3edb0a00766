// A function name of 96 MB in a 100 KB profile (the gzip limit's floor lets a small file hold
// it): the editor's first view carried it whole twice (201 MB from the worker, copied by VS Code
// on the host's thread, laid out by the webview); the view's names now cross cut, and the CLI
// still prints the whole name as pprof does. In a bounded worker: a hang or a blow-up never ends.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { MAX_CROSSING_NAME_CHARS } from '../../../src/shared/nameLimit';

describe('hostile inputs: a 96 MB function name', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  it('the editor\'s first view, its graph and its peek carry the name cut (201 MB of first view before), within 30 s of CPU and a 768 MB heap', async () => {
    const { value } = await runBounded<Outcome>('editorViewOfCrafted', ['huge-function-name', 1], { seconds: 30, heapMb: 768 });
    if ('error' in value) assert.fail(value.error);
    const { viewBytes, longestName, rows, onDemandBytes, longestOnDemandName } = value.ok as Record<string, number>;
    assert.equal(rows, 3);
    assert.equal(longestName, MAX_CROSSING_NAME_CHARS);
    assert.ok(viewBytes < 1 << 20, `${viewBytes} bytes of view`);
    // The Graph and Peek views asked next: the long name among their nodes and edges, cut too.
    assert.equal(longestOnDemandName, MAX_CROSSING_NAME_CHARS);
    assert.ok(onDemandBytes < 1 << 20, `${onDemandBytes} bytes of graph and peek`);
  });

  it('the eight answers of one open (open, view, graph, peek, bottom-up, type search, a base, the diff) cost about one pass over the name (~7–10 before: hashed per table, digested per answer)', async () => {
    const { value } = await runBounded<Outcome>('editorAnswersOfCrafted', ['huge-function-name', 1], { seconds: 60, heapMb: 1536 });
    if ('error' in value) assert.fail(value.error);
    const { cpuMs, onePassMs } = value.ok as { cpuMs: number; onePassMs: number };
    // One hash, one digest and one simplification of the name, and the file's decode: under three passes.
    assert.ok(cpuMs < 3 * onePassMs, `${Math.round(cpuMs)} ms of CPU, one pass ${Math.round(onePassMs)} ms`);
  });

  it('the Source view asked by the cut name costs about one pass over the name (its routine and line keys hashed per table before: ~7 passes)', async () => {
    const { value } = await runBounded<Outcome>('editorSourceByCutName', ['huge-function-name', 1], { seconds: 60, heapMb: 1536 });
    if ('error' in value) assert.fail(value.error);
    const { routines, cutLength, cpuMs, onePassMs } = value.ok as Record<string, number>;
    assert.equal(cutLength, MAX_CROSSING_NAME_CHARS);
    assert.equal(routines, 1);
    assert.ok(cpuMs < 2.5 * onePassMs, `${Math.round(cpuMs)} ms of CPU, one pass ${Math.round(onePassMs)} ms`);
  });

  it('`goprof flame --json` still writes the whole name (as pprof names it)', async () => {
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'huge-function-name', 1, 'flame', ['--json']], { seconds: 30, heapMb: 1024 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0, r.err);
    assert.ok(r.outBytes > 96 * 2 ** 20, `${r.outBytes} bytes`);
  });
});
