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

interface WordReader { size: 4 | 8; read(view: DataView, at: number): number }

const readers: WordReader[] = [
  { size: 4, read: (v, at) => v.getUint32(at, true) },
  { size: 4, read: (v, at) => v.getUint32(at, false) },
  { size: 8, read: (v, at) => v.getUint32(at, true) + v.getUint32(at + 4, true) * 4294967296 },
  { size: 8, read: (v, at) => v.getUint32(at + 4, false) + v.getUint32(at, false) * 4294967296 },
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
  const { counts, stacks, end: at, ended } = readRecords(bytes, header.reader, true);
  if (!ended) throw new ProfileParseError('legacy CPU profile has no end-of-data trailer (truncated?)', { offset: at });
  const values: number[] = [];
  for (const count of counts) values.push(count, count * period);
  dropSignalFrames(stacks);
  for (const s of stacks) if (s.length > 1 && s[0] === s[1] + 1) s.splice(1, 1);

  const mappings = parseProcMaps(new TextDecoder().decode(bytes.subarray(at)).split('\n'));
  const { locations, stackStart, flat } = addressStacks(stacks, mappings);
  const n = stacks.length;
  return defineLazyLocations({
    format: 'legacy-cpu', gzipped,
    sampleTypes: [{ type: 'samples', unit: 'count' }, { type: 'cpu', unit: 'nanoseconds' }],
    defaultSampleTypeIndex: 1, periodType: { type: 'cpu', unit: 'nanoseconds' }, period, timeNanos: 0, durationNanos: 0,
    comments: [], dropFrames: '', keepFrames: '', mappings, functions: [], strings: [''], warnings: [],
    samples: {
      count: n, valueCount: 2, values: Float64Array.from(values), stackStart,
      locations: flat,
      labelStart: new Uint32Array(n + 1), labelKey: new Uint32Array(0), labelStr: new Uint32Array(0),
      labelNum: new Float64Array(0), labelUnit: new Uint32Array(0),
    },
  }, locations);
}

/**
 * The "count, depth, pc…" records after the header, up to the trailer. `adjust` steps every
 * frame but the leaf back from its return address onto the call. `end` is where the records end.
 */
function readRecords(bytes: Uint8Array, reader: WordReader, adjust: boolean): { counts: number[]; stacks: number[][]; end: number; ended: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const counts: number[] = [];
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
    if (count === 0 && depth === 1 && pcs[0] === 0) return { counts, stacks, end: at, ended: true };
    stacks.push(adjust ? pcs.map((pc, k) => (k > 0 && pc > 0 ? pc - 1 : pc)) : pcs);
    counts.push(count);
  }
  return { counts, stacks, end: at, ended: false };
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
