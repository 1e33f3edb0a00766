// The web build's analysis worker in plain Node: no local files, no zlib (the core's fflate),
// bytes from vscode.workspace.fs. The same fixtures must give the same flame graph, top table,
// goroutine groups and export as the Node build's worker, under the same unzip limits.
import assert from 'node:assert/strict';
import { gzipSync as fflateGzip, gunzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileViewJob, type ProfileViewOutput } from '../../../src/host/worker/jobs/profileView';
import { profileExportJob } from '../../../src/host/worker/jobs/profileExport';
import { goroutinesJob, type DumpInput } from '../../../src/host/worker/jobs/goroutines';
import type { ProfileQuery } from '../../../src/shared/profileProtocol';
import { useWorkerPlatform, type WorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { setThreadLimits } from '../../../src/host/worker/threadLimits';
import { parseProfile } from '../../../src/core/pprof/parse';

const FIXTURES = path.join(__dirname, '../../fixtures');
const PROFILES = ['pprof/generated/heap.pb.gz', 'pprof/generated/cpu.pb.gz', 'corpus/pprof_td_large.cpu'];
const DUMP = path.join(FIXTURES, 'corpus/panicparse_static_panicweb_debug2.txt');
/** What the web build's worker has: the default platform (fflate gzip, no files, no zlib). */
const WEB: WorkerPlatform = { gzip: bytes => fflateGzip(bytes) };

const samplesOf = (t: { count: number; values: Float64Array }) => ({ count: t.count, sum: t.values.reduce((a, b) => a + b, 0) });
const context = (store: WorkerStore): JobContext => ({ store, transfer: () => undefined });

function viewOf(platform: WorkerPlatform, file: string, bytes: Uint8Array | { filePath: string }) {
  useWorkerPlatform(platform);
  const store = new WorkerStore();
  const opened = profileOpenJob.run({ documentId: 'd', fileName: path.basename(file), bytes }, context(store)) as Awaited<ReturnType<typeof profileOpenJob.run>>;
  const query: ProfileQuery = { sampleType: opened.summary.defaultSampleType, granularity: 'functions', filters: [] };
  const out = profileViewJob.run({ documentId: 'd', query, widthPx: 1200 }, context(store)) as ProfileViewOutput;
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
    it(`${rel}: summary, flame graph, top table and export`, () => {
      const file = path.join(FIXTURES, rel);
      const node = viewOf(nodeWorkerPlatform, file, { filePath: file });
      const web = viewOf(WEB, file, new Uint8Array(readFileSync(file)));
      assert.ok(node.flame.parent.length > 3 && node.top.names.length > 0);
      assert.deepEqual(web, node);
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
});
