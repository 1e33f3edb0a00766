// A sample table made of some samples of another: their stacks and labels as they were, their
// values given anew (sums of a merge, scaled values). Sized once from what is picked.
import type { SampleTable } from './model';

/**
 * The samples `from[k]` of `s`, in that order, each with the values `valuesAt(k)`, and their
 * int64s `exactAt(k)` when some value passes 2^53 (SampleTable.valuesExact).
 */
export function pickSamples(s: SampleTable, from: readonly number[], valuesAt: (k: number) => ArrayLike<number>,
  exactAt?: (k: number) => BigInt64Array): SampleTable {
  const vc = s.valueCount;
  let stackLength = 0, labelLength = 0;
  for (const i of from) { stackLength += s.stackStart[i + 1] - s.stackStart[i]; labelLength += s.labelStart[i + 1] - s.labelStart[i]; }
  const t: SampleTable = {
    count: from.length, valueCount: vc, values: new Float64Array(from.length * vc), stackStart: new Uint32Array(from.length + 1),
    locations: s.locations instanceof Uint16Array ? new Uint16Array(stackLength) : new Uint32Array(stackLength),
    labelStart: new Uint32Array(from.length + 1), labelKey: new Uint32Array(labelLength), labelStr: new Uint32Array(labelLength),
    labelNum: new Float64Array(labelLength), labelUnit: new Uint32Array(labelLength),
  };
  if (exactAt) t.valuesExact = new BigInt64Array(from.length * vc);
  let at = 0, lab = 0;
  from.forEach((i, k) => {
    t.values.set(valuesAt(k), k * vc);
    t.valuesExact?.set(exactAt!(k), k * vc);
    t.stackStart[k] = at;
    t.locations.set(s.locations.subarray(s.stackStart[i], s.stackStart[i + 1]), at);
    at += s.stackStart[i + 1] - s.stackStart[i];
    t.labelStart[k] = lab;
    for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++, lab++) {
      t.labelKey[lab] = s.labelKey[j]; t.labelStr[lab] = s.labelStr[j]; t.labelNum[lab] = s.labelNum[j]; t.labelUnit[lab] = s.labelUnit[j];
    }
  });
  t.stackStart[from.length] = at;
  t.labelStart[from.length] = lab;
  return t;
}
