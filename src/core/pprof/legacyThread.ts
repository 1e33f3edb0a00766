// gperftools' thread profile (threadz), read as pprof's legacy_profile.go parseThread reads it:
//   --- threadz 1 ---
//   --- Thread 7eff063d9940 (name: main/25376) stack: ---
//     PC:  0x00bc8f1c: helper(arg*)           (or unsymbolized: "PC: 0xbc8f1c 0xbcae55 …")
//     0x0040be31: main
//         creator: 0xa45b96 0xa48928 …        (the creating thread's stack, appended)
//   --- Thread 7eff0464d700 (name: thread3/25383) stack: ---
//     [same as previous thread]               (counts once more on the thread before)
//   --- Memory map: ---
// Every 0x… number of a thread's lines is a frame, leaf first; the names printed beside them are
// not read (pprof symbolizes the addresses from the binary, which we do not have).
import { ProfileParseError } from './errors';
import type { Profile } from './model';
import { parseProcMaps } from './procMaps';
import { addressStacks } from './addressStacks';
import { defineLazyLocations } from './locationColumns';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';

// pprof's patterns, unanchored as pprof runs them: through RE2, since a line holding the header's
// start many times would make a backtracking `.*` quadratic. Compiled on first use.
let patterns: { threadz: LinearRegex; thread: LinearRegex } | undefined;
const patternsOf = (): NonNullable<typeof patterns> => (patterns ??= {
  threadz: compileLinearRegex(String.raw`--- threadz \d+ ---`, 'threadz header'),
  thread: compileLinearRegex(String.raw`--- Thread [[:xdigit:]]+ \(name: (.*)/(\d+)\) stack: ---`, 'thread header'),
});
const threadzStartRE = { test: (line: string): boolean => line.includes('--- threadz ') && patternsOf().threadz.test(line) };
const threadStartRE = { test: (line: string): boolean => line.includes('--- Thread ') && patternsOf().thread.test(line) };

/** Whether a first line starts a thread profile. */
export function isThreadProfileStart(line: string): boolean {
  return threadzStartRE.test(line) || threadStartRE.test(line);
}

// pprof searches for these anywhere in a line.
const isMemoryMapSentinel = (line: string): boolean => line.includes('--- Memory map: ---') || line.includes('MAPPED_LIBRARIES:');

/** A thread profile; `lines[start]` is its first line (a threadz or a thread header). */
export function parseThreadText(lines: string[], start: number, gzipped: boolean): Profile {
  let i = start;
  let line = lines[i].trim();
  if (threadzStartRE.test(line)) {
    // Past the header's own lines to the first thread (or the memory map).
    for (i++; i < lines.length; i++) {
      line = lines[i];
      if (isMemoryMapSentinel(line) || line.startsWith('-')) break;
    }
  }
  const stacks: number[][] = [];
  const counts: number[] = [];
  while (i < lines.length && !isMemoryMapSentinel(line)) {
    if (line.startsWith('---- no stack trace for')) break;
    if (!threadStartRE.test(line)) throw new ProfileParseError(`thread profile: expected "--- Thread … stack: ---", found "${line.slice(0, 60)}"`, { line: i + 1 });
    const addresses: number[] = [];
    let sameAsPrevious = false;
    for (i++; i < lines.length; i++) {
      line = lines[i].trim();
      if (line === '') continue;
      if (line.startsWith('---')) break;
      if (line.includes('same as previous thread')) { sameAsPrevious = true; continue; }
      for (const [hex] of line.matchAll(/0x[0-9a-f]+/g)) {
        if (hex.length > 18) throw new ProfileParseError(`thread profile: address "${hex.slice(0, 20)}…" does not fit 64 bits`, { line: i + 1 });
        addresses.push(parseInt(hex.slice(2), 16));
      }
    }
    if (i >= lines.length && !isMemoryMapSentinel(line) && !threadStartRE.test(line)) {
      // pprof requires the memory map (or another thread) after the last thread's stack.
      throw new ProfileParseError('thread profile ends inside a thread\'s stack, without its memory map', { line: lines.length });
    }
    if (sameAsPrevious || addresses.length === 0) {
      if (counts.length > 0) counts[counts.length - 1]++;
      continue;
    }
    // Every frame but the leaf is a return address: step back onto the call.
    stacks.push(addresses.map((a, k) => (k > 0 ? a - 1 : a)));
    counts.push(1);
  }
  while (i < lines.length && !isMemoryMapSentinel(lines[i])) i++;
  const mappings = parseProcMaps(lines.slice(i + 1));
  // As pprof: a leaf that the unwinder also gave as its caller (one byte below, once adjusted) is one frame.
  for (const s of stacks) if (s.length > 1 && s[0] === s[1] + 1) s.splice(1, 1);

  const { locations, stackStart, flat } = addressStacks(stacks, mappings);
  const n = stacks.length;
  return defineLazyLocations({
    format: 'legacy-count', gzipped,
    sampleTypes: [{ type: 'thread', unit: 'count' }], defaultSampleTypeIndex: 0,
    periodType: { type: 'thread', unit: 'count' }, period: 1, timeNanos: 0, durationNanos: 0,
    comments: [], dropFrames: '', keepFrames: '', mappings, functions: [], strings: [''], warnings: [],
    samples: {
      count: n, valueCount: 1, values: Float64Array.from(counts), stackStart,
      locations: flat,
      labelStart: new Uint32Array(n + 1), labelKey: new Uint32Array(0), labelStr: new Uint32Array(0),
      labelNum: new Float64Array(0), labelUnit: new Uint32Array(0),
    },
  }, locations);
}
