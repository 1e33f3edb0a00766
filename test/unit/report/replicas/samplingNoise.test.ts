// Replicas whose heap profiles are sampled at Go's default rate (512 KiB): a function one sample or
// two apart on one replica is not "the odd one out". Captures of one Go program a few seconds apart
// stand for the replicas (test/fixtures/incident/sampled-growth: leakRecords keeps 3 MiB more each
// second, sessionNotes moves by single samples of 512.5 KiB).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReplicas, packComparison, replicaSamplingNoise, standsOut, type ReplicaInput } from '../../../../src/core/report/replicas';
import { buildReplicaViewModel } from '../../../../src/host/replicas/replicaViewModel';

const folder = join(__dirname, '../../../fixtures/incident/sampled-growth');
const KiB = 1024, MiB = 1024 * KiB;
const replica = (name: string, file: string): ReplicaInput => ({ name, file, bytes: readFileSync(join(folder, file)) });

describe('replica comparison and sampling noise', () => {
  it('the noise: two and a half samples at least, more where each replica holds many samples of a function', () => {
    assert.equal(replicaSamplingNoise(0, 512 * KiB), 1.25 * MiB);
    // 4 MiB is 8 samples give or take 2.8 on each replica: twice the spread of a difference is 4 MiB.
    assert.equal(replicaSamplingNoise(4 * MiB, 512 * KiB), 4 * MiB);
    assert.equal(replicaSamplingNoise(100 * MiB, 1), 0, 'every allocation recorded: exact');
  });

  it('heap profiles at the default rate: the leaking function stands out, a sample or two does not, and the view highlights only the first', () => {
    const inputs = [
      replica('api-0', 'heap-20261205T224613Z.pb.gz'), replica('api-1', 'heap-20261205T224614Z.pb.gz'), replica('api-2', 'heap-20261205T224617Z.pb.gz'),
    ];
    const c = compareReplicas(inputs);
    const row = (func: string) => {
      const r = c.rows.find(x => x.name === func);
      assert.ok(r, `${func} in ${c.rows.map(x => x.name).join(', ')}`);
      return r;
    };
    const records = row('main.leakRecords');
    assert.equal(records.worst, 'api-2');
    assert.ok(records.values['api-2'] > 12 * MiB, String(records.values['api-2']));
    assert.equal(standsOut(records), true);
    assert.equal(c.rows[0], records);

    const notes = row('main.sessionNotes');
    assert.deepEqual(Object.values(notes.values), [0, 0, 1049600]);
    assert.equal(notes.distance, 1049600);
    assert.equal(notes.noise, 1.25 * MiB);
    assert.equal(standsOut(notes), false);
    assert.ok(c.rows.indexOf(notes) > c.rows.map(standsOut).lastIndexOf(true), 'rows within the noise come after those that stand out');
    assert.ok(c.answer.every(s => !s.includes('main.sessionNotes')), c.answer.join('\n'));
    assert.match(c.answer[0], /^api-2 has [\d.]+ MiB inuse_space in main\.leakRecords, the others 0 B to [\d.]+ MiB$/);

    const model = buildReplicaViewModel(packComparison(c), { title: 't', folder: 'f', merged: { error: 'not asked' }, elapsedMs: 0 });
    const shown = (func: string) => model.rows.find(r => r.name === func)!;
    assert.equal(shown('main.leakRecords').worst, 2);
    assert.equal(shown('main.sessionNotes').worst, -1, 'no replica highlighted for a sample\'s difference');
  });

  it('goroutine counts are exact: a difference of one goroutine stands out', () => {
    const c = compareReplicas([
      replica('api-0', 'goroutines-20261205T224614Z.txt'), replica('api-1', 'goroutines-20261205T224614Z.txt'), replica('api-2', 'goroutines-20261205T224615Z.txt'),
    ].map((r, i) => ({ ...r, file: `${i}-${r.file}` })));
    const waiter = c.rows.find(r => r.name.startsWith('main.leakWaiter'))!;
    assert.deepEqual(Object.values(waiter.values), [1, 1, 2]);
    assert.equal(waiter.noise, 0);
    assert.equal(standsOut(waiter), true);
    assert.match(c.answer[0], /^api-2 has 2 goroutines in main\.leakWaiter/);
  });
});
