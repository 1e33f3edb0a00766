// A webview that supersedes its request 10^4 times a second (a setting toggled, Retry held
// down): each cancel stops the analysis thread, and each new thread cost the extension host
// ~15 ms of its own thread (300 cancels: 300 threads, 4.7 s of the host's thread at load 10).
// Starts are paced now: a burst starts a thread per pause, and the last request is answered.
// And jobs queued behind others are timed from when they run, not from their request.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisWorkerClient, JobCancelledError, type CancellationTokenLike } from '../../../src/host/worker/analysisWorkerClient';
import { nodeAnalysisThreads } from '../../../src/host/worker/nodeAnalysisThread';

const WORKER = `
const { parentPort } = require('worker_threads');
parentPort.on('message', m => {
  if (m.id === undefined) return;
  if (m.kind === 'slow') { const t = Date.now(); while (Date.now() - t < 100) {} }
  if (m.kind === 'spin') for (;;) {}
  parentPort.postMessage({ id: m.id, ok: true, output: m.input });
});`;

class Cancellation implements CancellationTokenLike {
  isCancellationRequested = false;
  private readonly listeners: (() => void)[] = [];
  onCancellationRequested(listener: () => void) { this.listeners.push(listener); return { dispose: () => undefined }; }
  cancel(): void { this.isCancellationRequested = true; for (const l of this.listeners) l(); }
}

describe('a storm of superseded analyses', function () {
  this.timeout(300_000);
  let dir: string, script: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gpe-storm-'));
    script = join(dir, 'worker.js');
    writeFileSync(script, WORKER);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('2,000 cancels in a burst start a few threads, and the last request is answered', async () => {
    let starts = 0;
    const start = nodeAnalysisThreads(script);
    const client = new AnalysisWorkerClient((limits, events) => { starts++; return start(limits, events); }, { heapMb: 64, jobSeconds: 60 });
    const run = (input: number, token: Cancellation) => (client.run as (k: string, i: unknown, o: object) => Promise<unknown>)('echo', input, { token });
    try {
      let previous: Cancellation | undefined;
      let last: Promise<unknown> = Promise.resolve();
      const cancelled: Promise<unknown>[] = [];
      const started = Date.now();
      for (let i = 0; i < 2000; i++) {
        previous?.cancel();
        const token = new Cancellation();
        previous = token;
        last = run(i, token);
        if (i < 1999) cancelled.push(last.then(() => 'answered', (e: unknown) => e instanceof JobCancelledError ? 'cancelled' : e));
        if (i % 20 === 0) await new Promise(resolve => setImmediate(resolve));
      }
      const burstMs = Date.now() - started;
      assert.equal(await last, 1999);
      const outcomes = new Set(await Promise.all(cancelled));
      assert.ok([...outcomes].every(o => o === 'cancelled' || o === 'answered'), [...outcomes].join());
      // Unpaced: 2,000 threads. Paced: one per RESTART_QUIET_MS of the burst, and the last.
      assert.ok(starts <= 3 + burstMs / 100, `${starts} threads started in a burst of ${burstMs} ms`);
    } finally {
      client.dispose();
    }
  });

  it('60 jobs of 0.1 s queued at once under a 2 s limit are all answered; a job that spins behind them is still stopped', async () => {
    const client = new AnalysisWorkerClient(nodeAnalysisThreads(script), { heapMb: 64, jobSeconds: 2 });
    const run = (kind: string, input: number) => (client.run as (k: string, i: unknown) => Promise<unknown>)(kind, input);
    try {
      // The thread's start counts in its first job's time: on a machine loaded 40 deep it can take seconds.
      for (let tries = 0; tries < 5 && await run('echo', -1).catch(() => undefined) === undefined; tries++);
      // Timed from their request, every job still queued 2 s after it was asked failed as "stopped after 2 s".
      const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => run('slow', i).catch((e: Error) => e.message)));
      assert.deepEqual(answers, Array.from({ length: 60 }, (_, i) => i));
      await assert.rejects(run('spin', 0), /stopped after 2 s, the time limit of one analysis/);
    } finally {
      client.dispose();
    }
  });

  it('a job asked for right after a cancel waits for its thread and gets its streamed pieces in order', async () => {
    const client = new AnalysisWorkerClient(nodeAnalysisThreads(script), { heapMb: 64, jobSeconds: 60 });
    const run = (input: number, token?: Cancellation) => (client.run as (k: string, i: unknown, o: object) => Promise<unknown>)('echo', input, { token });
    try {
      const token = new Cancellation();
      const first = run(1, token);
      token.cancel();
      await assert.rejects(first, JobCancelledError);
      const generation = client.generation;
      const second = run(2);
      assert.equal(client.sendStreamPiece({ stream: 's', end: true }, generation), true, 'a thread still starting takes the pieces');
      assert.equal(await second, 2);
    } finally {
      client.dispose();
    }
  });
});
