// Message ids past 2^53. pprof keys functions, mappings and locations by their uint64 ids, so two
// ids one apart are two frames; a double rounds them alike (past 2^63 it cannot tell 2,048 apart),
// and the decoder's index then sent both to the first. Producers write such ids: a converter that
// takes a frame's address for its location id (kernel addresses start at 0xffff…), a hash for a
// function id. Each id past 2^53 is read exactly and given a stand-in of its own: a double past
// 2^62 on a grid of 1,024, where every step is exact, so no two ids share one and none equals an
// id below 2^53. The stand-ins only key the decoder's indexes; messages show the id as written.
import type { ProtoCursor } from './protoReader';

const FIRST_STAND_IN = 2 ** 62;
const STAND_IN_STEP = 1024;

export class WideIds {
  private readonly standInOf = new Map<bigint, number>();
  private readonly writtenOf = new Map<number, bigint>();

  /** The id `c` just read as `rounded` (a uvarint): itself up to 2^53, else its stand-in. */
  id(c: ProtoCursor, rounded: number): number {
    if (rounded <= Number.MAX_SAFE_INTEGER) return rounded;
    const written = (BigInt(c.lastHigh >>> 0) << 32n) | BigInt(c.lastLow >>> 0);
    let standIn = this.standInOf.get(written);
    if (standIn === undefined) {
      standIn = FIRST_STAND_IN + this.standInOf.size * STAND_IN_STEP;
      this.standInOf.set(written, standIn);
      this.writtenOf.set(standIn, written);
    }
    return standIn;
  }

  /** An id as the file wrote it, for a message. */
  shown(id: number): string {
    return String(this.writtenOf.get(id) ?? id);
  }
}
