// The worker's profile jobs in plain Node: `profile.prepare` computes the first view ahead, and
// `profile.view` hands it out only for the same query and a fitting width.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profilePrepareJob } from '../../../src/host/worker/jobs/profilePrepare';
import { profileViewJob, type ProfileViewOutput } from '../../../src/host/worker/jobs/profileView';
import { profileTopRowsJob } from '../../../src/host/worker/jobs/profileTopRows';
import type { ProfileQuery, TopWindow } from '../../../src/shared/profileProtocol';
import { profileSetBaseJob } from '../../../src/host/worker/jobs/profileSetBase';
import { profileCallersJob } from '../../../src/host/worker/jobs/profileCallers';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { type UnpackedView, unpackedCallers, unpackedView, WHOLE_TOP } from './unpackedView';

// The worker thread of the Node build: local files and zlib.
useWorkerPlatform(nodeWorkerPlatform);

const PROFILE = path.join(__dirname, '../../fixtures/corpus/pprof_td_large.cpu');

function context(store: WorkerStore): JobContext & { moved: ArrayBufferLike[] } {
  const moved: ArrayBufferLike[] = [];
  return { store, moved, transfer: (...buffers) => { moved.push(...buffers); } };
}

/** Plain arrays, so two answers compare by content. */
function contentOf(out: UnpackedView): unknown {
  const { flame, top } = out;
  return {
    total: out.total, shownTotal: out.shownTotal, unit: out.unit,
    flame: { parent: [...flame.parent], name: [...flame.name], total: [...flame.total], self: [...flame.self], flags: [...flame.flags], names: flame.names },
    top: { names: top.names, flat: [...top.flat], cum: [...top.cum] },
  };
}

describe('worker profile jobs: the prepared first view', () => {
  let store: WorkerStore;
  let query: ProfileQuery;

  beforeEach(() => {
    store = new WorkerStore();
    const opened = profileOpenJob.run({ documentId: 'd1', fileName: 'pprof_td_large.cpu', bytes: { filePath: PROFILE } }, context(store)) as Awaited<ReturnType<typeof profileOpenJob.run>>;
    query = { sampleType: opened.summary.defaultSampleType, granularity: 'functions', filters: [] };
  });

  it('profile.view answers with the prepared view, identical to computing it', () => {
    profilePrepareJob.run({ documentId: 'd1', query, widthPx: 1000 }, context(store));
    const prepared = unpackedView(profileViewJob.run({ documentId: 'd1', query, widthPx: 1000, top: WHOLE_TOP }, context(store)));
    // Taken once: its buffers moved to the host, so the next view is computed afresh.
    const computed = unpackedView(profileViewJob.run({ documentId: 'd1', query, widthPx: 1000, top: WHOLE_TOP }, context(store)));
    assert.notEqual(prepared.flame, computed.flame);
    assert.deepEqual(contentOf(prepared), contentOf(computed));
    assert.ok(prepared.flame.parent.length > 5);
    assert.ok(prepared.computedAheadMs !== undefined && computed.computedAheadMs === undefined);
  });

  it('a narrower prepared view is not used for a wider flame graph, nor one for another query', () => {
    profilePrepareJob.run({ documentId: 'd1', query, widthPx: 200 }, context(store));
    const wide = unpackedView(profileViewJob.run({ documentId: 'd1', query, widthPx: 4000, top: WHOLE_TOP }, context(store)));
    profilePrepareJob.run({ documentId: 'd1', query, widthPx: 200 }, context(store));
    const narrow = unpackedView(profileViewJob.run({ documentId: 'd1', query, widthPx: 200, top: WHOLE_TOP }, context(store)));
    assert.ok(wide.flame.parent.length > narrow.flame.parent.length, `${wide.flame.parent.length} frames at 4000 px, ${narrow.flame.parent.length} at 200 px`);

    profilePrepareJob.run({ documentId: 'd1', query, widthPx: 1000 }, context(store));
    const heaviest = narrow.top.names[0];
    const filtered: ProfileQuery = { ...query, filters: [{ kind: 'ignore', pattern: `^${heaviest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` }] };
    const ignored = unpackedView(profileViewJob.run({ documentId: 'd1', query: filtered, widthPx: 1000, top: WHOLE_TOP }, context(store)));
    assert.ok(ignored.shownTotal < ignored.total, `the ignore filter on ${heaviest} applied`);
  });

  it('the view moves its flame tree to the host and sends the top table rows asked for, not the table', () => {
    profilePrepareJob.run({ documentId: 'd1', query, widthPx: 800 }, context(store));
    const ctx = context(store);
    const packed = profileViewJob.run({ documentId: 'd1', query, widthPx: 800, top: { ...WHOLE_TOP, count: 20 } }, ctx) as ProfileViewOutput;
    const out = unpackedView(packed);
    assert.ok(ctx.moved.includes(out.flame.parent.buffer));
    // The flame tree's names as two buffers: no string per name for the host to relay.
    assert.ok(ctx.moved.includes(packed.flame.names.units.buffer) && ctx.moved.includes(packed.flame.names.ends.buffer));
    assert.equal(packed.top.names.length, 20);
    assert.ok(packed.top.rowCount > 100 && packed.top.matched === packed.top.rowCount);
    // The rest of the table stays in the worker, and a later window of it is the same table's.
    const whole = unpackedView(profileViewJob.run({ documentId: 'd1', query, widthPx: 800, top: WHOLE_TOP }, context(store)));
    const later = profileTopRowsJob.run({ documentId: 'd1', query, window: { ...WHOLE_TOP, start: 50, count: 10 } }, context(store)) as TopWindow;
    assert.deepEqual(later.names, whole.top.names.slice(50, 60));
    assert.deepEqual([...later.flat], [...whole.top.flat.slice(50, 60)]);
  });
});

describe('worker profile jobs: comparing with a base', () => {
  const DIFF_DIR = path.join(__dirname, '../../fixtures/pprof/diff');
  let store: WorkerStore;

  beforeEach(() => {
    store = new WorkerStore();
    profileOpenJob.run({ documentId: 'd', fileName: 'heap-current.pb.gz', bytes: { filePath: path.join(DIFF_DIR, 'heap-current.pb.gz') } }, context(store));
    profileSetBaseJob.run({ documentId: 'd', base: { fileName: 'heap-base.pb.gz', bytes: { filePath: path.join(DIFF_DIR, 'heap-base.pb.gz') } } }, context(store));
  });

  it('profile.view is the profile minus the base, with the diff options of the query', () => {
    const query: ProfileQuery = { sampleType: 3, granularity: 'functions', filters: [] };
    const view = unpackedView(profileViewJob.run({ documentId: 'd', query, widthPx: 1000, top: WHOLE_TOP }, context(store)));
    const row = view.top.names.indexOf('main.loadCache');
    assert.ok(row >= 0 && view.top.cum[row] < -2_000_000, `the vanished function is listed with its loss: ${view.top.cum[row]}`);
    assert.ok(view.flame.magnitude, 'diff trees carry their widths');
    assert.equal(view.total, view.diff!.baseTotal, '-diff_base: percentages of the base');
    assert.deepEqual(view.diff!.options, { subtractBase: false, normalize: false });
    const normalized = unpackedView(profileViewJob.run({ documentId: 'd', query: { ...query, diff: { subtractBase: false, normalize: true } }, widthPx: 1000, top: WHOLE_TOP }, context(store)));
    // Each scaled sample is rounded, as pprof does.
    assert.ok(Math.abs(normalized.diff!.profileTotal - normalized.diff!.baseTotal) <= 30, `normalized to the base total: ${normalized.diff!.profileTotal} vs ${normalized.diff!.baseTotal}`);
    const callers = unpackedCallers(profileCallersJob.run({ documentId: 'd', query, functionName: 'main.loadCache', widthPx: 1000 }, context(store)));
    assert.equal(callers.callers.total[0], view.top.cum[row], 'the sandwich keeps the diff');
  });

  it('a base of another kind is refused with what differs', () => {
    assert.throws(() => profileSetBaseJob.run({ documentId: 'd', base: { fileName: 'cpu.pprof', bytes: { filePath: PROFILE } } }, context(store)),
      /cpu\.pprof has sample types \[samples\/count, cpu\/nanoseconds\], this profile \[alloc_objects\/count/);
  });
});

describe('worker profile jobs: a base in another unit of the same kind', () => {
  const PRODUCERS = path.join(__dirname, '../../fixtures/pprof/producers');

  it("Node pprof's microseconds against @datadog/pprof's nanoseconds: compared in nanoseconds, as pprof does", () => {
    const store = new WorkerStore();
    profileOpenJob.run({ documentId: 'n', fileName: 'node_pprof_real_wall.pb.gz', bytes: { filePath: path.join(PRODUCERS, 'node_pprof_real_wall.pb.gz') } }, context(store));
    profileSetBaseJob.run({ documentId: 'n', base: { fileName: 'datadog_node_wall_lines_emit.pb.gz', bytes: { filePath: path.join(PRODUCERS, 'datadog_node_wall_lines_emit.pb.gz') } } }, context(store));
    const query: ProfileQuery = { sampleType: 1, granularity: 'functions', filters: [] };
    const view = unpackedView(profileViewJob.run({ documentId: 'n', query, widthPx: 1000, top: WHOLE_TOP }, context(store)));
    // go tool pprof -top -diff_base: "Showing nodes accounting for 117ms, 43.98% of 266ms total".
    assert.equal(view.total, 266_000_000);
    assert.equal(view.diff!.baseTotal, 266_000_000);
    assert.equal(view.diff!.profileTotal - view.diff!.baseTotal, 117_000_000);
  });
});
