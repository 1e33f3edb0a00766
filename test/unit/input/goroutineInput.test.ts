import assert from 'node:assert/strict';
import { gzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, readGoroutines as analyzeGoroutineInput } from '../../../src/core/input';

const corpus = (name: string) => readFileSync(join(__dirname, '../../fixtures/corpus', name));
const sample = (name: string) => readFileSync(join(__dirname, '../../../samples/kube-apiserver-incident', name));

describe('analyzeGoroutineInput', () => {
  it('reads a goroutine profile.proto like its debug=1 text of the same instant', () => {
    // gpn_goroutine_debug0.pb.gz and gpn_goroutine_debug1.txt were written at the same instant (SOURCES.tsv).
    const proto = analyzeGoroutineInput(corpus('gpn_goroutine_debug0.pb.gz'));
    const text = analyzeGoroutineInput(corpus('gpn_goroutine_debug1.txt'));
    assert.equal(proto.total, 9);
    assert.equal(proto.total, text.total);
    // The text form hides the runtime frames above the first non-runtime one (runtime.gopark…),
    // and each form was written by its own closure (main.glob..func3 / func4): compare the rest.
    const counts = (a: typeof proto) => a.groups
      .map(g => { const i = g.frames.findIndex(f => !f.func.startsWith('runtime.')); return `${g.count} ${g.frames.slice(i).map(f => f.func).join('<')}`; })
      .filter(k => !k.includes('main.glob..func'))
      .sort();
    assert.equal(counts(proto).length, 7);
    assert.deepEqual(counts(proto), counts(text));
    assert.ok(proto.groups.some(g => g.labels.test_label === 'test_value'));
  });

  it('puts the DeleteCollection leak first in the sample goroutine profile, with its labels', () => {
    const a = analyzeGoroutineInput(sample('goroutine.pb.gz'));
    assert.equal(a.total, 18410);
    const first = a.groups[0];
    assert.equal(first.count, 18000);
    assert.equal(first.state, 'chan send');
    assert.ok(first.stateInferred);
    assert.match(first.suspect ?? '', /^18,000 goroutines blocked on chan send in registry\.\(\*Store\)\.DeleteCollection\.func1 \(store\.go:181\)/);
    assert.deepEqual(first.labels, { verb: 'deletecollection', resource: 'configmaps' });
  });

  it('detects a gzipped proto by its bytes even when it is named .txt', () => {
    const a = analyzeGoroutineInput(corpus('real_audiofile_goroutine_proto_misnamed.pb.gz'));
    assert.equal(a.total, 3);
  });

  it('scans gzipped text as the text it unzips to (fflate here, zlib in Node callers)', () => {
    for (const fixture of ['demo_debug2.txt', 'demo_debug1.txt']) {
      const text = readFileSync(`test/fixtures/goroutines/${fixture}`);
      const plain = analyzeGoroutineInput(text);
      const unzipped = analyzeGoroutineInput(gzipSync(text));
      assert.deepEqual(unzipped.groups, plain.groups);
      assert.equal(unzipped.total, plain.total);
    }
    assert.throws(() => analyzeGoroutineInput(gzipSync(gzipSync(new TextEncoder().encode('goroutine 1 [running]:\n')))), /decompresses to more gzip data/);
  });

  it('refuses a profile of another kind with one clear error', () => {
    assert.throws(() => analyzeGoroutineInput(sample('heap.pb.gz')), (e: Error) => e instanceof InputError && /not a goroutine profile: its sample types are alloc_objects, alloc_space, inuse_objects, inuse_space/.test(e.message));
  });
});
