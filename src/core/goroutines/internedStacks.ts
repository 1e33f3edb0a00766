// Stacks interned by their frame ids, each given a dense id. The ids of every stack lie one after
// another in one typed list and the table is open addressing over typed arrays: a stack costs its
// frames array and no other object. A Map of hash → bucket with an object and two arrays per stack
// was most of what 10^5 goroutines of distinct stacks (a race report's accesses) cost to intern.
import { HASH_SEED, finishHash, mixNumber } from '../../shared/seededHash';
import { Float64List, Int32List } from '../typedLists';
import type { SourceFrame } from './model';

const EMPTY = -1;

/** Makes a new stack's frames from their ids (`frameKey`). */
export interface StackMaker {
  /** The frames of the first `length` of `ids`, in a list of exactly that length. */
  framesOfIds(ids: ArrayLike<number>, length: number): SourceFrame[];
}

// Both halves of each frame id go through the seeded mix: folding them into one word first made
// pairs of frames hash alike whatever the seed (func 0 at location 1 and func 256 at location
// 257), so a dump of stacks built from such pairs put them all in one bucket and each new stack
// was compared with every earlier one (2,000 stacks of 2,000 frames: 30 s).
function stackHash(ids: ArrayLike<number>, length: number): number {
  let hash = HASH_SEED ^ length;
  for (let i = 0; i < length; i++) hash = mixNumber(hash, ids[i]);
  return finishHash(hash) | 0;
}

/**
 * Frames made for a new stack, filled in a list kept from stack to stack and handed out as a copy of
 * exactly their number: a list grown by pushes holds room for 17 frames once it holds one, 150 bytes
 * more for each of 10^5 one-frame stacks (a race report's accesses).
 */
export class FrameScratch {
  private frames: SourceFrame[] = [];

  /** Sets frame `index` of the stack being made (indexes from 0 up, in order). */
  set(index: number, frame: SourceFrame): void {
    this.frames[index] = frame;
  }

  /** The first `length` frames set, in a list of their own; a long scratch list is let go. */
  copy(length: number): SourceFrame[] {
    const frames = this.frames.slice(0, length);
    if (this.frames.length > MAX_KEPT_SCRATCH_FRAMES) this.frames = [];
    return frames;
  }
}

/** Frames a scratch list keeps room for between stacks. */
const MAX_KEPT_SCRATCH_FRAMES = 1024;

export class InternedStacks {
  /** Open addressing: slot → stack id, or EMPTY. */
  private slots = new Int32Array(1024).fill(EMPTY);
  private readonly hashes = new Int32List();
  /** Per stack, where its frame ids start in `frameIds`; its length is its frames'. */
  private readonly starts = new Int32List();
  private readonly frameIds = new Float64List();
  private readonly framesOfStack: (readonly SourceFrame[])[] = [];
  /** Stack ids given out by `idOfUnmatched`: kept out of the table. */
  private static readonly UNMATCHED = -1;

  get size(): number {
    return this.framesOfStack.length;
  }

  /** The frames of stack `id`. */
  framesOf(id: number): readonly SourceFrame[] {
    return this.framesOfStack[id];
  }

  /**
   * The id of the stack of the first `length` of `frames`, whose frame ids are the first `length` of
   * `ids` (each frame's, in order; scratch lists may be longer), made when new. The frames are copied
   * then unless `owned` (a list of exactly the stack's frames that the caller hands over).
   */
  idOf(ids: ArrayLike<number>, frames: readonly SourceFrame[], length = frames.length, owned = false): number {
    const hash = stackHash(ids, length);
    const found = this.find(ids, length, hash);
    return found >= 0 ? found : this.add(ids, length, hash, owned ? frames : frames.slice(0, length), ~found);
  }

  /**
   * The id of the stack whose frame ids are the first `length` of `ids`, its frames asked of `maker`
   * only when the stack is new: a dump's goroutines repeat a few hundred stacks, and a frame object
   * per call line read was work for the stacks already known.
   */
  idOfIds(ids: ArrayLike<number>, length: number, maker: StackMaker): number {
    const hash = stackHash(ids, length);
    const found = this.find(ids, length, hash);
    return found >= 0 ? found : this.add(ids, length, hash, maker.framesOfIds(ids, length), ~found);
  }

  /** The stack's id, or the one's complement of the free slot where it belongs. */
  private find(ids: ArrayLike<number>, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]; id !== EMPTY; slot = (slot + 1) & mask, id = this.slots[slot]) {
      if (this.hashes.at(id) === hash && this.framesOfStack[id].length === length && this.sameIds(id, ids, length)) return id;
    }
    return ~slot;
  }

  private add(ids: ArrayLike<number>, length: number, hash: number, frames: readonly SourceFrame[], slot: number): number {
    const id = this.framesOfStack.length;
    this.framesOfStack.push(frames);
    this.hashes.push(hash);
    this.starts.push(this.frameIds.length);
    for (let i = 0; i < length; i++) this.frameIds.push(ids[i]);
    this.slots[slot] = id;
    if (this.framesOfStack.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /**
   * A new id for `frames` (kept as it is) that no lookup finds: for a stack the caller knows no
   * other equals, whose frame ids need not be made nor hashed (one stack 10^6 frames deep).
   */
  idOfUnmatched(frames: readonly SourceFrame[]): number {
    const id = this.framesOfStack.length;
    this.framesOfStack.push(frames);
    this.hashes.push(0);
    this.starts.push(InternedStacks.UNMATCHED);
    return id;
  }

  private sameIds(id: number, ids: ArrayLike<number>, length: number): boolean {
    const start = this.starts.at(id);
    for (let i = 0; i < length; i++) if (this.frameIds.at(start + i) !== ids[i]) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.framesOfStack.length; id++) {
      if (this.starts.at(id) === InternedStacks.UNMATCHED) continue;
      let slot = this.hashes.at(id) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
