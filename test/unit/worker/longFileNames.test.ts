// A profile opened in the editor lists its functions' files once each, in the worker (the host
// then keeps them to answer "open this file"): 3,000 distinct file names of 17,006 characters,
// which V8 hashes by their length alone, took a native Set ~10 s.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { longKeyHeapProfile, longKeysOfOneLength } from '../../hostile/longKeys';
import { withinCpu } from '../../hostile/threadCpu';

useWorkerPlatform(nodeWorkerPlatform);

describe('worker jobs: a profile of 3,000 distinct file names of 17,006 characters', function () {
  this.timeout(120_000); // wall time, which load stretches: the bound is on CPU time
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'gpe-longfiles-')); });
  after(() => { rmSync(dir, { recursive: true, force: true }); });

  it('opens within 5 s of CPU and lists each file once, in the functions\' order', () => {
    const files = longKeysOfOneLength(3000, 17_006, 'd');
    // Every function listed twice: its file too.
    const names = Array.from({ length: 6000 }, (_, i) => `main.f${i}`);
    const file = join(dir, 'heap.pb.gz');
    writeFileSync(file, longKeyHeapProfile(names, [...files, ...files]));
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    const opened = withinCpu(5000, () => profileOpenJob.run({ documentId: 'p', fileName: 'heap.pb.gz', bytes: { filePath: file } }, context),
      'opening the profile') as Awaited<ReturnType<typeof profileOpenJob.run>>;
    assert.deepEqual(opened.sourceFiles, files);
  });
});
