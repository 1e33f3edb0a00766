// The samples a StackView keeps, with their stacks expanded into frames, root first, in one
// flat array: the input of the flame tree and the sandwich views.
import type { StackView } from '../../../core/pprof';
import type { FrameTable } from './viewFrames';

export interface StackSet {
  /** Samples kept (value ≠ 0 and passing the filters). */
  count: number;
  value: Float64Array;
  /** Frames of kept sample i: frames[start[i] … start[i+1]), root first, as FrameTable frame ids. */
  start: Uint32Array;
  frames: Uint32Array;
  /** Signed sum of the kept samples' values (the flame graph's root). */
  total: number;
}

/**
 * Rewrites a stack (frame ids, root first, in stack[0 … n)) before it is kept; returns the
 * new length, or -1 to drop the sample. Used by the callers/callees views.
 */
export type StackTransform = (stack: Uint32Array, n: number) => number;

class GrowableU32 {
  data = new Uint32Array(1 << 16);
  length = 0;
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = new Uint32Array(size);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
}

export function buildStackSet(view: StackView, frames: FrameTable, transform?: StackTransform): StackSet {
  const s = view.profile.samples;
  const { kept: keep, weights } = view;
  const keptValue = new Float64Array(s.count);
  const keptStart = new Uint32Array(s.count + 1);
  const out = new GrowableU32();
  let stack = new Uint32Array(256);
  let kept = 0;
  let total = 0;
  for (let i = 0; i < s.count; i++) {
    const v = weights[i];
    if (keep[i] === 0 || v === 0) continue;
    // The proto lists locations leaf first; read them backwards for a root-first stack.
    let n = 0;
    for (let j = s.stackStart[i + 1] - 1; j >= s.stackStart[i]; j--) {
      const loc = s.locations[j];
      const from = frames.locStart[loc], to = frames.locStart[loc + 1];
      if (n + (to - from) > stack.length) {
        const bigger = new Uint32Array(stack.length * 2 + (to - from));
        bigger.set(stack);
        stack = bigger;
      }
      for (let f = from; f < to; f++) stack[n++] = f;
    }
    if (transform) {
      n = transform(stack, n);
      if (n < 0) continue;
    }
    total += v;
    out.reserve(n);
    out.data.set(stack.subarray(0, n), out.length);
    out.length += n;
    keptValue[kept] = v;
    kept++;
    keptStart[kept] = out.length;
  }
  return {
    count: kept,
    value: keptValue.subarray(0, kept),
    start: keptStart.subarray(0, kept + 1),
    frames: out.data.subarray(0, out.length),
    total,
  };
}

/** Callees of `name`: each stack from the outermost call of `name` down (recursion counted once). */
export function calleesOf(frames: FrameTable, name: number): StackTransform {
  return (stack, n) => {
    for (let k = 0; k < n; k++) {
      if (frames.frameName[stack[k]] === name) { stack.copyWithin(0, k, n); return n - k; }
    }
    return -1;
  };
}

/** Callers of `name`: each stack from the outermost call of `name` up to the root, reversed. */
export function callersOf(frames: FrameTable, name: number): StackTransform {
  return (stack, n) => {
    for (let k = 0; k < n; k++) {
      if (frames.frameName[stack[k]] === name) {
        stack.subarray(0, k + 1).reverse();
        return k + 1;
      }
    }
    return -1;
  };
}
