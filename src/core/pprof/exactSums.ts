// Sample values are int64 and pprof sums them as int64: exactly up to 2^63, wrapping around past
// it, and rounded once, to a float64, when printed. A double holds every integer up to 2^53, so
// a profile whose values' magnitudes add up to less than that (nearly all) is summed as doubles
// with no loss. Past it (months of CPU in nanoseconds, petabytes, cycles over weeks) each weight
// is split into two halves whose sums stay under 2^53, each summed by the report's own loop,
// and joined in BigInt: the report's loops stay as they are, run once more on such a profile.

/** The values of a sample table (model.ts' SampleTable), with their int64s when some pass 2^53. */
interface ValueColumns {
  count: number;
  valueCount: number;
  values: Float64Array;
  valuesExact?: BigInt64Array;
}

/** Below this, a sum of magnitudes cannot lose a unit in a double. */
export const EXACT_DOUBLE_LIMIT = 2 ** 53;
const HALF_UNIT = 2 ** 31;
const UNIT = 2 ** 32;

/** The values past 2^53 a decoder met, by their index in the values column. */
export class WideValues {
  private readonly at: number[] = [];
  private readonly exact: bigint[] = [];

  add(index: number, value: bigint): void {
    this.at.push(index);
    this.exact.push(value);
  }

  /** The whole column as int64 when some value needed it, else undefined. */
  exactValues(values: Float64Array): BigInt64Array | undefined {
    if (this.at.length === 0) return undefined;
    const out = new BigInt64Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = BigInt(values[i]);
    for (let k = 0; k < this.at.length; k++) out[this.at[k]] = this.exact[k];
    return out;
  }
}

/** Value `index` of the table as an int64. */
export function exactValueAt(s: ValueColumns, index: number): bigint {
  return s.valuesExact ? s.valuesExact[index] : BigInt(s.values[index]);
}

/**
 * A view's weights as `high · 2^32 + low` (mod 2^64, as Go's int64 wraps), each half within
 * ±2^31: the sums of either half over up to 2^22 samples are exact doubles.
 */
export interface SplitWeights {
  high: Float64Array;
  low: Float64Array;
}

/** Splits the weights; `exactAt(i)` is sample i's weight when it is not a safe double. Undefined when even the halves' sums could round (over 4M samples of huge values). */
export function splitWeights(weights: Float64Array, exactAt: (i: number) => bigint | undefined): SplitWeights | undefined {
  const n = weights.length;
  const high = new Float64Array(n), low = new Float64Array(n);
  let highSum = 0, lowSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const exact = Number.isSafeInteger(w) ? undefined : exactAt(i);
    if (exact === undefined) {
      const h = Math.round(w / UNIT);
      high[i] = h;
      low[i] = w - h * UNIT;
    } else {
      const h = BigInt.asIntN(32, (exact + BigInt(HALF_UNIT)) >> 32n);
      high[i] = Number(h);
      low[i] = Number(BigInt.asIntN(32, exact - (h << 32n)));
    }
    highSum += Math.abs(high[i]);
    lowSum += Math.abs(low[i]);
  }
  return highSum < EXACT_DOUBLE_LIMIT && lowSum < EXACT_DOUBLE_LIMIT ? { high, low } : undefined;
}

/** One sum from its two halves: the int64 pprof holds, as the double it prints. */
export function joinSum(high: number, low: number): number {
  // Small enough that high · 2^32 + low is exact in a double.
  if (Math.abs(high) < 2 ** 20 && Math.abs(low) < 2 ** 52) return high * UNIT + low;
  return Number(joinExact(high, low));
}

/** One sum from its two halves, as the int64 itself. */
export function joinExact(high: number, low: number): bigint {
  return BigInt.asIntN(64, (BigInt(high) << 32n) + BigInt(low));
}

/**
 * A report's sums made exact: `sum(weights)` fills arrays of sums (per frame, node, line…) from
 * per-sample weights; it runs on each half of the split and the halves are joined, per entry.
 */
export function exactly<T extends Float64Array[]>(split: SplitWeights, sum: (weights: Float64Array) => T): T {
  const highs = sum(split.high), lows = sum(split.low);
  for (let a = 0; a < highs.length; a++) {
    const h = highs[a], l = lows[a];
    for (let i = 0; i < h.length; i++) h[i] = joinSum(h[i], l[i]);
  }
  return highs;
}

/**
 * pprof's total of a sample type (computeTotal): the int64 sum of |value| over `count` samples,
 * of the marked ones (a diff's base) when their sum is above 0; `marked(i)` says whether sample i is.
 */
export function exactAbsTotal(s: ValueColumns, typeIndex: number, marked: ((i: number) => boolean) | undefined): number {
  let total = 0n, markedTotal = 0n;
  const vc = s.valueCount;
  for (let i = 0; i < s.count; i++) {
    let v = exactValueAt(s, i * vc + typeIndex);
    if (v < 0n) v = BigInt.asIntN(64, -v);
    total = BigInt.asIntN(64, total + v);
    if (marked?.(i)) markedTotal = BigInt.asIntN(64, markedTotal + v);
  }
  return Number(markedTotal > 0n ? markedTotal : total);
}

/**
 * A running sum as Go's int64 of values shown as doubles (a report's nodes, in order): in a
 * double while it stays exact there, in BigInt past 2^53 or once a value comes with its int64.
 */
export class Int64Sum {
  private sum = 0;
  private big: bigint | undefined;

  /** Adds the value (its int64 when it has one past 2^53) and returns the sum so far. */
  add(value: number, exact?: bigint): number {
    if (this.big === undefined && exact === undefined) {
      const next = this.sum + value;
      if (Math.abs(next) < EXACT_DOUBLE_LIMIT) return (this.sum = next);
    }
    this.big = BigInt.asIntN(64, (this.big ?? BigInt(this.sum)) + (exact ?? BigInt(Math.trunc(value))));
    return Number(this.big);
  }

  get value(): number {
    return this.big === undefined ? this.sum : Number(this.big);
  }

  /** The sum as an int64 once it needed one (past 2^53, or given int64s); undefined while `value` is exact. */
  get exact(): bigint | undefined {
    return this.big;
  }
}

const MIN_INT64 = -(2 ** 63);

/**
 * Go's |x| of an int64 as pprof takes it (abs64): the most negative int64 stays negative (its
 * negation wraps), so a node or edge of that weight counts as the lightest. `exact` is the int64
 * when the double rounds it.
 */
export function abs64(value: number, exact?: bigint): number {
  if (exact !== undefined ? exact === -(2n ** 63n) : value === MIN_INT64) return value;
  return Math.abs(value);
}

/** Which of two int64 magnitudes (abs64) is larger: > 0 when b's, < 0 when a's; exact when both int64s are given. */
export function compareAbs64(a: number, b: number, exactA?: bigint, exactB?: bigint): number {
  if (exactA !== undefined && exactB !== undefined) {
    const x = exactA < 0n ? BigInt.asIntN(64, -exactA) : exactA, y = exactB < 0n ? BigInt.asIntN(64, -exactB) : exactB;
    return x < y ? 1 : x > y ? -1 : 0;
  }
  return abs64(b, exactB) - abs64(a, exactA);
}
