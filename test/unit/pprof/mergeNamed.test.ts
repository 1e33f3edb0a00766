// Profiles given together (`goprof top a b`, the editor's Open Profiles Merged) are merged as
// `go tool pprof a b` merges its arguments; what it refuses is one error naming the two files.
// The views of such merges are compared with pprof's in test/unit/report/mergedProfiles.golden.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncompatibleProfilesError, parseProfile, sampleTypeTotal } from '../../../src/core/pprof';
import { mergeNamedProfiles } from '../../../src/core/pprof/mergeNamed';
import { repoRoot } from './goldenTop';
import { fn, loc, sample, str, valueType } from '../../hostile/protoWriter';

const read = (rel: string) => ({ name: rel.split('/').pop()!, profile: parseProfile(readFileSync(join(repoRoot, rel))) });
const generated = (name: string) => read(`test/fixtures/pprof/generated/${name}`);
const producer = (name: string) => read(`test/fixtures/pprof/producers/${name}`);

describe('mergeNamedProfiles (pprof a b c)', () => {
  it('returns a single profile as it is', () => {
    const cpu = generated('cpu.pb.gz');
    assert.equal(mergeNamedProfiles([cpu]), cpu.profile);
  });

  it('sums every sample type and takes the first default_sample_type any profile sets', () => {
    const heap = generated('heap.pb.gz'), allocs = generated('allocs.pb.gz');
    const merged = mergeNamedProfiles([heap, allocs]);
    heap.profile.sampleTypes.forEach((_, t) => {
      assert.equal(sampleTypeTotal(merged, t), sampleTypeTotal(heap.profile, t) + sampleTypeTotal(allocs.profile, t));
    });
    // A Go heap profile sets none (its last type by default), an allocs profile alloc_space.
    assert.equal(merged.sampleTypes[merged.defaultSampleTypeIndex].type, 'alloc_space');
  });

  it('brings units of one kind to the finer one before it sums (microseconds and nanoseconds)', () => {
    const us = producer('node_pprof_wall.pb.gz'), ns = producer('datadog_node_wall_lines_emit.pb.gz');
    const merged = mergeNamedProfiles([us, ns]);
    assert.equal(merged.sampleTypes[1].unit, 'nanoseconds');
    assert.equal(merged.periodType?.unit, 'nanoseconds');
    assert.equal(sampleTypeTotal(merged, 1), sampleTypeTotal(us.profile, 1) * 1000 + sampleTypeTotal(ns.profile, 1));
  });

  it('refuses other period or sample types in one error naming both files', () => {
    const heap = generated('heap.pb.gz'), allocs = generated('allocs.pb.gz'), cpu = generated('cpu.pb.gz');
    assert.throws(() => mergeNamedProfiles([heap, allocs, cpu]), (e: Error) => e instanceof IncompatibleProfilesError
      && /^cannot merge heap\.pb\.gz and cpu\.pb\.gz: incompatible period types space\/bytes and cpu\/nanoseconds \(sample types \[alloc_objects\/count .*\] and \[samples\/count cpu\/nanoseconds\]\)$/.test(e.message));
    // fgprof writes no period type: pprof reads it as one of empty names, which matches no other.
    assert.throws(() => mergeNamedProfiles([producer('fgprof_go_wall.pb.gz'), producer('node_pprof_wall.pb.gz')]),
      /cannot merge fgprof_go_wall\.pb\.gz and node_pprof_wall\.pb\.gz: incompatible period types \(none\) and wall\/microseconds/);
    // Of one kind but other names after their units are shared: pprof's Merge refuses them too.
    const samples = { ...cpu, name: 'renamed.pb.gz', profile: { ...cpu.profile, sampleTypes: [{ type: 'sample', unit: 'count' }, cpu.profile.sampleTypes[1]] } };
    assert.throws(() => mergeNamedProfiles([cpu, samples]), /cannot merge cpu\.pb\.gz and renamed\.pb\.gz: incompatible sample types \[samples\/count cpu\/nanoseconds\] and \[sample\/count cpu\/nanoseconds\]/);
  });

  it('refuses types whose names differ past the first few the error shows, and names the first that differs', () => {
    // Ten types of one kind, the last "samples" in one and "sample" in the other: `go tool pprof -top a b`
    // (Go 1.19) refuses these with "incompatible sample types".
    const tenTypes = (last: string) => parseProfile(Buffer.concat([...['', 'samples', 'count', 'main.f', 'main.go', last].map(str),
      ...Array.from({ length: 9 }, () => valueType(1, 1, 2)), valueType(1, 5, 2), fn(1, 3, 4), loc(1, [[1, 10]]), sample([1], Array.from({ length: 10 }, (_, i) => i + 1))]));
    const a = { name: 'a.pb', profile: tenTypes('samples') }, b = { name: 'b.pb', profile: tenTypes('sample') };
    assert.equal(sampleTypeTotal(mergeNamedProfiles([a, { name: 'a2.pb', profile: tenTypes('samples') }]), 9), 20);
    assert.throws(() => mergeNamedProfiles([a, b]), (e: Error) => e instanceof IncompatibleProfilesError
      && /^cannot merge a\.pb and b\.pb: incompatible sample types \[.*\(10 in all\)\] and \[.*\(10 in all\)\] \(type 10: samples\/count and sample\/count\)$/.test(e.message));
  });
});
