// pprof's -tags: every label key of the samples the filters keep, each value with the sum of the
// samples' values that carry it and its share of the key's total. A numeric label's value is
// named as pprof prints it in its unit (`bytes` 4096 is "4kB"), so values that print alike are one.
import type { StackView } from '../pprof/stackView';
import { numLabelUnits } from '../pprof/tagFilter';
import { goFixed, percentage, scaleValue, scaledLabel } from '../pprof/measurement';
import { rightAlignedColumns } from './rightAlignedColumns';
import { compareAbs64, Int64Sum } from '../pprof/exactSums';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export interface LabelValueSum {
  /** The value as pprof prints it: a string label's value, a numeric one scaled in its unit. */
  value: string;
  /** The sum of the values of the samples with this label value, in the sample type's unit. */
  weight: number;
}

export interface LabelKeySummary {
  key: string;
  /** The sum over the key's values (a sample with two values of one key counts twice, as pprof counts it). */
  total: number;
  /** Heaviest first (by magnitude), then by value. */
  values: LabelValueSum[];
}

export interface LabelSummary {
  /** By key name. */
  keys: LabelKeySummary[];
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The label summary of the view's kept samples; numeric values named in `outputUnit` (pprof's -unit). Sums are pprof's int64 sums. */
export function labelSummary(view: StackView, outputUnit: string): LabelSummary {
  const { profile, kept, weights, typeIndex } = view;
  const s = profile.samples, strings = profile.strings;
  const units = numLabelUnits(strings, s.labelKey, s.labelStr, s.labelUnit);
  const sums = new ContentKeyedMap<Map<string, Int64Sum>>();
  for (let i = 0; i < s.count; i++) {
    // pprof's name filters, run on every report, drop a sample without a location before it counts labels.
    if (kept[i] === 0 || s.stackStart[i + 1] === s.stackStart[i]) continue;
    const w = weights[i], exact = s.valuesExact?.[i * s.valueCount + typeIndex];
    for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
      const key = strings[s.labelKey[j]];
      const value = s.labelStr[j] !== 0 ? strings[s.labelStr[j]] : scaledLabel(s.labelNum[j], units.get(key) ?? '', outputUnit);
      let values = sums.get(key);
      if (!values) { values = new ContentKeyedMap(); sums.set(key, values); }
      let sum = values.get(value);
      if (!sum) { sum = new Int64Sum(); values.set(value, sum); }
      sum.add(w, exact);
    }
  }
  const keys: LabelKeySummary[] = [];
  for (const [key, values] of sums) {
    const total = new Int64Sum();
    for (const sum of values.values()) total.add(sum.value, sum.exact);
    const list = [...values].map(([value, sum]) => ({ value, sum }));
    list.sort((a, b) => compareAbs64(a.sum.value, b.sum.value, a.sum.exact, b.sum.exact) || byName(a.value, b.value));
    keys.push({ key, total: total.value, values: list.map(({ value, sum }) => ({ value, weight: sum.value })) });
  }
  keys.sort((a, b) => byName(a.key, b.key));
  return { keys };
}

/** `go tool pprof -tags`: each key's total, then its values with their sums and shares, a blank line after each key. */
export function renderLabelSummaryText(summary: LabelSummary, sampleUnit: string, outputUnit: string): string {
  const scaled = (v: number): string => {
    const [n, unit] = scaleValue(v, sampleUnit, outputUnit);
    return `${goFixed(n, 1)}${unit}`;
  };
  const rows: string[][] = [];
  for (const { key, total, values } of summary.keys) {
    rows.push([`${key}:`, ` Total ${scaled(total)}`]);
    for (const { value, weight } of values) {
      rows.push([' ', total > 0 ? `${scaled(weight)} (${percentage(weight, total)}):` : `${scaled(weight)}:`, ` ${value}`]);
    }
    rows.push(['']);
  }
  return rightAlignedColumns(rows).map(l => l + '\n').join('');
}
