// Many replicas in the replica view: past the replicas that fit side by side, a row crosses as its
// summary (min, median, max, the farthest replicas, a histogram of fixed steps), so what the view
// gets per row does not grow with the replicas; every replica's value comes when the view asks for
// the row (the capture thread keeps the rows shown, `HeldReplicaRows`). The comparison reads each
// capture when it comes to it (`ReplicaInput.read`). Real inputs: the growing-leak fixture's three
// dumps (100, 200 and 300 goroutines leaking) and heap profiles as the replicas' captures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReplicas, packComparison, type ReplicaComparison, type ReplicaInput } from '../../../../src/core/report/replicas';
import { buildReplicaViewModel, replicaRowCells } from '../../../../src/host/replicas/replicaViewModel';
import { HeldReplicaRows, MAX_HELD_VIEWS } from '../../../../src/host/replicas/heldReplicaRows';
import { FARTHEST_REPLICAS, REPLICA_HISTOGRAM_STEPS, SIDE_BY_SIDE_COLUMNS, parseReplicaWebviewMessage } from '../../../../src/shared/replicaProtocol';
import { formatCount, formatValue } from '../../../../src/core/format';

const leak = join(__dirname, '../../../fixtures/incident/growing-leak');
const DUMPS = ['goroutines-20261203T004629Z.txt', 'goroutines-20261203T004630Z.txt', 'goroutines-20261203T004631Z.txt'].map(f => readFileSync(join(leak, f)));
const HEAPS = ['heap-20261203T004629Z.pb.gz', 'heap-20261203T004630Z.pb.gz', 'heap-20261203T004631Z.pb.gz'].map(f => readFileSync(join(leak, f)));

/** `n` replicas, the i-th answering with captures[pick(i)], read when the comparison comes to it; `reads` records the order. */
function replicas(n: number, captures: readonly Buffer[], pick: (i: number) => number, reads: number[]): ReplicaInput[] {
  return Array.from({ length: n }, (_, i) => ({ name: `pod-${i}`, file: `pod-${i}.txt`, read: () => { reads.push(i); return captures[pick(i)]; } }));
}

function modelOf(c: ReplicaComparison) {
  return buildReplicaViewModel(packComparison(c), { title: 't', folder: 'f', merged: { error: 'not asked' }, elapsedMs: 0 });
}

describe('many replicas: a row\'s summary crosses, the whole row on demand', function () {
  this.timeout(300_000);

  it('600 replicas\' dumps: each row\'s min, median, max, farthest and histogram are those of its values; every value on demand', () => {
    const reads: number[] = [];
    // Most replicas have the first dump, every 50th the second; every 97th the last (the leak grown most): the odd ones out.
    const c = compareReplicas(replicas(600, DUMPS, i => (i % 97 === 5 ? 2 : i % 50 === 3 ? 1 : 0), reads));
    assert.deepEqual(reads, Array.from({ length: 600 }, (_, i) => i), 'each capture read once, in turn');
    const m = modelOf(c);
    assert.equal(m.columns.length, 600);
    const format = formatCount;
    m.rows.forEach((row, r) => {
      const values = c.compared.map(name => c.rows[r].values[name]);
      assert.equal(row.cells, undefined, 'no cell per replica past the side-by-side columns');
      assert.equal(row.min, format(Math.min(...values)));
      assert.equal(row.max, format(Math.max(...values)));
      assert.equal(row.median, format(c.rows[r].median));
      assert.equal(row.histogram.length, REPLICA_HISTOGRAM_STEPS);
      assert.equal(row.histogram.reduce((a, b) => a + b, 0), 600);
      const min = Math.min(...values), max = Math.max(...values);
      if (max > min) {
        assert.equal(row.histogram[0], values.filter(v => v < min + (max - min) / REPLICA_HISTOGRAM_STEPS).length);
        assert.equal(row.histogram[REPLICA_HISTOGRAM_STEPS - 1], values.filter(v => v >= min + ((max - min) * (REPLICA_HISTOGRAM_STEPS - 1)) / REPLICA_HISTOGRAM_STEPS).length);
      }
      // The farthest: the replicas furthest from the median, the first among equals, none at the median.
      const distance = (j: number) => Math.abs(values[j] - c.rows[r].median);
      const byDistance = values.map((_, j) => j).filter(j => distance(j) > 0).sort((a, b) => distance(b) - distance(a) || a - b).slice(0, FARTHEST_REPLICAS);
      assert.deepEqual(row.farthest, byDistance.map(j => ({ column: j, value: format(values[j]) })));
      if (row.worst >= 0) assert.equal(c.compared[row.worst], c.rows[r].worst);
    });
    // The leaking group's row names a replica of the grown dump first.
    const first = m.rows[0];
    assert.deepEqual(first.farthest.map(f => c.compared[f.column]), ['pod-5', 'pod-102', 'pod-199']);
    assert.equal(c.compared[first.worst], 'pod-5');
    // Every value of a row, in the columns' order, when the view asks for it.
    const held = new HeldReplicaRows();
    held.hold('v', packComparison(c).rows);
    assert.deepEqual(parseReplicaWebviewMessage({ type: 'replicaRow', row: 0 }, { replicas: 600, rows: m.rows.length }), { type: 'replicaRow', row: 0 });
    assert.equal(parseReplicaWebviewMessage({ type: 'replicaRow', row: m.rows.length }, { replicas: 600, rows: m.rows.length }), undefined);
    assert.equal(parseReplicaWebviewMessage({ type: 'replicaRow', row: 0 }, { replicas: 600 }), undefined, 'no rows before a model');
    for (let r = 0; r < m.rows.length; r++) assert.deepEqual(held.cells('v', r), c.compared.map(name => format(c.rows[r].values[name])));
  });

  it('what crosses per row does not grow with the replicas (60, 600 replicas), and the few that fit side by side keep a cell each', () => {
    const rowChars = (n: number) => {
      const m = modelOf(compareReplicas(replicas(n, DUMPS, i => i % 3, [])));
      return Math.max(...m.rows.map(r => JSON.stringify(r).length));
    };
    const at60 = rowChars(60), at600 = rowChars(600);
    assert.ok(at600 <= at60 + 40, `a row: ${at60} chars of 60 replicas, ${at600} of 600`);
    const few = modelOf(compareReplicas(replicas(SIDE_BY_SIDE_COLUMNS, DUMPS, i => i % 3, [])));
    assert.ok(few.rows.every(r => r.cells?.length === SIDE_BY_SIDE_COLUMNS));
  });

  it('profiles: values formatted in their unit; a capture that cannot be read is that replica\'s error, the others compared', () => {
    const inputs: ReplicaInput[] = [
      ...replicas(40, HEAPS, i => (i === 7 ? 2 : 0), []),
      { name: 'gone', file: '/nowhere/heap.pb.gz', read: () => { throw new Error('ENOENT: no such file'); } },
    ];
    const c = compareReplicas(inputs);
    assert.equal(c.replicas[40].error, 'cannot read /nowhere/heap.pb.gz: ENOENT: no such file');
    assert.equal(c.compared.length, 40);
    const packed = packComparison(c);
    const m = modelOf(c);
    const r0 = c.rows[0];
    assert.equal(m.rows[0].max, formatValue(Math.max(...Object.values(r0.values)), r0.unit));
    assert.equal(c.compared[m.rows[0].farthest[0].column], 'pod-7');
    assert.deepEqual(replicaRowCells(packed.rows[0]), c.compared.map(name => formatValue(r0.values[name], r0.unit)));
  });

  it('the capture thread keeps the rows of the latest views only, and lets a closed view\'s go', () => {
    const held = new HeldReplicaRows();
    const rows = packComparison(compareReplicas(replicas(3, DUMPS, i => i, []))).rows;
    for (let v = 0; v <= MAX_HELD_VIEWS; v++) held.hold(`v${v}`, rows);
    assert.throws(() => held.cells('v0', 0), /no longer held/);
    assert.equal(held.cells('v1', 0).length, 3);
    held.release('v1');
    assert.throws(() => held.cells('v1', 0), /no longer held/);
    assert.throws(() => held.cells('v2', rows.length), /not in the comparison/);
  });
});
