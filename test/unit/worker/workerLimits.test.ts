// The analysis worker's budgets: a job that needs more heap than the thread's limit, or runs
// past the watchdog's time, fails with JobLimitError; the host (this process) carries on.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisWorkerClient, JobLimitError } from '../../../src/host/worker/analysisWorkerClient';
import { nodeAnalysisThreads } from '../../../src/host/worker/nodeAnalysisThread';

// A stand-in worker speaking the job protocol: "hog" allocates forever, "spin" never returns, "echo" answers.
const WORKER = `
const { parentPort } = require('worker_threads');
parentPort.on('message', ({ id, kind, input }) => {
  if (kind === 'hog') { const keep = []; for (;;) keep.push(new Array(1e6).fill(Math.random())); }
  if (kind === 'spin') { for (;;) {} }
  parentPort.postMessage({ id, ok: true, output: input });
});`;

describe('analysis worker limits', function () {
  this.timeout(60_000);
  let dir: string, script: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gpe-worker-'));
    script = join(dir, 'worker.js');
    writeFileSync(script, WORKER);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (client: AnalysisWorkerClient, kind: string, input: unknown = null) =>
    (client.run as (k: string, i: unknown) => Promise<unknown>)(kind, input);

  it('stops a job over its heap limit, then runs the next one on a fresh thread', async () => {
    const client = new AnalysisWorkerClient(nodeAnalysisThreads(script), { heapMb: 64, jobSeconds: 30 });
    try {
      await assert.rejects(run(client, 'hog'), (e: Error) => e instanceof JobLimitError && e.limit === 'memory' && /more than 64 MiB/.test(e.message));
      assert.equal(await run(client, 'echo', 7), 7);
    } finally {
      client.dispose();
    }
  });

  it('stops a job over its time budget', async () => {
    const client = new AnalysisWorkerClient(nodeAnalysisThreads(script), { heapMb: 256, jobSeconds: 1 });
    const started = Date.now();
    try {
      await assert.rejects(run(client, 'spin'), (e: Error) => e instanceof JobLimitError && e.limit === 'time' && /after 1 s/.test(e.message));
      // Stopped at its 1 s budget, not left spinning: loose, as a loaded machine is slow to schedule the timer and the thread's end.
      assert.ok(Date.now() - started < 30_000, `${Date.now() - started} ms`);
      assert.equal(await run(client, 'echo', 'next'), 'next');
    } finally {
      client.dispose();
    }
  });
});
