// Replicas are read one at a time: each capture is read once, its rows and its profile taken (the
// profile into a merge of at most MERGE_BATCH at once, merges of merges above), and let go before the
// next. 10^4 replicas of one small heap profile held every decoded profile at once, twice over (the
// comparison's read, then the merge's): 1.17 GB peak RSS for 28 MB of captures. The merge of merges
// is pprof's merge of all (byte for byte the same profile written), and what it holds stays a few batches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareAndMergeReplicas, compareReplicas, MERGE_BATCH, mergeReplicaProfiles, StreamedMerge, type ReplicaInput } from '../../../../src/core/report/replicas';
import { encodeProfileProto } from '../../../../src/core/pprof/encodeProto';
import { mergeNamedProfiles } from '../../../../src/core/pprof/mergeNamed';
import { parseProfile, type Profile } from '../../../../src/core/pprof';
import { nodeGunzip } from '../../../../src/node/gunzip';

const fixtures = join(__dirname, '../../../fixtures');
// Go heap profiles of one kind (four sample types): the growing leak's three captures and the generated one.
const HEAPS = ['incident/growing-leak/heap-20261203T004629Z.pb.gz', 'incident/growing-leak/heap-20261203T004630Z.pb.gz',
  'incident/growing-leak/heap-20261203T004631Z.pb.gz', 'pprof/generated/heap.pb.gz'].map(f => parseProfile(readFileSync(join(fixtures, f))));

/** Replica i: heap i % 4 with its first sample's values changed by i, so no two replicas are the same. */
function replicas(n: number): { inputs: ReplicaInput[]; profiles: Profile[] } {
  const inputs: ReplicaInput[] = [], profiles: Profile[] = [];
  for (let i = 0; i < n; i++) {
    const p = HEAPS[i % HEAPS.length];
    const values = Float64Array.from(p.samples.values);
    for (let v = 0; v < p.samples.valueCount; v++) values[v] += i;
    const bytes = gzipSync(encodeProfileProto({ ...p, samples: { ...p.samples, values } }));
    inputs.push({ name: `replica-${i}`, file: `replica-${i}.pb.gz`, bytes });
    profiles.push(parseProfile(bytes));
  }
  return { inputs, profiles };
}

describe('replicas read one at a time: the merge a batch at a time', function () {
  this.timeout(300_000);

  it(`1,100 replicas of four real heap profiles: the merge of merges of ${MERGE_BATCH} is the merge of all, byte for byte`, () => {
    const { inputs, profiles } = replicas(1_100);
    const streamed = mergeReplicaProfiles(inputs, { gunzip: nodeGunzip });
    assert.ok('profile' in streamed, 'error' in streamed ? streamed.error : '');
    assert.deepEqual(streamed.merged, inputs.map(i => i.name));
    const all = mergeNamedProfiles(profiles.map((profile, i) => ({ name: inputs[i].name, profile })));
    assert.deepEqual(encodeProfileProto(streamed.profile), encodeProfileProto(all));
  });

  it('the comparison and the merge from one read of each capture: compareReplicas\' rows, the merge of all', () => {
    const { inputs, profiles } = replicas(100);
    const both = compareAndMergeReplicas(inputs, { gunzip: nodeGunzip });
    assert.deepEqual(both.comparison, compareReplicas(inputs, { gunzip: nodeGunzip }));
    assert.equal(both.comparison.compared.length, 100);
    assert.ok('profile' in both.merge);
    assert.deepEqual(encodeProfileProto(both.merge.profile), encodeProfileProto(mergeNamedProfiles(profiles.map((profile, i) => ({ name: inputs[i].name, profile })))));
  });

  it('10^4 profiles merged one at a time: at most a batch a level held, the sums every profile\'s', () => {
    const merge = new StreamedMerge();
    const p = HEAPS[3];
    let most = 0;
    for (let i = 0; i < 10_000; i++) {
      merge.add({ name: `r${i}`, profile: p });
      most = Math.max(most, merge.held);
    }
    // 10^4 < 32^3: three levels of at most 32.
    assert.ok(most <= 3 * MERGE_BATCH, `${most} held`);
    const merged = merge.finish();
    assert.ok('profile' in merged);
    const total = (q: Profile, t: number) => { let s = 0; for (let i = 0; i < q.samples.count; i++) s += q.samples.values[i * q.samples.valueCount + t]; return s; };
    for (let t = 0; t < p.sampleTypes.length; t++) assert.equal(total(merged.profile, t), 10_000 * total(p, t), p.sampleTypes[t].type);
    assert.ok(merged.profile.samples.count <= p.samples.count, 'equal samples summed, not gathered 10^4 times');
  });

  it('a replica of another kind past the first batch: the merge refused naming two replicas, the comparison still made', () => {
    const { inputs } = replicas(40);
    const cpu = readFileSync(join(fixtures, 'pprof/generated/cpu.pb.gz'));
    inputs[37] = { name: 'replica-37', file: 'cpu.pb.gz', bytes: cpu };
    const { comparison, merge } = compareAndMergeReplicas(inputs, { gunzip: nodeGunzip });
    assert.ok('error' in merge);
    // Its batch not full: merged with the first batch's merge at the end, named as one merge of all names it.
    assert.match(merge.error, /^cannot merge replica-0 and replica-37: incompatible period types space\/bytes and cpu\/nanoseconds/);
    assert.equal(comparison.compared.length, 39);
    assert.match(comparison.replicas[37].error ?? '', /has no inuse_space samples/);
    // In a full batch (70 replicas: 32–63 merged as one), the batch's first is named beside it.
    const more = replicas(70).inputs;
    more[37] = { name: 'replica-37', file: 'cpu.pb.gz', bytes: cpu };
    const full = mergeReplicaProfiles(more, { gunzip: nodeGunzip });
    assert.ok('error' in full);
    assert.match(full.error, /^cannot merge replica-32 and replica-37: incompatible/);
  });
});
