// pprof's -raw: the profile as pprof holds it after reading, printed by its Profile.String().
// pprof merges what it reads (profile.Merge, even one file): locations and mappings are numbered
// anew in the order the samples reach them (the first mapping of the first profile first), equal
// ones made one, samples whose values are all 0 gone; then drop_frames cuts stacks and lines but
// keeps the numbering, and the filters drop samples (one without a location always) but no
// location. So the numbers are taken from the stacks as read and the samples printed as pruned.
import type { Profile, ProfileLocation, ProfileMapping, SampleTable } from '../pprof/model';
import { displayFunctionName } from '../pprof/functionNames';
import { goDurationString, goPrecision, goTimeString } from './goTimeText';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** Go's `%#x` of a uint64 held in a double: 2^64 - 1 (a mapping to the end of memory) rounds up to 2^64. */
const hex = (v: number): string => (v >= 2 ** 64 ? '0xffffffffffffffff' : `0x${Math.max(0, v).toString(16)}`);

/**
 * The mapping pprof gives a location the profile maps to none: a legacy reader's one mapping of
 * all memory for an address outside every mapping; a profile without mappings, one empty mapping
 * for every location (pprof's driver adds it to try to symbolize).
 */
const ALL_MEMORY: ProfileMapping = {
  id: 0, start: 0, limit: 2 ** 64, offset: 0, file: '', buildId: '',
  hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false,
};
const EMPTY_MAPPING: ProfileMapping = { ...ALL_MEMORY, limit: 0 };

/** Which of the two mappings pprof adds the profile gets, if any. */
function addedMapping(profile: Profile): ProfileMapping | undefined {
  if (profile.format !== 'proto' && profile.locations.some(l => l.mappingIndex < 0 && l.address !== 0)) return ALL_MEMORY;
  return profile.mappings.length === 0 ? EMPTY_MAPPING : undefined;
}

/** The mapping pprof holds for a location: an index into the profile's, or the one it added; undefined for none. */
function mappingOf(loc: ProfileLocation, added: ProfileMapping | undefined): number | ProfileMapping | undefined {
  if (loc.mappingIndex >= 0) return loc.mappingIndex;
  if (added === EMPTY_MAPPING || (added === ALL_MEMORY && loc.address !== 0)) return added;
  return undefined;
}

/** pprof's numbering of a merged profile's locations and mappings (0 = not reached). */
interface Numbering {
  locationId: Uint32Array;
  locations: number[];
  /** The mappings in pprof's order, each with the id its locations print. */
  mappings: ProfileMapping[];
  mappingIdOf: (loc: ProfileLocation) => number;
}

function isZeroSample(s: SampleTable, i: number): boolean {
  for (let k = 0; k < s.valueCount; k++) if (s.values[i * s.valueCount + k] !== 0) return false;
  return true;
}

/** pprof's mapping key: its size rounded up to 4 KiB, offset, and build id or else file. */
function mappingKey(map: ProfileMapping): string {
  const size = Math.ceil((map.limit - map.start) / 0x1000) * 0x1000;
  return `${size}\u0000${map.offset}\u0000${map.buildId !== '' ? map.buildId : map.file}`;
}

function number(profile: Profile, stacks: SampleTable, lines: readonly ProfileLocation[]): Numbering {
  const locationId = new Uint32Array(profile.locations.length);
  const ids = new Map<number | ProfileMapping, number>();
  const locations: number[] = [], mappings: ProfileMapping[] = [];
  const mappingsByKey = new ContentKeyedMap<number>(), locationsByKey = new ContentKeyedMap<number>();
  const mapMapping = (m: number | ProfileMapping | undefined): number => {
    if (m === undefined) return 0;
    let id = ids.get(m);
    if (id === undefined) {
      const map = typeof m === 'number' ? profile.mappings[m] : m;
      const key = mappingKey(map);
      id = mappingsByKey.get(key);
      if (id === undefined) { mappings.push(map); id = mappings.length; mappingsByKey.set(key, id); }
      ids.set(m, id);
    }
    return id;
  };
  const added = addedMapping(profile);
  // pprof's merge numbers the first profile's first mapping first (the one it added when it has none).
  mapMapping(profile.mappings.length > 0 ? 0 : added);
  const functionKey = (f: number): string => {
    if (f < 0) return '';
    const fn = profile.functions[f];
    return `${fn.startLine}\u0001${fn.name}\u0001${fn.systemName}\u0001${fn.filename}`;
  };
  for (let i = 0; i < stacks.count; i++) {
    if (isZeroSample(stacks, i)) continue;
    for (let p = stacks.stackStart[i]; p < stacks.stackStart[i + 1]; p++) {
      const l = stacks.locations[p];
      if (locationId[l] !== 0) continue;
      const loc = lines[l];
      const mapping = mappingOf(loc, added);
      const m = mapMapping(mapping);
      const relative = typeof mapping === 'number' ? loc.address - profile.mappings[mapping].start : loc.address;
      const key = `${relative}\u0000${m}\u0000${loc.isFolded ? 1 : 0}\u0000${loc.lines.map(ln => `${functionKey(ln.functionIndex)}\u0002${ln.line}`).join('\u0003')}`;
      const known = locationsByKey.get(key);
      if (known !== undefined) { locationId[l] = known; continue; }
      locations.push(l);
      locationId[l] = locations.length;
      locationsByKey.set(key, locations.length);
    }
  }
  return { locationId, locations, mappings, mappingIdOf: loc => mapMapping(mappingOf(loc, added)) };
}

/** Go's `%v` of a []string: "[a b]". */
const goList = (items: readonly string[]): string => `[${items.join(' ')}]`;

function labelLines(profile: Profile, s: SampleTable, i: number): string[] {
  const strings = profile.strings;
  const labels = new ContentKeyedMap<string[]>();
  const numbers = new ContentKeyedMap<{ values: string[]; units: string[] }>();
  for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
    const key = strings[s.labelKey[j]];
    if (s.labelStr[j] !== 0) {
      const list = labels.get(key) ?? [];
      list.push(strings[s.labelStr[j]]);
      labels.set(key, list);
    } else if (s.labelNum[j] !== 0 || s.labelUnit[j] !== 0) {
      // pprof's decoder keeps a number's unit padded with "" up to it, so units and values pair up only when the last has one.
      const entry = numbers.get(key) ?? { values: [], units: [] };
      if (s.labelUnit[j] !== 0) {
        while (entry.units.length < entry.values.length) entry.units.push('');
        entry.units.push(strings[s.labelUnit[j]]);
      }
      entry.values.push(String(s.labelNum[j]));
      numbers.set(key, entry);
    }
  }
  const header = ' '.repeat(16);
  const out: string[] = [];
  if (labels.size > 0) out.push(header + [...labels].map(([k, v]) => `${k}:${goList(v)}`).sort().join(' '));
  if (numbers.size > 0) {
    out.push(header + [...numbers].map(([k, { values, units }]) =>
      `${k}:${goList(units.length === values.length ? values.map((v, n) => `${v} ${units[n]}`) : values)}`).sort().join(' '));
  }
  return out;
}

function locationText(profile: Profile, loc: ProfileLocation, id: number, mappingId: number): string {
  let head = `${String(id).padStart(6)}: ${hex(loc.address)} `;
  if (mappingId > 0) head += `M=${mappingId} `;
  if (loc.isFolded) head += '[F] ';
  if (loc.lines.length === 0) return head;
  return loc.lines.map((ln, k) => {
    let text = '??';
    if (ln.functionIndex >= 0) {
      // pprof's symbolizer names the function as every report does (demangled, C++ and Go generics simplified).
      const fn = profile.functions[ln.functionIndex];
      const name = displayFunctionName(fn);
      text = `${name} ${fn.filename}:${ln.line} s=${fn.startLine}`;
      if (name !== fn.systemName) text += `(${fn.systemName})`;
    }
    return (k === 0 ? head : ' '.repeat(13)) + text;
  }).join('\n');
}

/**
 * `go tool pprof -raw` of a merged profile, a piece at a time (a sample's lines each): `keep`
 * says which samples the filters keep (all when absent).
 */
export function* rawProfileText(profile: Profile, keep?: Uint8Array): Generator<string> {
  const s = profile.samples;
  const before = profile.beforeDropFrames;
  const asRead = before && before.samples.count === s.count ? before : undefined;
  const numbering = number(profile, asRead?.samples ?? s, asRead?.locations ?? profile.locations);
  // pprof's legacy readers keep no comments (goprof's keep a heap profile's MemStats lines); its
  // proto reader always has a period type, empty when the profile has none.
  const proto = profile.format === 'proto';
  const head: string[] = proto ? profile.comments.map(c => `Comment: ${c}`) : [];
  const periodType = profile.periodType ?? (proto ? { type: '', unit: '' } : undefined);
  if (periodType) head.push(`PeriodType: ${periodType.type} ${periodType.unit}`);
  head.push(`Period: ${profile.period}`);
  if (profile.timeNanos !== 0) head.push(`Time: ${goTimeString(profile.timeNanos, profile.timeNanosExact)}`);
  if (profile.durationNanos !== 0) head.push(`Duration: ${goPrecision(goDurationString(profile.durationNanos), 4)}`);
  head.push('Samples:');
  head.push(profile.sampleTypes.map(t => `${t.type}/${t.unit}${t.type === profile.defaultSampleType ? '[dflt]' : ''}`).join(' ').trim());
  yield head.join('\n') + '\n';
  for (let i = 0; i < s.count; i++) {
    if ((keep && keep[i] === 0) || isZeroSample(s, i) || s.stackStart[i + 1] === s.stackStart[i]) continue;
    let line = '';
    for (let k = 0; k < s.valueCount; k++) {
      const v = s.valuesExact ? s.valuesExact[i * s.valueCount + k].toString() : String(s.values[i * s.valueCount + k]);
      line += ' ' + v.padStart(10);
    }
    line += ': ';
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) line += `${numbering.locationId[s.locations[p]]} `;
    yield [line, ...labelLines(profile, s, i)].join('\n') + '\n';
  }
  const tail = ['Locations'];
  for (let n = 0; n < numbering.locations.length; n++) {
    const l = numbering.locations[n];
    const loc = profile.locations[l];
    tail.push(locationText(profile, loc, n + 1, numbering.mappingIdOf(loc)));
  }
  tail.push('Mappings');
  numbering.mappings.forEach((map, n) => {
    const bits = (map.hasFunctions ? '[FN]' : '') + (map.hasFilenames ? '[FL]' : '') + (map.hasLineNumbers ? '[LN]' : '') + (map.hasInlineFrames ? '[IN]' : '');
    tail.push(`${n + 1}: ${hex(map.start)}/${hex(map.limit)}/${hex(map.offset)} ${map.file} ${map.buildId} ${bits}`);
  });
  yield tail.join('\n') + '\n';
}
