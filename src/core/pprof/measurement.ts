// pprof's units (internal/measurement): the one table of units, scaling between them, and
// the way pprof prints a value ("1.50MB", "250ms") and a percentage.
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

/**
 * A unit longer than this is none of the table's (the longest alias and a plural "s", with room
 * to spare: lowercasing never shortens a string, and at most halves its UTF-16 length), so a
 * profile's megabyte unit is not lowercased for each of its million sample types.
 */
const LONGEST_UNIT = 4 * (Math.max(...UNIT_TYPES.flatMap(ut => ut.units.flatMap(x => x.aliases.map(a => a.length)))) + 1);
const utf8 = new TextEncoder();

/** Go's len(s) > 2: a string of three UTF-16 units has at least three bytes; a shorter one is counted. */
const longerThanTwoBytes = (s: string): boolean => s.length > 2 || utf8.encode(s).length > 2;

function sniffUnit(ut: UnitType, unit: string): Unit | undefined {
  if (unit.length > LONGEST_UNIT) return undefined;
  unit = unit.toLowerCase();
  if (longerThanTwoBytes(unit) && unit.endsWith('s')) unit = unit.slice(0, -1);
  return ut.units.find(x => x.aliases.includes(unit));
}

/** Which kind of unit this is (bytes, time, GCU), as pprof sniffs it; undefined for counts and the unknown. */
export function unitKind(unit: string): number | undefined {
  const kind = UNIT_TYPES.findIndex(ut => sniffUnit(ut, unit) !== undefined);
  return kind < 0 ? undefined : kind;
}

function autoScale(ut: UnitType, value: number): [number, string] | undefined {
  let factor = 0, name = '';
  for (const unit of ut.units) {
    if (unit.factor >= factor && value / unit.factor >= 1) { factor = unit.factor; name = unit.name; }
  }
  return factor === 0 ? undefined : [value / factor, name];
}

/**
 * pprof's measurement.Scale: `value` in `fromUnit` expressed in `toUnit` ("minimum" and
 * "auto" pick the largest unit the value reaches), and that unit's canonical name ('' for
 * counts). `mostNegative`: the value is int64's -2^63, which Go's negation leaves negative, so
 * pprof scales it as it is: no unit is reached and the type's default unit is taken.
 */
export function scaleValue(value: number, fromUnit: string, toUnit: string, mostNegative = false): [number, string] {
  if (value < 0 && !mostNegative) {
    const [v, unit] = scaleValue(-value, fromUnit, toUnit);
    return [-v, unit];
  }
  for (const ut of UNIT_TYPES) {
    const from = sniffUnit(ut, fromUnit);
    if (!from) continue;
    const v = value * from.factor;
    if (toUnit === 'minimum' || toUnit === 'auto') return autoScale(ut, v) ?? [v / ut.defaultUnit.factor, ut.defaultUnit.name];
    const to = sniffUnit(ut, toUnit);
    if (!to) return [v / ut.defaultUnit.factor, ut.defaultUnit.name];
    return [v / to.factor, to.name];
  }
  if (['count', 'sample', 'unit', 'minimum', 'auto'].includes(toUnit)) return [value, ''];
  return [value, toUnit];
}

/**
 * Go's `%.<digits>f`: toFixed rounds an exact tie (1.125) up, Go to even; toFixed(100) is the
 * double's exact decimal expansion, which shows a tie.
 */
export function goFixed(v: number, digits: number): string {
  const text = v.toFixed(digits);
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21 || farFromTie(v, digits)) return text;
  const exact = Math.abs(v).toFixed(100);
  const point = exact.indexOf('.');
  const rest = exact.slice(point + 1 + digits);
  if (!/^50*$/.test(rest)) return text;
  // Cut from the exact digits: |v| · 100 rounds past 2^53 (a percentage of a wrapped int64 sum).
  const down = exact.slice(0, digits === 0 ? point : point + 1 + digits);
  const lastDigit = Number(down[down.length - 1]);
  const even = lastDigit % 2 === 0 ? down : text.replace('-', '');
  return v < 0 ? `-${even}` : even;
}

const fixed2 = (v: number): string => goFixed(v, 2);

/**
 * Whether |v| · 10^shift is so far from a half (k + 0.5) that the double's exact digits cannot
 * hold a tie there, so the exact expansion (toFixed(100), toExponential(99): microseconds each, the
 * most of `tags` over 10^6 label values) need not be made. The product's rounding error is below
 * 2^-51 of it (10^shift rounded too), far inside the margin below 2^30; past that the exact digits decide.
 */
function farFromTie(v: number, shift: number): boolean {
  const scaled = Math.abs(v) * 10 ** shift;
  if (!(scaled < 2 ** 30)) return false;
  return Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-4;
}

/** int64's most negative value, which Go's `-x` leaves as it is. */
export const MIN_INT64 = -(2n ** 63n);

/** pprof's measurement.ScaledLabel: "1.50MB", "250ms", "0" (".00" trimmed). */
export function scaledLabel(value: number, fromUnit: string, toUnit: string, mostNegative = false): string {
  const [v, unit] = scaleValue(value, fromUnit, toUnit, mostNegative);
  let text = fixed2(v);
  if (text.endsWith('.00')) text = text.slice(0, -3);
  if (text === '0' || text === '-0') return '0';
  return text + unit;
}

/**
 * `v` with an exact tie at `digits` significant digits (0.625 at 2) already taken down when Go
 * takes it down: toPrecision and toExponential round a tie away from zero, Go's %g to even.
 * toExponential(99) is exact for any tie a double can hold (its expansion is that short).
 */
function tiesToEven(v: number, digits: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  if (farFromTie(v, digits - 1 - Math.floor(Math.log10(Math.abs(v))))) return v;
  const [mantissa, exponent] = Math.abs(v).toExponential(99).split('e');
  const sig = mantissa.replace('.', '');
  if (!/^50*$/.test(sig.slice(digits)) || Number(sig[digits - 1]) % 2 !== 0) return v;
  const down = Number(`${sig.slice(0, digits)}e${Number(exponent) - digits + 1}`);
  return v < 0 ? -down : down;
}

/** Go's `%5.2g` for a ratio in [0, 1): two significant digits, padded to 5. */
function goG2(value: number): string {
  if (value === 0) return '0';
  const ratio = tiesToEven(value, 2);
  const exp = Math.floor(Math.log10(Math.abs(Number(ratio.toPrecision(2)))));
  if (exp < -4) {
    const [mantissa, e] = ratio.toExponential(1).split('e');
    const n = Number(e);
    return `${mantissa.replace(/\.?0+$/, '')}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  // %g drops trailing zeros.
  const text = ratio.toPrecision(2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** pprof's measurement.Percentage: "  100%", "12.34%", " 0.5%" (width 6 with the sign). */
export function percentage(value: number, total: number): string {
  const ratio = total !== 0 ? Math.abs(value / total) * 100 : 0;
  if (ratio >= 99.95 && ratio <= 100.05) return '  100%';
  if (ratio >= 1) return `${fixed2(ratio).padStart(5)}%`;
  return `${goG2(ratio).padStart(5)}%`;
}
