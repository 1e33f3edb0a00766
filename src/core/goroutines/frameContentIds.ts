// Ids for frames by their content (function, file, line), for grouping goroutine lists that may
// come from anywhere: frames a scanner interned are one object per content, hand-made ones are
// not. A frame seen is kept by reference and hashed from its strings: no key string and no Map
// entry per distinct frame (a stack 10^6 frames deep has 10^6 of them).
import type { SourceFrame } from './model';
import { HASH_SEED, finishHash, mixInt, mixNumber } from '../../shared/seededHash';

const EMPTY = -1;

export class FrameContentIds {
  /** Open addressing: slot → id, or EMPTY. */
  private slots = new Int32Array(1024).fill(EMPTY);
  private slotHashes = new Int32Array(1024);
  /** Per id, the first frame seen with that content. */
  private readonly frames: SourceFrame[] = [];

  idOf(frame: SourceFrame): number {
    const hash = frameHash(frame);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot];
      if (id === EMPTY) break;
      if (this.slotHashes[slot] === hash && sameFrame(this.frames[id], frame)) return id;
    }
    const id = this.frames.length;
    this.frames.push(frame);
    this.slots[slot] = id;
    this.slotHashes[slot] = hash;
    if (this.frames.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let slot = 0; slot < this.slots.length; slot++) {
      const id = this.slots[slot];
      if (id === EMPTY) continue;
      let to = this.slotHashes[slot] & mask;
      while (slots[to] !== EMPTY) to = (to + 1) & mask;
      slots[to] = id;
      hashes[to] = this.slotHashes[slot];
    }
    this.slots = slots;
    this.slotHashes = hashes;
  }
}

function sameFrame(a: SourceFrame, b: SourceFrame): boolean {
  return a === b || (a.func === b.func && a.file === b.file && a.line === b.line);
}

function frameHash(frame: SourceFrame): number {
  let hash = mixString(HASH_SEED, frame.func);
  hash = mixString(mixInt(hash, frame.func.length), frame.file);
  return finishHash(mixNumber(mixInt(hash, frame.file.length), frame.line)) | 0;
}

function mixString(hash: number, s: string): number {
  for (let i = 0; i < s.length; i++) hash = mixInt(hash, s.charCodeAt(i));
  return hash;
}
