// A profile compared with a base, as pprof's -diff_base / -base / -normalize make it: the
// base's samples are negated and merged with the profile's, so every path of either profile is
// in the result, and one that shrank or vanished since the base carries a negative value.
import { diffProfiles, inCommonUnits, IncompatibleProfilesError, mergeSamples, sampleTypeTotal, subtractProfile, type Profile } from '../pprof';
import { sameSampleTypes, sampleTypesShown } from '../pprof/model';
import { isMerged, markMerged } from '../pprof/mergeSamples';
import { DIFF_BASE_LABEL } from '../pprof/stackView';
import { legacyDropFrames } from '../pprof/legacyFrames';
import { beforeDropFrames, prunedByDropFrames } from '../pprof/prune';
import { mergedHeader } from '../pprof/reshape';
import { scaledInt64 } from '../pprof/roundHalfAwayFromZero';
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
  if (options.normalize) compatibleForNormalize(input, inputBase);
  // pprof merges every profile it reads (its samples of one stack and labels summed) before it
  // normalizes: each merged sample is rounded once, as its sum.
  const normalized = options.normalize ? mergeSamples(input) : input;
  const [profile, base] = inCommonUnits([normalized, inputBase]);
  const merged = options.subtractBase ? subtractProfile(profile, base) : diffProfiles(profile, base);
  if (!options.normalize && !options.subtractBase && diffOfMergedIsMerged(profile, base, merged)) markMerged(merged);
  if (options.normalize) {
    // The profile's samples come first in the merged table: scale those rows in place.
    const { values, valueCount, valuesExact } = merged.samples;
    const ratios = profile.sampleTypes.map((_, t) => {
      const own = sampleTypeTotal(profile, t);
      return own === 0 ? 0 : sampleTypeTotal(base, t) / own;
    });
    for (let i = 0; i < profile.samples.count; i++) {
      for (let t = 0; t < valueCount; t++) {
        if (ratios[t] === 1) continue;
        // pprof scales as a float64: the int64 of a scaled value is its rounding.
        values[i * valueCount + t] = scaledInt64(values[i * valueCount + t], ratios[t]);
        if (valuesExact) valuesExact[i * valueCount + t] = BigInt(values[i * valueCount + t]);
      }
    }
  }
  // pprof merges samples of equal stacks and labels when it combines profiles: with -base a
  // path equal in both nets to one sample (the base's samples carry no mark to keep them
  // apart), which sets the total that percentages are of; with -diff_base the samples of each
  // side that repeat a stack are one, and a saved diff's own base samples meet the base's.
  return mergeSamples(merged);
}

/**
 * Whether the diff of two merged profiles is merged as it is: each side's samples are distinct,
 * nonzero and in the first of their locations, the combined table keeps a location once, and
 * every base sample carries the base's mark, which no profile sample does, so no two meet. A side
 * that holds the mark itself (a saved diff) may meet the other, and int64 values are summed again.
 */
function diffOfMergedIsMerged(profile: Profile, base: Profile, merged: Profile): boolean {
  return isMerged(profile) && isMerged(base) && !merged.samples.valuesExact && !hasLabelKey(profile, DIFF_BASE_LABEL) && !hasLabelKey(base, DIFF_BASE_LABEL);
}

function hasLabelKey(profile: Profile, key: string): boolean {
  const s = profile.samples;
  if (s.labelKey.length === 0) return false;
  const isKey = new Uint8Array(profile.strings.length);
  let any = false;
  profile.strings.forEach((text, i) => { if (text === key) { isKey[i] = 1; any = true; } });
  if (!any) return false;
  for (let j = 0; j < s.labelKey.length; j++) if (isKey[s.labelKey[j]] === 1) return true;
  return false;
}

/** pprof's Profile.compatible, which -normalize asks first: the same sample types in the same units. */
function compatibleForNormalize(profile: Profile, base: Profile): void {
  if (!sameSampleTypes(profile, base)) {
    throw new IncompatibleProfilesError(`cannot normalize profiles with sample types [${sampleTypesShown(profile)}] and [${sampleTypesShown(base)}]`);
  }
}

/**
 * pprof's whole -base/-diff_base step, shared by the editor and the CLI: each profile merged as
 * pprof merges every profile it reads (so -normalize rounds the merged samples, as pprof's
 * does), the diff, the header of the two (times, duration, default type), merged again, and
 * only then pruned by the first profile's drop_frames (pprof's merge keeps the first's, and its
 * driver prunes the merged profile): samples that differ only in dropped frames stay apart, as
 * in pprof, and a base's own drop_frames count for nothing.
 */
export function compareWithBase(profile: Profile, base: Profile, options: DiffOptions): Profile {
  // A legacy profile keeps '' (its frames are addresses until symbolized, so pprof's pruning
  // leaves them alone): only the base loses the frames its kind drops (a heap profile's allocator frames).
  if (profile.format !== 'proto' && profile.dropFrames === '') {
    const [dropFrames, keepFrames] = legacyDropFrames(profile.sampleTypes);
    const prunedBase = prunedByDropFrames(beforeDropFrames(base), dropFrames, keepFrames);
    return mergedHeader(diffProfile(mergeSamples(profile), mergeSamples(prunedBase), options), [profile, base]);
  }
  const diff = diffProfile(mergeSamples(beforeDropFrames(profile)), mergeSamples(beforeDropFrames(base)), options);
  return prunedByDropFrames(mergedHeader(diff, [profile, base]), profile.dropFrames, profile.keepFrames);
}
