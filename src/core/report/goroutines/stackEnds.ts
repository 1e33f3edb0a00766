// What crosses of one stack: a goroutine's may be 10^6 frames deep (a runaway recursion), so the
// goroutine view, the incident view and its reports get its first and last frames and the count
// between; the goroutine view asks for the middle a page at a time (`groupPages.ts`).
import type { FramesLeftOut } from '../../../shared/goroutineProtocol';

/** A stack's first frames sent (where it is stuck, read first) … */
export const STACK_HEAD_FRAMES = 200;
/** … and its last (how it started); the middle only when asked for. */
export const STACK_TAIL_FRAMES = 50;

/** The frames of a stack that cross first: all, or its head and tail with the count between. */
export function stackEnds<T>(frames: readonly T[]): { frames: readonly T[]; framesLeftOut?: FramesLeftOut } {
  const keep = STACK_HEAD_FRAMES + STACK_TAIL_FRAMES;
  if (frames.length <= keep) return { frames };
  return {
    frames: [...frames.slice(0, STACK_HEAD_FRAMES), ...frames.slice(frames.length - STACK_TAIL_FRAMES)],
    framesLeftOut: { at: STACK_HEAD_FRAMES, count: frames.length - keep },
  };
}

