// pprof's -relative_percentages: the 100% of a report is the samples the filters keep rather than
// the whole profile's (pprof filters before it takes its total). As pprof's computeTotal: |value|
// summed as int64, only the base's samples when the profile is a diff, and never a sample without
// a location (pprof's name filters drop it).
import type { StackView } from '../pprof/stackView';
import { DIFF_BASE_LABEL, sampleHasLabel } from '../pprof/stackView';
import { Int64Sum } from '../pprof/exactSums';

export function relativeTotal(view: StackView): number {
  const { profile, kept, typeIndex } = view;
  const s = profile.samples;
  const baseKey = profile.strings.indexOf(DIFF_BASE_LABEL);
  const all = new Int64Sum(), base = new Int64Sum();
  for (let i = 0; i < s.count; i++) {
    if (kept[i] === 0 || s.stackStart[i + 1] === s.stackStart[i]) continue;
    const at = i * s.valueCount + typeIndex;
    const v = Math.abs(s.values[at]);
    const exact = s.valuesExact ? (s.valuesExact[at] < 0n ? -s.valuesExact[at] : s.valuesExact[at]) : undefined;
    all.add(v, exact);
    if (baseKey > 0 && sampleHasLabel(profile, i, baseKey)) base.add(v, exact);
  }
  return base.value > 0 ? base.value : all.value;
}
