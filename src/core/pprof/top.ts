// Flat and cumulative values per frame with `go tool pprof -top` semantics:
// flat goes to the innermost frame of a sample (an inlined frame is its own function),
// cum counts each frame once per sample however often recursion repeats it.
import type { ValueType } from './model';
import type { Granularity, StackView } from './stackView';
import { createStackView, type ViewOptions } from './stackView';
import type { Profile } from './model';
import { exactly } from './exactSums';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export interface TopRow {
  /** Function name (or "<unknown>" / "[binary]" for unsymbolized frames, "key: value" for label frames). */
  func: string;
  /** Source file, '' when unknown. */
  file: string;
  /** Line at 'lines' granularity, else the function's start line (0 when unknown). */
  line: number;
  flat: number;
  cum: number;
}

export interface TopResult {
  sampleType: ValueType;
  granularity: Granularity;
  /** pprof's total, the 100% of percentages: sum of |values| of all samples before filters (of the base samples for a diff). */
  total: number;
  /** Signed sum of the kept samples' values. */
  sum: number;
  keptSamples: number;
  /** Sorted by |flat| descending, then |cum| descending, then name. */
  rows: TopRow[];
}

export function computeTop(view: StackView): TopResult {
  const nFrames = view.frames.name.length;
  const flat = new Float64Array(nFrames);
  const cum = new Float64Array(nFrames);
  const touched = new Uint8Array(nFrames);
  // lastSample[f] = 1 + index of the last sample that already counted f's cum.
  const lastSample = new Int32Array(nFrames);
  const { profile, weights, kept, locFrameStart, locFrames, rootFrames } = view;
  const s = profile.samples;
  const locs = s.locations, stackStart = s.stackStart;
  // Kept samples worth 0 (most of an inuse heap profile) add nothing but still make their
  // frames rows (flat = cum = 0): for them only mark the locations, and stop once all are.
  const locationCount = locFrameStart.length - 1;
  const locationTouched = new Uint8Array(locationCount);
  // Per location its only frame, or -1 when it has none or several (inlined calls).
  const singleFrame = new Int32Array(locationCount);
  for (let l = 0; l < locationCount; l++) {
    singleFrame[l] = locFrameStart[l + 1] - locFrameStart[l] === 1 ? locFrames[locFrameStart[l]] : -1;
  }
  let sum = 0, keptSamples = 0;
  for (let i = 0; i < s.count; i++) keptSamples += kept[i];
  if (!rootFrames) {
    // The hot path in small functions of their own, which V8 optimizes at once.
    // Every sample kept: the decoder already knows which locations the stacks hold.
    if (keptSamples === s.count && s.locationUsed?.length === locationCount) locationTouched.set(s.locationUsed);
    else markZeroWeightLocations(s.count, kept, weights, stackStart, locs, locationTouched);
    sum = accumulate(s.count, kept, weights, stackStart, locs, locFrameStart, locFrames, singleFrame, flat, cum, lastSample);
  } else {
    sum = accumulateWithRoots(view, weights, flat, cum, lastSample);
  }
  if (view.split) {
    // The rows are the frames the weights touched; their sums made exact.
    const [exactFlat, exactCum, exactSum] = exactly(view.split, w => {
      const f = new Float64Array(nFrames), c = new Float64Array(nFrames), marks = new Int32Array(nFrames);
      const total = rootFrames ? accumulateWithRoots(view, w, f, c, marks)
        : accumulate(s.count, kept, w, stackStart, locs, locFrameStart, locFrames, singleFrame, f, c, marks);
      return [f, c, Float64Array.of(total)];
    });
    flat.set(exactFlat); cum.set(exactCum); sum = exactSum[0];
  }
  for (let f = 0; f < nFrames; f++) if (lastSample[f] !== 0) touched[f] = 1;
  for (let l = 0; l < locationCount; l++) {
    if (locationTouched[l] === 0) continue;
    for (let k = locFrameStart[l]; k < locFrameStart[l + 1]; k++) touched[locFrames[k]] = 1;
  }
  const rows: TopRow[] = [];
  for (let f = 0; f < nFrames; f++) {
    if (touched[f] === 0) continue;
    rows.push({ func: view.frames.name[f], file: view.frames.file[f], line: view.frames.line[f], flat: flat[f], cum: cum[f] });
  }
  rows.sort(compareRows);
  return { sampleType: view.sampleType, granularity: view.granularity, total: view.total, sum, keptSamples, rows };
}

/** As `accumulate`, with the -tagroot label frames above each kept sample's stack. */
function accumulateWithRoots(view: StackView, weights: Float64Array, flat: Float64Array, cum: Float64Array, lastSample: Int32Array): number {
  const { profile, kept, locFrameStart, locFrames } = view;
  const rootFrames = view.rootFrames!;
  const s = profile.samples;
  const locs = s.locations, stackStart = s.stackStart;
  let sum = 0;
  for (let i = 0; i < s.count; i++) {
    if (kept[i] === 0) continue;
    const w = weights[i];
    sum += w;
    const mark = i + 1;
    const start = stackStart[i], end = stackStart[i + 1];
    let leafDone = false;
    for (let p = start; p < end; p++) {
      const k = locFrameStart[locs[p]];
      if (k < locFrameStart[locs[p] + 1]) { flat[locFrames[k]] += w; leafDone = true; break; }
    }
    for (let p = start; p < end; p++) {
      const loc = locs[p];
      for (let k = locFrameStart[loc], kEnd = locFrameStart[loc + 1]; k < kEnd; k++) {
        const g = locFrames[k];
        if (lastSample[g] !== mark) { lastSample[g] = mark; cum[g] += w; }
      }
    }
    for (const f of rootFrames[i]) {
      if (!leafDone) { flat[f] += w; leafDone = true; }
      if (lastSample[f] !== mark) { lastSample[f] = mark; cum[f] += w; }
    }
  }
  return sum;
}

/**
 * Kept samples worth 0 (most of an inuse heap profile) add nothing but still make their
 * frames rows (flat = cum = 0): for them only mark the locations, and stop once all are.
 */
function markZeroWeightLocations(count: number, kept: Uint8Array, weights: Float64Array, stackStart: Uint32Array,
  locs: Uint16Array | Uint32Array, locationTouched: Uint8Array): void {
  let untouched = locationTouched.length;
  for (let i = 0; i < count && untouched > 0; i++) {
    if (kept[i] === 0 || weights[i] !== 0) continue;
    for (let p = stackStart[i], end = stackStart[i + 1]; p < end && untouched > 0; p++) {
      if (locationTouched[locs[p]] === 0) { locationTouched[locs[p]] = 1; untouched--; }
    }
  }
}

/** flat (innermost frame) and cum (each frame once per sample) of the kept samples worth non-zero; returns their sum. */
function accumulate(count: number, kept: Uint8Array, weights: Float64Array, stackStart: Uint32Array, locs: Uint16Array | Uint32Array,
  locFrameStart: Uint32Array, locFrames: Uint32Array, singleFrame: Int32Array, flat: Float64Array, cum: Float64Array, lastSample: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const w = weights[i];
    if (w === 0 || kept[i] === 0) continue;
    sum += w;
    const mark = i + 1;
    const start = stackStart[i], end = stackStart[i + 1];
    for (let p = start; p < end; p++) {
      const k = locFrameStart[locs[p]];
      if (k < locFrameStart[locs[p] + 1]) { flat[locFrames[k]] += w; break; }
    }
    // lastSample doubles as "has a row".
    for (let p = start; p < end; p++) {
      const loc = locs[p];
      const f = singleFrame[loc];
      if (f >= 0) {
        if (lastSample[f] !== mark) { lastSample[f] = mark; cum[f] += w; }
        continue;
      }
      for (let k = locFrameStart[loc], kEnd = locFrameStart[loc + 1]; k < kEnd; k++) {
        const g = locFrames[k];
        if (lastSample[g] !== mark) { lastSample[g] = mark; cum[g] += w; }
      }
    }
  }
  return sum;
}

export function compareRows(a: TopRow, b: TopRow): number {
  return Math.abs(b.flat) - Math.abs(a.flat) || Math.abs(b.cum) - Math.abs(a.cum)
    || (a.func < b.func ? -1 : a.func > b.func ? 1 : 0)
    || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line;
}

/** Shorthand: `computeTop(createStackView(profile, options))`. */
export function topTable(profile: Profile, options: ViewOptions = {}): TopResult {
  return computeTop(createStackView(profile, options));
}

export interface LineHeat {
  file: string;
  line: number;
  /** Function(s) at that line, innermost first when several were inlined there. */
  func: string;
  flat: number;
  cum: number;
}

/**
 * Flat/cum per file:line, grouped by file (for code lenses and line heat). Frames without
 * a file are left out. Files and lines are as recorded in the profile (map them to the
 * workspace elsewhere).
 */
export function lineHeat(profile: Profile, options: Omit<ViewOptions, 'granularity' | 'tagRoot'> = {}): Map<string, LineHeat[]> {
  const top = computeTop(createStackView(profile, { ...options, granularity: 'lines' }));
  const byFile = new ContentKeyedMap<LineHeat[]>();
  for (const row of top.rows) {
    if (row.file === '' || row.line <= 0) continue;
    let list = byFile.get(row.file);
    if (!list) { list = []; byFile.set(row.file, list); }
    list.push({ file: row.file, line: row.line, func: row.func, flat: row.flat, cum: row.cum });
  }
  for (const list of byFile.values()) list.sort((a, b) => a.line - b.line || (a.func < b.func ? -1 : 1));
  return byFile;
}
