// Builds the flame tree the webview draws straight from the expanded stacks, leaving out what
// would be narrower than about half a pixel. Samples are partitioned top-down by their frame at
// each depth and only groups wide enough to see are split further, so a 1M-sample profile
// whose full call tree has millions of nodes costs a few passes over the samples. The callees
// of a node that are too narrow are merged into one "rest" node (when that is itself wide
// enough to see), so every drawn total stays exact.
import { FRAME_HAS_HIDDEN_DETAIL, FRAME_INLINED, FRAME_PRUNED_REST, type FlameTreeData } from '../../../shared/profileProtocol';
import type { FrameTable } from './viewFrames';
import type { StackSet } from './stackSet';

export const PRUNED_REST_NAME = '(narrow callees merged)';
/** Past this many nodes the DOM gets slow; pruning then gets coarser. */
export const MAX_FLAME_NODES = 20000;

export interface PruneOptions {
  /** Function names from the root down to the node to start from ([] = the whole profile). */
  path: string[];
  /** The drawing width: nodes under `minPixels` of it are merged. */
  widthPx: number;
  minPixels?: number;
}

/** Samples whose stacks start with `path`, as indices into the stack set. */
export function samplesUnder(stacks: StackSet, frames: FrameTable, path: string[]): Uint32Array {
  const all = new Uint32Array(stacks.count);
  for (let i = 0; i < stacks.count; i++) all[i] = i;
  if (path.length === 0) return all;
  const byName = new Map<string, number>();
  frames.names.forEach((n, i) => byName.set(n, i));
  const ids = path.map(p => byName.get(p) ?? -1);
  let kept = 0;
  for (let i = 0; i < stacks.count; i++) {
    const s = stacks.start[i];
    if (stacks.start[i + 1] - s < ids.length) continue;
    let ok = true;
    for (let d = 0; d < ids.length && ok; d++) ok = frames.frameName[stacks.frames[s + d]] === ids[d];
    if (ok) all[kept++] = i;
  }
  return all.subarray(0, kept);
}

export function pruneToFlameData(stacks: StackSet, frames: FrameTable, options: PruneOptions): FlameTreeData {
  const samples = samplesUnder(stacks, frames, options.path);
  let minPixels = options.minPixels ?? 0.5;
  for (;;) {
    const out = partition(stacks, frames, samples.slice(), options.path, options.widthPx, minPixels);
    if (out.parent.length <= MAX_FLAME_NODES) return out;
    minPixels *= 2;
  }
}

function partition(stacks: StackSet, frames: FrameTable, perm: Uint32Array, path: string[], widthPx: number, minPixels: number): FlameTreeData {
  const { start, value } = stacks;
  const stackFrames = stacks.frames;
  const frameName = frames.frameName;
  let rootTotal = 0;
  for (let k = 0; k < perm.length; k++) rootTotal += value[perm[k]];
  const minValue = Math.abs(rootTotal) * (minPixels / widthPx);

  const names: string[] = [];
  const files: string[] = [];
  // Beside `names` at file or line granularity: the function each frame name stands for.
  const functionNames: string[] | undefined = frames.functionNames ? [] : undefined;
  const frameIdOf = new Map<string, number>();
  frames.names.forEach((n, i) => frameIdOf.set(n, i));
  const nameIds = new Map<string, number>();
  const fileIds = new Map<string, number>();
  const intern = (map: Map<string, number>, list: string[], s: string) => {
    let id = map.get(s);
    if (id === undefined) { id = list.length; map.set(s, id); list.push(s); }
    return id;
  };
  const internName = (n: string) => {
    const id = intern(nameIds, names, n);
    if (functionNames && id === functionNames.length) functionNames.push(frames.functionNames![frameIdOf.get(n) ?? -1] ?? n);
    return id;
  };
  const parent: number[] = [], name: number[] = [], file: number[] = [], line: number[] = [];
  const total: number[] = [], self: number[] = [], flags: number[] = [];
  const emit = (p: number, n: string, f: string, l: number, t: number, fl: number): number => {
    parent.push(p); name.push(internName(n)); file.push(intern(fileIds, files, f));
    line.push(l); total.push(t); self.push(0); flags.push(fl);
    return parent.length - 1;
  };
  const depth0 = path.length;
  const rootNameId = depth0 > 0 ? frameIdOf.get(path[depth0 - 1]) ?? -1 : -1;
  emit(-1, depth0 > 0 ? path[depth0 - 1] : 'root', rootNameId >= 0 ? frames.nameFile[rootNameId] : '', rootNameId >= 0 ? frames.nameLine[rootNameId] : 0, rootTotal, 0);

  // Per-name scratch, reset after each group through `touched`.
  const groupTotal = new Float64Array(frames.names.length);
  const groupCount = new Uint32Array(frames.names.length);
  const groupAt = new Int32Array(frames.names.length).fill(-1);
  // Per name: its index among the current group's wide children (-1: not one).
  const slotOf = new Int32Array(frames.names.length).fill(-1);
  const firstSample = new Int32Array(frames.names.length);
  const wideStart = new Uint32Array(frames.names.length);
  const touched: number[] = [];
  const scratch = new Uint32Array(perm.length);
  // The name at this depth of perm[k], read once in the counting pass (the stacks are large and
  // read at random), then again from here, in order, by the partition pass. -1: the stack ended.
  const nameAtDepth = new Int32Array(perm.length);
  const tasks: Array<[lo: number, hi: number, depth: number, node: number]> = [[0, perm.length, depth0, 0]];
  while (tasks.length) {
    const [lo, hi, depth, node] = tasks.pop()!;
    let selfValue = 0;
    for (let k = lo; k < hi; k++) {
      const sm = perm[k];
      const at = start[sm] + depth;
      if (at >= start[sm + 1]) { selfValue += value[sm]; nameAtDepth[k] = -1; continue; }
      const n = frameName[stackFrames[at]];
      nameAtDepth[k] = n;
      if (groupCount[n] === 0) touched.push(n);
      groupCount[n]++;
      groupTotal[n] += value[sm];
    }
    self[node] = selfValue;
    // Wide groups get a child node and a contiguous slice of perm; the rest go after them.
    let offset = lo;
    let rest = 0, restCount = 0;
    const wide: number[] = [];
    for (const n of touched) {
      if (minValue === 0 || Math.abs(groupTotal[n]) >= minValue) { wide.push(n); groupAt[n] = offset; offset += groupCount[n]; }
      else { rest += groupTotal[n]; restCount++; }
    }
    if (wide.length > 0) {
      for (let i = 0; i < wide.length; i++) { slotOf[wide[i]] = i; firstSample[i] = -1; wideStart[i] = groupAt[wide[i]]; }
      let tail = offset;
      for (let k = lo; k < hi; k++) {
        const sm = perm[k];
        const n = nameAtDepth[k];
        const i = n >= 0 ? slotOf[n] : -1;
        if (i >= 0) {
          if (firstSample[i] < 0) firstSample[i] = sm;
          scratch[groupAt[wide[i]]++] = sm;
        } else scratch[tail++] = sm;
      }
      perm.set(scratch.subarray(lo, hi), lo);
      for (let i = 0; i < wide.length; i++) {
        const n = wide[i];
        const f = stackFrames[start[firstSample[i]] + depth];
        const child = emit(node, frames.names[n], frames.nameFile[n], frames.nameLine[n], groupTotal[n], frames.frameInlined[f] ? FRAME_INLINED : 0);
        tasks.push([wideStart[i], wideStart[i] + groupCount[n], depth + 1, child]);
      }
      for (const n of wide) slotOf[n] = -1;
    }
    if (restCount > 0) {
      flags[node] |= FRAME_HAS_HIDDEN_DETAIL;
      if (Math.abs(rest) >= minValue) emit(node, PRUNED_REST_NAME, '', 0, rest, FRAME_PRUNED_REST);
    }
    for (const n of touched) { groupTotal[n] = 0; groupCount[n] = 0; groupAt[n] = -1; }
    touched.length = 0;
  }
  // A rest node's value is all "self" from the drawing's point of view.
  for (let i = 0; i < parent.length; i++) if (flags[i] & FRAME_PRUNED_REST) self[i] = total[i];
  return {
    names, files, functionNames,
    parent: Int32Array.from(parent), name: Uint32Array.from(name), file: Uint32Array.from(file),
    line: Uint32Array.from(line), total: Float64Array.from(total), self: Float64Array.from(self), flags: Uint8Array.from(flags),
  };
}
