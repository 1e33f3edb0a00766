// pprof's location key, the one test of when two locations are the same: their mapping's key
// (size rounded up to a page, offset, build id or else file), the address within the mapping,
// folding, and their lines' functions (by pprof's function key) and numbers. Locations are found
// in an open-addressed table hashed with this process's seed; a function and a mapping are
// numbered as the first of their equal keys, so a key is a few numbers, not a string per location
// (a string each held 2×10^6 keys of a diff of 10^6 locations, 0.4 GB).
import { HASH_SEED, finishHash, mixInt, mixNumber } from '../seededHash';
import type { ProfileFunction, ProfileLocation, ProfileMapping } from './model';
import { ContentKeyedMap } from '../contentKeyedMap';

/** Where a location's mapping and functions are: its own profile's tables, shifted into shared ones. */
export interface TableShift { mapping: number; function: number }
const NO_SHIFT: TableShift = { mapping: 0, function: 0 };

/**
 * The locations added so far, each the first of its key, over tables of functions and mappings
 * that may grow as locations are added (a merge's: each profile's appended after the last's).
 */
export class LocationKeyTable {
  private slots: Int32Array;
  /** Per slot the hash of the location there: a probe past another key compares two numbers, not two locations. */
  private slotHashes: Int32Array;
  private size = 0;
  private readonly functionIds: number[] = [];
  private readonly mappingIds: number[] = [];
  private readonly functionByKey = new ContentKeyedMap<number>();
  private readonly mappingByKey = new ContentKeyedMap<number>();

  /** `locations[i]` for every index added; `expected`: about how many will be, to size the table once. */
  constructor(private readonly functions: readonly ProfileFunction[], private readonly mappings: readonly ProfileMapping[],
    private readonly locations: readonly ProfileLocation[], expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.slotHashes = new Int32Array(capacity);
  }

  /**
   * The index of the location added first with `loc`'s key, `loc` read through `shift` (its
   * mapping and functions at those offsets in the shared tables). When there is none: -1, and
   * with `adding`, the index `loc` has (or is given next, before the next call) in the shared
   * locations, it is added as the first of its key.
   */
  findOrAdd(loc: ProfileLocation, shift: TableShift = NO_SHIFT, adding = -1): number {
    if (adding >= 0 && (this.size + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    const hash = this.hash(loc, shift);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const there = this.slots[slot];
      if (there >= 0 && (this.slotHashes[slot] !== hash || !this.same(this.locations[there], loc, shift))) continue;
      if (there < 0 && adding >= 0) { this.slots[slot] = adding; this.slotHashes[slot] = hash; this.size++; }
      return there;
    }
  }

  private grow(): void {
    const oldSlots = this.slots, oldHashes = this.slotHashes;
    this.slots = new Int32Array(oldSlots.length * 2).fill(-1);
    this.slotHashes = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < oldSlots.length; k++) {
      if (oldSlots[k] < 0) continue;
      let slot = oldHashes[k] & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = oldSlots[k];
      this.slotHashes[slot] = oldHashes[k];
    }
  }

  private hash(loc: ProfileLocation, shift: TableShift): number {
    const mapping = loc.mappingIndex >= 0 ? loc.mappingIndex + shift.mapping : -1;
    let h = mixNumber(mixInt(mixInt(HASH_SEED, this.mappingId(mapping)), loc.isFolded ? 1 : 0), this.addressIn(loc, mapping));
    for (const ln of loc.lines) h = mixNumber(mixInt(h, this.functionId(ln.functionIndex, shift)), ln.line);
    return finishHash(h) | 0;
  }

  /** Whether `x` (of the shared tables) has the key of `y` read through `shift`. */
  private same(x: ProfileLocation, y: ProfileLocation, shift: TableShift): boolean {
    if (x === y && shift === NO_SHIFT) return true;
    const mapX = x.mappingIndex, mapY = y.mappingIndex >= 0 ? y.mappingIndex + shift.mapping : -1;
    if (this.mappingId(mapX) !== this.mappingId(mapY) || x.isFolded !== y.isFolded
      || this.addressIn(x, mapX) !== this.addressIn(y, mapY) || x.lines.length !== y.lines.length) return false;
    for (let k = 0; k < x.lines.length; k++) {
      if (this.functionId(x.lines[k].functionIndex, NO_SHIFT) !== this.functionId(y.lines[k].functionIndex, shift) || x.lines[k].line !== y.lines[k].line) return false;
    }
    return true;
  }

  private addressIn(loc: ProfileLocation, mapping: number): number {
    return mapping >= 0 ? loc.address - this.mappings[mapping].start : loc.address;
  }

  private functionId(functionIndex: number, shift: TableShift): number {
    if (functionIndex < 0) return -1;
    const i = functionIndex + shift.function;
    let id = this.functionIds[i];
    if (id === undefined) {
      const f = this.functions[i];
      id = firstOfKey(this.functionByKey, `${f.name}\u0000${f.systemName}\u0000${f.filename}\u0000${f.startLine}`, i);
      this.functionIds[i] = id;
    }
    return id;
  }

  private mappingId(mapping: number): number {
    if (mapping < 0) return -1;
    let id = this.mappingIds[mapping];
    if (id === undefined) {
      const m = this.mappings[mapping];
      // pprof's mappingKey: the size rounded up to a page, the offset, the build id or else the file.
      const size = Math.ceil((m.limit - m.start) / 4096) * 4096;
      id = firstOfKey(this.mappingByKey, `${size}\u0000${m.offset}\u0000${m.buildId !== '' ? m.buildId : m.file}`, mapping);
      this.mappingIds[mapping] = id;
    }
    return id;
  }
}

function firstOfKey(firstByKey: Map<string, number>, key: string, index: number): number {
  const seen = firstByKey.get(key);
  if (seen !== undefined) return seen;
  firstByKey.set(key, index);
  return index;
}

/** Per location of `profile` the first location of its key. */
export function firstOfEqualLocations(profile: { functions: readonly ProfileFunction[]; mappings: readonly ProfileMapping[]; locations: readonly ProfileLocation[] }): Uint32Array {
  const locations = profile.locations;
  const table = new LocationKeyTable(profile.functions, profile.mappings, locations, locations.length);
  const first = new Uint32Array(locations.length);
  for (let l = 0; l < locations.length; l++) {
    const seen = table.findOrAdd(locations[l], undefined, l);
    first[l] = seen < 0 ? l : seen;
  }
  return first;
}
