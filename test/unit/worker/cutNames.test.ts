// A name longer than the editor lets cross (src/shared/nameLimit.ts) reaches the webview cut; the
// webview asks by that cut name (a peek, its edges, a focus or ignore filter, the callers view, a
// zoom, the Source view). Each request finds the function the name was cut from, also among two
// names that share their first 20,000 characters and differ in their last.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { profileOpenJob } from '../../../src/host/worker/jobs/profileOpen';
import { profileViewJob } from '../../../src/host/worker/jobs/profileView';
import { profilePeekJob } from '../../../src/host/worker/jobs/profilePeek';
import { profilePeekEdgesJob } from '../../../src/host/worker/jobs/profilePeekEdges';
import { profileSourceJob } from '../../../src/host/worker/jobs/profileSource';
import { profileCallersJob } from '../../../src/host/worker/jobs/profileCallers';
import { profileSubtreeJob } from '../../../src/host/worker/jobs/profileSubtree';
import { profileGraphJob } from '../../../src/host/worker/jobs/profileGraph';
import { unpackStrings, type PackedFlameTree } from '../../../src/shared/packedViews';
import { MAX_CROSSING_NAME_CHARS, parseNameReference } from '../../../src/shared/nameLimit';
import { exactFunctionPattern, PROTOCOL_LIMITS, parseProfileWebviewMessage, type ProfileQuery } from '../../../src/shared/profileProtocol';
import { useWorkerPlatform } from '../../../src/host/worker/workerPlatform';
import { nodeWorkerPlatform } from '../../../src/host/worker/nodeWorkerPlatform';
import { hostileProfiles } from '../../hostile/hostileProfiles';

useWorkerPlatform(nodeWorkerPlatform);

const names = (tree: PackedFlameTree): string[] => unpackStrings(tree.names);

async function opened(profile: string, context: JobContext, documentId: string, scale = 1): Promise<{ query: ProfileQuery; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gpe-cut-names-'));
  const file = join(dir, 'p.pb');
  writeFileSync(file, hostileProfiles[profile](scale));
  const open = await profileOpenJob.run({ documentId, fileName: 'p.pb', bytes: { filePath: file } }, context);
  return { query: { sampleType: open.summary.sampleTypes.count - 1, granularity: 'functions', filters: [] }, dir };
}

/** What the webview sends back, through the host's validation. */
function sentBack<T>(message: Record<string, unknown>): T {
  const parsed = parseProfileWebviewMessage(message);
  assert.ok(parsed, `the host refuses ${String(message.type)}`);
  return parsed as T;
}

describe('names cut to cross to the webview find their function again', function () {
  this.timeout(120_000);
  const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
  let query: ProfileQuery;
  let dir = '';
  let cutA = '', cutB = '';
  before(async () => {
    ({ query, dir } = await opened('twin-long-names', context, 'twins'));
    const view = await profileViewJob.run({ documentId: 'twins', query, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
    const cut = view.top.names.filter(n => n.length > 1000);
    assert.equal(cut.length, 2);
    for (const n of cut) assert.ok(n.length <= MAX_CROSSING_NAME_CHARS && parseNameReference(n)?.length === 25_006, n.slice(-60));
    // The top table is heaviest first: B (50) then A (10).
    [cutB, cutA] = cut;
    assert.notEqual(cutA, cutB);
    assert.deepEqual(names(view.flame).filter(n => n.length > 1000).sort(), [cutA, cutB].sort());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a peek and its edges by each cut name: that function\'s own caller', async () => {
    for (const [cut, caller, cum] of [[cutA, 'main.f', 10], [cutB, 'main.g', 50]] as const) {
      const m = sentBack<{ functionName: string }>({ type: 'peek', requestId: 1, query, functionName: cut });
      const peek = await profilePeekJob.run({ documentId: 'twins', query, functionName: m.functionName }, context);
      assert.equal(peek.functionName, cut);
      assert.deepEqual(peek.nodes.map(n => [n.func, n.cum, n.callers.edges.map(e => e.func)]), [[cut, cum, [caller]]]);
      const edges = await profilePeekEdgesJob.run({ documentId: 'twins', query, functionName: cut, edges: { node: 0, role: 'caller', start: 0, count: 5 } }, context);
      assert.deepEqual(edges.edges.map(e => e.func), [caller]);
    }
  });

  it('focus and ignore filters written for each cut name (the webview\'s exact pattern, within the protocol\'s limit)', async () => {
    for (const [cut, other, total] of [[cutA, cutB, 10], [cutB, cutA, 50]] as const) {
      const pattern = exactFunctionPattern(cut);
      assert.ok(pattern.length <= PROTOCOL_LIMITS.maxPatternLength, `${pattern.length}`);
      const focus = sentBack<{ query: ProfileQuery }>({ type: 'query', requestId: 1, query: { ...query, filters: [{ kind: 'focus', pattern }] }, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }).query;
      const focused = await profileViewJob.run({ documentId: 'twins', query: focus, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
      assert.equal(focused.shownTotal, total);
      assert.ok(focused.top.names.includes(cut) && !focused.top.names.includes(other));
      const ignored = await profileViewJob.run({ documentId: 'twins', query: { ...query, filters: [{ kind: 'ignore', pattern }, { kind: 'ignore', pattern: '^main\\.nothing$' }] }, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
      assert.equal(ignored.shownTotal, 60 - total);
      assert.ok(!ignored.top.names.includes(cut) && ignored.top.names.includes(other));
    }
  });

  it('the callers view, a zoom and the graph by each cut name', async () => {
    for (const [cut, caller] of [[cutA, 'main.f'], [cutB, 'main.g']] as const) {
      const callers = await profileCallersJob.run({ documentId: 'twins', query, functionName: cut, widthPx: 1200 }, context);
      assert.deepEqual(names(callers.callers).slice(0, 2), [cut, caller]);
      const zoom = await profileSubtreeJob.run({ documentId: 'twins', query, path: [caller, cut], widthPx: 1200 }, context);
      assert.ok(zoom.flame && names(zoom.flame)[0] === cut);
    }
    const graph = await profileGraphJob.run({ documentId: 'twins', query, nodeCount: 80 }, context);
    assert.deepEqual(graph.nodes.map(n => n.functionName).filter(n => n.length > 1000).sort(), [cutA, cutB].sort());
  });

  it('the Source view by each cut name lists that function, its own names cut', async () => {
    for (const [cut, line] of [[cutA, 30], [cutB, 40]] as const) {
      const listing = await profileSourceJob.run({ documentId: 'twins', query, functionName: cut }, context);
      assert.deepEqual(listing.routines.map(r => [r.func, r.file, r.lines.map(l => l.line)]), [[cut, 'twin.go', [line]]]);
    }
  });

  // At a tenth of its scale (a 9.6 MB name): the same cut, a tenth of the time (each view of the
  // whole 96 MB name hashes and copies it; hugeFunctionName.test.ts times the whole one).
  it('the huge name: its peek, focus and source by the cut name it was shown by', async () => {
    const huge = await opened('huge-function-name', context, 'huge', 0.1);
    try {
      const view = await profileViewJob.run({ documentId: 'huge', query: huge.query, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
      const cut = view.top.names.find(n => n.length > 1000)!;
      assert.equal(parseNameReference(cut)?.length, 'main.'.length + Math.round(96 * 2 ** 20 * 0.1));
      const peek = await profilePeekJob.run({ documentId: 'huge', query: huge.query, functionName: cut }, context);
      assert.deepEqual(peek.nodes.map(n => [n.func, n.callers.edges.map(e => e.func), n.callees.edges.map(e => e.func)]), [[cut, ['main.g'], ['main.f']]]);
      const focused = await profileViewJob.run({ documentId: 'huge', query: { ...huge.query, filters: [{ kind: 'focus', pattern: exactFunctionPattern(cut) }] }, widthPx: 1200, top: { sortKey: 'flat', descending: true, filter: '', start: 0, count: 100 } }, context);
      assert.equal(focused.shownTotal, 30);
      const listing = await profileSourceJob.run({ documentId: 'huge', query: huge.query, functionName: cut }, context);
      assert.deepEqual(listing.routines.map(r => [r.func, r.lines.map(l => l.line)]), [[cut, [30]]]);
    } finally {
      rmSync(huge.dir, { recursive: true, force: true });
    }
  });
});
