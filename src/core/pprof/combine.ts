// Diffs (profile − base, like pprof -diff_base):
// the base's samples are negated and tagged with pprof's "pprof::base" label, so that
// totals and percentages follow pprof (100% = the base's total).
import { DIFF_BASE_LABEL } from './stackView';
import { sameSampleTypes, sampleTypesShown, type Profile, type ProfileFunction, type ProfileLine, type ProfileMapping, type SampleTable } from './model';
import { appendAll } from '../appendAll';
import { exactValueAt } from './exactSums';
import { addressOrder, firstOfEqualLocations, LocationKeyTable } from './locationKeys';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { columnsOf, defineLazyLocations, profileFields, type LocationColumns } from './locationColumns';

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
  const functions: ProfileFunction[] = [], mappings: ProfileMapping[] = [];
  const out: Omit<Profile, 'locations'> = {
    ...profileFields(first), gzipped: false, mappings, functions, strings, warnings: [],
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
  const partColumns = parts.map(p => columnsOf(p.profile));
  const totalLocations = partColumns.reduce((n, c) => n + c.count, 0);
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
  const locationKeys = new LocationKeyTable(functions, mappings, totalLocations);
  const locations = new MergedLocations(totalLocations);
  // The first part's locations go into the key table only when a later part is looked up in it:
  // a part of the first's very locations and tables (a diff of a file with itself, read once) is
  // mapped to the first of each key without it.
  let firstSource = -1, firstPartKeyed = false;
  let firstOfFirstPart: Uint32Array | undefined;
  const sourceOfFirstPart = (): number => (firstSource >= 0 ? firstSource : (firstSource = locationKeys.addSource(partColumns[0])));
  const keyFirstPart = (): void => {
    if (firstPartKeyed) return;
    firstPartKeyed = true;
    const source = sourceOfFirstPart();
    for (let l = 0; l < partColumns[0].count; l++) locationKeys.findOrAdd(source, l, l);
  };
  // A diff of two profiles whose locations each lie at addresses apart (two captures of one
  // binary): the second's matched to the first's in address order, without the table.
  const orders = parts.length === 2 && partColumns[1] !== partColumns[0] ? addressOrder(first.mappings, partColumns[0]) : undefined;
  let si = 0, li = 0, lab = 0;
  for (let part = 0; part < parts.length; part++) {
    const { profile, sign, base } = parts[part];
    const fnOffset = functions.length, mapOffset = mappings.length;
    appendAll(functions, profile.functions.map(f => ({ ...f, id: f.id })));
    // pprof's driver gives a profile without mappings one without a file before merging, and the
    // merge keeps the first profile's first mapping first: the report's "File:" is never the base's.
    appendAll(mappings, profile.mappings.length > 0 ? profile.mappings : [NO_MAPPING]);
    const columns = partColumns[part];
    // Per location of this part its index in the merged table; undefined: the same index (the
    // first part's locations, their lines the same lists: nothing changes a location once read).
    let locationIndex: Uint32Array | undefined;
    if (part === 0) {
      locations.appendAll(columns);
    } else if (columns === partColumns[0] && profile.functions === first.functions && profile.mappings === first.mappings) {
      locationIndex = firstOfFirstPart ??= firstOfEqualLocations(first.functions, first.mappings, columns);
    } else {
      const source = locationKeys.addSource(columns, { mapping: mapOffset, function: fnOffset });
      locationIndex = new Uint32Array(columns.count);
      const shiftedLists = new Map<number, number>();
      const order = orders && addressOrder(profile.mappings, columns);
      const matches = orders && order ? locationKeys.matchesByAddress(sourceOfFirstPart(), orders, source, order) : undefined;
      if (!matches) keyFirstPart();
      for (let l = 0; l < columns.count; l++) {
        // Found, or added as the copy made next: one probe either way (none when matched by address).
        const seen = matches ? matches[l] : locationKeys.findOrAdd(source, l, locations.count);
        if (seen >= 0) { locationIndex[l] = seen; continue; }
        locationIndex[l] = locations.count;
        locations.appendShifted(columns, l, mapOffset, fnOffset, shiftedLists);
      }
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
  return defineLazyLocations(out, locations.columns());
}

/** The merged locations as columns, appended part after part. */
class MergedLocations {
  count = 0;
  private readonly id: Float64Array;
  private readonly address: Float64Array;
  private readonly mappingIndex: Int32Array;
  private readonly linesRef: Uint32Array;
  private readonly folded: Uint8Array;
  private anyFolded = false;
  private readonly lineLists: ProfileLine[][] = [];

  constructor(capacity: number) {
    this.id = new Float64Array(capacity); this.address = new Float64Array(capacity); this.mappingIndex = new Int32Array(capacity);
    this.linesRef = new Uint32Array(capacity); this.folded = new Uint8Array(capacity);
  }

  /** Every location of `c` as it is (the first part's: its tables are the first in the shared ones). */
  appendAll(c: LocationColumns): void {
    const at = this.count, listsAt = this.lineLists.length;
    if (c.id) this.id.set(c.id, at); else for (let l = 0; l < c.count; l++) this.id[at + l] = l + 1;
    this.address.set(c.address, at);
    this.mappingIndex.set(c.mappingIndex, at);
    for (let l = 0; l < c.count; l++) this.linesRef[at + l] = c.linesRef[l] === 0 ? 0 : c.linesRef[l] + listsAt;
    appendAll(this.lineLists, c.lineLists);
    if (c.folded) { this.folded.set(c.folded, at); this.anyFolded = true; }
    this.count += c.count;
  }

  /** Location `l` of `c`, its mapping and functions shifted into the shared tables; a list of lines shifted once (`shiftedLists`: per list of `c`, its linesRef here). */
  appendShifted(c: LocationColumns, l: number, mapOffset: number, fnOffset: number, shiftedLists: Map<number, number>): void {
    const at = this.count++;
    this.id[at] = c.id ? c.id[l] : l + 1;
    this.address[at] = c.address[l];
    const m = c.mappingIndex[l];
    this.mappingIndex[at] = m >= 0 ? m + mapOffset : -1;
    if (c.folded?.[l]) { this.folded[at] = 1; this.anyFolded = true; }
    const ref = c.linesRef[l];
    if (ref === 0) return;
    let shifted = shiftedLists.get(ref);
    if (shifted === undefined) {
      shifted = this.lineLists.push(c.lineLists[ref - 1].map(ln => ({ ...ln, functionIndex: ln.functionIndex >= 0 ? ln.functionIndex + fnOffset : -1 })));
      shiftedLists.set(ref, shifted);
    }
    this.linesRef[at] = shifted;
  }

  columns(): LocationColumns {
    const n = this.count;
    return {
      count: n, id: this.id.subarray(0, n), address: this.address.subarray(0, n), mappingIndex: this.mappingIndex.subarray(0, n),
      linesRef: this.linesRef.subarray(0, n), lineLists: this.lineLists, ...(this.anyFolded && { folded: this.folded.subarray(0, n) }),
    };
  }
}
