// pprof's merge (profile.Merge): profiles with the same sample types become one; mappings,
// functions and locations that are the same in several profiles are kept once, samples with the
// same stack and labels are summed, all-zero samples dropped, and only what a sample uses kept.
// So merging the captures of several replicas gives the profile `go tool pprof -proto a b` writes.
import { IncompatibleProfilesError } from './combine';
import type { Profile, ProfileFunction, ProfileLocation, ProfileMapping, SampleTable } from './model';

const typesKey = (p: Profile): string => p.sampleTypes.map(t => `${t.type}/${t.unit}`).join(',');

export function mergeProfiles(profiles: readonly Profile[]): Profile {
  if (profiles.length === 0) throw new IncompatibleProfilesError('nothing to merge');
  const first = profiles[0];
  for (const p of profiles) {
    if (typesKey(p) !== typesKey(first)) {
      throw new IncompatibleProfilesError(`cannot merge profiles with sample types [${typesKey(first)}] and [${typesKey(p)}]`);
    }
  }
  const vc = first.sampleTypes.length;
  const strings = [''];
  const stringIndex = new Map<string, number>([['', 0]]);
  const intern = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) { i = strings.length; strings.push(s); stringIndex.set(s, i); }
    return i;
  };
  const mappings: ProfileMapping[] = [];
  const functions: ProfileFunction[] = [];
  const locations: ProfileLocation[] = [];
  const mappingByKey = new Map<string, number>();
  const functionByKey = new Map<string, number>();
  const locationByKey = new Map<string, number>();

  interface MergedSample { values: Float64Array; stack: number[]; labels: [number, number, number, number][] }
  const samples: MergedSample[] = [];
  const sampleByKey = new Map<string, number>();

  for (const profile of profiles) {
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
      let zero = true;
      for (let v = 0; v < vc; v++) if (s.values[i * vc + v] !== 0) { zero = false; break; }
      if (zero) continue;
      const stack: number[] = [];
      for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) stack.push(mapLocation(s.locations[p]));
      const labels: [number, number, number, number][] = [];
      for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) labels.push([remap[s.labelKey[j]], remap[s.labelStr[j]], s.labelNum[j], remap[s.labelUnit[j]]]);
      const labelKey = labels.map(l => `${strings[l[0]]}=${strings[l[1]]}#${l[2]}${strings[l[3]]}`).sort().join('\0');
      const key = `${stack.join(',')}|${labelKey}`;
      const at = sampleByKey.get(key);
      if (at !== undefined) {
        const into = samples[at].values;
        for (let v = 0; v < vc; v++) into[v] += s.values[i * vc + v];
      } else {
        sampleByKey.set(key, samples.length);
        samples.push({ values: s.values.slice(i * vc, (i + 1) * vc), stack, labels });
      }
    }
  }

  // Values that summed to zero are dropped too, as pprof's second pass does.
  const kept = samples.filter(m => m.values.some(v => v !== 0));
  let stackLength = 0, labelCount = 0;
  for (const m of kept) { stackLength += m.stack.length; labelCount += m.labels.length; }
  const t: SampleTable = {
    count: kept.length, valueCount: vc, values: new Float64Array(kept.length * vc), stackStart: new Uint32Array(kept.length + 1),
    locations: locations.length <= 0x10000 ? new Uint16Array(stackLength) : new Uint32Array(stackLength),
    labelStart: new Uint32Array(kept.length + 1), labelKey: new Uint32Array(labelCount), labelStr: new Uint32Array(labelCount),
    labelNum: new Float64Array(labelCount), labelUnit: new Uint32Array(labelCount),
  };
  let li = 0, lab = 0;
  kept.forEach((m, si) => {
    t.values.set(m.values, si * vc);
    t.stackStart[si] = li;
    for (const loc of m.stack) t.locations[li++] = loc;
    t.labelStart[si] = lab;
    for (const [k, str, num, unit] of m.labels) { t.labelKey[lab] = k; t.labelStr[lab] = str; t.labelNum[lab] = num; t.labelUnit[lab] = unit; lab++; }
  });
  t.stackStart[kept.length] = li;
  t.labelStart[kept.length] = lab;

  const times = profiles.map(p => p.timeNanos).filter(n => n > 0);
  return {
    ...first,
    gzipped: false,
    sampleTypes: first.sampleTypes.map(x => ({ ...x })),
    period: Math.max(...profiles.map(p => p.period)),
    timeNanos: times.length > 0 ? Math.min(...times) : 0,
    durationNanos: profiles.reduce((d, p) => d + p.durationNanos, 0),
    comments: profiles.flatMap(p => p.comments),
    mappings, locations, functions, strings, samples: t,
    warnings: profiles.flatMap(p => p.warnings),
  };
}
