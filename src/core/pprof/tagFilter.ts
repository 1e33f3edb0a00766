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
import type { TagFilter } from './stackView';
import { compileLinearRegex } from '../linearRegex';

interface Unit { name: string; aliases: string[]; factor: number }
interface UnitType { units: Unit[]; defaultUnit: Unit }

const u = (name: string, aliases: string[], factor: number): Unit => ({ name, aliases, factor });
const UNIT_TYPES: UnitType[] = [
  {
    units: [u('B', ['b', 'byte'], 1), u('kB', ['kb', 'kbyte', 'kilobyte'], 2 ** 10), u('MB', ['mb', 'mbyte', 'megabyte'], 2 ** 20),
      u('GB', ['gb', 'gbyte', 'gigabyte'], 2 ** 30), u('TB', ['tb', 'tbyte', 'terabyte'], 2 ** 40), u('PB', ['pb', 'pbyte', 'petabyte'], 2 ** 50)],
    defaultUnit: u('B', ['b', 'byte'], 1),
  },
  {
    units: [u('ns', ['ns', 'nanosecond'], 1), u('us', ['μs', 'us', 'microsecond'], 1e3), u('ms', ['ms', 'millisecond'], 1e6),
      u('s', ['s', 'sec', 'second'], 1e9), u('hrs', ['hour', 'hr'], 3600e9)],
    defaultUnit: u('s', [], 1e9),
  },
  {
    units: [u('n*GCU', ['nanogcu'], 1e-9), u('u*GCU', ['microgcu'], 1e-6), u('m*GCU', ['milligcu'], 1e-3), u('GCU', ['gcu'], 1),
      u('k*GCU', ['kilogcu'], 1e3), u('M*GCU', ['megagcu'], 1e6), u('G*GCU', ['gigagcu'], 1e9), u('T*GCU', ['teragcu'], 1e12),
      u('P*GCU', ['petagcu'], 1e15)],
    defaultUnit: u('GCU', [], 1),
  },
];

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

function sniffUnit(ut: UnitType, unit: string): Unit | undefined {
  unit = unit.toLowerCase();
  if (utf8Length(unit) > 2 && unit.endsWith('s')) unit = unit.slice(0, -1);
  return ut.units.find(x => x.aliases.includes(unit));
}

/** pprof's measurement.Scale for the explicit target units a tag filter uses. */
export function scaleValue(value: number, fromUnit: string, toUnit: string): [number, string] {
  if (value < 0) {
    const [v, unit] = scaleValue(-value, fromUnit, toUnit);
    return [-v, unit];
  }
  for (const ut of UNIT_TYPES) {
    const from = sniffUnit(ut, fromUnit);
    if (!from) continue;
    const v = value * from.factor;
    const to = toUnit === 'minimum' || toUnit === 'auto' ? undefined : sniffUnit(ut, toUnit);
    // pprof auto-scales for "minimum"/"auto"; a filter never asks for those units.
    if (!to) return [v / ut.defaultUnit.factor, ut.defaultUnit.name];
    return [v / to.factor, to.name];
  }
  if (['count', 'sample', 'unit', 'minimum', 'auto'].includes(toUnit)) return [value, ''];
  return [value, toUnit];
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
  const sources = value.split(',');
  const regexes = sources.map(re => compileLinearRegex(re, 'tag filter'));
  if (key === '') return { key, allOf: regexes };
  return { key, value: regexes.length === 1 ? regexes[0] : compileLinearRegex(sources.map(r => `(?:${r})`).join('|'), 'tag filter') };
}

/** pprof's NumLabelUnits: per numeric label key, the unit its values are read in. */
export function numLabelUnits(strings: string[], labelKey: Uint32Array, labelStr: Uint32Array, labelUnit: Uint32Array): Map<string, string> {
  const units = new Map<string, string>();
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
