// Map and Set of strings an input chooses (names, files, label values, joined stack keys). V8
// hashes a string longer than 16,383 characters by its length alone, so distinct long keys of one
// length all share a bucket and each insert or lookup compares with every earlier one: 3,000
// function names of 17,000 characters take ~20 s where they should take ~0.1 s. These drop-in
// subclasses leave shorter keys to V8 as they are, and stand a long key in by a number found by
// its length and, among keys of one length, through a seeded hash of all its characters
// (seededHash.ts), so no key is compared with more than the few that share its hash.
import { HASH_SEED, finishHash, mixInt } from './seededHash';
import { rememberingLast } from './lastResults';

/** The longest string V8 hashes by its characters (String::kMaxHashCalcLength). */
export const LONGEST_CONTENT_HASHED = 16383;

/** Every character hashed with this process's seed, two to a step (a UTF-16 unit is 16 bits). */
export function contentHash(s: string): number {
  return s.length <= LONGEST_CONTENT_HASHED ? hashOfContent(s) : longContentHash(s);
}

// Hashing a 96 MB function name took ~0.3 s each time.
const longContentHash = rememberingLast(2, hashOfContent);

function hashOfContent(s: string): number {
  let hash = mixInt(HASH_SEED, s.length);
  const pairs = s.length & ~1;
  for (let i = 0; i < pairs; i += 2) hash = mixInt(hash, s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (pairs < s.length) hash = mixInt(hash, s.charCodeAt(pairs));
  return finishHash(hash) | 0;
}

/**
 * A number per distinct long string, found by its length and, among strings of one length, by
 * its content hash. Numbers are never strings, so they can stand for long keys among the short
 * ones in one native Map, in insertion order.
 */
class LongStringNumbers {
  readonly strings: string[] = [];
  /**
   * Per length, the number of its one string, unhashed (a string of a length no other has is
   * told apart by its length: hashing a 96 MB function name took ~1 s), or, once a second string
   * of that length came, the numbers of its strings by content hash.
   */
  private readonly byLength = new Map<number, number | Map<number, number | number[]>>();

  /** The number of `s`, given it anew when `add`, -1 when absent and not `add`. */
  numberOf(s: string, add: boolean): number {
    const ofLength = this.byLength.get(s.length);
    if (ofLength === undefined) {
      if (!add) return -1;
      this.byLength.set(s.length, this.strings.length);
      return this.push(s);
    }
    if (typeof ofLength === 'number') {
      if (this.strings[ofLength] === s) return ofLength;
      if (!add) return -1;
      const byHash = new Map<number, number | number[]>();
      this.byLength.set(s.length, byHash);
      addByHash(byHash, contentHash(this.strings[ofLength]), ofLength);
      const n = this.push(s);
      addByHash(byHash, contentHash(s), n);
      return n;
    }
    const hash = contentHash(s);
    const there = ofLength.get(hash);
    if (typeof there === 'number') {
      if (this.strings[there] === s) return there;
    } else if (there) {
      for (const n of there) if (this.strings[n] === s) return n;
    }
    if (!add) return -1;
    const n = this.push(s);
    addByHash(ofLength, hash, n);
    return n;
  }

  private push(s: string): number {
    this.strings.push(s);
    return this.strings.length - 1;
  }
}

function addByHash(byHash: Map<number, number | number[]>, hash: number, n: number): void {
  const there = byHash.get(hash);
  if (there === undefined) byHash.set(hash, n);
  else if (typeof there === 'number') byHash.set(hash, [there, n]);
  else there.push(n);
}

/**
 * Parts of keys joined from several strings (a function's name, system name and file) for one
 * table: a long part stands in its key as a short token, one per distinct long part. A key joined
 * from a 96 MB name is otherwise a new 192 MB string at every lookup, copied and hashed whole.
 */
export class KeyParts {
  private readonly long = new LongStringNumbers();

  /** `s` as a part of a joined key: itself when short (one that could read as a token escaped), else its token. */
  part(s: string): string {
    if (s.length <= LONGEST_CONTENT_HASHED) return s.charCodeAt(0) === 0xffff ? `\uffff${s}` : s;
    return `\uffff#${this.long.numberOf(s, true)}`;
  }
}

// The native methods, called on these maps with a number standing for a long key.
const nativeMapGet = Map.prototype.get as (this: Map<unknown, unknown>, key: unknown) => unknown;
const nativeMapSet = Map.prototype.set as (this: Map<unknown, unknown>, key: unknown, value: unknown) => Map<unknown, unknown>;
const nativeMapHas = Map.prototype.has as (this: Map<unknown, unknown>, key: unknown) => boolean;
const nativeMapDelete = Map.prototype.delete as (this: Map<unknown, unknown>, key: unknown) => boolean;
const nativeMapEntries = Map.prototype.entries as (this: Map<unknown, unknown>) => IterableIterator<[unknown, unknown]>;
const nativeMapKeys = Map.prototype.keys as (this: Map<unknown, unknown>) => IterableIterator<unknown>;
const nativeSetHas = Set.prototype.has as (this: Set<unknown>, key: unknown) => boolean;
const nativeSetAdd = Set.prototype.add as (this: Set<unknown>, key: unknown) => Set<unknown>;
const nativeSetDelete = Set.prototype.delete as (this: Set<unknown>, key: unknown) => boolean;
const nativeSetValues = Set.prototype.values as (this: Set<unknown>) => IterableIterator<unknown>;

/** A Map<string, V> whose keys may be long strings an input chose; same methods, same order. */
export class ContentKeyedMap<V> extends Map<string, V> {
  private long: LongStringNumbers | undefined;

  constructor(entries?: Iterable<readonly [string, V]> | null) {
    super();
    if (entries) for (const [key, value] of entries) this.set(key, value);
  }

  override get(key: string): V | undefined {
    if (key.length <= LONGEST_CONTENT_HASHED) return super.get(key);
    const n = this.long?.numberOf(key, false) ?? -1;
    return n < 0 ? undefined : (nativeMapGet.call(this, n) as V | undefined);
  }

  override has(key: string): boolean {
    if (key.length <= LONGEST_CONTENT_HASHED) return super.has(key);
    const n = this.long?.numberOf(key, false) ?? -1;
    return n >= 0 && nativeMapHas.call(this, n);
  }

  override set(key: string, value: V): this {
    if (key.length <= LONGEST_CONTENT_HASHED) return super.set(key, value);
    this.long ??= new LongStringNumbers();
    nativeMapSet.call(this, this.long.numberOf(key, true), value);
    return this;
  }

  override delete(key: string): boolean {
    if (key.length <= LONGEST_CONTENT_HASHED) return super.delete(key);
    const n = this.long?.numberOf(key, false) ?? -1;
    return n >= 0 && nativeMapDelete.call(this, n);
  }

  override entries(): MapIterator<[string, V]> {
    const long = this.long;
    if (!long) return super.entries();
    return mapIterator(nativeMapEntries.call(this), ([key, value]) => [keyText(key, long), value as V]);
  }

  override keys(): MapIterator<string> {
    const long = this.long;
    if (!long) return super.keys();
    return mapIterator(nativeMapKeys.call(this), key => keyText(key, long));
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}

/** A Set<string> whose members may be long strings an input chose; same methods, same order. */
export class ContentKeyedSet extends Set<string> {
  private long: LongStringNumbers | undefined;

  constructor(values?: Iterable<string> | null) {
    super();
    if (values) for (const value of values) this.add(value);
  }

  override has(value: string): boolean {
    if (value.length <= LONGEST_CONTENT_HASHED) return super.has(value);
    const n = this.long?.numberOf(value, false) ?? -1;
    return n >= 0 && nativeSetHas.call(this, n);
  }

  override add(value: string): this {
    if (value.length <= LONGEST_CONTENT_HASHED) return super.add(value);
    this.long ??= new LongStringNumbers();
    nativeSetAdd.call(this, this.long.numberOf(value, true));
    return this;
  }

  override delete(value: string): boolean {
    if (value.length <= LONGEST_CONTENT_HASHED) return super.delete(value);
    const n = this.long?.numberOf(value, false) ?? -1;
    return n >= 0 && nativeSetDelete.call(this, n);
  }

  override values(): SetIterator<string> {
    const long = this.long;
    if (!long) return super.values();
    return mapIterator(nativeSetValues.call(this), value => keyText(value, long));
  }

  override keys(): SetIterator<string> {
    return this.values();
  }

  override entries(): SetIterator<[string, string]> {
    return mapIterator(this.values(), value => [value, value]);
  }

  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  override forEach(callback: (value: string, value2: string, set: Set<string>) => void, thisArg?: unknown): void {
    for (const value of this.values()) callback.call(thisArg, value, value, this);
  }
}

function keyText(key: unknown, long: LongStringNumbers): string {
  return typeof key === 'number' ? long.strings[key] : (key as string);
}

function* mapIterator<T, U>(from: Iterator<T>, map: (item: T) => U): Generator<U, undefined, unknown> {
  for (let step = from.next(); !step.done; step = from.next()) yield map(step.value);
  return undefined;
}
