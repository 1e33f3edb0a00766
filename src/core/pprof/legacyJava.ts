// The legacy profiles of Google's Java profiler, read as pprof's legacy_java_profile.go reads
// them: heapz and contentionz text, and the profilez binary CPU profile (its samples are a
// legacy CPU profile's, see legacyCpu.ts), each followed by the text that names its frames:
//   --- heapz 1 ---            --- contentionz 1 ---
//   format = java              format = java
//   resolution = bytes         resolution = microseconds
//                              sampling period = 100
//   7048     1 @ 0x00000003 0x00000004 …      (value, count: inverted from Go's order)
//   0x00000003 java.lang.Object.wait (Object.java:502)
// pprof's own patterns run through RE2 (linear, and with Go's submatch rules, so the split of a
// name from its "(file:line)" is the one pprof makes); Java frames have no addresses left.
import { ProfileParseError, shownInput } from './errors';
import type { Profile, ProfileFunction, ProfileLocation, ValueType } from './model';
import { scaleHeapSample } from './heapSampling';
import { applyDropFrames } from './prune';
import { legacyDropFrames } from './legacyFrames';
import { mergeSamples } from './mergeSamples';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';
import { NumberKeyMap } from '../numberKeyMap';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';
import { splitLines } from '../lineEnds';

// Compiled on first use: the CLI loads RE2 only when a pattern is needed.
let patterns: { attribute: LinearRegex; sample: LinearRegex; location: LinearRegex; fileLine: LinearRegex; path: LinearRegex } | undefined;
const patternsOf = (): NonNullable<typeof patterns> => (patterns ??= {
  attribute: compileLinearRegex(String.raw`([\w ]+)=([\w ]+)`, 'java attribute'),
  sample: compileLinearRegex(String.raw` *(\d+) +(\d+) +@ +([ x0-9a-f]*)`, 'java sample'),
  location: compileLinearRegex(String.raw`^\s*0x([[:xdigit:]]+)\s+(.*)\s*$`, 'java location'),
  fileLine: compileLinearRegex(String.raw`^(.*)\s+\((.+):(-?[[:digit:]]+)\)$`, 'java file:line'),
  path: compileLinearRegex(String.raw`^(.*)\s+\((.*)\)$`, 'java library path'),
});

// Java's heap samples are Poisson-sampled every 512 KiB.
const javaHeapSamplingRate = 524288;

type JavaKind = 'heap' | 'contention';

/** The Java profile a text's header announces, if any. */
export function javaTextKind(header: string): JavaKind | undefined {
  if (header === '--- heapz 1 ---') return 'heap';
  if (header === '--- contentionz 1 ---') return 'contention';
  return undefined;
}

/** Samples as pprof keeps them before the frames are named: values, and location indices leaf first. */
interface RawSamples { values: number[]; stacks: number[][]; bytesLabel: number[] | undefined; locations: ProfileLocation[]; byAddress: NumberKeyMap }

/** A heapz or contentionz text; `lines[start]` is its header. */
export function parseJavaText(lines: string[], start: number, gzipped: boolean): Profile {
  const kind = javaTextKind(lines[start].trim());
  if (!kind) throw new ProfileParseError(`not a Java heapz or contentionz profile`, { line: start + 1 });
  const profile = javaProfile(gzipped, kind === 'heap' ? 'legacy-heap' : 'legacy-contention');
  let i = readHeader(kind, lines, start + 1, profile);
  const raw: RawSamples = { values: [], stacks: [], bytesLabel: kind === 'heap' ? [] : undefined, locations: [], byAddress: new NumberKeyMap() };
  const { sample } = patternsOf();
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const m = sample.exec(line);
    if (!m) break;
    let count = Number(m.groups[2]), value = Number(m.groups[1]);
    if (kind === 'heap') {
      if (count === 0) throw new ProfileParseError(`Java heap sample with a count of 0: "${line.slice(0, 60)}"`, { line: i + 1 });
      raw.bytesLabel!.push(Math.trunc(value / count));
      [count, value] = scaleHeapSample(count, value, javaHeapSamplingRate);
    } else if (profile.period !== 0) {
      count *= profile.period;
      value *= profile.period;
    }
    raw.values.push(count, value);
    raw.stacks.push(stackOf(raw, hexAddresses(m.groups[3] ?? '', i + 1)));
  }
  return finishJava(profile, raw, lines, i);
}

/** A profilez (Java CPU) profile: its samples as read from the binary part, its frames named by the text after it. */
export function javaCpuProfile(gzipped: boolean, periodNanos: number, samples: { counts: number[]; stacks: number[][] }, text: string): Profile {
  const profile = javaProfile(gzipped, 'legacy-cpu');
  profile.period = periodNanos;
  profile.periodType = vt('cpu', 'nanoseconds');
  profile.sampleTypes = [vt('samples', 'count'), vt('cpu', 'nanoseconds')];
  profile.defaultSampleTypeIndex = 1;
  const raw: RawSamples = { values: [], stacks: [], bytesLabel: undefined, locations: [], byAddress: new NumberKeyMap() };
  samples.stacks.forEach((addresses, s) => {
    raw.values.push(samples.counts[s], samples.counts[s] * periodNanos);
    raw.stacks.push(stackOf(raw, addresses));
  });
  return finishJava(profile, raw, splitLines(text), 0);
}

function javaProfile(gzipped: boolean, format: Profile['format']): Profile {
  return {
    format, gzipped, sampleTypes: [], defaultSampleTypeIndex: 0, periodType: vt('', ''), period: 0, timeNanos: 0, durationNanos: 0,
    comments: [], dropFrames: '', keepFrames: '', mappings: [], locations: [], functions: [], strings: [''], warnings: [],
    samples: undefined as unknown as Profile['samples'],
  };
}

function vt(type: string, unit: string): ValueType { return { type, unit }; }

/** The "name = value" lines under the header; returns the index of the first line that is not one. */
function readHeader(kind: JavaKind, lines: string[], start: number, profile: Profile): number {
  const { attribute } = patternsOf();
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const m = attribute.exec(line);
    if (!m) break;
    const key = (m.groups[1] ?? '').trim(), value = (m.groups[2] ?? '').trim();
    const where = { line: i + 1 };
    switch (`${kind}/${key}`) {
      case 'heap/format': case 'contention/format':
        if (value !== 'java') throw new ProfileParseError(`unrecognized ${kind} profile format "${shownInput(value)}" (pprof reads only "java" here)`, where);
        break;
      case 'heap/resolution': profile.sampleTypes = [vt('inuse_objects', 'count'), vt('inuse_space', value)]; break;
      case 'contention/resolution': profile.sampleTypes = [vt('contentions', 'count'), vt('delay', value)]; break;
      case 'contention/sampling period':
        profile.periodType = vt('contentions', 'count');
        profile.period = goInteger(value, line, where);
        break;
      case 'contention/ms since reset': profile.durationNanos = goInteger(value, line, where) * 1e6; break;
      default: throw new ProfileParseError(`unknown Java ${kind} profile attribute "${shownInput(key)}"`, where);
    }
  }
  if (profile.sampleTypes.length === 0) throw new ProfileParseError(`Java ${kind} profile without a "resolution" line: its values have no unit`, { line: start });
  profile.defaultSampleTypeIndex = profile.sampleTypes.length - 1;
  return i;
}

/** strconv.ParseInt(value, 0, 64) for the integers these headers hold. */
function goInteger(value: string, line: string, where: { line: number }): number {
  if (/^[+-]?(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(value)) {
    const negative = value.startsWith('-');
    const digits = value.replace(/^[+-]/, '');
    const n = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : /^0[0-7]+$/.test(digits) ? parseInt(digits, 8) : Number(digits);
    if (Number.isSafeInteger(n)) return negative ? -n : n;
  }
  throw new ProfileParseError(`failed to parse attribute ${shownInput(line)}`, where);
}

/** Every 0x… number in the text, as pprof's parseHexAddresses finds them. */
function hexAddresses(text: string, lineNo: number): number[] {
  const out: number[] = [];
  for (const [word] of text.matchAll(/0x[0-9a-f]+/g)) {
    if (word.length > 18) throw new ProfileParseError(`Java sample address "${word.slice(0, 20)}…" does not fit 64 bits`, { line: lineNo });
    out.push(parseInt(word.slice(2), 16));
  }
  return out;
}

/** The locations of a stack of addresses, one location per distinct address, in order of first sight. */
function stackOf(raw: RawSamples, addresses: number[]): number[] {
  return addresses.map(addr => {
    let loc = raw.byAddress.get(addr);
    if (loc === undefined) {
      loc = raw.locations.length;
      raw.locations.push({ id: loc + 1, mappingIndex: -1, address: addr, lines: [], isFolded: false });
      raw.byAddress.set(addr, loc);
    }
    return loc;
  });
}

/** Names the locations from the "0xADDR frame" lines from `start` on, then builds the profile. */
function finishJava(profile: Profile, raw: RawSamples, lines: string[], start: number): Profile {
  const { location, fileLine, path } = patternsOf();
  const functions: ProfileFunction[] = [];
  const functionByName = new ContentKeyedMap<number>();
  for (let i = start; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const m = location.exec(line);
    if (!m) continue;
    const loc = raw.byAddress.get(parseInt(m.groups[1] ?? '', 16));
    if (loc === undefined) continue;
    const frame = m.groups[2] ?? '';
    let name: string, file = '', lineNo = 0;
    const withLine = fileLine.exec(frame);
    const withPath = withLine ? null : path.exec(frame);
    if (withLine) {
      name = withLine.groups[1] ?? '';
      file = withLine.groups[2] ?? '';
      const n = Number(withLine.groups[3]);
      if (Number.isSafeInteger(n) && n > 0) lineNo = n;
    } else if (withPath) {
      // A shared library's path: only its last element says anything.
      name = withPath.groups[1] ?? '';
      file = baseName(withPath.groups[2] ?? '');
    } else if (frame.includes('generated stub/JIT')) name = 'STUB';
    else name = frame; // the agent's own states: "GC", "VM"
    let f = functionByName.get(name);
    if (f === undefined) {
      f = functions.length;
      functions.push({ id: f + 1, name, systemName: name, filename: file, startLine: 0 });
      functionByName.set(name, f);
    }
    raw.locations[loc].lines = [{ functionIndex: f, line: lineNo, column: 0 }];
  }
  // As pprof: addresses are dropped so that the same frame merges across profiles.
  for (const loc of raw.locations) loc.address = 0;
  profile.locations = raw.locations;
  profile.functions = functions;
  const strings = [''];
  const n = raw.stacks.length;
  const stackStart = new Uint32Array(n + 1);
  const flat: number[] = [];
  raw.stacks.forEach((stack, s) => {
    stackStart[s] = flat.length;
    for (const l of stack) flat.push(l);
  });
  stackStart[n] = flat.length;
  const labelled = raw.bytesLabel !== undefined;
  if (labelled) strings.push('bytes');
  profile.strings = strings;
  profile.samples = {
    count: n, valueCount: 2, values: Float64Array.from(raw.values), stackStart,
    locations: raw.locations.length <= 0x10000 ? Uint16Array.from(flat) : Uint32Array.from(flat),
    labelStart: labelled ? Uint32Array.from({ length: n + 1 }, (_, s) => s) : new Uint32Array(n + 1),
    labelKey: labelled ? new Uint32Array(n).fill(1) : new Uint32Array(0),
    labelStr: new Uint32Array(labelled ? n : 0),
    labelNum: labelled ? Float64Array.from(raw.bytesLabel!) : new Float64Array(0),
    labelUnit: new Uint32Array(labelled ? n : 0),
  };
  // pprof merges equal samples when it reads a profile, before it drops frames: samples that
  // become equal only once frames are dropped stay apart.
  const merged = mergeSamples(profile);
  // pprof's frames to drop for the legacy profiles it reads, by what the sample types say.
  [merged.dropFrames, merged.keepFrames] = legacyDropFrames(merged.sampleTypes);
  applyDropFrames(merged);
  return merged;
}

/** Go's filepath.Base. */
function baseName(p: string): string {
  if (p === '') return '.';
  let end = p.length;
  while (end > 0 && p[end - 1] === '/') end--;
  if (end === 0) return '/';
  const trimmed = p.slice(0, end);
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
