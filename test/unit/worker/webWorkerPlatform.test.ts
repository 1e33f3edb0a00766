// The web build's analysis worker in plain Node: no local files, no zlib (the core's fflate),
// bytes from vscode.workspace.fs. The same fixtures must give the same flame graph, top table,
// goroutine groups and export as the Node build's worker, under the same unzip limits.
import assert from 'node:assert/strict';
import { gzipSync as fflateGzip, gunzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import { profileExportJob } from '../../../src/host/worker/jobs/profileExport';
import { goroutinesJob, type DumpInput } from '../../../src/host/worker/jobs/goroutines';
import type { ProfileQuery } from '../../../src/shared/profileProtocol';
import { useWorkerPlatform, type WorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { setThreadLimits } from '../../../src/host/worker/threadLimits';
import { parseProfile } from '../../../src/core/pprof/parse';
import { decompressionStreamGunzip, streamGunzip } from '../../../src/host/worker/streamGunzip';
import { wasmGunzipOr } from '../../../src/host/worker/wasmGunzip';
import { profileSetBaseJob } from '../../../src/host/worker/jobs/profileSetBase';
import { unpackedView, WHOLE_TOP } from './unpackedView';

const FIXTURES = path.join(__dirname, '../../fixtures');
const PROFILES = ['pprof/generated/heap.pb.gz', 'pprof/generated/cpu.pb.gz', 'corpus/pprof_td_large.cpu'];
const DUMP = path.join(FIXTURES, 'corpus/panicparse_static_panicweb_debug2.txt');
/** What the web build's worker has: no files, no zlib; profiles gunzipped by libdeflate in WebAssembly. */
const WEB: WorkerPlatform = { gzip: bytes => fflateGzip(bytes), gunzipAsync: wasmGunzipOr(decompressionStreamGunzip) };
/** A page that forbids WebAssembly: DecompressionStream. */
const WEB_NO_WASM: WorkerPlatform = { gzip: bytes => fflateGzip(bytes), gunzipAsync: decompressionStreamGunzip };
/** A browser without DecompressionStream: the core's fflate for everything. */
const FFLATE_ONLY: WorkerPlatform = { gzip: bytes => fflateGzip(bytes) };

const samplesOf = (t: { count: number; values: Float64Array }) => ({ count: t.count, sum: t.values.reduce((a, b) => a + b, 0) });
const context = (store: WorkerStore): JobContext => ({ store, transfer: () => undefined });

async function viewOf(platform: WorkerPlatform, file: string, bytes: Uint8Array | { filePath: string }) {
  useWorkerPlatform(platform);
  const store = new WorkerStore();
  const opened = await profileOpenJob.run({ documentId: 'd', fileName: path.basename(file), bytes }, context(store));
  const query: ProfileQuery = { sampleType: opened.summary.defaultSampleType, granularity: 'functions', filters: [] };
  const out = unpackedView(profileViewJob.run({ documentId: 'd', query, widthPx: 1200, top: WHOLE_TOP }, context(store)));
  const exported = profileExportJob.run({
    documentId: 'd', query, format: 'pb.gz', view: 'flame', order: 'heaviest', icicle: false, zoomPath: [], widthPx: 1200, title: 'x', subtitle: '',
  }, context(store)) as { bytes: Uint8Array };
  const { flame, top } = out;
  return {
    summary: opened.summary,
    flame: { parent: [...flame.parent], name: [...flame.name], total: [...flame.total], self: [...flame.self], names: flame.names },
    top: { names: top.names, flat: [...top.flat], cum: [...top.cum] },
    // The exported profile, decoded: the same samples whichever gzip wrote it.
    exported: samplesOf(parseProfile(gunzipSync(exported.bytes)).samples),
  };
}

describe('the web build\'s analysis worker gives the Node build\'s answers', () => {
  after(() => { useWorkerPlatform(nodeWorkerPlatform); setThreadLimits(undefined); });

  for (const rel of PROFILES) {
    it(`${rel}: summary, flame graph, top table and export`, async () => {
      const file = path.join(FIXTURES, rel);
      const node = await viewOf(nodeWorkerPlatform, file, { filePath: file });
      assert.ok(node.flame.parent.length > 3 && node.top.names.length > 0);
      assert.deepEqual(await viewOf(WEB, file, new Uint8Array(readFileSync(file))), node);
      assert.deepEqual(await viewOf(WEB_NO_WASM, file, new Uint8Array(readFileSync(file))), node);
      assert.deepEqual(await viewOf(FFLATE_ONLY, file, new Uint8Array(readFileSync(file))), node);
    });
  }

  it('goroutine groups of a gzipped dump', async () => {
    const bytes = new Uint8Array(readFileSync(DUMP));
    const groups = async (platform: WorkerPlatform, text: DumpInput) => {
      useWorkerPlatform(platform);
      const out = await goroutinesJob.run({ text, similarity: 'default', lineOffset: 0, title: 'dump' }, context(new WorkerStore()));
      return { total: out.view.summary.total, groups: out.view.groups.map(g => `${g.count} ${g.state}`) };
    };
    const node = await groups(nodeWorkerPlatform, { filePath: DUMP });
    const web = await groups(WEB, fflateGzip(bytes));
    assert.equal(node.total, 71);
    assert.deepEqual(web, node);
  });

  it('asking the web worker for a local file is refused: its host sends bytes', () => {
    useWorkerPlatform(WEB);
    assert.throws(() => profileOpenJob.run({ documentId: 'd', fileName: 'x', bytes: { filePath: '/etc/hostname' } }, context(new WorkerStore())),
      /cannot read local files/);
  });

  it('the unzip limit the host set stops fflate as it stops zlib', () => {
    // 64 MiB of zeros in a small gzip; the limit is 1 MiB.
    const bomb = fflateGzip(new Uint8Array(64 * 1024 * 1024));
    setThreadLimits({ maxUnzippedBytes: 1024 * 1024 });
    const failure = (platform: WorkerPlatform) => {
      useWorkerPlatform(platform);
      try {
        profileOpenJob.run({ documentId: 'd', fileName: 'bomb.pb.gz', bytes: bomb }, context(new WorkerStore()));
      } catch (e) {
        return { name: (e as Error).name, limitBytes: (e as { limitBytes?: number }).limitBytes };
      }
      return undefined;
    };
    assert.deepEqual(failure(WEB), { name: 'UnzipLimitError', limitBytes: 1024 * 1024 });
    assert.deepEqual(failure(nodeWorkerPlatform), failure(WEB));
  });

  it('a trailer forged to declare a small size: WebAssembly and DecompressionStream stop at the limit too', async () => {
    const bomb = fflateGzip(new Uint8Array(64 * 1024 * 1024));
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(bomb.length - 4, 1000, true);
    setThreadLimits({ maxUnzippedBytes: 4 * 1024 * 1024 });
    try {
      for (const platform of [WEB, WEB_NO_WASM]) {
        useWorkerPlatform(platform);
        await assert.rejects(async () => profileOpenJob.run({ documentId: 'd', fileName: 'bomb.pb.gz', bytes: bomb }, context(new WorkerStore())),
          (e: Error & { limitBytes?: number }) => e.name === 'UnzipLimitError' && e.limitBytes === 4 * 1024 * 1024);
      }
      // Straight: the stream is given up at the limit, not inflated to its end first.
      await assert.rejects(streamGunzip(bomb, 1001, 4 * 1024 * 1024), RangeError);
    } finally {
      setThreadLimits(undefined);
    }
  });

  it('two gzip members, which Chromium\'s DecompressionStream refuses, are read by the core\'s gunzip', async () => {
    const file = path.join(FIXTURES, 'pprof/generated/heap.pb.gz');
    const proto = gunzipSync(new Uint8Array(readFileSync(file)));
    const half = proto.length >> 1;
    const twoMembers = new Uint8Array([...fflateGzip(proto.subarray(0, half)), ...fflateGzip(proto.subarray(half))]);
    const refusing: WorkerPlatform = { ...WEB, gunzipAsync: () => Promise.reject(new TypeError('Junk found after end of compressed data.')) };
    const node = (await viewOf(nodeWorkerPlatform, file, { filePath: file })).top;
    assert.deepEqual((await viewOf(refusing, file, twoMembers)).top, node);
    assert.deepEqual((await viewOf(WEB, file, twoMembers)).top, node);
  });

  it('a diff base is gunzipped ahead too, and the session changes only once it is decoded', async () => {
    const dir = path.join(FIXTURES, 'pprof/diff');
    const read = (f: string) => new Uint8Array(readFileSync(path.join(dir, f)));
    const summaries = async (platform: WorkerPlatform) => {
      useWorkerPlatform(platform);
      const store = new WorkerStore();
      await profileOpenJob.run({ documentId: 'd', fileName: 'heap-current.pb.gz', bytes: read('heap-current.pb.gz') }, context(store));
      const pending = profileSetBaseJob.run({ documentId: 'd', base: { fileName: 'heap-base.pb.gz', bytes: read('heap-base.pb.gz') } }, context(store));
      const before = store.get<{ base?: unknown }>('profile:d')?.base;
      return { before, after: (await pending).summary };
    };
    const web = await summaries(WEB);
    assert.equal(web.before, undefined);
    assert.ok(web.after && web.after.sampleTypes.listed.length > 0);
    assert.deepEqual(web.after, (await summaries(nodeWorkerPlatform)).after);
  });
});
