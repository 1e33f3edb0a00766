// A hash table keyed by byte ranges of the input. The scanner looks up function names, `file:line`
// locations and header brackets straight from the bytes it reads: a dump of 200,000 goroutines
// repeats a few hundred distinct names, so the common case (already seen) allocates nothing.

import { HASH_SEED } from '../../shared/seededHash';
import { Int32List } from '../typedLists';

const EMPTY_SLOT = -1;
const FNV_OFFSET_BASIS = (0x811c9dc5 ^ HASH_SEED) | 0;
const INITIAL_SLOTS = 1024;

const FNV_PRIME = 0x01000193;

/** FNV-1a over bytes[start, end), from this process's seed (a dump cannot be made to collide in advance). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET_BASIS;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash;
}

/**
 * The same hash as `hashBytes`, its bytes read four at a time through `view` (a DataView of `bytes`).
 * TurboFan checks a typed array's map, length and store again at every element read in a loop, some
 * 20 instructions a byte; a DataView read pays them once per four bytes.
 */
function hashBytesByWords(bytes: Uint8Array, view: DataView<ArrayBufferLike>, start: number, end: number): number {
  let hash = FNV_OFFSET_BASIS;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const word = view.getUint32(i, true);
    hash = Math.imul(hash ^ (word & 0xff), FNV_PRIME);
    hash = Math.imul(hash ^ ((word >>> 8) & 0xff), FNV_PRIME);
    hash = Math.imul(hash ^ ((word >>> 16) & 0xff), FNV_PRIME);
    hash = Math.imul(hash ^ (word >>> 24), FNV_PRIME);
  }
  for (; i < end; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash;
}

/** The keys of a table: each distinct byte range once, numbered 0, 1, … in the order they were added. */
class ByteKeys {
  /**
   * Open addressing: per slot, two numbers side by side, its entry index (or EMPTY_SLOT) and that
   * entry's hash. Side by side, a probe reads one place of memory: apart, a table of 10^6 names (a
   * stack of distinct frames) missed the cache twice per probe.
   */
  private slots = new Int32Array(INITIAL_SLOTS * 2).fill(EMPTY_SLOT);
  /** All keys, one after the other, in one growing pool (not one small buffer per key). */
  private keyPool = new Uint8Array(16 * 1024);
  private keyPoolView = new DataView(this.keyPool.buffer);
  private keyPoolUsed = 0;
  /** The input array last looked up, and a DataView of it: a scan looks up many keys in one array. */
  private viewedBytes: Uint8Array | null = null;
  private bytesView: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  /**
   * Where each key starts in the pool, and after the last the pool's end: keys are added one after
   * the other, so an entry's key ends where the next one starts (no list of lengths). Growing the
   * slots reads the hashes back from the slots (no list of hashes): a table of 10^6 names kept two
   * lists of as many numbers for these.
   */
  private readonly keyBounds = listOf(new Int32List(), 0);

  get size(): number {
    return this.keyBounds.length - 1;
  }

  /** `hashBytes(bytes, start, end)`, read faster when many keys are looked up in one array. */
  hash(bytes: Uint8Array, start: number, end: number): number {
    return hashBytesByWords(bytes, this.viewOf(bytes), start, end);
  }

  private viewOf(bytes: Uint8Array): DataView<ArrayBufferLike> {
    if (bytes !== this.viewedBytes) {
      this.bytesView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.viewedBytes = bytes;
    }
    return this.bytesView;
  }

  /** The entry number of bytes[start, end), or -1. `hash` must be `hashBytes(bytes, start, end)`. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot << 1];
      if (entry === EMPTY_SLOT) return -1;
      if (slots[(slot << 1) + 1] === hash && this.keyLength(entry) === length && this.keyEquals(entry, bytes, start, length)) return entry;
    }
  }

  /** Whether entry's key is bytes[start, end): lets a caller that can guess the entry skip the hash. */
  keyIs(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    return this.keyLength(entry) === length && this.keyEquals(entry, bytes, start, length);
  }

  private keyLength(entry: number): number {
    return this.keyBounds.at(entry + 1) - this.keyBounds.at(entry);
  }

  /** Stores a copy of the key bytes; the key must not be present yet. Returns the new entry's number. */
  protected addKey(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    if (this.keyPoolUsed + length > this.keyPool.length) {
      const grown = new Uint8Array(Math.max(this.keyPool.length * 2, this.keyPoolUsed + length));
      grown.set(this.keyPool.subarray(0, this.keyPoolUsed));
      this.keyPool = grown;
      this.keyPoolView = new DataView(grown.buffer);
    }
    // Keys are mostly short names: a loop costs less than the view `subarray` would allocate.
    const pool = this.keyPool;
    for (let i = 0, at = this.keyPoolUsed; i < length; i++) pool[at + i] = bytes[start + i];
    this.keyPoolUsed += length;
    const entry = this.keyBounds.push(this.keyPoolUsed) - 1;
    if (this.size > this.slots.length >> 2) this.grow();
    this.place(entry, hash);
    return entry;
  }

  /** Four bytes at a time where four are left (see hashBytesByWords), then byte by byte. */
  private keyEquals(entry: number, bytes: Uint8Array, start: number, length: number): boolean {
    const at = this.keyBounds.at(entry);
    const poolView = this.keyPoolView;
    const view = this.viewOf(bytes);
    let i = 0;
    for (; i + 4 <= length; i += 4) if (poolView.getInt32(at + i) !== view.getInt32(start + i)) return false;
    const pool = this.keyPool;
    for (; i < length; i++) if (pool[at + i] !== bytes[start + i]) return false;
    return true;
  }

  private place(entry: number, hash: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    while (slots[slot << 1] !== EMPTY_SLOT) slot = (slot + 1) & mask;
    slots[slot << 1] = entry;
    slots[(slot << 1) + 1] = hash;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY_SLOT);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] !== EMPTY_SLOT) this.place(old[slot], old[slot + 1]);
  }
}

/** `list` holding `first`. */
function listOf(list: Int32List, first: number): Int32List {
  list.push(first);
  return list;
}

/** Byte ranges → values of any kind. */
export class ByteKeyTable<V> extends ByteKeys {
  private readonly values: V[] = [];

  /** The value stored for bytes[start, end), or undefined. `hash` must be `hashBytes(bytes, start, end)`. */
  get(bytes: Uint8Array, start: number, end: number, hash: number): V | undefined {
    const entry = this.find(bytes, start, end, hash);
    return entry < 0 ? undefined : this.values[entry];
  }

  valueAt(entry: number): V {
    return this.values[entry];
  }

  /** Stores a copy of the key bytes and the value; the key must not be present yet. Returns the new entry's number. */
  set(bytes: Uint8Array, start: number, end: number, hash: number, value: V): number {
    this.values.push(value);
    return this.addKey(bytes, start, end, hash);
  }
}

/**
 * Byte ranges → ids (whole numbers from 0 to 2^31 - 1), kept in a typed list: a table with an entry
 * per frame of a stack 10^6 frames deep holds no JavaScript array as long.
 */
export class ByteKeyIds extends ByteKeys {
  private readonly ids = new Int32List();

  /** The id stored for bytes[start, end), or -1. `hash` must be `hashBytes(bytes, start, end)`. */
  get(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const entry = this.find(bytes, start, end, hash);
    return entry < 0 ? -1 : this.ids.at(entry);
  }

  /** Stores a copy of the key bytes and the id; the key must not be present yet. */
  set(bytes: Uint8Array, start: number, end: number, hash: number, id: number): void {
    this.ids.push(id);
    this.addKey(bytes, start, end, hash);
  }
}
