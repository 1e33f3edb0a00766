// The sums behind pprof's call graph (internal/graph New) over a view's samples, in typed arrays:
// flat and cum per frame, weight per caller→callee edge, counted once per sample. Walks are
// signed, so a graph that drops a few frames is the whole graph with only the samples through
// those frames walked again (taken out whole, put back without the frames) instead of every
// sample: on a 1M-sample profile that is the difference between one walk and two.
import type { StackView } from '../pprof/stackView';
import { hashLabelRange, internedLabelSets } from '../pprof/labelSets';
import { NumberKeyMap } from '../numberKeyMap';
import { HASH_SEED, finishHash, mixInt } from '../../shared/seededHash';
import { joinExact, joinSum } from '../pprof/exactSums';

/** Callers and callees are numbered as the profile first names them: a profile could be made to collide without the seed. */
function edgeHash(src: number, dest: number): number {
  return finishHash(mixInt(mixInt(HASH_SEED, src), dest));
}

/**
 * Caller→callee pairs of frames: an open-addressing hash table over typed arrays (a dense
 * frames² index instead when the frames are few), with per edge its weight and counts of the
 * samples that made it, called it directly (not inlined) and reached it past dropped frames.
 */
class EdgeTable {
  size = 0;
  private capacity = 1024;
  private slots = new Int32Array(this.capacity).fill(-1);
  src = new Int32Array(256);
  dest = new Int32Array(256);
  /** Per edge its weight (at 2e) and how many samples made it (at 2e + 1): one cache line per step. */
  weightAndSamples = new Float64Array(512);
  /**
   * The walk step that last counted the edge (pprof counts an edge once per sample); kept only
   * for edges into a frame the sample has had before with another caller, the only ones that
   * can come twice.
   */
  mark = new Int32Array(256);
  /** Samples that made the edge with the callee inlined: all of them make it an inline edge. */
  inlined = new Int32Array(256);
  residual = new Int32Array(256);

  /** The index of the edge src→dest, made on first sight (entries are in first-seen order). */
  find(src: number, dest: number): number {
    const mask = this.capacity - 1;
    let h = edgeHash(src, dest) & mask;
    for (;;) {
      const e = this.slots[h];
      if (e < 0) break;
      if (this.src[e] === src && this.dest[e] === dest) return e;
      h = (h + 1) & mask;
    }
    const e = this.append(src, dest);
    this.slots[h] = e;
    if (this.size * 2 > this.capacity) this.rehash();
    return e;
  }

  /** A new edge src→dest, not looked up (the caller knows it is new). */
  append(src: number, dest: number): number {
    const e = this.size++;
    if (e === this.src.length) this.resize(this.src.length * 2);
    this.src[e] = src; this.dest[e] = dest;
    return e;
  }

  weight(e: number): number { return this.weightAndSamples[2 * e]; }
  samples(e: number): number { return this.weightAndSamples[2 * e + 1]; }

  copy(): EdgeTable {
    const t = new EdgeTable();
    t.size = this.size;
    t.capacity = this.capacity;
    t.slots = this.slots.slice();
    t.src = this.src.slice(); t.dest = this.dest.slice(); t.weightAndSamples = this.weightAndSamples.slice(); t.mark = this.mark.slice();
    t.inlined = this.inlined.slice(); t.residual = this.residual.slice();
    return t;
  }

  private resize(n: number): void {
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => { const b = make(n); b.set(a); return b; };
    const int = (k: number) => new Int32Array(k);
    this.src = grow(this.src, int);
    this.dest = grow(this.dest, int);
    this.weightAndSamples = grow(this.weightAndSamples, () => new Float64Array(2 * n));
    this.mark = grow(this.mark, int);
    this.inlined = grow(this.inlined, int);
    this.residual = grow(this.residual, int);
  }

  private rehash(): void {
    this.capacity *= 2;
    const mask = this.capacity - 1;
    this.slots = new Int32Array(this.capacity).fill(-1);
    for (let e = 0; e < this.size; e++) {
      let h = edgeHash(this.src[e], this.dest[e]) & mask;
      while (this.slots[h] >= 0) h = (h + 1) & mask;
      this.slots[h] = e;
    }
  }
}

/** A frame inlined into the one before it. */
const INLINED = 1;
/** A frame reached past dropped frames: the edge into it is residual. */
const AFTER_GAP = 2;

/** Frames up to which edges are indexed in a frames² table (2048²: 16 MiB). */
const DENSE_EDGE_INDEX_FRAMES = 2048;
/** Frames up to which edges' sums are kept in a frames² table too (640²: 6.5 MB). */
const DIRECT_EDGE_SUMS_FRAMES = 640;
/** In a location's one frame: it has several (inlined calls). */
const SEVERAL_FRAMES = -1;
/** In a location's one frame: it has one, and the walk drops it. */
const DROPPED_FRAME = -2;

/** Samples listed per frame for frames that few samples pass through (see `samplesThrough`). */
const RARE_FRAME_SAMPLES = 64;
/** Cells (frames × RARE_FRAME_SAMPLES) up to which those lists are kept. */
const MAX_RARE_CELLS = 1 << 20;
/** (frame, label set) cells up to which the tags' sums are kept in the walk. */
const MAX_SET_CELLS = 1 << 22;

/**
 * Each sample's label set as a small id (-1: no labels, or not counted), and one sample of each
 * set: profiles repeat a few sets (a heap profile: one "bytes" label of a few hundred sizes),
 * so tags are worked out once per set, not per sample.
 */
export interface LabelSets {
  ids: Int32Array;
  representative: number[];
}

export function labelSetIds(view: StackView): LabelSets {
  const s = view.profile.samples;
  const ids = new Int32Array(s.count).fill(-1);
  const representative: number[] = [];
  // The decoder interned each sample's set: numbered here in the same order, without the label columns.
  const interned = internedLabelSets(s);
  if (interned) {
    const setOf = interned.setOf;
    if (!setOf) return { ids, representative };
    const idOfSet = new NumberKeyMap();
    for (let i = 0; i < s.count; i++) {
      if (setOf[i] === 0 || view.kept[i] === 0 || view.weights[i] === 0) continue;
      const id = idOfSet.entryOf(setOf[i]);
      if (id === representative.length) representative.push(i);
      ids[i] = id;
    }
    return { ids, representative };
  }
  const buckets = new Map<number, number[]>();
  const same = (a: number, b: number): boolean => {
    const n = s.labelStart[a + 1] - s.labelStart[a];
    if (n !== s.labelStart[b + 1] - s.labelStart[b]) return false;
    for (let k = 0; k < n; k++) {
      const ja = s.labelStart[a] + k, jb = s.labelStart[b] + k;
      if (s.labelKey[ja] !== s.labelKey[jb] || s.labelStr[ja] !== s.labelStr[jb] || s.labelNum[ja] !== s.labelNum[jb] || s.labelUnit[ja] !== s.labelUnit[jb]) return false;
    }
    return true;
  };
  for (let i = 0; i < s.count; i++) {
    const from = s.labelStart[i], to = s.labelStart[i + 1];
    if (from === to || view.kept[i] === 0 || view.weights[i] === 0) continue;
    const h = hashLabelRange(s.labelKey, s.labelStr, s.labelNum, s.labelUnit, from, to);
    let bucket = buckets.get(h);
    if (!bucket) { bucket = []; buckets.set(h, bucket); }
    let id = -1;
    for (const candidate of bucket) if (same(representative[candidate], i)) { id = candidate; break; }
    if (id < 0) { id = representative.length; representative.push(i); bucket.push(id); }
    ids[i] = id;
  }
  return { ids, representative };
}

/** Per (frame, label set): the flat and cum of the samples with that set (index frame × sets + set). */
export interface SetSums {
  sets: LabelSets;
  flat: Float64Array;
  cum: Float64Array;
}

export class GraphTally {
  readonly frameCount: number;
  readonly flat: Float64Array;
  readonly cum: Float64Array;
  /** Per frame: how many samples worth non-zero pass through it. */
  readonly frameSamples: Int32Array;
  edges = new EdgeTable();
  /** Tag sums for the graph's nodelets, when asked for and the cells are few enough. */
  readonly setSums: SetSums | undefined;
  private dense: Int32Array | undefined;
  /**
   * With few frames, every edge's weight and sample count at 2 × (caller × frames + callee),
   * copied into the edge table after each walk: a walk then looks an edge up only when it is
   * new or flagged, one memory access less on each of the millions of steps.
   */
  private direct: Float64Array | undefined;
  private seen: Int32Array;
  /** Per frame: its caller at its first time in the sample being walked (-1: a root). */
  private firstCaller: Int32Array;
  /** Bumped per sample walked: marks are unique across walks of this tally and its copies. */
  private step = 0;
  /**
   * The whole graph's list of the samples through each frame, for frames with at most
   * RARE_FRAME_SAMPLES of them (frame f's at f × RARE_FRAME_SAMPLES): nodefraction drops
   * such frames, and the samples to walk again are then found without reading every stack.
   */
  rareSamples: Int32Array | undefined;
  /** Samples walked (kept, worth non-zero) by the whole graph's walk. */
  sampleCount = 0;
  /**
   * A view whose sums can pass 2^53 (StackView.split) is walked twice, once per half of its
   * weights, into these two tallies of the same shape; this one's sums are theirs joined.
   */
  private halves: { high: GraphTally; low: GraphTally } | undefined;

  /** `wholeGraph`: the tally of every sample, with its tags' sums and its rare frames' samples. */
  constructor(view: StackView, wholeGraph = false, copyOf?: GraphTally, halved = view.split !== undefined) {
    const n = this.frameCount = view.frames.name.length;
    if (copyOf?.halves) this.halves = { high: copyOf.halves.high.copy(view), low: copyOf.halves.low.copy(view) };
    else if (!copyOf && halved) this.halves = { high: new GraphTally(view, wholeGraph, undefined, false), low: new GraphTally(view, wholeGraph, undefined, false) };
    if (copyOf) {
      this.flat = copyOf.flat.slice(); this.cum = copyOf.cum.slice(); this.frameSamples = copyOf.frameSamples.slice();
      this.edges = copyOf.edges.copy();
      this.dense = copyOf.dense?.slice();
      this.direct = copyOf.direct?.slice();
      this.seen = copyOf.seen.slice();
      this.firstCaller = new Int32Array(n);
      this.step = copyOf.step;
      this.sampleCount = copyOf.sampleCount;
      // Shared, not copied: walks of a copy change edges only.
      this.setSums = copyOf.setSums;
      return;
    }
    this.flat = new Float64Array(n); this.cum = new Float64Array(n); this.frameSamples = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.firstCaller = new Int32Array(n);
    // Up to a few thousand frames, a dense caller×callee index beats hashing each step.
    // Halved, the halves walk: this one only holds their sums joined.
    if (!this.halves && n <= DENSE_EDGE_INDEX_FRAMES) this.dense = new Int32Array(n * n).fill(-1);
    if (!this.halves && n <= DIRECT_EDGE_SUMS_FRAMES) this.direct = new Float64Array(2 * n * n);
    const s = view.profile.samples;
    if (wholeGraph && n * RARE_FRAME_SAMPLES <= MAX_RARE_CELLS) this.rareSamples = new Int32Array(n * RARE_FRAME_SAMPLES);
    const interned = internedLabelSets(s);
    if (wholeGraph && (interned ? interned.setOf !== undefined : s.labelStart[s.count] > 0)) {
      const sets = labelSetIds(view);
      const cells = n * sets.representative.length;
      if (cells > 0 && cells <= MAX_SET_CELLS) this.setSums = { sets, flat: new Float64Array(cells), cum: new Float64Array(cells) };
    }
  }

  /** A copy whose walks leave this one as it is. */
  copy(view: StackView): GraphTally {
    return new GraphTally(view, false, this);
  }

  /**
   * Adds (sign 1) or takes out (sign -1) the samples `only` (all when absent) that the view
   * keeps and that are worth non-zero. Frames with keep[f] = 0 are skipped: the edge over them
   * is residual. With `edgesOnly`, frames' flat and cum are left alone (a graph without some
   * frames keeps the others' flat and cum, only its edges change).
   */
  walk(view: StackView, keep: Uint8Array | undefined, sign: 1 | -1, only?: Int32Array, edgesOnly = false): void {
    const halves = this.halves;
    if (!halves || !view.split) {
      this.walkSumming(view, view.weights, keep, sign, only, edgesOnly);
      return;
    }
    halves.high.walkSumming(view, view.split.high, keep, sign, only, edgesOnly);
    halves.low.walkSumming(view, view.split.low, keep, sign, only, edgesOnly);
    this.joinHalves(halves.high, halves.low);
  }

  /** The frame's flat or cum as the int64 pprof sums, when the view's sums can pass 2^53 (else undefined). */
  exact(column: 'flat' | 'cum', f: number): bigint | undefined {
    return this.halves && joinExact(this.halves.high[column][f], this.halves.low[column][f]);
  }

  /** A (frame × sets + set) cell of the tag sums as the int64 pprof sums, when the view's sums can pass 2^53 (else undefined). */
  exactSetSum(column: 'flat' | 'cum', cell: number): bigint | undefined {
    const high = this.halves?.high.setSums, low = this.halves?.low.setSums;
    return high && low ? joinExact(high[column][cell], low[column][cell]) : undefined;
  }

  /** Edge e's weight as the int64 pprof sums, when the view's sums can pass 2^53 (else undefined). */
  exactEdgeWeight(e: number): bigint | undefined {
    return this.halves && joinExact(this.halves.high.edges.weight(e), this.halves.low.edges.weight(e));
  }

  /** This tally's shape (edges, samples) from the high half's walk, its sums from both halves. */
  private joinHalves(high: GraphTally, low: GraphTally): void {
    this.edges = high.edges.copy();
    this.frameSamples.set(high.frameSamples);
    this.sampleCount = high.sampleCount;
    this.rareSamples = high.rareSamples;
    for (let f = 0; f < this.frameCount; f++) {
      this.flat[f] = joinSum(high.flat[f], low.flat[f]);
      this.cum[f] = joinSum(high.cum[f], low.cum[f]);
    }
    const weights = this.edges.weightAndSamples, lowWeights = low.edges.weightAndSamples;
    for (let e = 0; e < this.edges.size; e++) weights[2 * e] = joinSum(weights[2 * e], lowWeights[2 * e]);
    const sums = this.setSums, highSums = high.setSums, lowSums = low.setSums;
    if (sums && highSums && lowSums) {
      for (let c = 0; c < sums.flat.length; c++) {
        sums.flat[c] = joinSum(highSums.flat[c], lowSums.flat[c]);
        sums.cum[c] = joinSum(highSums.cum[c], lowSums.cum[c]);
      }
    }
  }

  /** The walk, skipping samples by the view's weights and summing `sumWeights` (the weights or one of their halves). */
  private walkSumming(view: StackView, sumWeights: Float64Array, keep: Uint8Array | undefined, sign: 1 | -1, only?: Int32Array, edgesOnly = false): void {
    const s = view.profile.samples;
    const { locFrameStart, locFrames, weights, kept, rootFrames } = view;
    const locs = s.locations, stackStart = s.stackStart;
    const { flat, cum, frameSamples, seen, firstCaller, edges, frameCount, direct } = this;
    const sums = edgesOnly ? undefined : this.setSums;
    const setIds = sums?.sets.ids, setCum = sums?.cum, setCount = sums ? sums.sets.representative.length : 0;
    // A location's one frame (SEVERAL_FRAMES when inlining gave it several, DROPPED_FRAME when
    // its one frame is dropped): most locations have one.
    const onlyFrame = this.onlyFrameOf(view, keep);
    // Only the whole graph's one walk of every sample lists the rare frames' samples.
    const rare = sign === 1 && !only && !keep && !edgesOnly && this.step === 0 ? this.rareSamples : undefined;
    if (!rare) this.rareSamples = undefined;
    const n = only ? only.length : s.count;
    for (let j = 0; j < n; j++) {
      const i = only ? only[j] : j;
      const w = weights[i];
      if (kept[i] === 0 || w === 0) continue;
      const sw = sign * sumWeights[i], mark = ++this.step;
      this.sampleCount += sign;
      const set = setIds ? setIds[i] : -1;
      const roots = rootFrames?.[i], rootCount = roots?.length ?? 0;
      // The sample's frames root first (its tag roots, then its stack), in one pass: a frame's
      // cum and the edge into it are counted at its first time in the sample; an edge into a
      // repeated frame is that first time's edge again, or needs the edge marks. Dropped frames
      // are skipped, the edge over them is residual.
      let p = stackStart[i + 1], rootAt = 0, parent = -1, gap = 0;
      const from = stackStart[i];
      for (;;) {
        let f: number, first = 0, last = 0, k = 0;
        if (rootAt < rootCount) f = roots![rootAt++];
        else {
          if (--p < from) break;
          let loc = locs[p];
          f = onlyFrame[loc];
          if (f === DROPPED_FRAME) {
            // Runs of dropped frames (most of a stack when the graph keeps its top nodes).
            while (--p >= from && (f = onlyFrame[loc = locs[p]]) === DROPPED_FRAME);
            gap = AFTER_GAP;
            if (p < from) break;
          }
          if (f < 0) {
            first = locFrameStart[loc]; last = k = locFrameStart[loc + 1] - 1;
            if (k < first) continue;
            f = locFrames[k];
          }
        }
        for (;;) {
          if (keep !== undefined && keep[f] === 0) gap = AFTER_GAP;
          else {
            const step = gap | (k !== last ? INLINED : 0);
            gap = 0;
            let counted = false, e = -1;
            if (seen[f] !== mark) {
              seen[f] = mark; firstCaller[f] = parent;
              if (!edgesOnly) {
                const through = frameSamples[f];
                cum[f] += sw; frameSamples[f] = through + sign;
                if (set >= 0) setCum![f * setCount + set] += sw;
                if (rare && through < RARE_FRAME_SAMPLES) rare[f * RARE_FRAME_SAMPLES + through] = i;
              }
              counted = parent >= 0;
            } else if (parent !== f && parent !== firstCaller[f]) {
              e = this.edgeOf(parent, f);
              if (edges.mark[e] !== mark) { edges.mark[e] = mark; counted = true; }
            }
            if (counted) {
              if (direct) {
                // The edge's sums at its caller×callee cell: no lookup unless it is new or flagged.
                const cell = 2 * (parent * frameCount + f), before = direct[cell + 1];
                direct[cell] += sw;
                direct[cell + 1] = before + sign;
                if (e < 0 && (before === 0 || step !== 0)) e = this.edgeOf(parent, f);
              } else {
                if (e < 0) e = this.edgeOf(parent, f);
                const weightAndSamples = edges.weightAndSamples;
                weightAndSamples[2 * e] += sw;
                weightAndSamples[2 * e + 1] += sign;
              }
              if (step !== 0) {
                if ((step & AFTER_GAP) !== 0) edges.residual[e] += sign;
                if ((step & INLINED) !== 0) edges.inlined[e] += sign;
              }
            }
            parent = f;
          }
          if (--k < first) break;
          f = locFrames[k];
        }
      }
      if (!edgesOnly && parent >= 0 && gap === 0) {
        flat[parent] += sw;
        if (set >= 0) sums!.flat[parent * setCount + set] += sw;
      }
    }
    if (direct) {
      const weightAndSamples = edges.weightAndSamples;
      for (let e = 0; e < edges.size; e++) {
        const cell = 2 * (edges.src[e] * frameCount + edges.dest[e]);
        weightAndSamples[2 * e] = direct[cell];
        weightAndSamples[2 * e + 1] = direct[cell + 1];
      }
    }
  }

  /** The index of the edge src→dest, made on first sight. */
  private edgeOf(src: number, dest: number): number {
    const dense = this.dense;
    if (!dense) return this.edges.find(src, dest);
    const slot = src * this.frameCount + dest;
    let e = dense[slot];
    if (e < 0) e = dense[slot] = this.edges.append(src, dest);
    return e;
  }

  private onlyFrame: { view: StackView; frames: Int32Array } | undefined;

  private onlyFrameOf(view: StackView, keep: Uint8Array | undefined): Int32Array {
    let frames = this.onlyFrame?.view === view ? this.onlyFrame.frames : undefined;
    if (!frames) {
      const { locFrameStart, locFrames } = view;
      frames = new Int32Array(locFrameStart.length - 1);
      for (let loc = 0; loc < frames.length; loc++) frames[loc] = locFrameStart[loc + 1] - locFrameStart[loc] === 1 ? locFrames[locFrameStart[loc]] : SEVERAL_FRAMES;
      this.onlyFrame = { view, frames };
    }
    if (!keep) return frames;
    return frames.map(f => f >= 0 && keep[f] === 0 ? DROPPED_FRAME : f);
  }
}

/** Samples probed to guess whether most samples pass through some frames. */
const PROBED_SAMPLES = 4096;

/**
 * The samples (kept, worth non-zero) with a frame in `frames`: the ones whose edges change when
 * those frames leave the graph; undefined when they are over half of the samples worth walking
 * (walking them all once is cheaper than taking those out and putting them back). A spread of
 * samples is probed first, so that a graph trimmed to its top nodes, which most samples pass
 * through some dropped frame of, costs no exact count.
 */
export function samplesThrough(view: StackView, frames: Uint8Array, whole?: GraphTally): Int32Array | undefined {
  const listed = whole && samplesOfRareFrames(whole, frames);
  if (listed) return listed.length * 2 > whole.sampleCount ? undefined : listed;
  const s = view.profile.samples;
  const { locFrameStart, locFrames, weights, kept, rootFrames } = view;
  const locCount = locFrameStart.length - 1;
  const hit = new Uint8Array(locCount);
  for (let loc = 0; loc < locCount; loc++) {
    for (let k = locFrameStart[loc]; k < locFrameStart[loc + 1]; k++) if (frames[locFrames[k]] === 1) { hit[loc] = 1; break; }
  }
  const locs = s.locations, stackStart = s.stackStart, count = s.count;
  const through = (i: number): boolean => {
    const end = stackStart[i + 1];
    let p = stackStart[i];
    while (p < end && hit[locs[p]] === 0) p++;
    if (p < end) return true;
    const roots = rootFrames?.[i];
    if (roots) for (const f of roots) if (frames[f] === 1) return true;
    return false;
  };
  if (count > PROBED_SAMPLES * 2) {
    const stride = Math.floor(count / PROBED_SAMPLES);
    let probed = 0, passing = 0;
    for (let i = 0; i < count; i += stride) {
      if (kept[i] === 0 || weights[i] === 0) continue;
      probed++;
      if (through(i)) passing++;
    }
    if (passing * 2 > probed) return undefined;
  }
  let of = 0;
  for (let i = 0; i < count; i++) if (kept[i] !== 0 && weights[i] !== 0) of++;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    if (kept[i] === 0 || weights[i] === 0 || !through(i)) continue;
    out.push(i);
    if (out.length * 2 > of) return undefined;
  }
  return Int32Array.from(out);
}

/** The samples through `frames` from the whole graph's lists, when every one of them is rare. */
function samplesOfRareFrames(whole: GraphTally, frames: Uint8Array): Int32Array | undefined {
  const lists = whole.rareSamples;
  if (!lists) return undefined;
  let total = 0;
  for (let f = 0; f < whole.frameCount; f++) {
    if (frames[f] !== 1) continue;
    if (whole.frameSamples[f] > RARE_FRAME_SAMPLES) return undefined;
    total += whole.frameSamples[f];
  }
  const out = new Int32Array(total);
  let k = 0;
  for (let f = 0; f < whole.frameCount; f++) {
    if (frames[f] !== 1) continue;
    out.set(lists.subarray(f * RARE_FRAME_SAMPLES, f * RARE_FRAME_SAMPLES + whole.frameSamples[f]), k);
    k += whole.frameSamples[f];
  }
  // A sample through two of the frames is listed twice: walked again once.
  out.sort();
  let unique = 0;
  for (let j = 0; j < out.length; j++) if (j === 0 || out[j] !== out[j - 1]) out[unique++] = out[j];
  return out.slice(0, unique);
}
