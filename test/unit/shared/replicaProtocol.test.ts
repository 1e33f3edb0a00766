// The replica view's protocol: only well-formed requests naming an existing replica pass; and the
// view model built from a real comparison (the growing-leak fixture's dumps as three replicas).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReplicaWebviewMessage } from '../../../src/shared/replicaProtocol';
import { compareReplicas, packComparison } from '../../../src/core/report/replicas';
import { buildReplicaViewModel } from '../../../src/host/replicas/replicaViewModel';

const leak = join(__dirname, '../../fixtures/incident/growing-leak');

describe('replica protocol', () => {
  it('accepts ready, openMerged and openCapture of an existing replica only', () => {
    const bounds = { replicas: 3 };
    assert.deepEqual(parseReplicaWebviewMessage({ type: 'ready' }, bounds), { type: 'ready' });
    assert.deepEqual(parseReplicaWebviewMessage({ type: 'openMerged', extra: 1 }, bounds), { type: 'openMerged' });
    assert.deepEqual(parseReplicaWebviewMessage({ type: 'openCapture', replica: 2 }, bounds), { type: 'openCapture', replica: 2 });
    for (const bad of [null, 'ready', [], { type: 'openCapture', replica: 3 }, { type: 'openCapture', replica: -1 }, { type: 'openCapture', replica: 1.5 },
      { type: 'openCapture', replica: '1' }, { type: 'openFile', file: 0 }, { type: 'export' }]) {
      assert.equal(parseReplicaWebviewMessage(bad, bounds), undefined, JSON.stringify(bad));
    }
  });

  it('formats the comparison: one cell per compared replica, the worst one marked, failures listed', () => {
    const read = (f: string) => readFileSync(join(leak, f));
    const c = compareReplicas([
      { name: 'a', file: 'a.txt', bytes: read('goroutines-20261203T004629Z.txt'), elapsedMs: 120 },
      { name: 'b', error: 'Connection refused by 127.0.0.1:1', elapsedMs: 3 },
      { name: 'c', file: 'c.txt', bytes: read('goroutines-20261203T004631Z.txt'), elapsedMs: 1500 },
    ]);
    const m = buildReplicaViewModel(packComparison(c), { title: 't', folder: 'f', merged: { error: 'no profiles' }, elapsedMs: 10 });
    assert.deepEqual(m.columns, [0, 2]);
    assert.deepEqual(m.replicas.map(r => r.state), ['captured', 'failed', 'captured']);
    assert.equal(m.replicas[1].detail, 'Connection refused by 127.0.0.1:1 · 0.0 s');
    assert.match(m.replicas[2].detail, /^goroutine-dump, debug=2 text, 301 goroutines · 1\.5 s$/);
    assert.deepEqual(m.rows[0].cells, ['100', '300']);
    assert.equal(m.rows[0].worst, 1);
    assert.equal(m.rows[0].median, '200');
    assert.equal(m.merged, false);
    assert.equal(m.mergedReason, 'no profiles');
    const same = m.rows.find(r => r.cells?.[0] === r.cells?.[1]);
    assert.equal(same?.worst, -1, 'no cell is marked where the replicas agree');
  });
});
