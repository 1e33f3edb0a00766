// Sample labels, stored compactly while decoding. Profiles repeat a few label SETS: a Go
// heap profile has one "bytes" label per sample with a few distinct sizes, a CPU profile
// a handful of pprof.Do sets or none. So the decoder interns each sample's set once and
// keeps one set id per sample; SampleTable's five label columns are built from that only
// when something first reads them (most aggregations never do), which keeps them out of
// the decoder's peak memory.
import { HASH_SEED, finishHash, mixInt, mixNumber } from '../../shared/seededHash';
import type { SampleTable } from './model';
import { doubled } from '../typedLists';

/** The label columns of SampleTable, sample i's labels at [labelStart[i] … labelStart[i+1]). */
export type LabelColumns = Pick<SampleTable, 'labelStart' | 'labelKey' | 'labelStr' | 'labelNum' | 'labelUnit'>;

const LABEL_COLUMNS = ['labelStart', 'labelKey', 'labelStr', 'labelNum', 'labelUnit'] as const;

/** Distinct label sets; set 0 is the empty set. Also the scratch for the sample being decoded. */
export class LabelSetTable {
  /** Labels of set s: [setStart[s] … setStart[s+1]) in the key/str/num/unit arrays;
   * setStart[setCount] is where the next set (the pending one) starts. */
  private setStart = new Uint32Array(64);
  private setCount = 1;
  private key = new Uint32Array(64);
  private str = new Uint32Array(64);
  private num = new Float64Array(64);
  private unit = new Uint32Array(64);
  /** Open addressing: set id + 1 per slot, 0 = empty. */
  private slots = new Int32Array(64);

  // The labels of the sample being decoded, appended after the stored sets' labels.
  private pendingStart = 0;
  private pendingEnd = 0;

  get hasLabels(): boolean { return this.setCount > 1; }

  /** Starts collecting the labels of the next sample. */
  beginSet(): void {
    this.pendingStart = this.pendingEnd = this.setStart[this.setCount];
  }

  addLabel(key: number, str: number, num: number, unit: number): void {
    const at = this.pendingEnd++;
    if (at === this.key.length) this.growLabels();
    this.key[at] = key; this.str[at] = str; this.num[at] = num; this.unit[at] = unit;
  }

  /** Ends the sample's set: returns the id of an equal stored set, or stores it as new. */
  endSet(): number {
    const start = this.pendingStart, count = this.pendingEnd - start;
    if (count === 0) return 0;
    const hash = this.hashRange(start, this.pendingEnd);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      if (this.equalsPending(entry - 1)) return entry - 1;
    }
    // New set: the pending labels already sit where the next set's labels go.
    const id = this.setCount++;
    if (this.setCount >= this.setStart.length) this.setStart = doubled(this.setStart);
    this.setStart[id] = start;
    this.setStart[id + 1] = this.pendingEnd;
    if (this.setCount * 2 > this.slots.length) this.rehash();
    else this.insert(id, hash);
    return id;
  }

  /** Builds SampleTable's label columns for samples whose set ids are `sampleSets`. */
  columns(sampleSets: Uint32Array | undefined, sampleCount: number): LabelColumns {
    const labelStart = new Uint32Array(sampleCount + 1);
    let total = 0;
    if (sampleSets) {
      for (let i = 0; i < sampleCount; i++) {
        labelStart[i] = total;
        total += this.setSize(sampleSets[i]);
      }
    }
    labelStart[sampleCount] = total;
    const out: LabelColumns = {
      labelStart, labelKey: new Uint32Array(total), labelStr: new Uint32Array(total),
      labelNum: new Float64Array(total), labelUnit: new Uint32Array(total),
    };
    if (sampleSets && total > 0) {
      for (let i = 0; i < sampleCount; i++) {
        const set = sampleSets[i];
        const from = this.setStart[set], to = from + this.setSize(set), at = labelStart[i];
        out.labelKey.set(this.key.subarray(from, to), at);
        out.labelStr.set(this.str.subarray(from, to), at);
        out.labelNum.set(this.num.subarray(from, to), at);
        out.labelUnit.set(this.unit.subarray(from, to), at);
      }
    }
    return out;
  }

  /** The distinct keys over every stored set (each stored set is some sample's). */
  distinctKeys(): number[] {
    return [...new Set(this.key.subarray(0, this.setStart[this.setCount]))];
  }

  private setSize(set: number): number {
    return set === 0 ? 0 : this.setStart[set + 1] - this.setStart[set];
  }

  private equalsPending(set: number): boolean {
    const from = this.setStart[set], size = this.setStart[set + 1] - from;
    if (size !== this.pendingEnd - this.pendingStart) return false;
    for (let k = 0; k < size; k++) {
      const a = from + k, b = this.pendingStart + k;
      if (this.key[a] !== this.key[b] || this.str[a] !== this.str[b] || this.unit[a] !== this.unit[b] || this.num[a] !== this.num[b]) return false;
    }
    return true;
  }

  private insert(set: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = set + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let set = 1; set < this.setCount; set++) this.insert(set, this.hashOf(set));
  }

  private hashOf(set: number): number {
    return this.hashRange(this.setStart[set], this.setStart[set + 1]);
  }

  private hashRange(from: number, to: number): number {
    return hashLabelRange(this.key, this.str, this.num, this.unit, from, to);
  }

  private growLabels(): void {
    this.key = doubled(this.key); this.str = doubled(this.str); this.num = doubled(this.num); this.unit = doubled(this.unit);
  }
}

/** Per lazily labelled sample table: its distinct label keys, read from the interned sets. */
const distinctKeysOfUnbuilt = new WeakMap<object, () => number[]>();

/** Per lazily labelled sample table: each sample's interned label set, until a column is replaced. */
const internedSetsOf = new WeakMap<object, Uint32Array | undefined>();

/**
 * Each sample's label set as the decoder interned it: 0 for none, one id for equal labels in the
 * same order (key, string, number and unit each equal). `null` when the table's samples were not
 * interned (then compare its columns). Read without building the columns.
 */
export function internedLabelSets(samples: SampleTable): { readonly setOf: Uint32Array | undefined } | null {
  return internedSetsOf.has(samples) ? { setOf: internedSetsOf.get(samples) } : null;
}

/**
 * The distinct label keys (string-table indices) of a sample table's samples. Read from the
 * interned label sets while the columns are not built, so asking (e.g. for a summary) does not
 * build five columns of one entry per label (~0.3 s and ~28 MB on a 1M-sample heap profile).
 */
export function distinctLabelKeys(samples: SampleTable): number[] {
  const fromSets = distinctKeysOfUnbuilt.get(samples);
  return fromSets ? fromSets() : [...new Set(samples.labelKey)];
}

/**
 * Defines the label columns of `samples` as enumerable properties that build themselves
 * on first read (then become plain data properties), so JSON, structured clone and
 * deep equality see ordinary typed arrays.
 */
export function defineLazyLabelColumns(samples: Omit<SampleTable, keyof LabelColumns>, build: () => LabelColumns, distinctKeys?: () => number[],
  interned?: { setOf: Uint32Array | undefined }): SampleTable {
  let built: LabelColumns | undefined;
  if (distinctKeys) distinctKeysOfUnbuilt.set(samples, distinctKeys);
  if (interned) internedSetsOf.set(samples, interned.setOf);
  for (const name of LABEL_COLUMNS) {
    Object.defineProperty(samples, name, {
      enumerable: true,
      configurable: true,
      get(this: SampleTable) {
        built ??= build();
        for (const n of LABEL_COLUMNS) Object.defineProperty(this, n, { value: built[n], enumerable: true, writable: true, configurable: true });
        return built[name];
      },
      set(this: SampleTable, value: unknown) {
        distinctKeysOfUnbuilt.delete(this);
        internedSetsOf.delete(this);
        Object.defineProperty(this, name, { value, enumerable: true, writable: true, configurable: true });
      },
    });
  }
  return samples as SampleTable;
}

/** The hash of the labels [from … to) of label columns (a stored set's, or samples' in a SampleTable). */
export function hashLabelRange(key: Uint32Array, str: Uint32Array, num: Float64Array, unit: Uint32Array, from: number, to: number): number {
  let hash = mixInt(HASH_SEED, to - from);
  for (let j = from; j < to; j++) {
    hash = mixInt(mixInt(mixInt(hash, key[j]), str[j]), unit[j]);
    hash = mixNumber(hash, num[j]);
  }
  return finishHash(hash);
}
