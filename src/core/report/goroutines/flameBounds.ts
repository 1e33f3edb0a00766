// The goroutine flame graph's bounds: what the worker draws and what a view may ask of it (the
// webview's messages are checked against the same numbers in src/shared).

/** A tower narrower than 1/MAX_WIDTH_UNITS of the root is under a pixel of a wide editor. */
export const MAX_WIDTH_UNITS = 2_000;
/** Rows drawn: a stack of 10^6 frames would make a graph no one scrolls through; a deeper one is drawn to this depth. */
export const MAX_FLAME_DEPTH = 1_000;
/** Nodes sent, each with its frame: a few hundred KB of JSON at most. */
export const MAX_FLAME_NODES = 3_000;
/**
 * An opened grey bar's towers are drawn at least this wide: wide enough to see and point at (d3-flame-graph
 * leaves out a node under a pixel or so, and 2,000 towers in a 940 px chart drew nothing).
 */
export const MIN_TOWER_PIXELS = 3;
/** The chart's width when the view does not say it (a 1,200 px chart: 400 towers a page). */
export const DEFAULT_CHART_PIXELS = 1_200;
/** The webview draws its chart at least 300 px wide; 16,384 CSS px is wider than any screen. */
export const MIN_CHART_PIXELS = 300;
export const MAX_CHART_PIXELS = 16_384;

/**
 * An opened grey bar's towers are each at least 1/(this) of their page's width: MIN_TOWER_PIXELS of the
 * chart the view says it draws in (400 in a 1,200 px chart, 100 in a 300 px one).
 */
export function openedWidthUnits(chartPixels: number = DEFAULT_CHART_PIXELS): number {
  // 0 or no number: the view did not measure its chart (hidden).
  const said = Number.isFinite(chartPixels) && chartPixels > 0 ? chartPixels : DEFAULT_CHART_PIXELS;
  const pixels = Math.min(MAX_CHART_PIXELS, Math.max(MIN_CHART_PIXELS, said));
  return Math.max(1, Math.floor(pixels / MIN_TOWER_PIXELS));
}
/** Grey bars of narrow towers opened one inside another, at most: each opens the towers of the one before. */
export const MAX_FLAME_ZOOM_STEPS = 32;
