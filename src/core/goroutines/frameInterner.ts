// Interns frames and whole stacks so 200,000 goroutines with a few hundred distinct stacks cost a
// few hundred arrays, and so grouping can compare small integers instead of strings.

import { NumberKeyMap } from '../numberKeyMap';
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
  // Per location id, its file and line (two flat lists, not an object per location: a dump of one
  // stack 10^6 frames deep has as many locations).
  private readonly locationFiles: string[] = [''];
  private readonly locationLines: number[] = [0];
  /** Each distinct path once: a file's lines share its string. */
  private readonly files = new Map<string, string>();
  /** Frame key (`frameKey`) → index in `frames`: one flat table, not a Map per function. */
  private readonly frameIndexes = new NumberKeyMap();
  private readonly frames: SourceFrame[] = [];
  private readonly frameKeys: number[] = [];
  private readonly frameIndexOf = new Map<SourceFrame, number>();
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
      id = this.locationFiles.length;
      this.locationFiles.push(this.fileOf(file()));
      this.locationLines.push(line);
      this.locations.set(detachString(fileAndLine), id);
    }
    return id;
  }

  frame(func: InternedFunc, locationId: number): SourceFrame {
    const key = frameKey(func, locationId);
    const index = this.frameIndexes.get(key);
    if (index !== undefined) return this.frames[index];
    const frame: SourceFrame = { func: func.name, file: this.locationFiles[locationId], line: this.locationLines[locationId] };
    this.frameIndexes.set(key, this.frames.length);
    this.frameIndexOf.set(frame, this.frames.length);
    this.frames.push(frame);
    this.frameKeys.push(key);
    return frame;
  }

  /** Interns a frame built elsewhere (debug=1 records, profile.proto samples). */
  adopt(frame: SourceFrame): SourceFrame {
    const func = this.func(frame.func);
    const location = this.location(`${frame.file}:${frame.line}`, () => frame.file, frame.line);
    return this.frame(func, location);
  }

  frameId(frame: SourceFrame): number {
    return this.frameKeys[this.frameIndexOf.get(frame) ?? this.frameIndexOf.get(this.adopt(frame))!];
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

  private fileOf(path: string): string {
    let file = this.files.get(path);
    if (file === undefined) { file = detachString(path); this.files.set(file, file); }
    return file;
  }
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
