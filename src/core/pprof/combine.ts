// Diffs (profile − base, like pprof -diff_base):
// the base's samples are negated and tagged with pprof's "pprof::base" label, so that
// totals and percentages follow pprof (100% = the base's total).
import { DIFF_BASE_LABEL } from './stackView';
import { sameSampleTypes, sampleTypesShown, type Profile, type ProfileMapping, type SampleTable } from './model';
import { appendAll } from '../appendAll';
import { exactValueAt } from './exactSums';
import { LocationKeyTable } from './locationKeys';
import { ContentKeyedMap } from '../contentKeyedMap';

export class IncompatibleProfilesError extends Error {
  constructor(message: string) { super(message); this.name = 'IncompatibleProfilesError'; }
}

/** `profile − base`; values may become negative. */
export function diffProfiles(profile: Profile, base: Profile): Profile {
  return combine([{ profile, sign: 1, base: false }, { profile: base, sign: -1, base: true }]);
}

/**
 * `profile − base` without marking the base (pprof -base): percentages are of the result's
 * own total, as for a profile of the growth alone.
 */
export function subtractProfile(profile: Profile, base: Profile): Profile {
  return combine([{ profile, sign: 1, base: false }, { profile: base, sign: -1, base: false }]);
}

const NO_MAPPING: ProfileMapping = {
  id: 0, start: 0, limit: 0, offset: 0, file: '', buildId: '', hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false,
};

interface Part { profile: Profile; sign: number; base: boolean }

function combine(parts: Part[]): Profile {
  if (parts.length === 0) throw new IncompatibleProfilesError('nothing to merge');
  const first = parts[0].profile;
  for (const { profile } of parts) {
    if (!sameSampleTypes(profile, first)) {
      throw new IncompatibleProfilesError(`cannot combine profiles with sample types [${sampleTypesShown(first)}] and [${sampleTypesShown(profile)}]`);
    }
  }
  const strings = [''];
  const stringIndex = new ContentKeyedMap<number>([['', 0]]);
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); stringIndex.set(s, i); }
    return i;
  };
  const out: Profile = {
    ...first, gzipped: false, mappings: [], locations: [], functions: [], strings, warnings: [],
    // concat copies arrays whole; flatMap takes ~0.4 µs an element (10^6 comments a part).
    comments: ([] as string[]).concat(...parts.map(p => p.profile.comments)),
    durationNanos: parts.filter(p => !p.base).reduce((d, p) => d + p.profile.durationNanos, 0),
    samples: undefined as unknown as SampleTable,
  };
  let count = 0, stackLength = 0, labelCount = 0;
  for (const { profile, base } of parts) {
    count += profile.samples.count;
    stackLength += profile.samples.locations.length;
    labelCount += profile.samples.labelKey.length + (base ? profile.samples.count : 0);
  }
  const vc = first.sampleTypes.length;
  const totalLocations = parts.reduce((n, p) => n + p.profile.locations.length, 0);
  const t: SampleTable = {
    count, valueCount: vc, values: new Float64Array(count * vc), stackStart: new Uint32Array(count + 1),
    locations: totalLocations <= 0x10000 ? new Uint16Array(stackLength) : new Uint32Array(stackLength),
    labelStart: new Uint32Array(count + 1), labelKey: new Uint32Array(labelCount), labelStr: new Uint32Array(labelCount),
    labelNum: new Float64Array(labelCount), labelUnit: new Uint32Array(labelCount),
  };
  // Values past 2^53 keep their int64.
  if (parts.some(p => p.profile.samples.valuesExact)) t.valuesExact = new BigInt64Array(count * vc);
  const baseKey = intern(DIFF_BASE_LABEL), baseValue = intern('true');
  // pprof's merge keeps a location once however many profiles hold it (a diff of two captures of
  // one program shares most): a later part's location of a key already there is that one, not a
  // copy of it and its lines.
  const locationKeys = new LocationKeyTable(out.functions, out.mappings, out.locations, totalLocations);
  let si = 0, li = 0, lab = 0;
  for (const { profile, sign, base } of parts) {
    const fnOffset = out.functions.length, mapOffset = out.mappings.length;
    appendAll(out.functions, profile.functions.map(f => ({ ...f, id: f.id })));
    // pprof's driver gives a profile without mappings one without a file before merging, and the
    // merge keeps the first profile's first mapping first: the report's "File:" is never the base's.
    appendAll(out.mappings, profile.mappings.length > 0 ? profile.mappings : [NO_MAPPING]);
    // Per location of this part its index in the merged table; undefined: the same index (the
    // first part's locations, the same objects: nothing changes a location once read).
    let locationIndex: Uint32Array | undefined;
    if (fnOffset === 0 && mapOffset === 0) {
      appendAll(out.locations, profile.locations);
      for (let l = 0; l < profile.locations.length; l++) locationKeys.findOrAdd(profile.locations[l], undefined, l);
    } else {
      const shift = { mapping: mapOffset, function: fnOffset };
      locationIndex = new Uint32Array(profile.locations.length);
      profile.locations.forEach((loc, l) => {
        // Found, or added as the copy made next: one probe either way.
        const seen = locationKeys.findOrAdd(loc, shift, out.locations.length);
        if (seen >= 0) { locationIndex![l] = seen; return; }
        locationIndex![l] = out.locations.length;
        out.locations.push({
          ...loc, mappingIndex: loc.mappingIndex >= 0 ? loc.mappingIndex + mapOffset : -1,
          lines: loc.lines.map(ln => ({ ...ln, functionIndex: ln.functionIndex >= 0 ? ln.functionIndex + fnOffset : -1 })),
        });
      });
    }
    const s = profile.samples;
    const remap = s.labelKey.length > 0 ? profile.strings.map(intern) : [];
    for (let i = 0; i < s.count; i++, si++) {
      for (let v = 0; v < vc; v++) t.values[si * vc + v] = sign * s.values[i * vc + v];
      // pprof negates a base by scaling it by -1 in float64: its values past 2^53 rounded first.
      if (t.valuesExact) for (let v = 0; v < vc; v++) t.valuesExact[si * vc + v] = sign < 0 ? BigInt(t.values[si * vc + v]) : exactValueAt(s, i * vc + v);
      t.stackStart[si] = li;
      for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) t.locations[li++] = locationIndex ? locationIndex[s.locations[p]] : s.locations[p];
      t.labelStart[si] = lab;
      for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
        // pprof sets the base's mark (SetLabel replaces the key): a base that is itself a diff
        // keeps one mark per sample, so its own equal stacks merge.
        if (base && remap[s.labelKey[j]] === baseKey) continue;
        t.labelKey[lab] = remap[s.labelKey[j]];
        t.labelStr[lab] = remap[s.labelStr[j]];
        t.labelNum[lab] = s.labelNum[j];
        t.labelUnit[lab] = remap[s.labelUnit[j]];
        lab++;
      }
      if (base) { t.labelKey[lab] = baseKey; t.labelStr[lab] = baseValue; lab++; }
    }
  }
  t.stackStart[count] = li;
  t.labelStart[count] = lab;
  // Fewer labels than reserved when a base's own marks were replaced.
  if (lab < labelCount) {
    t.labelKey = t.labelKey.slice(0, lab); t.labelStr = t.labelStr.slice(0, lab);
    t.labelNum = t.labelNum.slice(0, lab); t.labelUnit = t.labelUnit.slice(0, lab);
  }
  out.samples = t;
  return out;
}
