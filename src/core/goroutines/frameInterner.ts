// Interns frames and whole stacks so 200,000 goroutines with a few hundred distinct stacks cost a
// few hundred arrays, and so grouping can compare small integers instead of strings.

import { HASH_SEED, mixNumber } from '../seededHash';
import type { SourceFrame } from './model';
import { detachString } from './textChunks';
import { waitObjectFuncOf, type WaitObjectFunc } from './waitStates';

export interface InternedFunc {
  readonly id: number;
  readonly name: string;
  readonly waitSpec: WaitObjectFunc | undefined;
}

export interface InternedStack {
  readonly frameIds: readonly number[];
  readonly frames: readonly SourceFrame[];
}

// Frame ids combine a function id and a location id into one safe integer.
const LOCATION_SPACE = 1 << 24;

/** The id `stackOf` expects for the frame `frame(func, locationId)` returns. */
export function frameKey(func: InternedFunc, locationId: number): number {
  return func.id * LOCATION_SPACE + locationId;
}

export class FrameInterner {
  private readonly funcs = new Map<string, InternedFunc>();
  private readonly locations = new Map<string, number>();
  private readonly locationList: { file: string; line: number }[] = [{ file: '', line: 0 }];
  /** Per function id, its frames by location id (small integer keys: no boxed numbers per lookup). */
  private readonly framesByFunc: Map<number, SourceFrame>[] = [];
  private readonly frameIdOf = new Map<SourceFrame, number>();
  private readonly stacks = new Map<number, InternedStack[]>();
  readonly emptyStack: InternedStack = { frameIds: [], frames: [] };

  func(name: string): InternedFunc {
    let entry = this.funcs.get(name);
    if (!entry) {
      entry = { id: this.funcs.size, name: detachString(name), waitSpec: waitObjectFuncOf(name) };
      this.funcs.set(entry.name, entry);
    }
    return entry;
  }

  /** `fileAndLine` is the raw `path:line` text, used as the key so no parsing is repeated. */
  location(fileAndLine: string, file: () => string, line: number): number {
    let id = this.locations.get(fileAndLine);
    if (id === undefined) {
      id = this.locationList.length;
      this.locationList.push({ file: detachString(file()), line });
      this.locations.set(detachString(fileAndLine), id);
    }
    return id;
  }

  frame(func: InternedFunc, locationId: number): SourceFrame {
    let frames = this.framesByFunc[func.id];
    if (frames === undefined) { frames = new Map(); this.framesByFunc[func.id] = frames; }
    let frame = frames.get(locationId);
    if (!frame) {
      const location = this.locationList[locationId];
      frame = { func: func.name, file: location.file, line: location.line };
      frames.set(locationId, frame);
      this.frameIdOf.set(frame, frameKey(func, locationId));
    }
    return frame;
  }

  /** Interns a frame built elsewhere (debug=1 records, profile.proto samples). */
  adopt(frame: SourceFrame): SourceFrame {
    const func = this.func(frame.func);
    const location = this.location(`${frame.file}:${frame.line}`, () => frame.file, frame.line);
    return this.frame(func, location);
  }

  frameId(frame: SourceFrame): number {
    return this.frameIdOf.get(frame) ?? this.frameIdOf.get(this.adopt(frame))!;
  }

  stack(frames: readonly SourceFrame[]): InternedStack {
    return this.stackOf(frames.map(f => this.frameId(f)), frames);
  }

  /** `ids` and `frames` may be scratch arrays: they are copied when the stack is new. */
  stackOf(ids: readonly number[], frames: readonly SourceFrame[]): InternedStack {
    if (frames.length === 0) return this.emptyStack;
    // Both halves of each frame id go through the seeded mix: folding them into one word first
    // made pairs of frames hash alike whatever the seed (func 0 at location 1 and func 256 at
    // location 257), so a dump of stacks built from such pairs put them all in one bucket and each
    // new stack was compared with every earlier one (2,000 stacks of 2,000 frames: 30 s).
    let hash = HASH_SEED ^ ids.length;
    for (const id of ids) hash = mixNumber(hash, id);
    let bucket = this.stacks.get(hash);
    if (!bucket) { bucket = []; this.stacks.set(hash, bucket); }
    for (const candidate of bucket) {
      if (sameIds(candidate.frameIds, ids)) return candidate;
    }
    const stack = { frameIds: ids.slice(), frames: frames.slice() };
    bucket.push(stack);
    return stack;
  }
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
