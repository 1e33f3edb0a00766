// pprof's merge (profile.Merge): profiles with the same sample types become one; mappings,
// functions and locations that are the same in several profiles are kept once, samples with the
// same stack and labels are summed (mergeSamples.ts), all-zero samples dropped, and only what a
// sample uses kept; then the first profile's drop_frames prune it.
// So merging the captures of several replicas gives the profile `go tool pprof -proto a b` writes.
import { IncompatibleProfilesError } from './combine';
import { sameSampleTypes, sampleTypesShown, type Profile, type ProfileFunction, type ProfileLocation, type ProfileMapping, type SampleTable } from './model';
import { exactValueAt } from './exactSums';
import { mergeSamples } from './mergeSamples';
import { beforeDropFrames, prunedByDropFrames } from './prune';
import { mergedHeader } from './reshape';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/**
 * The stack frames (a location of a sample's stack), labels or samples a merge gathers, each, before it joins equal samples.
 * Past ~1.3×10^8 a growing JavaScript array ends the whole process (V8's fatal "invalid size": no
 * error to catch, the extension host included); 3,000 replicas of a 120,000-entry heap profile are
 * 1.8×10^8. 5×10^7 entries are ~400 MB while gathered.
 */
export const MAX_MERGED_ENTRIES = 50_000_000;

export function mergeProfiles(profiles: readonly Profile[], maxEntries = MAX_MERGED_ENTRIES): Profile {
  if (profiles.length === 0) throw new IncompatibleProfilesError('nothing to merge');

  const first = profiles[0];
  for (const p of profiles) {
    if (!sameSampleTypes(p, first)) {
      throw new IncompatibleProfilesError(`cannot merge profiles with sample types [${sampleTypesShown(first)}] and [${sampleTypesShown(p)}]`);
    }
  }
  const vc = first.sampleTypes.length;
  const strings = [''];
  const stringIndex = new ContentKeyedMap<number>([['', 0]]);
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); stringIndex.set(s, i); }
    return i;
  };
  const mappings: ProfileMapping[] = [];
  const functions: ProfileFunction[] = [];
  const locations: ProfileLocation[] = [];
  const mappingByKey = new ContentKeyedMap<number>();
  const functionByKey = new ContentKeyedMap<number>();
  const locationByKey = new ContentKeyedMap<number>();

  // Every sample of every profile in the merged tables' numbers, summed by mergeSamples.
  // The values in one array of the most they can take (a profile may hold 10^6 types): the zero samples left out, it is cut to length.
  // pprof merges the profiles as written, before drop_frames.
  const sources = profiles.map(beforeDropFrames);
  // Each gathered in an array of its own: the stacks' frames, the labels, the samples.
  let frames = 0, labels = 0, samples = 0;
  for (const p of sources) { frames += p.samples.stackStart[p.samples.count]; labels += p.samples.labelStart[p.samples.count]; samples += p.samples.count; }
  const most = Math.max(frames, labels, samples);
  if (most > maxEntries) {
    const what = most === frames ? 'stack frames' : most === labels ? 'labels' : 'samples';
    throw new RangeError(`these ${sources.length.toLocaleString('en-US')} profiles hold ${most.toLocaleString('en-US')} ${what} in all, more than one merge gathers (${maxEntries.toLocaleString('en-US')}): merge fewer of them`);
  }
  let values = new Float64Array(sources.reduce((n, p) => n + p.samples.values.length, 0)), valueCount = 0;
  const stacks: number[] = [], stackStart = [0], labelStart = [0];
  const labelKey: number[] = [], labelStr: number[] = [], labelNum: number[] = [], labelUnit: number[] = [];
  // Values past 2^53 keep their int64, for mergeSamples to sum as pprof does.
  const exactValues: bigint[] | undefined = profiles.some(p => p.samples.valuesExact) ? [] : undefined;

  for (const profile of sources) {
    // Per source profile: its index → the merged index (-2: not seen yet).
    const mapIndex = new Int32Array(profile.mappings.length).fill(-2);
    const mapShift = new Float64Array(profile.mappings.length);
    const fnIndex = new Int32Array(profile.functions.length).fill(-2);
    const locIndex = new Int32Array(profile.locations.length).fill(-2);
    const mapMapping = (i: number): number => {
      if (i < 0) return -1;
      if (mapIndex[i] !== -2) return mapIndex[i];
      const m = profile.mappings[i];
      const key = `${m.limit - m.start}\0${m.offset}\0${m.buildId || m.file}`;
      let merged = mappingByKey.get(key);
      if (merged === undefined) {
        merged = mappings.length;
        mappings.push({ ...m, id: merged + 1 });
        mappingByKey.set(key, merged);
      } else {
        const kept = mappings[merged];
        // pprof keeps the flags a later copy adds.
        kept.hasFunctions &&= m.hasFunctions;
        kept.hasFilenames &&= m.hasFilenames;
        kept.hasLineNumbers &&= m.hasLineNumbers;
        kept.hasInlineFrames &&= m.hasInlineFrames;
      }
      mapShift[i] = mappings[merged].start - m.start;
      mapIndex[i] = merged;
      return merged;
    };
    const mapFunction = (i: number): number => {
      if (i < 0) return -1;
      if (fnIndex[i] !== -2) return fnIndex[i];
      const f = profile.functions[i];
      const key = `${f.name}\0${f.systemName}\0${f.filename}\0${f.startLine}`;
      let merged = functionByKey.get(key);
      if (merged === undefined) {
        merged = functions.length;
        functions.push({ ...f, id: merged + 1 });
        functionByKey.set(key, merged);
      }
      fnIndex[i] = merged;
      return merged;
    };
    const mapLocation = (i: number): number => {
      if (locIndex[i] !== -2) return locIndex[i];
      const loc = profile.locations[i];
      const mapping = mapMapping(loc.mappingIndex);
      const address = mapping >= 0 ? loc.address + mapShift[loc.mappingIndex] : loc.address;
      const lines = loc.lines.map(l => ({ functionIndex: mapFunction(l.functionIndex), line: l.line, column: l.column }));
      const key = `${mapping}\0${address}\0${loc.isFolded ? 1 : 0}\0${lines.map(l => `${l.functionIndex}:${l.line}:${l.column}`).join(',')}`;
      let merged = locationByKey.get(key);
      if (merged === undefined) {
        merged = locations.length;
        locations.push({ id: merged + 1, mappingIndex: mapping, address, lines, isFolded: loc.isFolded });
        locationByKey.set(key, merged);
      }
      locIndex[i] = merged;
      return merged;
    };

    const s = profile.samples;
    const remap = s.labelKey.length > 0 ? profile.strings.map(intern) : [];
    for (let i = 0; i < s.count; i++) {
      // A sample of zeros adds nothing, not even its locations.
      let zero = true;
      for (let v = 0; v < vc; v++) if (s.values[i * vc + v] !== 0) { zero = false; break; }
      if (zero) continue;
      values.set(s.values.subarray(i * vc, i * vc + vc), valueCount);
      valueCount += vc;
      if (exactValues) for (let v = 0; v < vc; v++) exactValues.push(exactValueAt(s, i * vc + v));
      for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) stacks.push(mapLocation(s.locations[p]));
      stackStart.push(stacks.length);
      for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
        labelKey.push(remap[s.labelKey[j]]); labelStr.push(remap[s.labelStr[j]]); labelNum.push(s.labelNum[j]); labelUnit.push(remap[s.labelUnit[j]]);
      }
      labelStart.push(labelKey.length);
    }
  }

  if (valueCount < values.length) values = values.slice(0, valueCount);
  const all: SampleTable = {
    count: stackStart.length - 1, valueCount: vc, values, stackStart: Uint32Array.from(stackStart),
    locations: locations.length <= 0x10000 ? Uint16Array.from(stacks) : Uint32Array.from(stacks),
    labelStart: Uint32Array.from(labelStart), labelKey: Uint32Array.from(labelKey), labelStr: Uint32Array.from(labelStr),
    labelNum: Float64Array.from(labelNum), labelUnit: Uint32Array.from(labelUnit),
    ...(exactValues && { valuesExact: BigInt64Array.from(exactValues) }),
  };

  // pprof's header of a merge (combineHeaders): the earliest time, durations summed, the largest
  // period, comments once, the first default_sample_type any of them sets.
  const merged = mergedHeader({
    ...first,
    gzipped: false,
    sampleTypes: first.sampleTypes,
    mappings, locations, functions, strings, samples: all,
    warnings: profiles.flatMap(p => p.warnings), beforeDropFrames: undefined,
  }, profiles);
  // pprof prunes the merged profile by the first one's drop_frames, after its merge.
  return prunedByDropFrames(mergeSamples(merged), first.dropFrames, first.keepFrames);
}
