// The call path a goroutine group was created on: the stack of its creator goroutine from the
// creator function outward. The memory a leak pins is often allocated there (the creator built
// what it hands to the goroutines), not under the goroutines' own frames.
import type { GoroutineAnalysis, GoroutineGroup, GoroutineId, SourceFrame } from '../../goroutines';
import { idForView } from '../../goroutines/goroutineIds';
import type { CreatorCallPath } from './incidentModel';
import { isEntryPoint } from './heapJoin';
import { ContentKeyedSet } from '../../../shared/contentKeyedMap';

// A group is created by a handful of goroutines, or (in dumps that name none) run by a handful.
const MAX_CREATOR_STACKS = 32;

interface CreatorRecord {
  readonly frames: readonly SourceFrame[];
  readonly creator: GoroutineId | null;
}

/**
 * Finds creators' call paths in one dump. With Go ≥ 1.21 each goroutine names its creator
 * (`created by F in goroutine N`): that goroutine's stack, if it is still in F. Older dumps name only
 * the function: every goroutine running F now is a candidate, so the path may join more than the
 * true creator's (the reason a dump that names the creator is read first).
 */
export class CreatorPaths {
  /** Keyed by the exact id: ids past 2^53 that a double rounds alike are two goroutines. */
  private byId: Map<GoroutineId, CreatorRecord> | null = null;

  constructor(private readonly analysis: GoroutineAnalysis) {}

  /** The group's creator call path, or null when the dump shows none (no creator, or no goroutine still in it). */
  of(group: GoroutineGroup): CreatorCallPath | null {
    const creator = group.createdBy;
    // Created by main.main: its call path is the program itself, joined on nothing.
    if (!creator || isEntryPoint(creator.func)) return null;
    const ids = this.creatorIdsOf(group);
    if (ids.length > 0) {
      const found: GoroutineId[] = [];
      const stacks: (readonly SourceFrame[])[] = [];
      for (const id of ids) {
        const path = callPathFrom(this.records().get(id)?.frames, creator.func);
        if (path) { found.push(id); stacks.push(path); }
      }
      return stacks.length ? { via: 'creator-goroutine', goroutineIds: found.map(idForView), goroutines: found.length, frames: unionOf(stacks) } : null;
    }
    const stacks: (readonly SourceFrame[])[] = [];
    let goroutines = 0;
    for (const other of this.analysis.groups) {
      if (stacks.length >= MAX_CREATOR_STACKS) break;
      const path = callPathFrom(other.frames, creator.func);
      if (path) { stacks.push(path); goroutines += other.count; }
    }
    return stacks.length ? { via: 'running-creator', goroutineIds: [], goroutines, frames: unionOf(stacks) } : null;
  }

  /** The creator goroutines the dump names for the group's goroutines (its sampled ids), distinct, in order. */
  private creatorIdsOf(group: GoroutineGroup): GoroutineId[] {
    if (group.goroutineIds.length === 0 || this.analysis.dump.goroutines.length === 0) return [];
    const records = this.records();
    const out = new Set<GoroutineId>();
    for (const id of group.goroutineIds) {
      const creator = records.get(id)?.creator;
      if (creator !== null && creator !== undefined) out.add(creator);
      if (out.size >= MAX_CREATOR_STACKS) break;
    }
    return [...out];
  }

  /** Every goroutine of the dump by id, read once and only when a group asks. */
  private records(): Map<GoroutineId, CreatorRecord> {
    if (!this.byId) {
      this.byId = new Map();
      for (const g of this.analysis.dump.goroutines) this.byId.set(g.id, { frames: g.frames, creator: g.creatorGoroutine });
    }
    return this.byId;
  }
}

/** The frames from the innermost call of `func` outward (the stack is innermost first); null when it is not on the stack. */
function callPathFrom(frames: readonly SourceFrame[] | undefined, func: string): readonly SourceFrame[] | null {
  if (!frames) return null;
  const at = frames.findIndex(f => f.func === func);
  return at < 0 ? null : frames.slice(at);
}

/** The frames of several paths, each function once, in the order first seen. */
function unionOf(stacks: readonly (readonly SourceFrame[])[]): { func: string; file: string; line: number }[] {
  const seen = new ContentKeyedSet();
  const out: { func: string; file: string; line: number }[] = [];
  for (const stack of stacks) {
    for (const f of stack) {
      if (seen.has(f.func)) continue;
      seen.add(f.func);
      out.push({ func: f.func, file: f.file, line: f.line });
    }
  }
  return out;
}
