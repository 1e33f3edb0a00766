// A profile compared with a base, as pprof's -diff_base / -base / -normalize make it: the
// base's samples are negated and merged with the profile's, so every path of either profile is
// in the result, and one that shrank or vanished since the base carries a negative value.
import { diffProfiles, sampleTypeTotal, subtractProfile, type Profile } from '../pprof';
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
  return merged;
}
