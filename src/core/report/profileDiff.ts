// A profile compared with a base, as pprof's -diff_base / -base / -normalize make it: the
// base's samples are negated and merged with the profile's, so every path of either profile is
// in the result, and one that shrank or vanished since the base carries a negative value.
import { diffProfiles, inCommonUnits, IncompatibleProfilesError, mergeEqualSamples, sampleTypeTotal, subtractProfile, type Profile } from '../pprof';
import type { DiffOptions } from './profileTypes';

/**
 * `profile − base`. Throws IncompatibleProfilesError when their sample types differ.
 * With `normalize`, first scales the profile's samples per sample type so that its total
 * equals the base's (pprof's Profile.Normalize: values rounded; a profile whose total is 0
 * becomes all 0).
 */
export function diffProfile(input: Profile, inputBase: Profile, options: DiffOptions): Profile {
  // pprof normalizes before it brings units together: only a base of the same units can be a
  // normalized one.
  if (options.normalize) sameSampleTypes(input, inputBase);
  // pprof merges every profile it reads (its samples of one stack and labels summed) before it
  // normalizes: each merged sample is rounded once, as its sum.
  const normalized = options.normalize ? mergeEqualSamples(input) : input;
  const [profile, base] = inCommonUnits([normalized, inputBase]);
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
        if (ratios[t] !== 1) values[i * valueCount + t] = roundHalfAwayFromZero(values[i * valueCount + t] * ratios[t]);
      }
    }
  }
  // pprof merges samples of equal stacks and labels when it combines profiles: with -base a
  // path equal in both nets to one sample (the base's samples carry no mark to keep them
  // apart), which sets the total that percentages are of; with -diff_base the samples of each
  // side that repeat a stack are one, and a saved diff's own base samples meet the base's.
  return mergeEqualSamples(merged);
}

/** Go's math.Round: a saved diff's negative values round as their positive twins do. */
function roundHalfAwayFromZero(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** pprof's Profile.compatible, which -normalize asks first: the same sample types in the same units. */
function sameSampleTypes(profile: Profile, base: Profile): void {
  const key = (p: Profile): string => p.sampleTypes.map(t => `${t.type}/${t.unit}`).join(',');
  if (key(profile) !== key(base)) throw new IncompatibleProfilesError(`cannot normalize profiles with sample types [${key(profile)}] and [${key(base)}]`);
}
