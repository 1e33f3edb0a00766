// A profile the web build's host streams to the worker while it downloads it: the worker inflates
// the pieces as they come (libdeflate in WebAssembly, or DecompressionStream where WebAssembly is
// not allowed; both in Node as in the browser), and the profile it
// decodes must be the one it gets when the whole file is handed over at once. A failed download
// and a gzip bomb end the job with their own errors.
import assert from 'node:assert/strict';
import { gzipSync as fflateGzip, gunzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import type { ProfileQuery } from '../../../src/shared/profileProtocol';
import { useWorkerPlatform, type WorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { setThreadLimits } from '../../../src/host/worker/threadLimits';
import { decompressionStreamGunzip } from '../../../src/host/worker/streamGunzip';
import { wasmGunzipOr } from '../../../src/host/worker/wasmGunzip';
import { takeStreamPiece } from '../../../src/host/worker/incomingStreams';
import { unpackedView, WHOLE_TOP } from './unpackedView';

const FIXTURES = path.join(__dirname, '../../fixtures');
const WEB_PLATFORMS: [string, WorkerPlatform][] = [
  ['WebAssembly', { gzip: bytes => fflateGzip(bytes), gunzipAsync: wasmGunzipOr(undefined) }],
  ['DecompressionStream', { gzip: bytes => fflateGzip(bytes), gunzipAsync: decompressionStreamGunzip }],
];
const context = (store: WorkerStore): JobContext => ({ store, transfer: () => undefined });
const tick = () => new Promise(resolve => setTimeout(resolve, 1));
let streams = 0;

/** Opens `bytes` as the host streams them: the job first, then pieces of `pieceBytes` with pauses between. */
async function openStreamed(bytes: Uint8Array, pieceBytes: number, end: { error?: string } = {}) {
  const store = new WorkerStore();
  const stream = `s${++streams}`;
  const opening = Promise.resolve(profileOpenJob.run({ documentId: 'd', fileName: 'p.pb.gz', bytes: { stream, byteLength: bytes.length } }, context(store)));
  opening.catch(() => undefined);
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    takeStreamPiece({ streamPiece: { stream, bytes: bytes.slice(at, at + pieceBytes) } });
    if ((at / pieceBytes) % 8 === 0) await tick();
  }
  takeStreamPiece({ streamPiece: end.error ? { stream, error: end.error } : { stream, end: true } });
  const opened = await opening;
  const query: ProfileQuery = { sampleType: opened.summary.defaultSampleType, granularity: 'functions', filters: [] };
  const view = unpackedView(profileViewJob.run({ documentId: 'd', query, widthPx: 1200, top: WHOLE_TOP }, context(store)));
  return { summary: opened.summary, top: { names: view.top.names, flat: [...view.top.flat], cum: [...view.top.cum] } };
}

async function openWhole(bytes: Uint8Array, platform: WorkerPlatform = nodeWorkerPlatform) {
  useWorkerPlatform(platform);
  const store = new WorkerStore();
  const opened = await profileOpenJob.run({ documentId: 'd', fileName: 'p.pb.gz', bytes }, context(store));
  const query: ProfileQuery = { sampleType: opened.summary.defaultSampleType, granularity: 'functions', filters: [] };
  const view = unpackedView(profileViewJob.run({ documentId: 'd', query, widthPx: 1200, top: WHOLE_TOP }, context(store)));
  return { summary: opened.summary, top: { names: view.top.names, flat: [...view.top.flat], cum: [...view.top.cum] } };
}

for (const [gunzipName, WEB] of WEB_PLATFORMS) describe(`a profile streamed to the worker while it downloads (${gunzipName})`, () => {
  afterEach(() => { useWorkerPlatform(nodeWorkerPlatform); setThreadLimits(undefined); });

  const cases: [string, number[]][] = [['pprof/generated/heap.pb.gz', [7, 64 * 1024, 1 << 30]], ['corpus/pprof_td_large.cpu', [4096, 64 * 1024, 1 << 30]]];
  for (const [rel, pieceSizes] of cases) {
    for (const pieceBytes of pieceSizes) {
      it(`${rel} in pieces of ${pieceBytes >= 1 << 30 ? 'the whole file' : `${pieceBytes} bytes`}: the profile handed over whole`, async () => {
        const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, rel)));
        const whole = await openWhole(bytes);
        assert.ok(whole.top.names.length > 0);
        useWorkerPlatform(WEB);
        assert.deepEqual(await openStreamed(bytes, pieceBytes), whole);
      });
    }
  }

  it('an uncompressed profile streamed: read whole once it has all come', async () => {
    const bytes = gunzipSync(new Uint8Array(readFileSync(path.join(FIXTURES, 'pprof/generated/heap.pb.gz'))));
    const whole = await openWhole(bytes);
    useWorkerPlatform(WEB);
    assert.deepEqual(await openStreamed(bytes, 4096), whole);
  });

  it('a cut gzip file streamed fails with the error the whole file gives', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'pprof/generated/heap.pb.gz')));
    const cut = bytes.slice(0, Math.floor(bytes.length * 0.6));
    // The web worker handed the whole file: the asynchronous gunzip refuses it, the core's gunzip says why.
    const whole = await openWhole(cut, WEB).then(() => 'opened', (e: Error) => e.message);
    assert.match(whole, /corrupt gzip data/);
    useWorkerPlatform(WEB);
    await assert.rejects(openStreamed(cut, 1024), (e: Error) => e.message === whole);
  });

  it('a download that fails half way fails the job with the host\'s reason', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'pprof/generated/heap.pb.gz')));
    useWorkerPlatform(WEB);
    await assert.rejects(openStreamed(bytes.subarray(0, bytes.length >> 1), 1024, { error: 'could not read p.pb.gz: connection reset' }),
      /could not read p\.pb\.gz: connection reset/);
  });

  it('a gzip bomb streamed stops at the unzip limit', async () => {
    const bomb = fflateGzip(new Uint8Array(64 * 1024 * 1024));
    setThreadLimits({ maxUnzippedBytes: 4 * 1024 * 1024 });
    useWorkerPlatform(WEB);
    await assert.rejects(openStreamed(bomb, 512),
      (e: Error & { limitBytes?: number }) => e.name === 'UnzipLimitError' && e.limitBytes === 4 * 1024 * 1024);
  });
});
