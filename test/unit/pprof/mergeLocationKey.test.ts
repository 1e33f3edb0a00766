// pprof's merge keys a location by its mapping's key (not its id), the address within that
// mapping, its folding and its lines (each function by its key, not its id, and the line number):
// locations equal by that key are one, a sample of each is one sample. One location per way of
// differing by one part; the groups below are what `go tool pprof -raw` (Go 1.19) printed for
// these bytes: samples 1+2 and 8+9 merged, every other apart.
import assert from 'node:assert/strict';
import { Profile as ProtoProfile, StringTable } from 'pprof-format';
import { mergeSamples, parseProfile } from '../../../src/core/pprof';

function locationsOfEveryKind(): Uint8Array {
  const st = new StringTable();
  const f = st.dedup('main.f'), file = st.dedup('main.go'), binary = st.dedup('/bin/app');
  return new ProtoProfile({
    stringTable: st,
    sampleType: [{ type: st.dedup('samples'), unit: st.dedup('count') }],
    // Two mappings of one key (the size, the offset, the file), other ids and starts.
    mapping: [{ id: 1, memoryStart: 0x1000, memoryLimit: 0x2000, filename: binary }, { id: 2, memoryStart: 0x5000, memoryLimit: 0x6000, filename: binary }],
    // Functions 1 and 2 of one key; 3 another name.
    function: [{ id: 1, name: f, systemName: f, filename: file }, { id: 2, name: f, systemName: f, filename: file }, { id: 3, name: st.dedup('main.g'), systemName: f, filename: file }],
    location: [
      { id: 1, mappingId: 1, address: 0x1010, line: [{ functionId: 1, line: 5 }] },
      { id: 2, mappingId: 2, address: 0x5010, line: [{ functionId: 2, line: 5 }] },
      { id: 3, mappingId: 1, address: 0x1018, line: [{ functionId: 1, line: 5 }] },
      { id: 4, mappingId: 1, address: 0x1010, line: [{ functionId: 1, line: 6 }] },
      { id: 5, mappingId: 1, address: 0x1010, line: [{ functionId: 3, line: 5 }] },
      { id: 6, mappingId: 1, address: 0x1010, line: [{ functionId: 1, line: 5 }], isFolded: true },
      { id: 7, mappingId: 1, address: 0x1010, line: [{ functionId: 1, line: 5 }, { functionId: 1, line: 5 }] },
      { id: 8, address: 0x1010, line: [{ functionId: 1, line: 5 }] },
      { id: 9, address: 0x1010, line: [{ functionId: 2, line: 5 }] },
    ],
    sample: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(id => ({ locationId: [id], value: [2 ** id] })),
  }).encode();
}

describe('mergeSamples: locations equal by pprof\'s key', () => {
  it('merges a location of another mapping or function id of the same key, keeps apart one differing in address, line, function, folding, inlining or mapping', () => {
    const merged = mergeSamples(parseProfile(locationsOfEveryKind()));
    // Each sample's value is 2^id: a sum names the samples merged into it.
    const values = [...merged.samples.values].sort((a, b) => a - b);
    assert.deepEqual(values, [2 ** 1 + 2 ** 2, 2 ** 3, 2 ** 4, 2 ** 5, 2 ** 6, 2 ** 7, 2 ** 8 + 2 ** 9].sort((a, b) => a - b));
  });
});
