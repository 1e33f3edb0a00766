// Shortcuts of the merge that skip a hash table when its answer is known: locations whose
// addresses within their mappings are all apart are all distinct, samples whose leaves are all
// apart are all distinct, and a diff's side made of the first side's very locations is mapped to
// the first of each key. Each is checked against the table's answer on the same locations.
import assert from 'node:assert/strict';
import { Profile as ProtoProfile, StringTable } from 'pprof-format';
import { diffProfiles, mergeSamples, parseProfile, type Profile } from '../../../src/core/pprof';
import { addressOrder, firstOfEqualLocations, LocationKeyTable } from '../../../src/core/pprof/locationKeys';
import { columnsOf } from '../../../src/core/pprof/locationColumns';

interface Loc { mapping: number; address: number; fn: number; line: number }

/** A profile of these locations (mapping 0: none), a sample each of value i + 1 unless listed as zero, then the `unsampled` ones. */
function profileOf(locs: Loc[], zeroSamples: ReadonlySet<number> = new Set(), unsampled: Loc[] = []): Profile {
  const st = new StringTable();
  const file = st.dedup('main.go'), binary = st.dedup('/bin/app');
  return parseProfile(new ProtoProfile({
    stringTable: st,
    sampleType: [{ type: st.dedup('samples'), unit: st.dedup('count') }],
    // Mappings 1 and 2 share a key (size, offset, file) from other starts.
    mapping: [{ id: 1, memoryStart: 0x1000, memoryLimit: 0x9000, filename: binary }, { id: 2, memoryStart: 0x11000, memoryLimit: 0x19000, filename: binary }],
    function: [1, 2, 3].map(id => ({ id, name: st.dedup(`main.f${id === 2 ? 1 : id}`), filename: file })),
    location: [...locs, ...unsampled].map((l, i) => ({ id: i + 1, mappingId: l.mapping, address: l.address, line: [{ functionId: l.fn, line: l.line }] })),
    sample: locs.map((_, i) => ({ locationId: [i + 1], value: [zeroSamples.has(i) ? 0 : i + 1] })),
  }).encode());
}

/** What the key table alone answers (firstOfEqualLocations before its shortcut). */
function firstByTable(p: Profile): number[] {
  const columns = columnsOf(p);
  const table = new LocationKeyTable(p.functions, p.mappings, columns.count);
  const source = table.addSource(columns);
  return Array.from({ length: columns.count }, (_, l) => { const seen = table.findOrAdd(source, l, l); return seen < 0 ? l : seen; });
}

/** A small generator of its own, so every run draws the same locations. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x >>> 8; };
}

function randomLocations(n: number, addresses: number, seed: number): Loc[] {
  const next = numbers(seed);
  return Array.from({ length: n }, () => {
    const mapping = next() % 3;
    return { mapping, address: (mapping === 2 ? 0x11000 : 0x1000) + 8 * (next() % addresses), fn: 1 + next() % 3, line: 1 + next() % 2 };
  });
}

describe('merge shortcuts: locations and samples known apart', () => {
  it('finds the first of equal locations as the key table does, addresses apart or not', () => {
    // Addresses drawn from 5, 50 or 5,000 per mapping: many equal, some, or (nearly) none.
    for (const [addresses, seed] of [[5, 1], [50, 2], [5000, 3], [5000, 4]]) {
      const p = profileOf(randomLocations(600, addresses, seed));
      assert.deepEqual(Array.from(firstOfEqualLocations(p.functions, p.mappings, columnsOf(p))), firstByTable(p), `${addresses} addresses, seed ${seed}`);
    }
    // Every address its own: each location the first of its key.
    const apart = profileOf(randomLocations(600, 1, 8).map((l, i) => ({ ...l, address: (l.mapping === 2 ? 0x11000 : 0x1000) + 8 * i })));
    assert.deepEqual(Array.from(firstOfEqualLocations(apart.functions, apart.mappings, columnsOf(apart))), firstByTable(apart));
    assert.deepEqual(firstByTable(apart), Array.from({ length: 600 }, (_, l) => l));
  });

  it('keeps apart locations at one address within two mappings of one key when their lines differ, and merges them when they agree', () => {
    const p = profileOf([
      { mapping: 1, address: 0x1010, fn: 1, line: 1 }, { mapping: 2, address: 0x11010, fn: 3, line: 1 },
      { mapping: 2, address: 0x11010, fn: 2, line: 1 }, { mapping: 1, address: 0x1020, fn: 1, line: 1 },
    ]);
    // Location 3 is location 1 again: mapping 2's key is mapping 1's, function 2's key is function 1's.
    assert.deepEqual(Array.from(firstOfEqualLocations(p.functions, p.mappings, columnsOf(p))), [0, 1, 0, 3]);
    assert.deepEqual(firstByTable(p), [0, 1, 0, 3]);
  });

  it('answers the same columns and tables again from the first answer, and other tables anew', () => {
    const p = profileOf([
      { mapping: 1, address: 0x1010, fn: 1, line: 1 }, { mapping: 2, address: 0x11010, fn: 3, line: 1 },
      { mapping: 2, address: 0x11010, fn: 2, line: 1 }, { mapping: 1, address: 0x1020, fn: 1, line: 1 },
    ]);
    const columns = columnsOf(p);
    const first = firstOfEqualLocations(p.functions, p.mappings, columns);
    assert.equal(firstOfEqualLocations(p.functions, p.mappings, columns), first);
    // Function 2 no longer function 1's key: location 2 is its own.
    const functions = p.functions.map(f => f.id === 2 ? { ...f, name: 'other' } : f);
    assert.deepEqual(Array.from(firstOfEqualLocations(functions, p.mappings, columns)), [0, 1, 2, 3]);
  });

  it('answers locations at addresses too large for an address order as the key table does', () => {
    // Past 2^53 over the order's scale (2^51 here, with 3 locations): each apart, then two alike.
    const high = 2 ** 52;
    const apart = profileOf([{ mapping: 0, address: high, fn: 1, line: 1 }, { mapping: 0, address: high + 8, fn: 1, line: 1 }, { mapping: 0, address: 16, fn: 1, line: 1 }]);
    assert.equal(addressOrder(apart.mappings, columnsOf(apart)), undefined);
    assert.deepEqual(Array.from(firstOfEqualLocations(apart.functions, apart.mappings, columnsOf(apart))), [0, 1, 2]);
    const alike = profileOf([{ mapping: 0, address: high, fn: 1, line: 1 }, { mapping: 0, address: 16, fn: 1, line: 1 }, { mapping: 0, address: high, fn: 1, line: 1 }]);
    assert.deepEqual(Array.from(firstOfEqualLocations(alike.functions, alike.mappings, columnsOf(alike))), [0, 1, 0]);
    assert.deepEqual(firstByTable(alike), [0, 1, 0]);
  });

  it("sorts a side's addresses once for its merge and the diff's combine", () => {
    const p = profileOf(randomLocations(300, 1 << 20, 11).map((l, i) => ({ ...l, address: (l.mapping === 2 ? 0x11000 : 0x1000) + 8 * i })));
    const columns = columnsOf(p);
    const order = addressOrder(p.mappings, columns);
    assert.ok(order);
    assert.equal(addressOrder(p.mappings, columns), order);
    assert.deepEqual(Array.from(firstOfEqualLocations(p.functions, p.mappings, columns)), firstByTable(p));
  });

  it('keeps a sample per leaf apart, the zeros dropped, in the order read', () => {
    const locs = randomLocations(400, 1 << 20, 7).map((l, i) => ({ ...l, address: (l.mapping === 2 ? 0x11000 : 0x1000) + 8 * i }));
    const zeros = new Set([0, 17, 399]);
    const merged = mergeSamples(profileOf(locs, zeros));
    const expected = locs.map((_, i) => i).filter(i => !zeros.has(i));
    assert.deepEqual(Array.from(merged.samples.values), expected.map(i => i + 1));
    assert.deepEqual(Array.from(merged.samples.locations), expected);
  });

  it('merges samples whose leaves meet through equal locations, as without the shortcuts', () => {
    const p = profileOf(randomLocations(300, 20, 11));
    const merged = mergeSamples(p);
    // Each group's sum is of the samples whose locations the table calls equal.
    const first = firstByTable(p);
    const sums = new Map<number, number>();
    first.forEach((f, i) => sums.set(f, (sums.get(f) ?? 0) + i + 1));
    assert.deepEqual(Array.from(merged.samples.values), [...sums.values()]);
    assert.deepEqual(Array.from(merged.samples.locations), [...sums.keys()]);
  });

  it('diffs two profiles of locations at addresses apart as through the key table', () => {
    for (const seed of [21, 22, 23]) {
      const next = numbers(seed);
      // Every address its own within its mapping, on both sides.
      const base = randomLocations(400, 1, seed).map((l, i) => ({ ...l, address: (l.mapping === 2 ? 0x11000 : 0x1000) + 8 * i }));
      const other = base.map((l, i): Loc => {
        switch (next() % 4) {
          case 0: return { ...l, line: l.line + 1 };
          case 1: return { ...l, address: (l.mapping === 2 ? 0x11000 : 0x1000) + 8 * (1000 + i) };
          // Mappings 1 and 2 share a key: the same address within either is the same location.
          case 2: return l.mapping === 0 ? l : { ...l, mapping: 3 - l.mapping, address: (l.mapping === 2 ? 0x1000 : 0x11000) + 8 * i };
          default: return l;
        }
      });
      const p = profileOf(base);
      const byAddress = diffProfiles(p, profileOf(other));
      // One more location, unsampled, at an address another has: the second side then goes through the table.
      const byTable = diffProfiles(p, profileOf(other, new Set(), [{ ...other[0], line: 99 }]));
      for (const column of ['values', 'stackStart', 'locations', 'labelStart', 'labelKey', 'labelStr'] as const) {
        assert.deepEqual(Array.from(byAddress.samples[column]), Array.from(byTable.samples[column]), `${column}, seed ${seed}`);
      }
      assert.deepEqual(byAddress.locations, byTable.locations.slice(0, -1));
      assert.ok(byAddress.locations.length > 400 && byAddress.locations.length < 800, `some matched, some not: ${byAddress.locations.length}`);
    }
  });

  it('diffs a profile with itself as with a copy read apart, equal locations in it or not', () => {
    for (const [addresses, seed] of [[20, 5], [1 << 20, 6]]) {
      const locs = randomLocations(500, addresses, seed);
      const p = profileOf(locs), copy = profileOf(locs);
      const self = diffProfiles(p, p), apart = diffProfiles(p, copy);
      for (const column of ['values', 'stackStart', 'locations', 'labelStart', 'labelKey', 'labelStr'] as const) {
        assert.deepEqual(Array.from(self.samples[column]), Array.from(apart.samples[column]), `${column}, seed ${seed}`);
      }
      assert.deepEqual(self.locations, apart.locations);
    }
  });
});
