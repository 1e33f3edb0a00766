// pprof's -list (and the costs behind its weblist): for every function whose name matches, its
// source lines with the flat and cum of each, from a view at line granularity. The costs come
// from the profile; the text of the lines is the caller's to provide (the core does no IO), and
// when it cannot be found the listing shows the lines the profile has.
//
// pprof's rule for which lines a routine shows: from the function's start line (or 5 lines
// before its first line with a cost when the profile has no start line) to 5 lines after its
// last line with a cost, stopping at the end of the file.
import { cleanPath } from '../pprof/cleanPath';
import type { StackView } from '../pprof/stackView';
import { displayFunctionName } from '../pprof/functionNames';
import { percentage } from '../pprof/measurement';
import { Int64Sum, joinExact, joinSum } from '../pprof/exactSums';
import type { ValueFormat } from './pprofText';
import { ContentKeyedMap, ContentKeyedSet, KeyParts } from '../../shared/contentKeyedMap';

/** A call inlined into a line of the routine, as weblist lists it under the line. */
export interface InlinedCall {
  /** 0 for a call made by the line itself, 1 for a call inlined into that call, … */
  depth: number;
  func: string;
  file: string;
  line: number;
  flat: number;
  cum: number;
  /** The called line's source, trimmed (weblist prints it), when its file was found. */
  text?: string;
}

export interface LineCost {
  line: number;
  flat: number;
  cum: number;
  /** Calls inlined at this line, parents before their children. */
  inlined: InlinedCall[];
}

/** One ROUTINE of the listing: a function in one file, with the lines that have a cost. */
export interface RoutineCosts {
  func: string;
  file: string;
  /** The function's first line when the profile records it, else 0. */
  startLine: number;
  /** pprof sums its line nodes: flat and cum of every line added up. */
  flat: number;
  cum: number;
  /** Lines with a cost, in line order. */
  lines: LineCost[];
}

export interface ListingCosts {
  /** pprof's total, the 100% of the routines' percentages. */
  total: number;
  /** By function name, then file (pprof's order). */
  routines: RoutineCosts[];
  /** Matching functions that the profile gives no file for. */
  withoutSource: string[];
}

/** Lines shown around the costly ones (pprof's margin). */
export const LISTING_MARGIN = 5;

/**
 * How deep the calls inlined under a line are listed, and how many distinct chains a listing
 * keeps: Go's inliner nests a few calls, while a crafted location of 100k lines, each listed,
 * would make 5·10^9 chains (pprof's weblist lists each line's whole chain).
 */
export const MAX_INLINE_DEPTH = 16;
export const MAX_INLINE_PATHS = 500_000;

/**
 * The flat and cum of each listed frame and of each inlined call, counted once per sample, of
 * the samples through a listed frame: [frame flat, frame cum, inline flat, inline cum].
 */
function sampleCosts(view: StackView, weights: Float64Array, listed: Uint8Array, locListed: Uint8Array,
  locInline: (number[] | undefined)[], locLeafInline: (number[] | undefined)[], pathCount: number): Float64Array[] {
  const nFrames = view.frames.name.length;
  const frameFlat = new Float64Array(nFrames), frameCum = new Float64Array(nFrames);
  const inlineFlat = new Float64Array(pathCount), inlineCum = new Float64Array(pathCount);
  const seenFrame = new Float64Array(nFrames);
  const seenInline = new Float64Array(pathCount);
  const s = view.profile.samples;
  for (let i = 0; i < s.count; i++) {
    const w = weights[i];
    if (w === 0) continue;
    let through = false;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1] && !through; p++) through = locListed[s.locations[p]] === 1;
    if (!through) continue;
    const stamp = i + 1;
    let leafDone = false;
    for (let p = s.stackStart[i]; p < s.stackStart[i + 1]; p++) {
      const loc = s.locations[p];
      const first = view.locFrameStart[loc], end = view.locFrameStart[loc + 1];
      if (first === end) continue;
      // pprof gives the flat to the innermost frame left after hide/show.
      const isLeaf = !leafDone;
      leafDone = true;
      for (let k = first; k < end; k++) {
        const f = view.locFrames[k];
        if (!listed[f]) continue;
        if (seenFrame[f] !== stamp) { seenFrame[f] = stamp; frameCum[f] += w; }
        if (isLeaf && k === first) frameFlat[f] += w;
      }
      const chains = locInline[loc];
      if (chains) {
        for (const id of chains) {
          if (seenInline[id] !== stamp) { seenInline[id] = stamp; inlineCum[id] += w; }
        }
        if (isLeaf) for (const id of locLeafInline[loc] ?? []) inlineFlat[id] += w;
      }
    }
  }
  return [frameFlat, frameCum, inlineFlat, inlineCum];
}

/**
 * The costs of the functions whose name passes `matches`, from a view at 'lines' granularity
 * (pprof forces it for -list). Every node is counted once per sample, as pprof's graph does.
 * `total` is the report's 100%: the view's, or the whole profile's when the view was cut by
 * -show_from (pprof takes its total before any filter).
 */
export function listingCosts(view: StackView, matches: (functionName: string) => boolean, total = view.total): ListingCosts {
  if (view.granularity !== 'lines') throw new Error('a source listing needs a view at lines granularity');
  const { frames } = view;
  const nFrames = frames.name.length;
  // Which frames belong to a listed function, asked once per distinct name.
  const nameMatches = new ContentKeyedMap<boolean>();
  const listed = new Uint8Array(nFrames);
  for (let f = 0; f < nFrames; f++) {
    if (frames.isLabel[f]) continue;
    // pprof matches a function's own name, empty for a bare address (not its "[binary]" label).
    const name = frames.unnamed[f] ? '' : frames.name[f];
    let m = nameMatches.get(name);
    if (m === undefined) { m = matches(name); nameMatches.set(name, m); }
    if (m) listed[f] = 1;
  }

  // Per location, once: the listed frames in it and the inline chains below them.
  const nLoc = view.locFrameStart.length - 1;
  const locListed = new Uint8Array(nLoc);
  for (let l = 0; l < nLoc; l++) {
    for (let k = view.locFrameStart[l]; k < view.locFrameStart[l + 1]; k++) if (listed[view.locFrames[k]]) { locListed[l] = 1; break; }
  }
  const inlineKeys = new ContentKeyedMap<number>();
  const inlinePaths: number[][] = [];
  const locInline: (number[] | undefined)[] = new Array(nLoc);
  const locLeafInline: (number[] | undefined)[] = new Array(nLoc);
  for (let l = 0; l < nLoc; l++) {
    const first = view.locFrameStart[l], end = view.locFrameStart[l + 1];
    for (let j = first + 1; j < end; j++) {
      if (!listed[view.locFrames[j]]) continue;
      // Within a location every frame but the outermost was inlined into the next one: frames
      // first..j-1 are the chain of calls inlined at frame j's line. A path is keyed by its
      // parent path's id and its last frame, so a chain costs one step per call.
      const path = [view.locFrames[j]];
      let parentKey = `a${path[0]}`;
      for (let k = j - 1; k >= Math.max(first, j - MAX_INLINE_DEPTH); k--) {
        path.push(view.locFrames[k]);
        const key = `${parentKey},${view.locFrames[k]}`;
        let id = inlineKeys.get(key);
        if (id === undefined) {
          if (inlinePaths.length >= MAX_INLINE_PATHS) break;
          id = inlinePaths.length; inlinePaths.push(path.slice()); inlineKeys.set(key, id);
        }
        parentKey = String(id);
        (locInline[l] ??= []).push(id);
        if (k === first) (locLeafInline[l] ??= []).push(id);
      }
    }
  }

  const costsOf = (weights: Float64Array): Float64Array[] => sampleCosts(view, weights, listed, locListed, locInline, locLeafInline, inlinePaths.length);
  // Past 2^53 the costs are summed in two halves and joined, each frame's kept as an int64.
  const halves = view.split && [costsOf(view.split.high), costsOf(view.split.low)];
  const [frameFlat, frameCum, inlineFlat, inlineCum] = halves ? halves[0].map((h, a) => h.map((x, i) => joinSum(x, halves[1][a][i]))) : costsOf(view.weights);
  const exactOf = (a: number, i: number): bigint | undefined => halves && joinExact(halves[0][a][i], halves[1][a][i]);

  // A long name or file stands in the routine and line keys as a token: hashed once, not per key.
  const keyParts = new KeyParts();
  const routineKey = (name: string, file: string) => `${keyParts.part(name)}\u0000${keyParts.part(file)}`;
  const startLines = functionStartLines(view, routineKey);
  const routines = new ContentKeyedMap<RoutineCosts>();
  const lineOf = new ContentKeyedMap<LineCost>();
  const nameless = new ContentKeyedSet();
  // Routines and lines sum their frames as int64.
  const sums = new Map<RoutineCosts | LineCost, { flat: Int64Sum; cum: Int64Sum }>();
  const addTo = (to: RoutineCosts | LineCost, f: number): void => {
    let sum = sums.get(to);
    if (!sum) { sum = { flat: new Int64Sum(), cum: new Int64Sum() }; sums.set(to, sum); }
    to.flat = sum.flat.add(frameFlat[f], exactOf(0, f));
    to.cum = sum.cum.add(frameCum[f], exactOf(1, f));
  };
  for (let f = 0; f < nFrames; f++) {
    // pprof's graph leaves out nodes with neither flat nor cum (e.g. cancelled out by a diff).
    if (frameFlat[f] === 0 && frameCum[f] === 0) continue;
    const name = frames.unnamed[f] ? '' : frames.name[f], file = frames.file[f];
    if (file === '') { nameless.add(name); continue; }
    const key = routineKey(name, file);
    let r = routines.get(key);
    if (!r) {
      r = { func: name, file, startLine: startLines.get(key) ?? 0, flat: 0, cum: 0, lines: [] };
      routines.set(key, r);
    }
    addTo(r, f);
    const lineKey = `${key}\u0000${frames.line[f]}`;
    let lc = lineOf.get(lineKey);
    if (!lc) { lc = { line: frames.line[f], flat: 0, cum: 0, inlined: [] }; lineOf.set(lineKey, lc); r.lines.push(lc); }
    addTo(lc, f);
  }
  // Inlined calls under the line of the frame they were inlined into.
  const order = inlinePaths.map((_, id) => id).sort((a, b) => comparePaths(view, inlinePaths[a], inlinePaths[b]));
  for (const id of order) {
    const path = inlinePaths[id], c = { flat: inlineFlat[id], cum: inlineCum[id] };
    if (c.flat === 0 && c.cum === 0) continue;
    const anchor = path[0], callee = path[path.length - 1];
    const lc = lineOf.get(`${routineKey(frames.name[anchor], frames.file[anchor])}\u0000${frames.line[anchor]}`);
    if (!lc) continue;
    lc.inlined.push({ depth: path.length - 2, func: frames.name[callee], file: frames.file[callee], line: frames.line[callee], flat: c.flat, cum: c.cum });
  }
  const sorted = [...routines.values()].sort((a, b) => compareStrings(a.func, b.func) || compareStrings(a.file, b.file) || a.startLine - b.startLine);
  for (const r of sorted) r.lines.sort((a, b) => a.line - b.line);
  const listedNames = new ContentKeyedSet(sorted.map(r => r.func));
  const withoutSource = [...nameless].filter(n => !listedNames.has(n)).sort(compareStrings);
  return { total, routines: sorted, withoutSource };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parents before children; siblings by line, then name. */
function comparePaths(view: StackView, a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    return view.frames.line[a[i]] - view.frames.line[b[i]] || compareStrings(view.frames.name[a[i]], view.frames.name[b[i]]) || a[i] - b[i];
  }
  return a.length - b.length;
}

/** The start line the profile records for each function (by its routine key: name and file). */
function functionStartLines(view: StackView, routineKey: (name: string, file: string) => string): Map<string, number> {
  const out = new ContentKeyedMap<number>();
  for (const fn of view.profile.functions) {
    if (fn.startLine <= 0) continue;
    const key = routineKey(displayFunctionName(fn), fn.filename);
    const had = out.get(key);
    if (had === undefined || fn.startLine < had) out.set(key, fn.startLine);
  }
  return out;
}

/** One line of a routine as listed: its number, costs and text (undefined when the source is missing). */
export interface ListedLine extends LineCost {
  text?: string;
}

/**
 * The lines pprof lists for a routine: with the file's lines (`source`, line 1 first), from the
 * start line (or the first costly line − margin) to the last costly line + margin, ending with the
 * file; without them, only the lines that have a cost.
 */
export function routineLines(routine: RoutineCosts, source: readonly string[] | undefined): ListedLine[] {
  if (!source) return routine.lines.map(l => ({ ...l }));
  const costs = new Map(routine.lines.map(l => [l.line, l]));
  let start = Infinity, end = 0;
  for (const l of routine.lines) {
    start = Math.min(start, routine.startLine > 0 ? routine.startLine : l.line - LISTING_MARGIN);
    end = Math.max(end, l.line + LISTING_MARGIN);
  }
  start = Math.max(1, start);
  const out: ListedLine[] = [];
  for (let n = start; n <= end && n <= source.length; n++) {
    const c = costs.get(n);
    out.push({ line: n, flat: c?.flat ?? 0, cum: c?.cum ?? 0, inlined: c?.inlined ?? [], text: source[n - 1] });
  }
  return out;
}

/** A file's text as pprof reads it (bufio lines: "\n" ends a line, a "\r" before it is dropped). */
export function sourceLinesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map(l => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** What the caller found for a routine's file: its lines, or why there are none. */
export type RoutineSource = { lines: readonly string[] } | { missing: string };

/**
 * `go tool pprof -list`: "Total:", then per routine its ROUTINE header, totals and lines
 * (`flat cum NN:source`, "." for zero). A routine whose file is missing says so and lists the
 * lines the profile has, without text.
 */
export function renderListText(costs: ListingCosts, format: ValueFormat, sourceOf: (routine: RoutineCosts) => RoutineSource): string {
  const out: string[] = [`Total: ${format(costs.total)}`];
  const orDot = (v: number) => (v === 0 ? '.' : format(v));
  // Each name's routines found once: a filter of every routine per name was quadratic (100,000 functions of one file: minutes).
  const routinesOf = new ContentKeyedMap<RoutineCosts[]>();
  for (const r of costs.routines) {
    const list = routinesOf.get(r.func);
    if (list) list.push(r);
    else routinesOf.set(r.func, [r]);
  }
  const names = [...new ContentKeyedSet([...routinesOf.keys(), ...costs.withoutSource])].sort(compareStrings);
  for (const name of names) {
    const routines = routinesOf.get(name) ?? [];
    if (routines.length === 0) { out.push(`No source information for ${name}`); continue; }
    for (const r of routines) {
      out.push(`ROUTINE ======================== ${r.func} in ${cleanPath(r.file)}`);
      out.push(`${format(r.flat).padStart(10)} ${format(r.cum).padStart(10)} (flat, cum) ${percentage(r.cum, costs.total)} of Total`);
      const source = sourceOf(r);
      if ('missing' in source) out.push(` Error: ${source.missing}; the lines the profile has:`);
      for (const l of routineLines(r, 'lines' in source ? source.lines : undefined)) {
        out.push(`${orDot(l.flat).padStart(10)} ${orDot(l.cum).padStart(10)} ${String(l.line).padStart(6)}:${l.text ?? ''}`);
      }
    }
  }
  return out.join('\n') + '\n';
}

/** A run of listed lines: shown, or folded because none of them has a cost. */
export interface ListingSegment {
  folded: boolean;
  /** Indexes into the routine's listed lines, `from` inclusive, `to` exclusive. */
  from: number;
  to: number;
}

/**
 * weblist's reading aid: lines without cost more than `context` lines away from a costly one are
 * folded, when the run is long enough to be worth a fold.
 */
export function foldQuietLines(lines: readonly LineCost[], context = 2, minFold = 4): ListingSegment[] {
  const keep = new Uint8Array(lines.length);
  lines.forEach((l, i) => {
    if (l.flat === 0 && l.cum === 0) return;
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++) keep[k] = 1;
  });
  const segments: ListingSegment[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && keep[j] === keep[i]) j++;
    const folded = keep[i] === 0 && j - i >= minFold;
    const last = segments[segments.length - 1];
    if (!folded && last && !last.folded) last.to = j;
    else segments.push({ folded, from: i, to: j });
    i = j;
  }
  return segments;
}

/** A routine as the editor's Source view shows it: pprof's lines with their text, quiet runs folded. */
export interface SourceRoutineView {
  func: string;
  /** The file as the profile names it (the key for opening it). */
  file: string;
  flat: number;
  cum: number;
  /** The local file the text was read from. */
  localPath?: string;
  /** Why there is no text: the lines are then only those the profile has. */
  missing?: string;
  lines: ListedLine[];
  segments: ListingSegment[];
}

export interface FunctionSource {
  functionName: string;
  /** pprof's total, the 100% of percentages. */
  total: number;
  routines: SourceRoutineView[];
}

/**
 * `sourceLine(file, line)`: a line of another file the caller has read, for the calls inlined
 * at a line (weblist shows each call's own source line under the caller's).
 */
export function sourceRoutineView(routine: RoutineCosts, source: RoutineSource, localPath?: string, sourceLine?: (file: string, line: number) => string | undefined): SourceRoutineView {
  const lines = routineLines(routine, 'lines' in source ? source.lines : undefined);
  if (sourceLine) {
    for (const l of lines) {
      if (l.inlined.length === 0) continue;
      l.inlined = l.inlined.map(call => {
        const text = sourceLine(call.file, call.line)?.trim();
        return text === undefined ? call : { ...call, text };
      });
    }
  }
  return {
    func: routine.func, file: routine.file, flat: routine.flat, cum: routine.cum,
    ...('missing' in source ? { missing: source.missing } : { localPath }),
    lines, segments: foldQuietLines(lines),
  };
}
