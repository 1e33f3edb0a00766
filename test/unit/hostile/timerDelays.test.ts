// Time settings and flags past a timer's 32-bit delay (~24.8 days): Node fires such a timer after
// 1 ms, so a capture's timeout of 10^6 s or 1e308 s ended every request at once, a watch every
// month ran its rounds back to back (hundreds of requests a second, a file each), and an
// analysis time limit of 1e308 s stopped every job as it started. Each now waits as asked (at
// most the longest delay a timer keeps) or is refused with one line.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { CAPTURE_KINDS, CaptureError, captureTimeoutMs } from '../../../src/core/capture';
import { MAX_TIMER_DELAY_MS, timerDelayMs } from '../../../src/core/timerDelay';
import { checkPlan } from '../../../src/core/watch';
import { fetchToFile } from '../../../src/node/fetchToFile';
import { AnalysisWorkerClient } from '../../../src/host/worker/analysisWorkerClient';
import { nodeAnalysisThreads } from '../../../src/host/worker/nodeAnalysisThread';

const heapKind = CAPTURE_KINDS.find(k => k.id === 'heap')!;
/** Long enough for a timer set to 1 ms to have fired on a machine loaded 30 deep. */
const STILL_WAITING_MS = 1500;

const settled = (p: Promise<unknown>, ms: number) =>
  Promise.race([p.then(() => true, () => true), new Promise<boolean>(r => setTimeout(() => r(false), ms))]);

interface CliRun { code: number; out: string; err: string }
function goprof(argv: string[]): { done: Promise<CliRun> } {
  let out = '', err = '';
  return { done: runCli(argv, { out: t => { out += t; }, err: t => { err += t; } }).then(code => ({ code, out, err })) };
}

describe('hostile: time settings past a timer\'s longest delay', function () {
  this.timeout(60_000);
  let server: http.Server, origin: string, dir: string, requests = 0;
  before(async () => {
    // Accepts every request and never answers: only a timeout (or the test) ends one.
    server = http.createServer(() => { requests++; });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'gpe-timers-'));
  });
  after(() => { server.closeAllConnections(); server.close(); rmSync(dir, { recursive: true, force: true }); });
  afterEach(() => { server.closeAllConnections(); });

  it('a delay is kept within what a timer holds; NaN and negatives are none', () => {
    assert.equal(timerDelayMs(1e308 * 1000), MAX_TIMER_DELAY_MS);
    assert.equal(timerDelayMs(Infinity), MAX_TIMER_DELAY_MS);
    assert.equal(timerDelayMs(3e9), MAX_TIMER_DELAY_MS);
    assert.equal(timerDelayMs(1500), 1500);
    assert.equal(timerDelayMs(NaN), 0);
    assert.equal(timerDelayMs(-5), 0);
    assert.equal(captureTimeoutMs(1e308, heapKind), MAX_TIMER_DELAY_MS);
    assert.equal(captureTimeoutMs(3_000_000, heapKind), MAX_TIMER_DELAY_MS);
    assert.equal(captureTimeoutMs(-1, heapKind), 30_000);
  });

  it('Capture from URL… with capture.timeoutSeconds 1e308 waits for the answer, and Cancel ends it', async () => {
    const folder = mkdtempSync(join(dir, 'editor-'));
    const cancel = new AbortController();
    const fetching = fetchToFile(`${origin}/debug/pprof/heap`, {
      headers: {}, timeoutMs: captureTimeoutMs(1e308, heapKind), maxBytes: 1 << 20, partialPath: join(folder, '.capture.partial'), kind: heapKind,
    }, cancel.signal).then(() => undefined, (e: unknown) => e as Error);
    assert.equal(await settled(fetching, STILL_WAITING_MS), false, 'it did not time out at once');
    cancel.abort();
    const error = await fetching;
    assert.ok(error instanceof CaptureError, String(error));
    assert.doesNotMatch(error.message, /Timed out/);
    assert.deepEqual(readdirSync(folder), []);
  });

  it('goprof capture --timeout 3000000 waits for the answer (it timed out at once)', async () => {
    const run = goprof(['capture', `${origin}/debug/pprof/`, 'heap', '--out', mkdtempSync(join(dir, 'cli-')), '--timeout', '3000000']);
    assert.equal(await settled(run.done, STILL_WAITING_MS), false, 'it did not time out at once');
    server.closeAllConnections();
    const { code, err } = await run.done;
    assert.notEqual(code, 0);
    assert.doesNotMatch(err, /Timed out/);
  });

  it('goprof capture --timeout 0: one usage line, no request', async () => {
    const before = requests;
    const { code, err } = await goprof(['capture', `${origin}/debug/pprof/`, 'heap', '--out', mkdtempSync(join(dir, 'cli-')), '--timeout', '0']).done;
    assert.equal(code, 2);
    assert.equal(err.split('\n')[0], 'goprof capture: --timeout takes at least 1 second');
    assert.equal(requests, before);
  });

  it('goprof watch --every 3000000s is refused before any request (its rounds ran back to back)', async () => {
    const out = mkdtempSync(join(dir, 'watch-'));
    const before = requests;
    const run = goprof(['watch', `${origin}/debug/pprof/`, '--out', out, '--every', '3000000s']);
    assert.equal(await settled(run.done, 10_000), true, 'it ended');
    const { code, err } = await run.done;
    assert.equal(code, 2);
    assert.equal(err.split('\n')[0], 'goprof watch: The interval must be at least 1 s and at most 7 days.');
    assert.equal(requests, before);
    assert.deepEqual(readdirSync(out), []);
  });

  it('the watch plan (also the editor\'s Watch endpoint…) refuses an interval past the longest watch', () => {
    const plan = { baseUrl: `${origin}/debug/pprof/`, forSeconds: null, gc: false, mutex: false, block: false };
    assert.match(checkPlan({ ...plan, everySeconds: 8 * 86400 }) ?? '', /at most 7 days/);
    assert.match(checkPlan({ ...plan, everySeconds: 1e308 }) ?? '', /at most 7 days/);
    assert.equal(checkPlan({ ...plan, everySeconds: 7 * 86400 }), undefined);
  });

  it('an analysis time limit of 1e308 s lets a job finish (it was stopped as it started)', async () => {
    const script = join(dir, 'worker.js');
    writeFileSync(script, `
const { parentPort } = require('worker_threads');
parentPort.on('message', ({ id, input }) => setTimeout(() => parentPort.postMessage({ id, ok: true, output: input }), 300));`);
    const client = new AnalysisWorkerClient(nodeAnalysisThreads(script), { heapMb: 256, jobSeconds: 1e308 });
    try {
      assert.equal(await (client.run as (k: string, i: unknown) => Promise<unknown>)('echo', 'done'), 'done');
    } finally {
      client.dispose();
    }
  });
});
