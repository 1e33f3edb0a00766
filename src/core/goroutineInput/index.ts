/**
 * One door for every goroutine input: a text dump (debug=2, runtime.Stack, crash output, debug=1),
 * gzipped or not, goes to the goroutine scanner; a goroutine profile.proto (gzipped or not) goes through the pprof
 * core and becomes the same group model (a count per stack, no wait state).
 *   analyzeGoroutineInput(bytes, options?): GoroutineAnalysis
 *   goroutineRecordsFromProfile(profile): StackRecordInput[]
 */
import {
  analyzeGoroutineDump, GoroutineTable, groupStackRecords, type AnalyzeOptions, type GoroutineAnalysis, type SourceFrame,
  type StackRecordInput,
} from '../goroutines';
import { gunzipOnce, parseProfile, sampleLabels, sniffProfileKind, type ParseOptions, type Profile } from '../pprof';

export class NotGoroutineProfileError extends Error {}

/** Proto profiles and the text scanner's input; `gunzip` lets Node callers use zlib. */
export function analyzeGoroutineInput(bytes: Uint8Array, options: AnalyzeOptions & Pick<ParseOptions, 'gunzip' | 'maxUnzippedBytes'> = {}): GoroutineAnalysis {
  const sniff = sniffProfileKind(bytes);
  // Gzipped text (`dump.txt.gz`, a debug=1 profile fetched with gzip) is scanned unzipped.
  if (sniff.kind !== 'pprof') return analyzeGoroutineDump(sniff.gzipped ? gunzipOnce(bytes, options.gunzip, options.maxUnzippedBytes) : bytes, options);
  const profile = parseProfile(bytes, { gunzip: options.gunzip, maxUnzippedBytes: options.maxUnzippedBytes });
  const records = goroutineRecordsFromProfile(profile);
  const parsed = records.reduce((sum, r) => sum + r.count, 0);
  return {
    dump: {
      format: 'debug1', goroutines: new GoroutineTable(), records: [], declaredTotal: parsed, truncated: false, crash: null,
      runtimeStacks: [], warnings: profile.warnings.map(message => ({ line: 0, message })), lineCount: 0,
      earlierDumps: [], previousDump: null, crashedGoroutine: -1,
    },
    groups: groupStackRecords(records),
    waitTargets: [],
    total: parsed,
    parsed,
    raceAccesses: 0,
    stuck: null,
    growthSincePreviousDump: null,
  };
}

/** Samples of a goroutine profile as counted stacks, innermost frame first (inlined frames expanded). */
export function goroutineRecordsFromProfile(profile: Profile): StackRecordInput[] {
  const typeIndex = profile.sampleTypes.findIndex(t => t.type === 'goroutine' || t.type === 'goroutines');
  if (typeIndex < 0) {
    const types = profile.sampleTypes.map(t => t.type).join(', ') || 'none';
    throw new NotGoroutineProfileError(`not a goroutine profile: its sample types are ${types}`);
  }
  const frameCache = new Map<number, SourceFrame[]>();
  const framesOfLocation = (locationIndex: number): SourceFrame[] => {
    let frames = frameCache.get(locationIndex);
    if (!frames) {
      const loc = profile.locations[locationIndex];
      frames = loc.lines.map(l => {
        const fn = l.functionIndex >= 0 ? profile.functions[l.functionIndex] : undefined;
        return { func: fn?.name || `0x${loc.address.toString(16)}`, file: fn?.filename ?? '', line: l.line };
      });
      if (frames.length === 0) frames = [{ func: `0x${loc.address.toString(16)}`, file: '', line: 0 }];
      frameCache.set(locationIndex, frames);
    }
    return frames;
  };
  const s = profile.samples;
  const records: StackRecordInput[] = [];
  for (let i = 0; i < s.count; i++) {
    const count = s.values[i * s.valueCount + typeIndex];
    if (count <= 0) continue;
    const frames: SourceFrame[] = [];
    // Stacks are stored leaf first, and a location's lines innermost first: the order we want.
    for (let j = s.stackStart[i]; j < s.stackStart[i + 1]; j++) frames.push(...framesOfLocation(s.locations[j]));
    const labels: Record<string, string> = {};
    for (const l of sampleLabels(profile, i)) labels[l.key] = l.str ?? `${l.num}${l.unit ? ` ${l.unit}` : ''}`;
    records.push({ count, frames, labels });
  }
  return records;
}
