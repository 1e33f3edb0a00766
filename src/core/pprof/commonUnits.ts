// pprof's measurement.ScaleProfiles: before it combines a profile with its base, pprof brings
// each sample type (and the period) of both to the finer of their units when the units are of
// one kind: Node's `pprof` writes wall time in microseconds, `@datadog/pprof` in nanoseconds,
// and one is the other's base. Values are rounded as Go's ScaleN rounds them.
import { IncompatibleProfilesError } from './combine';
import { shownInput } from './errors';
import { scaleValue, unitKind } from './measurement';
import { sameSampleTypes, sampleTypeNames, type Profile, type SampleTable, type ValueType } from './model';
import { pickSamples } from './pickSamples';
import { profileCopy } from './locationColumns';
import { scaledInt64 } from './roundHalfAwayFromZero';

/** The profiles with every sample type and period in the finest unit they share; throws IncompatibleProfilesError. */
export function inCommonUnits(profiles: readonly Profile[]): Profile[] {
  if (profiles.length <= 1) return [...profiles];
  const count = profiles[0].sampleTypes.length;
  for (const p of profiles) {
    if (p.sampleTypes.length !== count) {
      // pprof's words, then each side's types: a count alone does not say which profile is of another kind.
      throw new IncompatibleProfilesError(`inconsistent samples type count: ${count} != ${p.sampleTypes.length} ` +
        `(${sampleTypeNames(profiles[0])} against ${sampleTypeNames(p)})`);
    }
  }
  const periodTypes = profiles.flatMap(p => (p.periodType ? [p.periodType] : []));
  const periodUnit = finestUnit(periodTypes, 'period type');
  // Profiles that list the same types (a diff of two captures of one program) share every unit
  // already: each type is compatible with itself, and nothing is scaled.
  const sameTypes = profiles.every(p => sameSampleTypes(p, profiles[0]));
  const sampleUnits = sameTypes ? [] : profiles[0].sampleTypes.map((_, i) => finestUnit(profiles.map(p => p.sampleTypes[i]), 'sample types'));
  return profiles.map(p => {
    let out = p;
    if (p.periodType && periodUnit !== undefined && p.periodType.unit !== periodUnit) {
      const [period] = scaleValue(p.period, p.periodType.unit, periodUnit);
      out = profileCopy(out, { period: Math.trunc(period), periodType: { ...p.periodType, unit: periodUnit } });
    }
    if (sameTypes) return out;
    const ratios = p.sampleTypes.map((t, i) => (sampleUnits[i] === undefined || sampleUnits[i] === t.unit ? 1 : scaleValue(1, t.unit, sampleUnits[i]!)[0]));
    if (ratios.every(r => r === 1)) return out;
    return profileCopy(out, {
      sampleTypes: p.sampleTypes.map((t, i) => (sampleUnits[i] === undefined ? t : { ...t, unit: sampleUnits[i]! })),
      samples: scaledSamples(p.samples, ratios),
    });
  });
}

/** pprof's CommonValueType: the finest of these units, undefined for fewer than two. */
function finestUnit(types: ValueType[], what: string): string | undefined {
  if (types.length <= 1) return undefined;
  // One unit on every side (the usual case, and a million sample types' own): nothing to scale.
  if (types.every(t => t.unit === types[0].unit)) {
    for (const t of types) {
      if (!compatibleValueTypes(types[0], t)) throw new IncompatibleProfilesError(incompatible(what, types[0], t));
    }
    return types[0].unit;
  }
  let finest = types[0];
  for (const t of types.slice(1)) {
    if (!compatibleValueTypes(finest, t)) {
      throw new IncompatibleProfilesError(incompatible(what, finest, t));
    }
    if (scaleValue(1, t.unit, finest.unit)[0] < 1) finest = t;
  }
  return finest.unit;
}

const withoutPluralS = (s: string): string => (s.endsWith('s') ? s.slice(0, -1) : s);

function incompatible(what: string, a: ValueType, b: ValueType): string {
  return `${what}: incompatible types: ${shownInput(a.type)}/${shownInput(a.unit)} and ${shownInput(b.type)}/${shownInput(b.unit)}`;
}

/** pprof's compatibleValueTypes: one type (a trailing "s" aside), units equal or of one kind. */
export function compatibleValueTypes(a: ValueType, b: ValueType): boolean {
  if (a === b || (a.type === b.type && a.unit === b.unit)) return true;
  if (withoutPluralS(a.type) !== withoutPluralS(b.type)) return false;
  if (a.unit === b.unit) return true;
  const kind = unitKind(a.unit);
  return kind !== undefined && kind === unitKind(b.unit);
}

/** Go's Profile.ScaleN: each value scaled and rounded half away from zero; a sample all of whose scaled values are 0 is dropped. */
function scaledSamples(s: SampleTable, ratios: number[]): SampleTable {
  const vc = s.valueCount;
  const values = new Float64Array(s.values.length);
  const keep: number[] = [];
  for (let i = 0; i < s.count; i++) {
    let kept = false;
    for (let t = 0; t < vc; t++) {
      const v = s.values[i * vc + t];
      if (ratios[t] === 1) { values[i * vc + t] = v; continue; }
      const scaled = scaledInt64(v, ratios[t]);
      values[i * vc + t] = scaled;
      kept ||= scaled !== 0;
    }
    if (kept) keep.push(i);
  }
  // pprof scales a value as a float64 (exact int64s only for the types left unscaled).
  let exact: BigInt64Array | undefined;
  if (s.valuesExact) {
    exact = new BigInt64Array(values.length);
    for (let k = 0; k < values.length; k++) exact[k] = ratios[k % vc] === 1 ? s.valuesExact[k] : BigInt(values[k]);
  }
  if (keep.length === s.count) return { ...s, values, valuesExact: exact };
  return pickSamples(s, keep, k => values.subarray(keep[k] * vc, keep[k] * vc + vc), exact && (k => exact.subarray(keep[k] * vc, keep[k] * vc + vc)));
}
