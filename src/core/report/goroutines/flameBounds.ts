// The goroutine flame graph's bounds: what the worker draws and what a view may ask of it (the
// webview's messages are checked against the same numbers in src/shared).

/** A tower narrower than 1/MAX_WIDTH_UNITS of the root is under a pixel of a wide editor. */
export const MAX_WIDTH_UNITS = 2_000;
/** Rows drawn: a stack of 10^6 frames would make a graph no one scrolls through; a deeper one is drawn to this depth. */
export const MAX_FLAME_DEPTH = 1_000;
/** Nodes sent, each with its frame: a few hundred KB of JSON at most. */
export const MAX_FLAME_NODES = 3_000;
/**
 * An opened grey bar's towers are drawn at least 1/OPENED_WIDTH_UNITS of their page's width: 3 px of
 * a 1,200 px chart, wide enough to see and point at (1/2,000 would be under a pixel of most editors).
 */
export const OPENED_WIDTH_UNITS = 400;
/** Grey bars of narrow towers opened one inside another, at most: each opens the towers of the one before. */
export const MAX_FLAME_ZOOM_STEPS = 32;
