// A profile compared with a base, as pprof's -diff_base / -base / -normalize make it: the
// base's samples are negated and merged with the profile's, so every path of either profile is
// in the result, and one that shrank or vanished since the base carries a negative value.
import { applyDropFrames, diffProfiles, sampleTypeTotal, subtractProfile, type Profile, type SampleTable } from '../pprof';
import { legacyDropFrames } from '../pprof/legacyFrames';
import { mergedHeader, mergeSamples } from '../pprof/reshape';
import type { DiffOptions } from './profileTypes';

/**
 * `profile − base`. Throws IncompatibleProfilesError when their sample types differ.
 * With `normalize`, first scales the profile's samples per sample type so that its total
 * equals the base's (pprof's Profile.Normalize: values rounded; a profile whose total is 0
 * becomes all 0).
 */
export function diffProfile(profile: Profile, base: Profile, options: DiffOptions): Profile {
  const merged = options.subtractBase ? subtractProfile(profile, base) : diffProfiles(profile, base);
  if (options.normalize) {
    // The profile's samples come first in the merged table: scale those rows in place.
    const { values, valueCount } = merged.samples;
    const ratios = profile.sampleTypes.map((_, t) => {
      const own = sampleTypeTotal(profile, t);
      return own === 0 ? 0 : sampleTypeTotal(base, t) / own;
    });
    for (let i = 0; i < profile.samples.count; i++) {
      for (let t = 0; t < valueCount; t++) {
        if (ratios[t] !== 1) values[i * valueCount + t] = Math.round(values[i * valueCount + t] * ratios[t]);
      }
    }
  }
  // pprof merges samples of equal stacks and labels when it combines profiles: with -base a
  // path equal in both nets to one sample (the base's samples carry no mark to keep them
  // apart), which sets the total that percentages are of.
  return options.subtractBase ? mergeEqualSamples(merged) : merged;
}

/**
 * pprof's whole -base/-diff_base step, shared by the editor and the CLI: each profile merged as
 * pprof merges every profile it reads (so -normalize rounds the merged samples, as pprof's
 * does), the diff, the header of the two (times, duration, default type), merged again.
 */
export function compareWithBase(profile: Profile, base: Profile, options: DiffOptions): Profile {
  const diff = diffProfile(mergeSamples(profile), mergeSamples(prunedAsProfile(base, profile)), options);
  return mergeSamples(mergedHeader(diff, [profile, base]));
}

/**
 * pprof prunes the merged profile by the first profile's drop_frames (its merge keeps the
 * first's; a legacy profile's are set by its reader, legacyFrames.ts): the base loses the frames
 * the profile drops (a legacy heap profile's allocator frames) even when it names none itself.
 * Ours were pruned by their own when read, so a base whose own differ is pruned again by the profile's.
 */
function prunedAsProfile(base: Profile, profile: Profile): Profile {
  // A legacy profile keeps '' (its frames are addresses until symbolized; '' lets its equal samples merge).
  const [dropFrames, keepFrames] = profile.format !== 'proto' && profile.dropFrames === '' ? legacyDropFrames(profile.sampleTypes) : [profile.dropFrames, profile.keepFrames];
  if (dropFrames === '' || base.dropFrames === dropFrames) return base;
  const copy: Profile = {
    ...base, dropFrames, keepFrames, warnings: [...base.warnings],
    locations: base.locations.map(loc => ({ ...loc })),
    samples: { ...base.samples, stackStart: base.samples.stackStart.slice(), locations: base.samples.locations.slice() },
  };
  applyDropFrames(copy);
  return copy;
}

/** Sums the samples with the same stack (same functions, lines and address) and labels; drops those that net to 0. */
function mergeEqualSamples(profile: Profile): Profile {
  const s = profile.samples;
  const canonical = new Map<string, number>();
  const locationKey = profile.locations.map(loc => {
    const text = `${loc.address}|${loc.lines.map(l => {
      const f = profile.functions[l.functionIndex];
      return f ? `${f.name}\u0000${f.filename}\u0000${l.line}` : `?${l.line}`;
    }).join('\u0001')}`;
    let id = canonical.get(text);
    if (id === undefined) { id = canonical.size; canonical.set(text, id); }
    return id;
  });
  const { values, valueCount: vc } = s;
  const firstOf = new Map<string, number>();
  const into = new Int32Array(s.count);
  const sums: number[][] = [];
  for (let i = 0; i < s.count; i++) {
    let key = '';
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) key += `${locationKey[s.locations[p]]},`;
    for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
      key += `|${profile.strings[s.labelKey[j]]}=${profile.strings[s.labelStr[j]]}#${s.labelNum[j]}${profile.strings[s.labelUnit[j]]}`;
    }
    let first = firstOf.get(key);
    if (first === undefined) { first = i; firstOf.set(key, i); sums.push(Array.from(values.subarray(i * vc, i * vc + vc))); into[i] = sums.length - 1; continue; }
    const sum = sums[into[first]];
    for (let t = 0; t < vc; t++) sum[t] += values[i * vc + t];
    into[i] = -1;
  }
  // Keep each group's first sample (its stack and labels) with the group's sums.
  const keep: number[] = [];
  for (let i = 0; i < s.count; i++) if (into[i] >= 0 && sums[into[i]].some(v => v !== 0)) keep.push(i);
  let stackLength = 0, labelLength = 0;
  for (const i of keep) { stackLength += s.stackStart[i + 1] - s.stackStart[i]; labelLength += s.labelStart[i + 1] - s.labelStart[i]; }
  const t: SampleTable = {
    count: keep.length, valueCount: vc, values: new Float64Array(keep.length * vc), stackStart: new Uint32Array(keep.length + 1),
    locations: s.locations instanceof Uint16Array ? new Uint16Array(stackLength) : new Uint32Array(stackLength),
    labelStart: new Uint32Array(keep.length + 1), labelKey: new Uint32Array(labelLength), labelStr: new Uint32Array(labelLength),
    labelNum: new Float64Array(labelLength), labelUnit: new Uint32Array(labelLength),
  };
  let at = 0, lab = 0;
  keep.forEach((i, k) => {
    t.values.set(sums[into[i]], k * vc);
    t.stackStart[k] = at;
    t.locations.set(s.locations.subarray(s.stackStart[i], s.stackStart[i + 1]), at);
    at += s.stackStart[i + 1] - s.stackStart[i];
    t.labelStart[k] = lab;
    for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++, lab++) {
      t.labelKey[lab] = s.labelKey[j]; t.labelStr[lab] = s.labelStr[j]; t.labelNum[lab] = s.labelNum[j]; t.labelUnit[lab] = s.labelUnit[j];
    }
  });
  t.stackStart[keep.length] = at;
  t.labelStart[keep.length] = lab;
  return { ...profile, samples: t };
}
