// The worker's `profile.sampleTypes` job: the types past the summary's, from the session the open
// made, as the picker searches them; and a view of a type found that way, past the first 100.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob, type ProfileOpenOutput } from '../../../src/host/worker/jobs/profileOpen';
import { profileSampleTypesJob } from '../../../src/host/worker/jobs/profileSampleTypes';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { WHOLE_TOP } from './unpackedView';

useWorkerPlatform(nodeWorkerPlatform);

const context = (store: WorkerStore): JobContext => ({ store, transfer: () => undefined });

describe('worker profile jobs: the sample types by window', function () {
  this.timeout(120_000);

  it('a Go heap profile: the search answers what the summary listed, totals and all', () => {
    const store = new WorkerStore();
    const file = path.join(__dirname, '../../fixtures/pprof/generated/heap.pb.gz');
    const opened = profileOpenJob.run({ documentId: 'h', fileName: 'heap.pb.gz', bytes: { filePath: file } }, context(store)) as ProfileOpenOutput;
    const w = profileSampleTypesJob.run({ documentId: 'h', window: { filter: 'space', start: 0, count: 10 } }, context(store)) as Awaited<ReturnType<typeof profileSampleTypesJob.run>>;
    assert.deepEqual(w.entries, opened.summary.sampleTypes.listed.filter(t => t.type.endsWith('_space')));
    assert.equal(w.count, 4);
  });

  it('10^5 types: one found by search past the first 100 draws with its own total', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-types-'));
    try {
      const file = path.join(dir, 'types.pb');
      fs.writeFileSync(file, hostileProfiles['million-named-sample-types'](0.1));
      const store = new WorkerStore();
      const opened = profileOpenJob.run({ documentId: 't', fileName: 'types.pb', bytes: { filePath: file } }, context(store)) as ProfileOpenOutput;
      assert.equal(opened.summary.sampleTypes.count, 100_000);
      assert.equal(opened.summary.sampleTypes.listed.length, 101);
      const w = profileSampleTypesJob.run({ documentId: 't', window: { filter: 'kind54321', start: 0, count: 100 } }, context(store)) as Awaited<ReturnType<typeof profileSampleTypesJob.run>>;
      assert.deepEqual(w.entries, [{ index: 54_321, type: 'kind54321', unit: 'count', total: 54_322 }]);
      const view = profileViewJob.run({ documentId: 't', query: { sampleType: 54_321, granularity: 'functions', filters: [] }, widthPx: 800, top: WHOLE_TOP }, context(store)) as Awaited<ReturnType<typeof profileViewJob.run>>;
      assert.equal(view.total, 54_322);
      assert.equal(view.unit, 'count');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
