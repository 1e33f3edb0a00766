// The profiles given together, as `go tool pprof -top a.pb.gz b.pb.gz` reads its arguments:
// each sample type and the period brought to the finest unit they share (ScaleProfiles), then
// merged (profile.Merge). pprof refuses profiles of other kinds with the types it compared;
// here the message also names the two files, which pprof's does not.
import { IncompatibleProfilesError } from './combine';
import { compatibleValueTypes, inCommonUnits } from './commonUnits';
import { mergeProfiles } from './merge';
import { sameSampleTypes, sampleTypesShown, type Profile, type ValueType } from './model';
import { shownInput } from './errors';

export interface NamedProfile {
  /** What the user gave: a path or a file name. */
  name: string;
  profile: Profile;
}

const typeText = (t: ValueType): string => (t.type === '' && t.unit === '' ? '(none)' : `${shownInput(t.type)}/${shownInput(t.unit)}`);
// pprof reads a profile without a period type as one of empty names, which matches no other.
const NO_PERIOD_TYPE: ValueType = { type: '', unit: '' };
const typesText = (p: Profile): string => `[${sampleTypesShown(p, ' ', typeText)}]`;

/** Why pprof would not merge `b` into `a` (its checks in its order), or undefined. */
function mergeRefusal(a: Profile, b: Profile): string | undefined {
  const [periodA, periodB] = [a.periodType ?? NO_PERIOD_TYPE, b.periodType ?? NO_PERIOD_TYPE];
  if (!compatibleValueTypes(periodA, periodB)) return `incompatible period types ${typeText(periodA)} and ${typeText(periodB)} (sample types ${typesText(a)} and ${typesText(b)})`;
  if (a.sampleTypes.length !== b.sampleTypes.length) return `incompatible sample types ${typesText(a)} and ${typesText(b)}`;
  for (let i = 0; i < a.sampleTypes.length; i++) {
    if (!compatibleValueTypes(a.sampleTypes[i], b.sampleTypes[i])) return `incompatible sample types ${typesText(a)} and ${typesText(b)}`;
  }
  return undefined;
}

/** After the units are shared, pprof's Merge asks for the same names too ("sample" and "samples" scale alike but do not merge). */
function namesRefusal(a: Profile, b: Profile): string | undefined {
  const [periodA, periodB] = [a.periodType ?? NO_PERIOD_TYPE, b.periodType ?? NO_PERIOD_TYPE];
  if (typeText(periodA) !== typeText(periodB)) return `incompatible period types ${typeText(periodA)} and ${typeText(periodB)}`;
  // Type by type: the text shows only the first few of a profile's types, so one past them is named.
  if (sameSampleTypes(a, b)) return undefined;
  const [textA, textB] = [typesText(a), typesText(b)];
  if (textA !== textB) return `incompatible sample types ${textA} and ${textB}`;
  const i = a.sampleTypes.findIndex((t, k) => t.type !== b.sampleTypes[k].type || t.unit !== b.sampleTypes[k].unit);
  return `incompatible sample types ${textA} and ${textB} (type ${i + 1}: ${typeText(a.sampleTypes[i])} and ${typeText(b.sampleTypes[i])})`;
}

/** One profile, or pprof's merge of several; throws IncompatibleProfilesError naming the two files that differ. */
export function mergeNamedProfiles(inputs: readonly NamedProfile[]): Profile {
  if (inputs.length === 0) throw new IncompatibleProfilesError('no profiles to merge');
  if (inputs.length === 1) return inputs[0].profile;
  const first = inputs[0];
  const refuse = (refusal: (a: Profile, b: Profile) => string | undefined, profiles: readonly Profile[]): void => {
    for (let i = 1; i < inputs.length; i++) {
      const why = refusal(profiles[0], profiles[i]);
      if (why !== undefined) throw new IncompatibleProfilesError(`cannot merge ${first.name} and ${inputs[i].name}: ${why}`);
    }
  };
  refuse(mergeRefusal, inputs.map(p => p.profile));
  const scaled = inCommonUnits(inputs.map(p => p.profile));
  refuse(namesRefusal, scaled);
  return mergeProfiles(scaled);
}

export { mergedFileName } from './mergedFileName';
