// Names packed as one buffer of UTF-16 code units (packedViews.ts): what the worker posts in
// place of a string per name, which the extension host relayed one by one.
import assert from 'node:assert/strict';
import { packFlameTree, packStrings, unpackFlameTree, unpackStrings } from '../../../src/shared/packedViews';
import type { FlameTreeData } from '../../../src/shared/profileProtocol';

describe('packed names', () => {
  it('come back as they went, empty names, astral characters and lone surrogates included', () => {
    // A byte that is not UTF-8 in a profile's name is a lone surrogate in ours: UTF-8 would lose it.
    const names = ['', 'main.main', 'caf\udce9.Serve', '', 'pkg.(*T).M\u00e9', '\ud83d\ude80 rocket', 'x\ud800', '\udc80', ''];
    assert.deepEqual(unpackStrings(packStrings(names)), names);
    assert.deepEqual(unpackStrings(packStrings([])), []);
  });

  it('ASCII names take a byte a unit, any other list two', () => {
    assert.ok(packStrings(['main.main', 'pkg.(*T).M']).units instanceof Uint8Array);
    assert.ok(packStrings(['main.main', 'caf\u00e9']).units instanceof Uint16Array);
    assert.ok(packStrings(['main.main', 'x\udce9']).units instanceof Uint16Array);
    assert.deepEqual(unpackStrings(packStrings(['main.main', '', 'pkg.(*T).M'])), ['main.main', '', 'pkg.(*T).M']);
  });

  it('a name longer than one call of fromCharCode takes, and names across its pieces', () => {
    const long = 'a'.repeat(1 << 20) + '\udce9' + 'b'.repeat(9000);
    const names = ['x'.repeat(8191), 'yz', long, 'q'.repeat(8193)];
    assert.deepEqual(unpackStrings(packStrings(names)), names);
  });

  it('a flame tree keeps its columns and name lists', () => {
    const flame: FlameTreeData = {
      names: ['root', 'a.F file.go:1'], functionNames: ['root', 'a.F'], files: ['', 'file.go'],
      parent: Int32Array.from([-1, 0]), name: Uint32Array.from([0, 1]), file: Uint32Array.from([0, 1]), line: Uint32Array.from([0, 1]),
      total: Float64Array.from([5, 5]), self: Float64Array.from([0, 5]), flags: Uint8Array.from([0, 0]), mergedBelow: 2,
    };
    assert.deepEqual(unpackFlameTree(packFlameTree(flame)), flame);
    const { functionNames: _, ...plain } = flame;
    assert.ok(!('functionNames' in unpackFlameTree(packFlameTree(plain))));
  });

  it('400,000 names cross as two typed arrays, one byte per ASCII unit, and come back whole', () => {
    const names = Array.from({ length: 400_000 }, (_, i) => `example.com/svc/pkg${i % 97}.(*Type${i}).Method${i}`);
    const packed = packStrings(names);
    // What the host copies is these two buffers, not 400,000 strings (which took it seconds).
    assert.deepEqual(Object.keys(packed).sort(), ['ends', 'units']);
    assert.ok(packed.units instanceof Uint8Array, 'ASCII names packed one byte a unit');
    assert.equal(packed.units.length, names.reduce((sum, n) => sum + n.length, 0));
    assert.equal(packed.ends.length, names.length);
    assert.deepEqual(unpackStrings(packed), names);
  });
});
