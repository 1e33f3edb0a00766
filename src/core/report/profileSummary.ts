// The summary of a decoded profile the editor shows first (and picks its sample type from).
import { defaultSampleTypeIndex, distinctLabelKeys, sampleTypeTotal, type Profile } from '../pprof';
import { EXACT_DOUBLE_LIMIT } from '../pprof/exactSums';
import type { ProfileSummary } from './profileTypes';
import { SampleTypeWindows, sampleTypesKey } from './sampleTypeWindow';
import { crossingKey } from '../../shared/nameLimit';

const FORMAT_NAMES: Record<Profile['format'], string> = {
  'proto': 'pprof',
  'legacy-heap': 'legacy heap text',
  'legacy-contention': 'legacy contention text',
  'legacy-count': 'legacy count text (debug=1)',
  'legacy-cpu': 'legacy binary CPU',
};

/**
 * The summary crosses from the worker to the extension host's thread and on to the webview: a
 * crafted profile's 10^6 comments made it a 16 MB message, seconds of the host's thread to read;
 * a 96 MB string as the period type and unit, a label key or a warning's name, 100–200 MB.
 */
const SUMMARY_COMMENTS = 100;
const SUMMARY_COMMENT_LENGTH = 1000;
const SUMMARY_WARNINGS = 20;

const cutText = (text: string): string => (text.length > SUMMARY_COMMENT_LENGTH ? `${text.slice(0, SUMMARY_COMMENT_LENGTH)}…` : text);

/** Every sample type of the profile with its total over all samples, answered by window. */
export function sampleTypeWindowsOf(profile: Profile): SampleTypeWindows {
  const s = profile.samples;
  const totals = profile.sampleTypes.map(() => 0);
  // Locals: the sample table's lazy label accessors make each property read a slow lookup.
  const { count, valueCount, values } = s;
  const magnitudes = profile.sampleTypes.map(() => 0);
  for (let i = 0; i < count; i++) {
    for (let t = 0; t < valueCount && t < totals.length; t++) {
      const v = values[i * valueCount + t];
      totals[t] += v;
      magnitudes[t] += Math.abs(v);
    }
  }
  // Past 2^53 a double loses units: those totals summed again as pprof's int64.
  magnitudes.forEach((m, t) => { if (m >= EXACT_DOUBLE_LIMIT) totals[t] = sampleTypeTotal(profile, t); });
  return new SampleTypeWindows(profile.sampleTypes, totals, defaultSampleTypeIndex(profile));
}

/**
 * What a profile holds: its first sample types and their totals (`types`: the windows the caller
 * keeps for the rest), the one shown first, its labels.
 */
export function summarizeProfile(fileName: string, profile: Profile, types = sampleTypeWindowsOf(profile)): ProfileSummary {
  const s = profile.samples;
  // Not s.labelKey: reading it builds all five label columns, which the default view never needs.
  const labelKeys = distinctLabelKeys(s);
  return {
    fileName,
    format: FORMAT_NAMES[profile.format] + (profile.gzipped ? ' (gzip)' : ''),
    sampleTypes: types.head(),
    sampleTypesKey: sampleTypesKey(profile.sampleTypes, types.pickerName),
    defaultSampleType: defaultSampleTypeIndex(profile),
    sampleCount: s.count,
    periodType: profile.periodType ? { type: types.pickerName(profile.periodType.type), unit: types.pickerName(profile.periodType.unit) } : undefined,
    period: profile.period,
    durationNanos: profile.durationNanos,
    timeNanos: profile.timeNanos,
    comments: profile.comments.slice(0, SUMMARY_COMMENTS).map(cutText),
    warnings: profile.warnings.slice(0, SUMMARY_WARNINGS).map(cutText),
    // A key longer than a query may name crosses as a reference, which the worker resolves (profileQuery.ts).
    labelKeys: labelKeys.map(k => crossingKey(profile.strings[k])).sort(),
  };
}
