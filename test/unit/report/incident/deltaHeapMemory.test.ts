// The incident's memory sentence when the folder's heap profile is a delta (`/debug/pprof/heap?seconds=N`):
// the incident leaves it out of the join, and the sentence says why rather than that the folder has no heap profile.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIncident } from '../../../../src/core/report/incident';
import { readProfile } from '../../../../src/core/input';
import { encodeProfileProto } from '../../../../src/core/pprof/encodeProto';

const corpus = join(__dirname, '../../../fixtures/corpus');
const file = (name: string) => new Uint8Array(readFileSync(join(corpus, name)));

describe('incident memory accounting with a delta heap profile', () => {
  it('a real service\'s captures (hodis: a 10 s delta heap beside its goroutine and CPU profiles)', () => {
    const incident = buildIncident([
      { path: 'goroutine.pprof', bytes: file('real_hodis_goroutine.pprof') },
      { path: 'heap.pprof', bytes: file('real_hodis_heap.pprof') },
      { path: 'cpu.pprof', bytes: file('real_hodis_cpu.pprof') },
    ]);
    assert.equal(incident.heapPath, null, 'a delta is not the heap in use: not joined');
    assert.equal(incident.memory.explained,
      'heap.pprof holds only the change over its seconds (a delta profile), not the heap in use, and the folder has no MemStats: the process\'s memory is not known.');
  });

  it('another program\'s heap profile written as a 30 s delta, in a subfolder, with no dump', () => {
    const heap = readProfile(file('pyro_go_heap.pb.gz'));
    const delta = encodeProfileProto({ ...heap, durationNanos: 30e9 });
    const incident = buildIncident([{ path: 'pods/api-0/heap-delta.pb', bytes: delta }]);
    assert.equal(incident.heapPath, null);
    assert.match(incident.memory.explained, /^pods\/api-0\/heap-delta\.pb holds only the change over its seconds \(a delta profile\)/);
    // The same bytes as a snapshot are the heap in use: the usual sentence.
    const snapshot = buildIncident([{ path: 'heap.pb', bytes: encodeProfileProto({ ...heap, durationNanos: 0 }) }]);
    assert.equal(snapshot.heapPath, 'heap.pb');
    assert.match(snapshot.memory.explained, /^The heap profile shows /);
  });

  it('no heap profile at all: the folder has none', () => {
    const incident = buildIncident([{ path: 'goroutine.pprof', bytes: file('real_hodis_goroutine.pprof') }]);
    assert.equal(incident.memory.explained, 'No heap profile and no MemStats in the folder: the process\'s memory is not known.');
  });
});
