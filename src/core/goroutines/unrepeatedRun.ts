// Which lines the line memo (lineMeanings.ts) looks up. Each line it looks up costs a hash of the
// line and a read of the filter of lines seen once, a cache miss on a big input: worth it while lines
// repeat (a dump's stacks do), wasted on a long run of lines none of which came before (one stack of
// 10^6 distinct frames: ~0.4 s of its ~2.9 s). After such a run, one line in SAMPLE_EVERY is still
// looked up, so lines that repeat again are noticed, and then every line is looked up again. The
// memo is a cache: a line read without it means the same. The bench dumps never make such a run.

/** Lines in a row looked up and found new, after which only some are looked up. */
export const UNSEEN_RUN_BEFORE_SAMPLING = 1 << 14;
/** In such a run, one line in this many is looked up. */
export const SAMPLE_EVERY = 64;
