// Whether the line memo (lineMeanings.ts) looks a line up. Each line it looks up costs a hash of the
// line and a read of the filter of lines seen once, a cache miss on a big input: worth it while lines
// repeat (a dump's stacks do), wasted on a long run of lines none of which came before (one stack of
// 10^6 distinct frames: 0.4 s of its 2.9 s). After such a run, one line in SAMPLE_EVERY is still
// looked up, so lines that repeat again are noticed and every line is looked up again. The memo is a
// cache: a line read without it means the same.

/** Lines in a row looked up and found new before only some are looked up. */
export const UNSEEN_RUN_BEFORE_SAMPLING = 1 << 14;
/** In such a run, one line in this many is looked up. */
export const SAMPLE_EVERY = 64;

export class UnrepeatedRun {
  /** Lines looked up in a row that were neither remembered nor seen once before. */
  private unseen = 0;
  /** Lines not looked up since the last one that was, in a run. */
  private skipped = 0;

  /** Whether the next line is to be looked up. */
  lookUp(): boolean {
    if (this.unseen < UNSEEN_RUN_BEFORE_SAMPLING) return true;
    if (++this.skipped < SAMPLE_EVERY) return false;
    this.skipped = 0;
    return true;
  }

  /** The line looked up was remembered or seen before: the run ends. */
  repeated(): void {
    this.unseen = 0;
    this.skipped = 0;
  }

  /** The line looked up was new. */
  unrepeated(): void {
    this.unseen++;
  }
}
