// What the profile views are made of: the query a view answers and the column-wise results
// (flame tree, top table, summary). The worker hands these to the host, the host to the
// webview (src/shared/profileProtocol.ts re-exports them), the CLI prints them as JSON.
import type { SampleTypeHead, SampleTypeInfo } from './sampleTypeWindow';

export type { SampleTypeInfo } from './sampleTypeWindow';

/** pprof's filters (regex on function names) and tag filters (`key=regex` on sample labels). */
export const FILTER_KINDS = ['focus', 'ignore', 'hide', 'show', 'tagfocus', 'tagignore'] as const;
export type FilterKind = typeof FILTER_KINDS[number];

export interface ProfileFilter {
  kind: FilterKind;
  pattern: string;
}

/** pprof's -functions / -filefunctions / -files / -lines: what makes two frames the same node. */
export const GRANULARITIES = ['functions', 'filefunctions', 'files', 'lines'] as const;
export type FrameGranularity = typeof GRANULARITIES[number];

/**
 * How a base profile is taken away from the profile (only with a base).
 * `subtractBase` false: pprof's -diff_base (percentages of the base's total, the base's samples
 * are marked as such); true: pprof's -base (plain subtraction, for the growth of cumulative
 * profiles such as allocs or a CPU profile of a longer run). `normalize`: pprof's -normalize,
 * the profile is scaled so that its total per sample type equals the base's.
 */
export interface DiffOptions {
  subtractBase: boolean;
  normalize: boolean;
}

/** Everything a profile view depends on besides the profile itself. */
export interface ProfileQuery {
  /** Index into the profile's sample types. */
  sampleType: number;
  granularity: FrameGranularity;
  filters: ProfileFilter[];
  /** With a base profile: how it is subtracted (default: -diff_base, not normalized). */
  diff?: DiffOptions;
  /** pprof's -tagroot: these label keys become frames at the root ("key: value"), first key outermost. */
  tagRoot?: string[];
  /** pprof's -tagleaf: these label keys become frames below the leaf (named by the value, in a file named by the key), the last key innermost. */
  tagLeaf?: string[];
}

/** Bits of FlameTreeData.flags. */
export const FRAME_INLINED = 1;
/** A node that stands for the callees pruned away below its parent (too narrow to draw). */
export const FRAME_PRUNED_REST = 2;
/** The node has callees the tree leaves out; zooming into it asks for them (flameSubtree). */
export const FRAME_HAS_HIDDEN_DETAIL = 4;

/**
 * A (pruned) call tree in columns, so a tree of 100k nodes crosses both message channels as a
 * few typed arrays instead of 100k objects. Node 0 is the root and every node comes after its
 * parent: parent[i] < i. Callers above callees (the root is the common caller). Values are in
 * the profile's unit; in a diff they are profile − base, so negative where the profile lost.
 */
export interface FlameTreeData {
  /**
   * Distinct frame names; `name[i]` points into it. At file or line granularity a name carries
   * its place, as pprof prints it ("pkg.F file.go:12"), so it still identifies one frame.
   */
  names: string[];
  /** At file or line granularity: the plain function name of each entry of `names`. */
  functionNames?: string[];
  /** Distinct source files ('' when unknown); `file[i]` points into it. */
  files: string[];
  parent: Int32Array;
  name: Uint32Array;
  file: Uint32Array;
  /** A source line of the frame's function (0 when unknown). */
  line: Uint32Array;
  /** Signed sum of the values of the samples through the node. */
  total: Float64Array;
  /** Signed sum of the values of the samples that end at the node. */
  self: Float64Array;
  flags: Uint8Array;
  /**
   * Only when some sample is negative (a diff): the sum of |value| of the samples through the
   * node, growth and loss added up. pprof's flame graph draws a diff node this wide, so a path
   * that vanished since the base is as visible as one that appeared; `total` is its net change.
   */
  magnitude?: Float64Array;
  /**
   * Set when callees were merged for their width (a drawing's, or a bound on the nodes): the
   * width (|value| summed) under which a callee went into its parent's rest node.
   */
  mergedBelow?: number;
}

/** The top table in columns; rows in `go tool pprof -top` order (|flat|, then |cum|, then name). */
export interface TopTableData {
  /** Frame names, as FlameTreeData.names. */
  names: string[];
  /** At file or line granularity: each row's plain function name. */
  functionNames?: string[];
  files: string[];
  lines: Uint32Array;
  /** In a diff: profile − base (negative for what shrank or vanished). */
  flat: Float64Array;
  cum: Float64Array;
}

// The top table as the editor shows it: a window of its rows (topWindow.ts).

export const TOP_SORT_KEYS = ['flat', 'cum', 'name'] as const;
export type TopSortKey = typeof TOP_SORT_KEYS[number];

/** The order and filter of the table, as its column headers and filter box set them. */
export interface TopTableOrder {
  sortKey: TopSortKey;
  descending: boolean;
  /** A case-insensitive substring of the name, or `/regex/` (`/regex/i`); empty keeps every row. */
  filter: string;
}

export interface TopWindowRequest extends TopTableOrder {
  /** The first row wanted, counted in the sorted and filtered rows. */
  start: number;
  count: number;
}

/**
 * Rows `start`… of the sorted and filtered table, in columns as TopTableData (a row's index in
 * these columns is its place from `start`), with what the table around them needs.
 */
export interface TopWindow extends TopTableData, TopTableOrder {
  start: number;
  /** The rows that pass the filter (the table's length in this order). */
  matched: number;
  /** Every row of the view, filtered or not. */
  rowCount: number;
  /** pprof's sum%: flat summed down the table, up to and including each row of the window. */
  runningFlat: Float64Array;
}

export interface ProfileSummary {
  fileName: string;
  /** Where the bytes came from, e.g. "pprof (gzip)" or "legacy heap text". */
  format: string;
  /** The first sample types with their totals, and how many there are (the rest by window: sampleTypeWindow.ts). */
  sampleTypes: SampleTypeHead;
  /** What saved views are shared by: sampleTypesKey() of every sample type. */
  sampleTypesKey: string;
  /** The sample type to show first: defaultSampleTypeIndex (pprof's rule). */
  defaultSampleType: number;
  sampleCount: number;
  periodType?: SampleTypeInfo;
  period: number;
  durationNanos: number;
  timeNanos: number;
  /** The profile's first 100 comments, each cut to 1,000 characters (the CLI's `info` prints them all). */
  comments: string[];
  /** The first 20 warnings, each cut as a comment is. */
  warnings: string[];
  /** Label keys seen on samples (for tag filters). */
  labelKeys: string[];
}
