// pprof's location key, the one test of when two locations are the same: their mapping's key
// (size rounded up to a page, offset, build id or else file), the address within the mapping,
// folding, and their lines' functions (by pprof's function key) and numbers. Locations are found
// in an open-addressed table hashed with this process's seed; a function and a mapping are
// numbered as the first of their equal keys, so a key is a few numbers, not a string per location
// (a string each held 2×10^6 keys of a diff of 10^6 locations, 0.4 GB). Locations are read from
// their columns (locationColumns.ts): no object per location.
import { HASH_SEED, finishHash, mixInt, mixNumber } from '../../shared/seededHash';
import type { ProfileFunction, ProfileMapping } from './model';
import { ContentKeyedMap, KeyParts } from '../../shared/contentKeyedMap';
import { columnLines, type LocationColumns } from './locationColumns';

/** Where a location's mapping and functions are: its own profile's tables, shifted into shared ones. */
export interface TableShift { mapping: number; function: number }
const NO_SHIFT: TableShift = { mapping: 0, function: 0 };

/** One profile's locations, read through its shift into the shared tables. */
interface Source {
  columns: LocationColumns;
  shift: TableShift;
  /** Per list of lines (linesRef − 1), the hash of its functions' keys and numbers; 0 until made. */
  lineHashes: Int32Array;
  /** 1 where lineHashes holds the list's hash. */
  lineHashed: Uint8Array;
}

/**
 * The locations added so far, each the first of its key, over tables of functions and mappings
 * that may grow as sources are added (a merge's: each profile's appended after the last's).
 */
export class LocationKeyTable {
  /** Per slot an entry + 1 (0: empty); entries are numbered as added. */
  private slots: Int32Array;
  /** Per slot the hash of its entry's location: a probe past another key compares two numbers, not two locations. */
  private slotHashes: Int32Array;
  /**
   * Per entry what was added with it, its source and its index there (read only when a hash
   * matches): three numbers an entry, not three a slot, keep the slots half as large.
   */
  private entryAdded: Int32Array;
  private entrySource: Int32Array;
  private entryLocation: Int32Array;
  private size = 0;
  private readonly sources: Source[] = [];
  private readonly functionIds: number[] = [];
  private readonly mappingIds: number[] = [];
  private readonly functionByKey = new ContentKeyedMap<number>();
  private readonly mappingByKey = new ContentKeyedMap<number>();
  private readonly keyParts = new KeyParts();

  /** `expected`: about how many locations will be added, to size the table once. */
  constructor(private readonly functions: readonly ProfileFunction[], private readonly mappings: readonly ProfileMapping[], expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.slotHashes = new Int32Array(capacity);
    const entries = Math.max(8, expected);
    this.entryAdded = new Int32Array(entries);
    this.entrySource = new Int32Array(entries);
    this.entryLocation = new Int32Array(entries);
  }

  /** Adds a profile's locations to look up, their mappings and functions at `shift` in the shared tables; returns its number. */
  addSource(columns: LocationColumns, shift: TableShift = NO_SHIFT): number {
    const lists = columns.lineLists.length;
    return this.sources.push({ columns, shift, lineHashes: new Int32Array(lists), lineHashed: new Uint8Array(lists) }) - 1;
  }

  /**
   * What was `added` with the first location of the key of location `l` of `source`. When there
   * is none: -1, and with `adding` (≥ 0) that location is added as the first of its key, `adding`
   * the number returned for it later (its index in the shared locations).
   */
  findOrAdd(source: number, l: number, adding = -1): number {
    if (adding >= 0 && (this.size + 1) * 2 > this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    const src = this.sources[source];
    const hash = this.hash(src, l);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry >= 0) {
        if (this.slotHashes[slot] !== hash || !this.same(this.sources[this.entrySource[entry]], this.entryLocation[entry], src, l)) continue;
        return this.entryAdded[entry];
      }
      if (adding >= 0) this.add(slot, hash, source, l, adding);
      return -1;
    }
  }

  /**
   * Per location of source `b`, the location of source `a` of its key, or -1: each source's
   * locations at addresses apart within their mappings (addressOrder), the two orders walked side
   * by side. The address is part of the key, so only the one location of `a` at a location's
   * address can be of its key: one comparison a location, not a probe of the table.
   */
  matchesByAddress(a: number, orderA: AddressOrder, b: number, orderB: AddressOrder): Int32Array {
    const srcA = this.sources[a], srcB = this.sources[b];
    const keysA = orderA.keys, keysB = orderB.keys, scaleA = orderA.scale, scaleB = orderB.scale;
    const out = new Int32Array(keysB.length).fill(-1);
    let i = 0;
    for (let k = 0; k < keysB.length; k++) {
      const within = Math.floor(keysB[k] / scaleB), y = keysB[k] - within * scaleB;
      while (i < keysA.length && Math.floor(keysA[i] / scaleA) < within) i++;
      if (i === keysA.length) break;
      const there = Math.floor(keysA[i] / scaleA);
      if (there === within && this.same(srcA, keysA[i] - there * scaleA, srcB, y)) out[y] = keysA[i] - there * scaleA;
    }
    return out;
  }

  private add(slot: number, hash: number, source: number, l: number, adding: number): void {
    const entry = this.size++;
    if (entry === this.entryAdded.length) {
      this.entryAdded = grown(this.entryAdded); this.entrySource = grown(this.entrySource); this.entryLocation = grown(this.entryLocation);
    }
    this.entryAdded[entry] = adding; this.entrySource[entry] = source; this.entryLocation[entry] = l;
    this.slots[slot] = entry + 1; this.slotHashes[slot] = hash;
  }

  private grow(): void {
    const oldSlots = this.slots, oldHashes = this.slotHashes;
    const capacity = oldSlots.length * 2;
    this.slots = new Int32Array(capacity);
    this.slotHashes = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let k = 0; k < oldSlots.length; k++) {
      if (oldSlots[k] === 0) continue;
      let slot = oldHashes[k] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = oldSlots[k];
      this.slotHashes[slot] = oldHashes[k];
    }
  }

  private hash(src: Source, l: number): number {
    const c = src.columns;
    const mapping = this.sharedMapping(src, l);
    const h = mixNumber(mixInt(mixInt(HASH_SEED, this.mappingId(mapping)), c.folded?.[l] ?? 0), this.addressIn(c.address[l], mapping));
    const ref = c.linesRef[l];
    return finishHash(mixInt(h, ref === 0 ? 0 : this.linesHash(src, ref - 1))) | 0;
  }

  /** The hash of a list of lines, once per list: 10^6 locations of one line share one list. */
  private linesHash(src: Source, list: number): number {
    if (src.lineHashed[list] === 0) {
      let h = HASH_SEED;
      for (const ln of src.columns.lineLists[list]) h = mixNumber(mixInt(h, this.functionId(ln.functionIndex, src.shift)), ln.line);
      src.lineHashes[list] = h;
      src.lineHashed[list] = 1;
    }
    return src.lineHashes[list];
  }

  private sharedMapping(src: Source, l: number): number {
    const m = src.columns.mappingIndex[l];
    return m >= 0 ? m + src.shift.mapping : -1;
  }

  /** Whether location `x` of source `a` has the key of location `y` of source `b`. */
  private same(a: Source, x: number, b: Source, y: number): boolean {
    if (a === b && x === y) return true;
    const ca = a.columns, cb = b.columns;
    const mapX = this.sharedMapping(a, x), mapY = this.sharedMapping(b, y);
    if (this.mappingId(mapX) !== this.mappingId(mapY) || (ca.folded?.[x] ?? 0) !== (cb.folded?.[y] ?? 0)
      || this.addressIn(ca.address[x], mapX) !== this.addressIn(cb.address[y], mapY)) return false;
    if (a === b && ca.linesRef[x] === cb.linesRef[y]) return true;
    const linesX = columnLines(ca, x), linesY = columnLines(cb, y);
    if (linesX.length !== linesY.length) return false;
    for (let k = 0; k < linesX.length; k++) {
      if (this.functionId(linesX[k].functionIndex, a.shift) !== this.functionId(linesY[k].functionIndex, b.shift) || linesX[k].line !== linesY[k].line) return false;
    }
    return true;
  }

  private addressIn(address: number, mapping: number): number {
    return mapping >= 0 ? address - this.mappings[mapping].start : address;
  }

  private functionId(functionIndex: number, shift: TableShift): number {
    if (functionIndex < 0) return -1;
    const i = functionIndex + shift.function;
    let id = this.functionIds[i];
    if (id === undefined) {
      const f = this.functions[i];
      const part = (text: string) => this.keyParts.part(text);
      id = firstOfKey(this.functionByKey, `${part(f.name)}\u0000${part(f.systemName)}\u0000${part(f.filename)}\u0000${f.startLine}`, i);
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
      id = firstOfKey(this.mappingByKey, `${size}\u0000${m.offset}\u0000${this.keyParts.part(m.buildId !== '' ? m.buildId : m.file)}`, mapping);
      this.mappingIds[mapping] = id;
    }
    return id;
  }
}

function grown(a: Int32Array): Int32Array {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

function firstOfKey(firstByKey: Map<string, number>, key: string, index: number): number {
  const seen = firstByKey.get(key);
  if (seen !== undefined) return seen;
  firstByKey.set(key, index);
  return index;
}

/**
 * Per columns the answer of firstOfEqualLocations with the tables it was for: a diff asks it of
 * each profile it merges, then of the first again as the combine's part (a file diffed with
 * itself: three sorts of 10^6 addresses, ~0.1 s each, for one answer).
 */
const firstOfEqualByColumns = new WeakMap<LocationColumns, { functions: readonly ProfileFunction[]; mappings: readonly ProfileMapping[]; first: Uint32Array }>();

/** Per location of these columns the first location of its key (shared by every asker: read only). */
export function firstOfEqualLocations(functions: readonly ProfileFunction[], mappings: readonly ProfileMapping[], columns: LocationColumns): Uint32Array {
  const known = firstOfEqualByColumns.get(columns);
  if (known && known.functions === functions && known.mappings === mappings) return known.first;
  const first = firstOfEqualFound(functions, mappings, columns);
  firstOfEqualByColumns.set(columns, { functions, mappings, first });
  return first;
}

function firstOfEqualFound(functions: readonly ProfileFunction[], mappings: readonly ProfileMapping[], columns: LocationColumns): Uint32Array {
  const first = new Uint32Array(columns.count);
  if (addressesApart(mappings, columns)) {
    for (let l = 0; l < columns.count; l++) first[l] = l;
    return first;
  }
  const table = new LocationKeyTable(functions, mappings, columns.count);
  const source = table.addSource(columns);
  for (let l = 0; l < columns.count; l++) {
    const seen = table.findOrAdd(source, l, l);
    first[l] = seen < 0 ? l : seen;
  }
  return first;
}

/** Locations by their address within their mappings: per location that address × scale + its index, sorted. */
export interface AddressOrder { keys: Float64Array; scale: number }

/**
 * Per columns their address order with the mappings it was for, or why there is none: a diff
 * asks whether each side's locations are apart when it merges that side, then their orders when
 * it combines the two (four sorts of 10^6 addresses for two).
 */
const addressOrders = new WeakMap<LocationColumns, { mappings: readonly ProfileMapping[]; order: AddressOrder | 'shared' | 'too large' }>();

/**
 * The locations of `columns` in the order of their addresses within their mappings, when no two
 * share one; undefined when two do, or an address is too large to hold its index beside it in a
 * double (2^53 over the scale). One native sort of numbers, no comparison function.
 */
export function addressOrder(mappings: readonly ProfileMapping[], columns: LocationColumns): AddressOrder | undefined {
  const order = addressOrderOrWhyNot(mappings, columns);
  return typeof order === 'string' ? undefined : order;
}

function addressOrderOrWhyNot(mappings: readonly ProfileMapping[], columns: LocationColumns): AddressOrder | 'shared' | 'too large' {
  const known = addressOrders.get(columns);
  if (known && known.mappings === mappings) return known.order;
  const order = addressOrderFound(mappings, columns);
  addressOrders.set(columns, { mappings, order });
  return order;
}

function addressOrderFound(mappings: readonly ProfileMapping[], columns: LocationColumns): AddressOrder | 'shared' | 'too large' {
  const n = columns.count;
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  const limit = 2 ** 53 / scale;
  const keys = new Float64Array(n);
  for (let l = 0; l < n; l++) {
    const m = columns.mappingIndex[l];
    const within = m >= 0 ? columns.address[l] - mappings[m].start : columns.address[l];
    if (!(within >= 0 && within < limit)) return 'too large';
    // Locations without addresses (all 0) are answered here, without the sort.
    if (l > 0 && within * scale === keys[l - 1] - (l - 1)) return 'shared';
    keys[l] = within * scale + l;
  }
  keys.sort();
  for (let k = 1; k < n; k++) if (Math.floor(keys[k] / scale) === Math.floor(keys[k - 1] / scale)) return 'shared';
  return { keys, scale };
}

/**
 * Whether no two locations have the same address within their mappings. The address is part of
 * pprof's key, so then no two are equal: a Go binary's locations are its distinct PCs. One native
 * sort of the addresses costs a tenth of a probe of the key table per location: the address
 * order's, kept for a diff's combine, unless an address is too large for it. The difference is
 * taken as the table takes it (LocationKeyTable.addressIn), so two addresses apart here are apart
 * there too, even where doubles round.
 */
function addressesApart(mappings: readonly ProfileMapping[], columns: LocationColumns): boolean {
  const n = columns.count;
  if (n < 2) return true;
  const order = addressOrderOrWhyNot(mappings, columns);
  if (order !== 'too large') return order !== 'shared';
  const within = new Float64Array(n);
  for (let l = 0; l < n; l++) {
    const m = columns.mappingIndex[l];
    within[l] = m >= 0 ? columns.address[l] - mappings[m].start : columns.address[l];
    if (l > 0 && within[l] === within[l - 1]) return false;
  }
  within.sort();
  for (let k = 1; k < n; k++) if (within[k] === within[k - 1]) return false;
  return true;
}
