// Diff mode: for each drawn node, the same call path's total in the base profile, and for
// each top-table row the function's flat and cum there. Paths are matched by function name,
// since the two profiles number their functions independently.
import type { FlameTreeData } from '../../../shared/profileProtocol';
import type { TopResult } from '../../../core/pprof';
import type { FrameTable } from './viewFrames';
import { samplesUnder } from './flameData';
import type { StackSet } from './stackSet';

/** Base totals along the drawn tree: base samples are partitioned only where the drawing has nodes. */
export function baseTotalsFor(drawn: FlameTreeData, path: string[], base: StackSet, baseFrames: FrameTable): Float64Array {
  const out = new Float64Array(drawn.parent.length);
  const baseNameOf = new Map<string, number>();
  baseFrames.names.forEach((n, i) => baseNameOf.set(n, i));
  const children: number[][] = Array.from(drawn.parent, () => []);
  for (let i = 1; i < drawn.parent.length; i++) children[drawn.parent[i]].push(i);
  const perm = samplesUnder(base, baseFrames, path).slice();
  const { start, value, frames } = base;
  let rootTotal = 0;
  for (const s of perm) rootTotal += value[s];
  out[0] = rootTotal;
  const tasks: Array<[lo: number, hi: number, depth: number, node: number]> = [[0, perm.length, path.length, 0]];
  const scratch = new Uint32Array(perm.length);
  while (tasks.length) {
    const [lo, hi, depth, node] = tasks.pop()!;
    const kids = children[node];
    if (kids.length === 0) continue;
    const slotOfName = new Map<number, number>();
    kids.forEach((c, i) => { const b = baseNameOf.get(drawn.names[drawn.name[c]]); if (b !== undefined) slotOfName.set(b, i); });
    const count = new Uint32Array(kids.length);
    const slotOf = new Int32Array(hi - lo).fill(-1);
    for (let k = lo; k < hi; k++) {
      const s = perm[k];
      const at = start[s] + depth;
      if (at >= start[s + 1]) continue;
      const i = slotOfName.get(baseFrames.frameName[frames[at]]);
      if (i === undefined) continue;
      slotOf[k - lo] = i;
      count[i]++;
      out[kids[i]] += value[s];
    }
    const at = new Uint32Array(kids.length);
    let offset = lo;
    for (let i = 0; i < kids.length; i++) { at[i] = offset; offset += count[i]; }
    const begin = Uint32Array.from(at);
    for (let k = lo; k < hi; k++) if (slotOf[k - lo] >= 0) scratch[at[slotOf[k - lo]]++] = perm[k];
    perm.set(scratch.subarray(lo, offset), lo);
    for (let i = 0; i < kids.length; i++) if (count[i] > 0) tasks.push([begin[i], begin[i] + count[i], depth + 1, kids[i]]);
  }
  return out;
}

/** `baseRowNames`: the frame name of each of baseTop's rows (see rowNamesOf). */
export function baseTopFor(names: string[], baseRowNames: string[], baseTop: TopResult): { baseFlat: Float64Array; baseCum: Float64Array } {
  const byName = new Map(baseTop.rows.map((r, i) => [baseRowNames[i], r]));
  const baseFlat = new Float64Array(names.length);
  const baseCum = new Float64Array(names.length);
  names.forEach((n, i) => {
    const b = byName.get(n);
    if (b) { baseFlat[i] = b.flat; baseCum[i] = b.cum; }
  });
  return { baseFlat, baseCum };
}
