// What tells apart stacks that a sentence or a row would name alike (the same top frame, state and
// creator; stacks that differ further down, often by recursion depth): the depth, or the first
// frame that differs. Linear in their frames: per depth, how many of the stacks share each frame.
import type { SourceFrame } from './model';
import { describeFrame } from './ranking';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** Per stack (same order), "at stack depth 12", "via main.fromAPI (main.go:236)", or '' when nothing tells it apart. */
export function tellStacksApart(stacks: readonly (readonly SourceFrame[])[]): string[] {
  const sharing = framesSharedPerDepth(stacks);
  const depthCounts = new Map<number, number>();
  for (const frames of stacks) depthCounts.set(frames.length, (depthCounts.get(frames.length) ?? 0) + 1);
  return stacks.map(frames => {
    const at = frames.findIndex((f, k) => (sharing[k].get(frameKeyOf(f)) ?? 0) < stacks.length);
    // Stacks equal but for their arguments (--similarity args/exact): no frame tells them apart.
    const depthTells = depthCounts.get(frames.length) === 1;
    return depthTells && (depthCounts.size === stacks.length || at < 0) ? `at stack depth ${frames.length}`
      : at >= 0 ? `via ${describeFrame(frames[at])}` : '';
  });
}

/** Per depth k, how many of the stacks have each frame at k. */
function framesSharedPerDepth(stacks: readonly (readonly SourceFrame[])[]): Map<string, number>[] {
  const perDepth: Map<string, number>[] = [];
  for (const frames of stacks) {
    frames.forEach((f, k) => {
      const counts = perDepth[k] ??= new ContentKeyedMap();
      const key = frameKeyOf(f);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  }
  return perDepth;
}

function frameKeyOf(f: SourceFrame): string {
  return `${f.func}\u0000${f.file}\u0000${f.line}`;
}

/**
 * For rows of a table that would read alike (the same state, top frame and creator's function), per
 * stack (same order): its depth when the depths differ, and the first frame that only some of them
 * hold, "stack depth 2 · via main.nested (main.go:104)", else the creator's line when that alone
 * differs; '' when all is alike (groups apart by their arguments). A row says it whole, where a
 * sentence says the shortest of the two.
 */
export function describeRowsApart(stacks: readonly { readonly frames: readonly SourceFrame[]; readonly createdBy: SourceFrame | null }[]): string[] {
  const sharing = framesSharedPerDepth(stacks.map(s => s.frames));
  const depths = new Set(stacks.map(s => s.frames.length));
  const creators = new ContentKeyedMap<number>();
  for (const { createdBy } of stacks) if (createdBy) creators.set(frameKeyOf(createdBy), (creators.get(frameKeyOf(createdBy)) ?? 0) + 1);
  return stacks.map(({ frames, createdBy }) => {
    const at = frames.findIndex((f, k) => (sharing[k].get(frameKeyOf(f)) ?? 0) < stacks.length);
    const parts: string[] = [];
    if (depths.size > 1) parts.push(`stack depth ${frames.length}`);
    if (at >= 0) parts.push(`via ${describeFrame(frames[at])}`);
    else if (createdBy && creators.get(frameKeyOf(createdBy))! < stacks.length) parts.push(`created at ${describeFrame(createdBy)}`);
    return parts.join(' · ');
  });
}
