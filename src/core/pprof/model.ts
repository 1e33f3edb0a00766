import { EXACT_DOUBLE_LIMIT } from './exactSums';
import { shownInput } from './errors';

// The decoded profile. Tables mirror profile.proto but are resolved for direct use:
// ids are replaced by array indices, strings of small tables are materialised, and the
// (possibly millions of) samples live in columnar typed arrays.
//
// STACK ORDER: like the proto, every stack is stored LEAF FIRST: index 0 of a sample's
// locations is the innermost (currently executing / allocating) frame, the last index
// is the root (e.g. runtime.goexit or main.main). Within one location, `lines[0]` is the
// innermost inlined frame and the last line is the function the code was compiled into.

export interface ValueType {
  type: string;
  unit: string;
}

export interface ProfileMapping {
  id: number;
  start: number;
  limit: number;
  offset: number;
  file: string;
  buildId: string;
  hasFunctions: boolean;
  hasFilenames: boolean;
  hasLineNumbers: boolean;
  hasInlineFrames: boolean;
}

export interface ProfileFunction {
  id: number;
  name: string;
  systemName: string;
  filename: string;
  startLine: number;
}

export interface ProfileLine {
  /** Index into `Profile.functions`, or -1 when the line names no function. */
  functionIndex: number;
  line: number;
  column: number;
}

export interface ProfileLocation {
  id: number;
  /** Index into `Profile.mappings`, or -1. */
  mappingIndex: number;
  /** Addresses above 2^53 lose precision (JS numbers); they are only shown, never keyed on. */
  address: number;
  /** Innermost first: lines[0] was inlined into lines[1] … into the last line. */
  lines: ProfileLine[];
  isFolded: boolean;
}

/**
 * The lines of every location an address alone makes (a legacy profile may hold 10^6 of them):
 * one array shared, frozen so that a reader which adds lines must give the location its own.
 */
export const NO_LINES: ProfileLine[] = Object.freeze([]) as unknown as ProfileLine[];

/**
 * Columnar samples. Sample i has values `values[i*valueCount … +valueCount)`, locations
 * `locations[stackStart[i] … stackStart[i+1])` (location indices, LEAF FIRST) and labels
 * `labelKey/labelStr/labelNum/labelUnit[labelStart[i] … labelStart[i+1])`.
 * Decoded protos build the five label columns on first read (labelSets.ts). When the
 * decoder gunzipped the bytes itself, `locations` is a view over that buffer.
 */
export interface SampleTable {
  count: number;
  valueCount: number;
  values: Float64Array;
  /**
   * The values as pprof's int64, laid out as `values`: present only when some value's magnitude
   * passes 2^53 (`values` holds it rounded), or a merge summed some past it (exactSums.ts).
   */
  valuesExact?: BigInt64Array;
  stackStart: Uint32Array;
  locations: Uint16Array | Uint32Array;
  labelStart: Uint32Array;
  /** String-table indices; `labelStr` is 0 ("") for numeric labels. */
  labelKey: Uint32Array;
  labelStr: Uint32Array;
  labelNum: Float64Array;
  labelUnit: Uint32Array;
  /** Per location: 1 when some sample's stack holds it. Set by the proto decoder; absent when unknown. */
  locationUsed?: Uint8Array;
}

export type ProfileSourceFormat = 'proto' | 'legacy-heap' | 'legacy-contention' | 'legacy-count' | 'legacy-cpu';

export interface Profile {
  format: ProfileSourceFormat;
  /** True when the input bytes were gzip-compressed. */
  gzipped: boolean;
  sampleTypes: ValueType[];
  /** Index into sampleTypes used when no type is asked for (pprof: default_sample_type, else the last). */
  defaultSampleTypeIndex: number;
  periodType?: ValueType;
  period: number;
  timeNanos: number;
  /** timeNanos as its int64 when the double rounds it (a time in nanoseconds since 1970 passes 2^53). */
  timeNanosExact?: bigint;
  durationNanos: number;
  /** durationNanos as its int64 when the double rounds it (only -2^63 prints otherwise: pprof's scaling cannot negate it). */
  durationNanosExact?: bigint;
  /** default_sample_type as the profile names it, when it names one (pprof's -raw marks that type). */
  defaultSampleType?: string;
  comments: string[];
  /** The profile's drop_frames/keep_frames regexes: parseProfile has already applied them (prune.ts). */
  dropFrames: string;
  keepFrames: string;
  mappings: ProfileMapping[];
  locations: ProfileLocation[];
  functions: ProfileFunction[];
  /** The interned string table; index 0 is "". Label columns point into it. */
  strings: string[];
  samples: SampleTable;
  /**
   * Set when drop_frames cut stacks (prune.ts): the locations and samples as they were before,
   * and the table they became. pprof merges a profile and its base before it prunes them, so a
   * diff starts from these; a profile made from this one holds other samples and does not.
   */
  beforeDropFrames?: { locations: ProfileLocation[]; samples: SampleTable; pruned: SampleTable };
  /** Non-fatal oddities found while reading (e.g. "sample 12 references unknown location 99"). */
  warnings: string[];
}

export interface SampleLabel {
  key: string;
  str?: string;
  num?: number;
  unit?: string;
}

/** The labels of sample `i`, resolved to strings. */
export function sampleLabels(profile: Profile, i: number): SampleLabel[] {
  const s = profile.samples;
  const out: SampleLabel[] = [];
  for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
    const key = profile.strings[s.labelKey[j]];
    if (s.labelStr[j] !== 0) out.push({ key, str: profile.strings[s.labelStr[j]] });
    else {
      const unit = profile.strings[s.labelUnit[j]];
      out.push(unit ? { key, num: s.labelNum[j], unit } : { key, num: s.labelNum[j] });
    }
  }
  return out;
}

/**
 * The sample type a view shows when none is asked for, pprof's rule: the profile's
 * default_sample_type (an allocs profile: alloc_space), else the last type (a Go heap
 * profile sets none: inuse_space; a CPU profile: cpu). The decoders record it.
 */
export function defaultSampleTypeIndex(profile: Profile): number {
  const i = profile.defaultSampleTypeIndex;
  return i >= 0 && i < profile.sampleTypes.length ? i : Math.max(0, profile.sampleTypes.length - 1);
}

/** Resolves a sample type by name or index; undefined means the profile's default (defaultSampleTypeIndex). */
export function sampleTypeIndex(profile: Profile, sampleType?: string | number): number {
  if (sampleType === undefined) return defaultSampleTypeIndex(profile);
  if (typeof sampleType === 'number') {
    if (Number.isInteger(sampleType) && sampleType >= 0 && sampleType < profile.sampleTypes.length) return sampleType;
  } else if (/^[+-]?\d+$/.test(sampleType)) {
    // pprof's SampleIndexByName: a number is an index (Atoi) before it is a name.
    return sampleTypeIndex(profile, Number(sampleType));
  } else {
    // The first type of that name, or of that name without "inuse_": pprof's legacy names
    // inuse_space and inuse_objects choose a heap profile's space and objects (gperftools, Node).
    const legacy = sampleType.startsWith('inuse_') ? sampleType.slice('inuse_'.length) : sampleType;
    const i = profile.sampleTypes.findIndex(t => t.type === sampleType || t.type === legacy);
    if (i >= 0) return i;
  }
  throw new RangeError(`unknown sample type "${shownInput(String(sampleType))}" (this profile has: ${sampleTypeNames(profile)})`);
}

/**
 * The sample types' names for a message: the first few, each cut short, and how many in all
 * (a crafted profile can hold thousands, each megabytes long); "none" when it has none.
 */
export function sampleTypeNames(profile: Profile): string {
  const types = profile.sampleTypes;
  if (types.length === 0) return 'none';
  const shown = types.slice(0, 8).map(t => t.type.length > 64 ? `${t.type.slice(0, 64)}…` : t.type).join(', ');
  return types.length > 8 ? `${shown}, … (${types.length} in all)` : shown;
}

/** Compared type by type: a crafted profile may hold a million sample types, each unit megabytes long. */
export function sameSampleTypes(a: Profile, b: Profile): boolean {
  const x = a.sampleTypes, y = b.sampleTypes;
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    // The decoder gives types alike in a row one object: most pairs end at the first test, and a
    // pair of the objects just compared is not compared again (two profiles' 100 types of one
    // 96 MB name were 19 GB of characters compared).
    if (i > 0 && x[i] === x[i - 1] && y[i] === y[i - 1]) continue;
    if (x[i] !== y[i] && (x[i].type !== y[i].type || x[i].unit !== y[i].unit)) return false;
  }
  return true;
}

/** The first few sample types as `type/unit` (`separator` between them), each cut short, and how many in all. */
export function sampleTypesShown(profile: Profile, separator = ',', typeText = (t: ValueType): string => `${shownInput(t.type)}/${shownInput(t.unit)}`): string {
  const shown = profile.sampleTypes.slice(0, 8).map(typeText).join(separator);
  return profile.sampleTypes.length > 8 ? `${shown}${separator}… (${profile.sampleTypes.length} in all)` : shown;
}

/** Sum of one sample type over all samples (signed, as Go's int64 sums it). */
export function sampleTypeTotal(profile: Profile, typeIndex: number): number {
  const { values, valueCount, count, valuesExact } = profile.samples;
  let total = 0, magnitude = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i * valueCount + typeIndex];
    total += v;
    magnitude += Math.abs(v);
  }
  // Past 2^53 a double loses units: summed again as int64, which wraps past 2^63.
  if (magnitude < EXACT_DOUBLE_LIMIT) return total;
  let exact = 0n;
  for (let i = 0; i < count; i++) exact += valuesExact ? valuesExact[i * valueCount + typeIndex] : BigInt(values[i * valueCount + typeIndex]);
  return Number(BigInt.asIntN(64, exact));
}

export function emptySampleTable(valueCount: number): SampleTable {
  return {
    count: 0, valueCount, values: new Float64Array(0), stackStart: new Uint32Array(1), locations: new Uint16Array(0),
    labelStart: new Uint32Array(1), labelKey: new Uint32Array(0), labelStr: new Uint32Array(0),
    labelNum: new Float64Array(0), labelUnit: new Uint32Array(0),
  };
}
