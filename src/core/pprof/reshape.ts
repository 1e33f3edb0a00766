// Profile-level rewrites that pprof applies before it builds a report, done the same way
// so that our numbers and pprof's agree:
//   mergedHeader      the header of a profile merged with its base (-base, -diff_base)
//   showFrom          -show_from (profile.ShowFrom)
//   addLabelFrames    -tagroot / -tagleaf (internal/driver/tagroot.go)
// Each returns a new Profile; the input is not modified.
import type { Profile, ProfileFunction, ProfileLocation, SampleTable } from './model';
import { scaledLabel } from './measurement';
import { displayFunctionName } from './functionNames';
import { simplifyFunc } from './prune';
import type { LinearRegex } from '../linearRegex';
import { distinctStrings } from '../distinctStrings';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { profileCopy } from './locationColumns';

/** A column of numbers that grows by doubling: a profile's stacks can hold ten million ids, which a JavaScript array holds at twice the bytes and copies as it grows. */
class GrowableColumn<T extends Uint32Array | Float64Array> {
  length = 0;
  constructor(private data: T) {}

  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new (this.data.constructor as new (n: number) => T)(Math.max(16, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }

  /** The numbers pushed, in an array of their own length. */
  take(): T {
    return this.data.slice(0, this.length) as T;
  }
}

const uint32Column = (): GrowableColumn<Uint32Array> => new GrowableColumn(new Uint32Array(16));
const float64Column = (): GrowableColumn<Float64Array> => new GrowableColumn(new Float64Array(16));

/** Appends samples one by one and builds the columnar table. */
class SampleTableBuilder {
  private values = float64Column();
  private stack = uint32Column();
  private stackStart = uint32Column();
  private labelStart = uint32Column();
  private labelKey = uint32Column();
  private labelStr = uint32Column();
  private labelNum = float64Column();
  private labelUnit = uint32Column();
  private largestLocation = 0;
  /** The values as int64, when the source has them (SampleTable.valuesExact). */
  private exact: bigint[] | undefined;
  count = 0;

  constructor(private readonly valueCount: number) {
    this.stackStart.push(0);
    this.labelStart.push(0);
  }

  /** `locations` leaf first; labels copied from sample `from` of `source`. */
  add(values: ArrayLike<number>, locations: ArrayLike<number>, source: SampleTable, from: number): void {
    for (let v = 0; v < this.valueCount; v++) this.values.push(values[v]);
    if (source.valuesExact) {
      this.exact ??= [];
      for (let v = 0; v < this.valueCount; v++) this.exact.push(source.valuesExact[from * this.valueCount + v]);
    }
    for (let p = 0; p < locations.length; p++) {
      const l = locations[p];
      if (l > this.largestLocation) this.largestLocation = l;
      this.stack.push(l);
    }
    this.stackStart.push(this.stack.length);
    for (let j = source.labelStart[from]; j < source.labelStart[from + 1]; j++) {
      this.labelKey.push(source.labelKey[j]); this.labelStr.push(source.labelStr[j]);
      this.labelNum.push(source.labelNum[j]); this.labelUnit.push(source.labelUnit[j]);
    }
    this.labelStart.push(this.labelKey.length);
    this.count++;
  }

  build(): SampleTable {
    const stack = this.stack.take();
    return {
      count: this.count, valueCount: this.valueCount, values: this.values.take(),
      ...(this.exact && { valuesExact: BigInt64Array.from(this.exact) }),
      stackStart: this.stackStart.take(),
      locations: this.largestLocation < 0x10000 ? Uint16Array.from(stack) : stack,
      labelStart: this.labelStart.take(), labelKey: this.labelKey.take(),
      labelStr: this.labelStr.take(), labelNum: this.labelNum.take(), labelUnit: this.labelUnit.take(),
    };
  }
}

function sampleValues(s: SampleTable, i: number): Float64Array {
  return s.values.subarray(i * s.valueCount, (i + 1) * s.valueCount);
}

/**
 * The header of profile.Merge over `sources` (a profile and its base): the earliest time,
 * the durations and comments of all, the largest period, the first default sample type.
 */
export function mergedHeader(merged: Profile, sources: readonly Profile[]): Profile {
  let timeNanos = 0, durationNanos = 0, period = 0;
  let timeNanosExact: bigint | undefined;
  // Each comment once, in the order first seen: a hash table, not a search of the list (10^6 comments: minutes).
  const commentLists: string[][] = [];
  for (let i = 0; i < sources.length; i++) {
    const p = sources[i];
    if (timeNanos === 0 || p.timeNanos < timeNanos) { timeNanos = p.timeNanos; timeNanosExact = p.timeNanosExact; }
    durationNanos += p.durationNanos;
    if (period === 0 || period < p.period) period = p.period;
    // A base of the same program often carries the same comments: those are in the table already.
    if (i === 0 || !sameComments(p.comments, sources[0].comments)) commentLists.push(p.comments);
  }
  // The first default_sample_type any of them sets; a profile without one defaults to its last type.
  const last = merged.sampleTypes.length - 1;
  const explicit = sources.find(p => p.defaultSampleTypeIndex !== p.sampleTypes.length - 1);
  const defaultSampleTypeIndex = explicit ? explicit.defaultSampleTypeIndex : last;
  const defaultSampleType = sources.find(p => p.defaultSampleType)?.defaultSampleType;
  return profileCopy(merged, {
    timeNanos, durationNanos, period, comments: distinctStrings(commentLists), defaultSampleTypeIndex,
    timeNanosExact, defaultSampleType,
  });
}

function sameComments(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The samples whose `keep` entry is 1 (e.g. a StackView's `kept`), in their order. */
export function keepSamples(profile: Profile, keep: Uint8Array): Profile {
  const s = profile.samples;
  const builder = new SampleTableBuilder(s.valueCount);
  for (let i = 0; i < s.count; i++) {
    if (keep[i] === 1) builder.add(sampleValues(s, i), s.locations.subarray(s.stackStart[i], s.stackStart[i + 1]), s, i);
  }
  return profileCopy(profile, { samples: builder.build() });
}

/** Whether a function's printed (demangled) name or its file matches: what pprof's regexes see; each function tested once. */
function functionMatcher(profile: Profile, re: LinearRegex): (f: number) => boolean {
  const answers = new Array<boolean | undefined>(profile.functions.length);
  return f => (answers[f] ??= re.test(displayFunctionName(profile.functions[f])) || re.test(profile.functions[f].filename));
}

/**
 * -hide and -show applied to the profile itself (profile.FilterSamplesByName's part on lines),
 * for what runs after them in pprof (-show_from sees only the frames they left): -hide removes
 * the matching lines of a location (all of them when its binary matches), -show keeps only the
 * matching ones (and lines without a function; a location without lines has none to keep). A
 * location left without lines leaves every stack, and a sample left without any is dropped.
 */
export function hideFrames(profile: Profile, hide: LinearRegex | undefined, show: LinearRegex | undefined): Profile {
  if (!hide && !show) return profile;
  const hidesFn = hide && functionMatcher(profile, hide), showsFn = show && functionMatcher(profile, show);
  const binaryMatches = (re: LinearRegex, m: number): boolean => m >= 0 && profile.mappings[m].file !== '' && re.test(profile.mappings[m].file);
  const locations: ProfileLocation[] = profile.locations.slice();
  const hidden = new Uint8Array(locations.length);
  let anyHidden = false;
  for (let l = 0; l < locations.length; l++) {
    const loc = locations[l];
    let lines = loc.lines;
    if (hide && hidesFn) {
      const hiddenLine = (ln: ProfileLocation['lines'][number]): boolean => ln.functionIndex >= 0 && hidesFn(ln.functionIndex);
      // Only a location that matches loses lines; one left with none leaves the stacks.
      const matched = binaryMatches(hide, loc.mappingIndex) || lines.some(hiddenLine);
      if (matched) lines = binaryMatches(hide, loc.mappingIndex) ? [] : lines.filter(ln => !hiddenLine(ln));
      if (matched && lines.length === 0) { hidden[l] = 1; anyHidden = true; }
    }
    if (show && showsFn && hidden[l] === 0) {
      if (!binaryMatches(show, loc.mappingIndex)) lines = lines.filter(ln => ln.functionIndex < 0 || showsFn(ln.functionIndex));
      if (lines.length === 0) { hidden[l] = 1; anyHidden = true; }
    }
    if (lines !== loc.lines) locations[l] = { ...loc, lines };
  }
  const s = profile.samples;
  if (!anyHidden) return { ...profile, locations };
  const builder = new SampleTableBuilder(s.valueCount);
  const stack: number[] = [];
  for (let i = 0; i < s.count; i++) {
    stack.length = 0;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) if (hidden[s.locations[p]] === 0) stack.push(s.locations[p]);
    if (stack.length > 0) builder.add(sampleValues(s, i), stack, s, i);
  }
  return { ...profile, locations, samples: builder.build() };
}

/**
 * -show_from: per sample, drop the frames above (callers of) the outermost frame whose
 * function name or file matches; samples with no match are dropped. Within an inlined
 * location, the lines outside the last matching one go too; a matching binary keeps the
 * whole location.
 */
export function showFrom(profile: Profile, re: LinearRegex): Profile {
  const locations: ProfileLocation[] = profile.locations.slice();
  const matched = new Uint8Array(locations.length);
  const matches = functionMatcher(profile, re);
  for (let l = 0; l < locations.length; l++) {
    const loc = locations[l];
    const mappingFile = loc.mappingIndex >= 0 ? profile.mappings[loc.mappingIndex].file : '';
    if (mappingFile !== '' && re.test(mappingFile)) { matched[l] = 1; continue; }
    for (let k = loc.lines.length - 1; k >= 0; k--) {
      if (loc.lines[k].functionIndex >= 0 && matches(loc.lines[k].functionIndex)) {
        matched[l] = 1;
        if (k < loc.lines.length - 1) locations[l] = { ...loc, lines: loc.lines.slice(0, k + 1) };
        break;
      }
    }
  }
  const s = profile.samples;
  const builder = new SampleTableBuilder(s.valueCount);
  for (let i = 0; i < s.count; i++) {
    for (let p = s.stackStart[i + 1] - 1; p >= s.stackStart[i]; p--) {
      if (matched[s.locations[p]] === 0) continue;
      builder.add(sampleValues(s, i), s.locations.subarray(s.stackStart[i], p + 1), s, i);
      break;
    }
  }
  return { ...profile, locations, samples: builder.build() };
}

/**
 * -prune_from: per location, the lines inside (inlined into) the innermost one whose function
 * name, simplified as pprof simplifies it, matches are cut; per sample, the frames below (callees
 * of) the innermost such location are dropped. Samples without a match keep their stacks.
 */
export function pruneFrom(profile: Profile, re: LinearRegex): Profile {
  const locations: ProfileLocation[] = profile.locations.slice();
  const matched = new Uint8Array(locations.length);
  const answers = new Array<boolean | undefined>(profile.functions.length);
  const matches = (f: number): boolean => (answers[f] ??= displayFunctionName(profile.functions[f]) !== '' && re.test(simplifyFunc(displayFunctionName(profile.functions[f]))));
  for (let l = 0; l < locations.length; l++) {
    const loc = locations[l];
    for (let k = 0; k < loc.lines.length; k++) {
      if (loc.lines[k].functionIndex >= 0 && matches(loc.lines[k].functionIndex)) {
        matched[l] = 1;
        if (k > 0) locations[l] = { ...loc, lines: loc.lines.slice(k) };
        break;
      }
    }
  }
  const s = profile.samples;
  const builder = new SampleTableBuilder(s.valueCount);
  for (let i = 0; i < s.count; i++) {
    let from = s.stackStart[i];
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) if (matched[s.locations[p]] === 1) { from = p; break; }
    builder.add(sampleValues(s, i), s.locations.subarray(from, s.stackStart[i + 1]), s, i);
  }
  return { ...profile, locations, samples: builder.build() };
}

/**
 * The name pprof gives sample i's frame for label `key` (internal/driver formatLabelValues):
 * its string values, then its numbers scaled to `outputUnit`, joined by commas; '' without it.
 */
export function labelFrameName(profile: Profile, i: number, key: string, outputUnit = 'minimum'): string {
  const s = profile.samples, strings = profile.strings;
  const text: string[] = [], numbers: string[] = [];
  for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
    if (strings[s.labelKey[j]] !== key) continue;
    if (s.labelStr[j] !== 0) text.push(strings[s.labelStr[j]]);
    else {
      const unit = strings[s.labelUnit[j]];
      numbers.push(unit ? scaledLabel(s.labelNum[j], unit, outputUnit) : scaledLabel(s.labelNum[j], '', ''));
    }
  }
  return [...text, ...numbers].join(',');
}

/**
 * -tagroot / -tagleaf: per sample, a pseudo frame per label key, named by the sample's
 * values of that key joined with "," (numbers with their unit, scaled as pprof does), in
 * the file named by the key. The first root key is outermost, the last leaf key innermost.
 */
export function addLabelFrames(profile: Profile, rootKeys: string[], leafKeys: string[], outputUnit = 'minimum'): Profile {
  if (rootKeys.length === 0 && leafKeys.length === 0) return profile;
  const s = profile.samples;
  const functions: ProfileFunction[] = profile.functions.slice();
  const locations: ProfileLocation[] = profile.locations.slice();
  let nextFunctionId = functions.reduce((m, f) => Math.max(m, f.id), 0) + 1;
  let nextLocationId = locations.reduce((m, l) => Math.max(m, l.id), 0) + 1;
  const byKey = new ContentKeyedMap<number>();
  const labelLocation = (value: string, key: string): number => {
    const k = `${value}\u0000${key}`;
    let l = byKey.get(k);
    if (l === undefined) {
      functions.push({ id: nextFunctionId++, name: value, systemName: '', filename: key, startLine: 0 });
      l = locations.length;
      locations.push({ id: nextLocationId++, mappingIndex: -1, address: 0, lines: [{ functionIndex: functions.length - 1, line: 0, column: 0 }], isFolded: false });
      byKey.set(k, l);
    }
    return l;
  };
  const valuesOf = (i: number, key: string): string => labelFrameName(profile, i, key, outputUnit);
  const builder = new SampleTableBuilder(s.valueCount);
  for (let i = 0; i < s.count; i++) {
    const stack: number[] = [];
    // Leaf first: the last leaf key is innermost, the first root key outermost.
    for (let k = leafKeys.length - 1; k >= 0; k--) stack.push(labelLocation(valuesOf(i, leafKeys[k]), leafKeys[k]));
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) stack.push(s.locations[p]);
    for (let k = rootKeys.length - 1; k >= 0; k--) stack.push(labelLocation(valuesOf(i, rootKeys[k]), rootKeys[k]));
    builder.add(sampleValues(s, i), stack, s, i);
  }
  return { ...profile, functions, locations, samples: builder.build() };
}
