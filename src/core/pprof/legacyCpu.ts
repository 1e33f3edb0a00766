// Pre-2016 binary CPU profiles (Go < 1.9 and gperftools): native-endian words of 32 or
// 64 bits. Header: 0, 3, 0 (1 = Java: legacyJava.ts), sampling period in µs, 0. Then records
// "count, depth, pc…" (LEAF FIRST) until the trailer 0, 1, 0, then /proc/self/maps text.
// They carry no symbols, so frames stay addresses, as in `go tool pprof` without the binary.
import { ProfileParseError } from './errors';
import type { Profile } from './model';
import { parseProcMaps } from './procMaps';
import { addressStacks } from './addressStacks';
import { defineLazyLocations } from './locationColumns';
import { NumberKeyMap } from '../numberKeyMap';
import { javaCpuProfile } from './legacyJava';
import { WideValues } from './exactSums';
import { splitLines } from '../lineEnds';

/** `read`: the word unsigned, as a double (exact below 2^53); `readInt64`: the word as pprof's int64(word). */
interface WordReader { size: 4 | 8; read(view: DataView, at: number): number; readInt64(view: DataView, at: number): bigint }

const readers: WordReader[] = [
  { size: 4, read: (v, at) => v.getUint32(at, true), readInt64: (v, at) => BigInt(v.getUint32(at, true)) },
  { size: 4, read: (v, at) => v.getUint32(at, false), readInt64: (v, at) => BigInt(v.getUint32(at, false)) },
  { size: 8, read: (v, at) => v.getUint32(at, true) + v.getUint32(at + 4, true) * 4294967296, readInt64: (v, at) => v.getBigInt64(at, true) },
  { size: 8, read: (v, at) => v.getUint32(at + 4, false) + v.getUint32(at, false) * 4294967296, readInt64: (v, at) => v.getBigInt64(at, false) },
];

/** Returns the word reader whose header matches, or undefined. `java` marks a Java profile. */
export function legacyCpuHeader(bytes: Uint8Array): { reader: WordReader; periodMicros: number; java: boolean } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const reader of readers) {
    if (bytes.length < reader.size * 5) continue;
    const w = [0, 1, 2, 3, 4].map(k => reader.read(view, k * reader.size));
    if (w[0] === 0 && w[1] === 3 && (w[2] === 0 || w[2] === 1) && w[3] > 0 && w[4] === 0) {
      return { reader, periodMicros: w[3], java: w[2] === 1 };
    }
  }
  return undefined;
}

export function parseLegacyCpu(bytes: Uint8Array, gzipped: boolean): Profile {
  const header = legacyCpuHeader(bytes);
  if (!header) throw new ProfileParseError('not a legacy binary CPU profile');
  const period = header.periodMicros * 1000;
  if (header.java) {
    // Java's records hold the frames' own addresses (no return addresses to step back from),
    // and the text after them names the frames.
    const java = readRecords(bytes, header.reader, false);
    return javaCpuProfile(gzipped, period, java, new TextDecoder().decode(bytes.subarray(java.end)));
  }
  const { counts, exactCounts, stacks, end: at, ended } = readRecords(bytes, header.reader, true);
  // pprof reads records to the end of the file when the trailer is missing, and refuses a record cut short.
  if (!ended && at < bytes.length) throw new ProfileParseError('legacy CPU profile has no end-of-data trailer (truncated?)', { offset: at });
  const { values, valuesExact } = sampleValues(counts, exactCounts, period);
  dropSignalFrames(stacks);
  for (const s of stacks) if (s.length > 1 && s[0] === s[1] + 1) s.splice(1, 1);

  const mappings = parseProcMaps(splitLines(new TextDecoder().decode(bytes.subarray(at))));
  const { locations, stackStart, flat } = addressStacks(stacks, mappings);
  const n = stacks.length;
  return defineLazyLocations({
    format: 'legacy-cpu', gzipped,
    sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }],
    defaultSampleTypeIndex: 1, periodType: { type: 'cpu', unit: 'nanoseconds' }, period, timeNanos: 0, durationNanos: 0,
    comments: [], dropFrames: '', keepFrames: '', mappings, functions: [], strings: [''], warnings: [],
    samples: {
      count: n, valueCount: 2, values, ...(valuesExact && { valuesExact }), stackStart,
      locations: flat,
      labelStart: new Uint32Array(n + 1), labelKey: new Uint32Array(0), labelStr: new Uint32Array(0),
      labelNum: new Float64Array(0), labelUnit: new Uint32Array(0),
    },
  }, locations);
}

/**
 * Each record's count and count × period, as pprof's int64(count) and int64(count) * period: a
 * count of 2^64 − 1 is −1, and a product past 2^63 wraps. Past 2^53 the int64s are kept as well.
 */
function sampleValues(counts: number[], exactCounts: Map<number, bigint>, period: number): { values: Float64Array; valuesExact?: BigInt64Array } {
  const values = new Float64Array(counts.length * 2);
  const wide = new WideValues();
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i], product = count * period;
    if (Number.isSafeInteger(product) && !exactCounts.has(i)) {
      values[2 * i] = count;
      values[2 * i + 1] = product;
      continue;
    }
    const exact = exactCounts.get(i) ?? BigInt(count);
    const exactProduct = BigInt.asIntN(64, exact * BigInt(period));
    values[2 * i] = Number(exact);
    values[2 * i + 1] = Number(exactProduct);
    if (!Number.isSafeInteger(values[2 * i])) wide.add(2 * i, exact);
    if (!Number.isSafeInteger(values[2 * i + 1])) wide.add(2 * i + 1, exactProduct);
  }
  return { values, valuesExact: wide.exactValues(values) };
}

/**
 * The "count, depth, pc…" records after the header, up to the trailer. `adjust` steps every
 * frame but the leaf back from its return address onto the call. `end` is where the records end.
 */
function readRecords(bytes: Uint8Array, reader: WordReader, adjust: boolean): { counts: number[]; exactCounts: Map<number, bigint>; stacks: number[][]; end: number; ended: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const counts: number[] = [];
  // By record, the counts a double does not hold, as int64s.
  const exactCounts = new Map<number, bigint>();
  const stacks: number[][] = [];
  let at = reader.size * 5;
  while (at + 2 * reader.size <= bytes.length) {
    const recordAt = at;
    const count = reader.read(view, at); at += reader.size;
    const depth = reader.read(view, at); at += reader.size;
    if (depth > (bytes.length - at) / reader.size) {
      throw new ProfileParseError(`CPU sample claims ${depth} frames, more than the bytes left`, { offset: recordAt });
    }
    const pcs: number[] = [];
    for (let k = 0; k < depth; k++, at += reader.size) pcs.push(reader.read(view, at));
    if (count === 0 && depth === 1 && pcs[0] === 0) return { counts, exactCounts, stacks, end: at, ended: true };
    stacks.push(adjust ? pcs.map((pc, k) => (k > 0 && pc > 0 ? pc - 1 : pc)) : pcs);
    if (!Number.isSafeInteger(count)) exactCounts.set(counts.length, reader.readInt64(view, recordAt));
    counts.push(count);
  }
  return { counts, exactCounts, stacks, end: at, ended: false };
}

// As pprof: when nearly every sample shares its second frame, that frame was pushed by
// the signal handler, not the program; drop it (at most twice).
function dropSignalFrames(stacks: number[][]): void {
  const margin = Math.floor(stacks.length / 32);
  for (let iter = 0; iter < 2; iter++) {
    const counts = new NumberKeyMap();
    for (const s of stacks) if (s.length > 1) counts.add(s[1], 1);
    for (const [pc, count] of counts.entries()) {
      if (count >= stacks.length - margin) {
        for (const s of stacks) if (s.length > 1 && s[1] === pc) s.splice(1, 1);
        break;
      }
    }
  }
}
