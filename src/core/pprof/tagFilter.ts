// pprof's -tagfocus / -tagignore syntax (internal/driver/driver_focus.go compileTagFilter,
// parseTagFilterRange) and its unit scaling (internal/measurement Scale).
//
//   [key=]regex[,regex…]    string labels. With a key: any regex matches one of the key's
//                           values. Without: every regex matches some "key:value" of the sample.
//   [key=]N[unit]           numeric labels equal to N,
//   [key=]N[unit]:          at least N,   [key=]:N[unit]   at most N,
//   [key=]N[unit]:M[unit]   between N and M, both inclusive (M's unit must scale to N's).
// N is an integer. Units are pprof's: b, kb, mb, gb, tb, pb (powers of 1024); ns, us, ms,
// s, hr (also spelt out, a trailing "s" ignored); *gcu. A label value is scaled from its
// key's unit (the first unit its samples declare, else "bytes" for the keys "alignment" and
// "request", else the key itself) to N's unit and must land in the same unit: `bytes=1mb:`
// selects labels of key "bytes", `bytes=1024:` (no unit) selects none of them, as in pprof.
import { scaleValue } from './measurement';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export { scaleValue };

/**
 * A label filter (parseTagFilter reads pprof's -tagfocus syntax into one).
 * `key` '' means any key. Without `unit`: the sample must carry `key` with a string value
 * matching `value`, or a numeric value within [min, max] (either bound optional, raw numbers).
 * With `unit` (pprof's numeric ranges): a numeric value of `key` scaled from its key's unit
 * to `unit` (pprof's measurement.Scale) lands in that unit within [min, max].
 * `allOf` (pprof's keyless `-tagfocus=re1,re2`): every regex matches some "key:value".
 */
export interface TagFilter {
  key: string;
  value?: LinearRegex | string;
  min?: number;
  max?: number;
  unit?: string;
  allOf?: LinearRegex[];
}

const RANGE_RX = /([+-]?[0-9]+)([A-Za-z]+)?/g;

/** pprof's parseTagFilterRange: the numeric bounds in the filter's unit, or undefined for a regex. */
function parseRange(filter: string): Pick<TagFilter, 'min' | 'max' | 'unit'> | undefined {
  const ranges = [...filter.matchAll(RANGE_RX)].slice(0, 2);
  if (ranges.length === 0) return undefined;
  const [v1, unit] = scaleValue(Number(ranges[0][1]), ranges[0][2] ?? '', ranges[0][2] ?? '');
  const match = ranges[0][0];
  if (ranges.length === 1) {
    if (filter === match) return { min: v1, max: v1, unit };
    if (filter === `${match}:`) return { min: v1, unit };
    if (filter === `:${match}`) return { max: v1, unit };
    return undefined;
  }
  if (filter !== `${match}:${ranges[1][0]}`) return undefined;
  const [v2, unit2] = scaleValue(Number(ranges[1][1]), ranges[1][2] ?? '', unit);
  if (unit2 !== unit) return undefined;
  return { min: v1, max: v2, unit };
}

/**
 * A -tagfocus / -tagignore value in pprof's syntax as one TagFilter (see the top of this
 * file). Regexes are Go's (RE2, linear time); throws RegexSyntaxError (a SyntaxError) for an invalid one.
 */
export function parseTagFilter(spec: string): TagFilter {
  const eq = spec.indexOf('=');
  const key = eq >= 0 ? spec.slice(0, eq) : '';
  const value = eq >= 0 ? spec.slice(eq + 1) : spec;
  const range = parseRange(value);
  if (range) return { key, ...range };
  // A value given twice adds nothing to "any of" or "all of": each is compiled and tried once.
  const sources = [...new Set(value.split(','))];
  const regexes = sources.map(re => compileLinearRegex(re, 'tag filter'));
  if (key === '') return { key, allOf: regexes };
  return { key, value: regexes.length === 1 ? regexes[0] : compileLinearRegex(sources.map(r => `(?:${r})`).join('|'), 'tag filter') };
}

/** pprof's NumLabelUnits: per numeric label key, the unit its values are read in. */
export function numLabelUnits(strings: string[], labelKey: Uint32Array, labelStr: Uint32Array, labelUnit: Uint32Array): Map<string, string> {
  const units = new ContentKeyedMap<string>();
  const seen = new Set<number>();
  for (let j = 0; j < labelKey.length; j++) {
    if (labelStr[j] !== 0) continue;
    const key = strings[labelKey[j]];
    seen.add(labelKey[j]);
    if (labelUnit[j] !== 0 && strings[labelUnit[j]] !== '' && !units.has(key)) units.set(key, strings[labelUnit[j]]);
  }
  for (const k of seen) {
    const key = strings[k];
    if (!units.get(key)) units.set(key, key === 'alignment' || key === 'request' ? 'bytes' : key);
  }
  return units;
}
