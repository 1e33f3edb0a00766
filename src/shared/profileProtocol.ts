// Messages of the profile editor's webview (see protocol.ts).
//
// Host → webview messages carry profile data; every string in them comes from an untrusted file
// and the webview renders it only through textContent. Webview → host messages are untrusted:
// the host accepts them only through parseProfileWebviewMessage, which checks every field.

// The view models themselves are the report layer's (src/core/report/profileTypes.ts).
import {
  FILTER_KINDS, GRANULARITIES, TOP_SORT_KEYS,
  type DiffOptions, type FilterKind, type FrameGranularity, type ProfileFilter, type ProfileQuery,
  type FlameTreeData, type ProfileSummary,
  type TopWindow, type TopWindowRequest,
} from '../core/report/profileTypes';
import { PEEK_ROLES, type PeekEdgeRequest, type PeekEdgeWindow, type PeekHead } from '../core/report/peekWindow';
import type { SampleTypeWindow, SampleTypeWindowRequest } from '../core/report/sampleTypeWindow';
import type { FunctionSource } from '../core/report/sourceListing';
import { exactNamePattern, MAX_CROSSING_KEY_CHARS, MAX_CROSSING_NAME_CHARS } from './nameLimit';
import { unpackFlameTree, type PackedFlameTree } from './packedViews';

export {
  FILTER_KINDS, GRANULARITIES, FRAME_INLINED, FRAME_PRUNED_REST, FRAME_HAS_HIDDEN_DETAIL, TOP_SORT_KEYS,
  type DiffOptions, type FilterKind, type FrameGranularity, type ProfileFilter, type ProfileQuery,
  type FlameTreeData, type TopTableData, type SampleTypeInfo, type ProfileSummary,
  type TopSortKey, type TopTableOrder, type TopWindow, type TopWindowRequest,
} from '../core/report/profileTypes';
export { PEEK_EDGES_SHOWN, PEEK_ROLES, type PeekEdge, type PeekEdgeRequest, type PeekEdgeWindow, type PeekHead, type PeekHeadNode, type PeekRole } from '../core/report/peekWindow';
export { SAMPLE_TYPES_LISTED, type SampleTypeEntry, type SampleTypeHead, type SampleTypeWindow, type SampleTypeWindowRequest } from '../core/report/sampleTypeWindow';
export type { FunctionSource, SourceRoutineView, ListedLine, InlinedCall, ListingSegment } from '../core/report/sourceListing';

/** A view compared with a base profile: the totals that the Δ figures are relative to. */
export interface DiffTotals {
  /** The base's total (pprof's 100% with -diff_base). */
  baseTotal: number;
  /** The profile's own total (after -normalize when set). */
  profileTotal: number;
  options: DiffOptions;
}

/** What Export writes: the view's picture, its top table, or the (filtered, diffed) profile. */
export const EXPORT_FORMATS = ['svg', 'png', 'csv', 'md', 'pb.gz'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];
/** The views Export draws: the flame graph, the bottom-up tree, or a picture the webview drew (the graph view). */
export const EXPORT_VIEWS = ['flame', 'bottomup', 'drawn'] as const;
export type ExportView = typeof EXPORT_VIEWS[number];
/** Flame graph siblings by name (pprof) or heaviest first (left-heavy). */
export const FLAME_ORDERS = ['alphabetical', 'heaviest'] as const;
export type FlameOrder = typeof FLAME_ORDERS[number];

/** What a saved view restores (besides its base, which the host keeps). */
export interface SavedViewState {
  /** By name: a saved view serves every profile with these sample types. */
  sampleType: string;
  granularity: FrameGranularity;
  filters: ProfileFilter[];
  /** The view tab: 'flame', 'bottomup', or another subview's id. */
  view: string;
  tagRoot: string[];
  tagLeaf: string[];
  order: FlameOrder;
  diff: DiffOptions;
}

export interface SavedViewEntry {
  name: string;
  state: SavedViewState;
  /** The base profile's file name, when the view compares with one. */
  baseName?: string;
}

/** The Graph view: pprof's -dot call graph (nodes in pprof's order, edges heaviest first). */
export interface GraphViewData {
  unit: string;
  /** pprof's 100% (with a base: the base's total). */
  total: number;
  /** Compared with a base: values are changes, negative where it shrank. */
  diff: boolean;
  /** The node count asked for (pprof's -nodecount). */
  nodeCount: number;
  /** func: pprof's name of the node; functionName: the function (what filters match). */
  nodes: { func: string; functionName: string; file: string; line: number; flat: number; cum: number }[];
  /** from/to: indices into nodes. */
  edges: { from: number; to: number; weight: number; inline: boolean; residual: boolean }[];
  /** pprof's legend: dropped nodes (cum <= nodeCutoff), dropped edges (weight <= edgeCutoff), top shownNodes of totalNodes. */
  dropped: { nodes: number; nodeCutoff: number; edges: number; edgeCutoff: number; shownNodes: number; totalNodes: number; shownFlat: number };
}

/** Host → profile webview. */
export type ProfileHostMessage =
  | { type: 'loading'; fileName: string; byteLength?: number }
  /** retryLabel: the retry raises a limit the load hit ("Retry with 16384 MiB"). */
  | { type: 'error'; fileName: string; message: string; canRetry?: boolean; retryLabel?: string }
  /** The profile decoded; the webview then asks for a view with `query`. */
  | { type: 'summary'; fileName: string; kind: string; byteLength: number; summary?: ProfileSummary; base?: ProfileSummary }
  /**
   * total: pprof's 100% (the whole profile); shownTotal: what the filters kept (the flame root).
   * top: the top table's window the query asked for (the worker keeps the whole table).
   */
  | { type: 'view'; requestId: number; query: ProfileQuery; unit: string; total: number; shownTotal: number; diff?: DiffTotals; flame: FlameTreeData; top: TopWindow; elapsedMs: number }
  /** The answer to a `topRows` request: its window, or why there is none. */
  | { type: 'topRows'; requestId: number; top?: TopWindow; message?: string }
  | { type: 'subtree'; requestId: number; path: string[]; flame: FlameTreeData }
  | { type: 'callers'; requestId: number; functionName: string; callers: FlameTreeData; callees: FlameTreeData }
  | { type: 'graph'; requestId: number; graph: GraphViewData; elapsedMs: number }
  | { type: 'queryError'; requestId: number; message: string }
  /** pprof's peek of one function (unit: the sample type's): each node's first callers and callees (the worker keeps the rest). */
  | { type: 'peek'; requestId: number; unit: string; peek: PeekHead }
  /** The answer to a `peekEdges` request: its window, or why there is none. */
  | { type: 'peekEdges'; requestId: number; edges?: PeekEdgeWindow; message?: string }
  /** The answer to a `sampleTypes` request: its window, or why there is none. */
  | { type: 'sampleTypes'; requestId: number; window?: SampleTypeWindow; message?: string }
  /** pprof's list of one function, with the source text the host found on this machine. */
  | { type: 'source'; requestId: number; unit: string; source: FunctionSource }
  /** A peek or source request failed (e.g. the function is not in this view). */
  | { type: 'functionViewError'; requestId: number; message: string }
  /** A code lens was clicked: show this function in the flame graph. */
  | { type: 'focusFunction'; functionName: string }
  /** The whole profile bottom-up: every leaf function under the root, its callers below. */
  | { type: 'bottomUp'; requestId: number; query: ProfileQuery; unit: string; total: number; diff: boolean; flame: FlameTreeData }
  /** Export as PNG: draw this SVG on a canvas and answer with `exportPng`. */
  | { type: 'rasterize'; requestId: number; svg: string; width: number; height: number }
  /** How an export ended ("Saved cpu-flame.svg", or what went wrong). */
  | { type: 'exported'; requestId: number; ok: boolean; message: string }
  /** The saved views that fit this profile's kind (its sample types). */
  | { type: 'savedViews'; views: SavedViewEntry[] }
  /** A save the host refused (past the saved views' limits, or another save still being written): why. */
  | { type: 'savedViewRefused'; name: string; message: string }
  /** A saved view was chosen: show it (its base is already set). */
  | { type: 'applySavedView'; name: string; state: SavedViewState };

type TreeMessages = 'view' | 'subtree' | 'callers' | 'bottomUp';
type HostMessageOf<T extends ProfileHostMessage['type']> = Extract<ProfileHostMessage, { type: T }>;

/**
 * Host → profile webview as posted: the trees and the top table with their names packed
 * (packedViews.ts); the webview unpacks them into ProfileHostMessage on arrival.
 */
export type ProfilePostedMessage =
  | Exclude<ProfileHostMessage, { type: TreeMessages }>
  | (Omit<HostMessageOf<'view'>, 'flame'> & { flame: PackedFlameTree })
  | (Omit<HostMessageOf<'subtree'>, 'flame'> & { flame: PackedFlameTree })
  | (Omit<HostMessageOf<'callers'>, 'callers' | 'callees'> & { callers: PackedFlameTree; callees: PackedFlameTree })
  | (Omit<HostMessageOf<'bottomUp'>, 'flame'> & { flame: PackedFlameTree });

/** A posted message as the webview's views read it. */
export function unpackHostMessage(m: ProfilePostedMessage): ProfileHostMessage {
  switch (m.type) {
    case 'view': case 'subtree': case 'bottomUp': return { ...m, flame: unpackFlameTree(m.flame) };
    case 'callers': return { ...m, callers: unpackFlameTree(m.callers), callees: unpackFlameTree(m.callees) };
    default: return m;
  }
}

/** Profile webview → host. */
export type ProfileWebviewMessage =
  | { type: 'ready' }
  | { type: 'reopenAsText' }
  | { type: 'retry' }
  /** `top`: the top table's rows to show first (the view's answer carries them). */
  | { type: 'query'; requestId: number; query: ProfileQuery; widthPx: number; top: TopWindowRequest }
  /** More rows of the top table of the view `query` answered: as it scrolls, sorts or filters. */
  | { type: 'topRows'; requestId: number; query: ProfileQuery; window: TopWindowRequest }
  /** More detail below the frame reached by `path` (function names from the root's child down). */
  | { type: 'subtree'; requestId: number; query: ProfileQuery; path: string[]; widthPx: number }
  | { type: 'callers'; requestId: number; query: ProfileQuery; functionName: string; widthPx: number }
  /** The Graph view with at most nodeCount nodes (pprof's -nodecount). */
  | { type: 'graph'; requestId: number; query: ProfileQuery; nodeCount: number }
  | { type: 'openSource'; file: string; line: number; functionName: string }
  | { type: 'peek'; requestId: number; query: ProfileQuery; functionName: string }
  /** More callers or callees of the peek of `functionName` under `query`: as the view pages through them. */
  | { type: 'peekEdges'; requestId: number; query: ProfileQuery; functionName: string; edges: PeekEdgeRequest }
  | { type: 'source'; requestId: number; query: ProfileQuery; functionName: string }
  /** Sample types past the summary's: the picker's search and its pages. */
  | { type: 'sampleTypes'; requestId: number; window: SampleTypeWindowRequest }
  | { type: 'compareWith' }
  | { type: 'clearBase' }
  | { type: 'bottomUp'; requestId: number; query: ProfileQuery; widthPx: number }
  /** `svg`: the picture of a view the webview drew itself (view 'drawn'). */
  | { type: 'export'; requestId: number; format: ExportFormat; view: ExportView; query: ProfileQuery; order: FlameOrder; icicle: boolean; zoomPath: string[]; widthPx: number; svg?: string }
  /** The PNG of a `rasterize` request, as a data: URL (or why there is none). */
  | { type: 'exportPng'; requestId: number; dataUrl?: string; error?: string }
  | { type: 'saveView'; name: string; state: SavedViewState }
  | { type: 'applySavedView'; name: string }
  | { type: 'deleteSavedView'; name: string };

/** Limits on what a webview may send: a hostile page must not make the host do unbounded work. */
export const PROTOCOL_LIMITS = {
  maxFilters: 32,
  maxPatternLength: 2000,
  maxPathDepth: 5000,
  maxNameLength: MAX_CROSSING_NAME_CHARS,
  /** A profile's sample types are a repeated field: as many as its bytes hold (the worker checks the index against the profile). */
  maxSampleTypeIndex: 0xffffffff,
  /** The sample types of one picker window. */
  maxSampleTypeWindow: 1000,
  maxWidthPx: 100000,
  maxLabelKeys: 8,
  /** A view's name, and what names a sample type or a label key back: a long one crosses as a reference within it. */
  maxViewNameLength: MAX_CROSSING_KEY_CHARS,
  /** A drawn SVG or a PNG data: URL. */
  maxPictureLength: 64 * 1024 * 1024,
  /** Graphviz lays out a few thousand nodes in seconds; more would stall the webview. */
  maxGraphNodes: 2000,
  /** The rows of one top table window: a tall screen shows ~100; the host relays no more than this. */
  maxTopWindowRows: 1000,
  /** The callers or callees of one peek window; "all" asks for this many at a time. */
  maxPeekWindowEdges: 1000,
  /** A peek has a node per line of the function at line granularity. */
  maxPeekNodes: 1_000_000,
} as const;

/** The filter pattern of exactly one function (pprof's `^name$`), within the protocol's limit: a reference to a longer name (nameLimit.ts). */
export function exactFunctionPattern(name: string): string {
  return exactNamePattern(name, PROTOCOL_LIMITS.maxPatternLength);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBoundedString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function isIndex(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}

function parseRequestId(v: unknown): number | undefined {
  return isIndex(v, Number.MAX_SAFE_INTEGER) ? v : undefined;
}

function parseWidth(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= PROTOCOL_LIMITS.maxWidthPx ? Math.round(v) : undefined;
}

export function parseProfileFilter(raw: unknown): ProfileFilter | undefined {
  if (!isRecord(raw)) return undefined;
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(FILTER_KINDS as readonly string[]).includes(kind)) return undefined;
  if (!isBoundedString(raw.pattern, PROTOCOL_LIMITS.maxPatternLength) || raw.pattern.length === 0) return undefined;
  return { kind: kind as FilterKind, pattern: raw.pattern };
}

export function parseProfileQuery(raw: unknown): ProfileQuery | undefined {
  if (!isRecord(raw) || !isIndex(raw.sampleType, PROTOCOL_LIMITS.maxSampleTypeIndex)) return undefined;
  const granularity = raw.granularity;
  if (typeof granularity !== 'string' || !(GRANULARITIES as readonly string[]).includes(granularity)) return undefined;
  if (!Array.isArray(raw.filters) || raw.filters.length > PROTOCOL_LIMITS.maxFilters) return undefined;
  const filters: ProfileFilter[] = [];
  for (const f of raw.filters) {
    const parsed = parseProfileFilter(f);
    if (!parsed) return undefined;
    filters.push(parsed);
  }
  const query: ProfileQuery = { sampleType: raw.sampleType, granularity: granularity as FrameGranularity, filters };
  if (raw.diff !== undefined) {
    const d = raw.diff;
    if (!isRecord(d) || typeof d.subtractBase !== 'boolean' || typeof d.normalize !== 'boolean') return undefined;
    query.diff = { subtractBase: d.subtractBase, normalize: d.normalize };
  }
  for (const key of ['tagRoot', 'tagLeaf'] as const) {
    if (raw[key] === undefined) continue;
    const keys = parseLabelKeys(raw[key]);
    if (!keys) return undefined;
    if (keys.length > 0) query[key] = keys;
  }
  return query;
}

function parseLabelKeys(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length > PROTOCOL_LIMITS.maxLabelKeys) return undefined;
  if (!raw.every(k => isBoundedString(k, PROTOCOL_LIMITS.maxViewNameLength) && k !== '')) return undefined;
  return raw as string[];
}

export function parseTopWindowRequest(raw: unknown): TopWindowRequest | undefined {
  if (!isRecord(raw) || !isOneOf(raw.sortKey, TOP_SORT_KEYS) || typeof raw.descending !== 'boolean') return undefined;
  if (!isBoundedString(raw.filter, PROTOCOL_LIMITS.maxPatternLength)) return undefined;
  if (!isIndex(raw.start, 0xffffffff) || !isIndex(raw.count, PROTOCOL_LIMITS.maxTopWindowRows) || raw.count < 1) return undefined;
  return { sortKey: raw.sortKey, descending: raw.descending, filter: raw.filter, start: raw.start, count: raw.count };
}

export function parsePeekEdgeRequest(raw: unknown): PeekEdgeRequest | undefined {
  if (!isRecord(raw) || !isOneOf(raw.role, PEEK_ROLES) || !isIndex(raw.node, PROTOCOL_LIMITS.maxPeekNodes)) return undefined;
  if (!isIndex(raw.start, 0xffffffff) || !isIndex(raw.count, PROTOCOL_LIMITS.maxPeekWindowEdges) || raw.count < 1) return undefined;
  return { node: raw.node, role: raw.role, start: raw.start, count: raw.count };
}

export function parseSampleTypeWindowRequest(raw: unknown): SampleTypeWindowRequest | undefined {
  if (!isRecord(raw) || !isBoundedString(raw.filter, PROTOCOL_LIMITS.maxNameLength)) return undefined;
  if (!isIndex(raw.start, 0xffffffff) || !isIndex(raw.count, PROTOCOL_LIMITS.maxSampleTypeWindow) || raw.count < 1) return undefined;
  return { filter: raw.filter, start: raw.start, count: raw.count };
}

function isOneOf<T extends string>(v: unknown, values: readonly T[]): v is T {
  return typeof v === 'string' && (values as readonly string[]).includes(v);
}

export function parseSavedViewState(raw: unknown): SavedViewState | undefined {
  if (!isRecord(raw) || !isBoundedString(raw.sampleType, PROTOCOL_LIMITS.maxViewNameLength)) return undefined;
  if (!isOneOf(raw.granularity, GRANULARITIES) || !isOneOf(raw.order, FLAME_ORDERS)) return undefined;
  if (!isBoundedString(raw.view, PROTOCOL_LIMITS.maxViewNameLength)) return undefined;
  if (!Array.isArray(raw.filters) || raw.filters.length > PROTOCOL_LIMITS.maxFilters) return undefined;
  const filters = raw.filters.map(parseProfileFilter);
  if (filters.some(f => f === undefined)) return undefined;
  const tagRoot = parseLabelKeys(raw.tagRoot), tagLeaf = parseLabelKeys(raw.tagLeaf);
  const d = raw.diff;
  if (!tagRoot || !tagLeaf || !isRecord(d) || typeof d.subtractBase !== 'boolean' || typeof d.normalize !== 'boolean') return undefined;
  return {
    sampleType: raw.sampleType, granularity: raw.granularity, filters: filters as ProfileFilter[], view: raw.view,
    tagRoot, tagLeaf, order: raw.order, diff: { subtractBase: d.subtractBase, normalize: d.normalize },
  };
}

function parseViewName(raw: unknown): string | undefined {
  return isBoundedString(raw, PROTOCOL_LIMITS.maxViewNameLength) && raw.trim() !== '' ? raw.trim() : undefined;
}

function parseNamePath(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length > PROTOCOL_LIMITS.maxPathDepth) return undefined;
  if (!raw.every(s => isBoundedString(s, PROTOCOL_LIMITS.maxNameLength))) return undefined;
  return raw as string[];
}

/** Returns the message if it is one the host understands, else undefined (and the caller ignores it). */
export function parseProfileWebviewMessage(raw: unknown): ProfileWebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready': return { type: 'ready' };
    case 'reopenAsText': return { type: 'reopenAsText' };
    case 'retry': return { type: 'retry' };
    case 'compareWith': return { type: 'compareWith' };
    case 'clearBase': return { type: 'clearBase' };
    case 'query': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      const widthPx = parseWidth(raw.widthPx);
      const top = parseTopWindowRequest(raw.top);
      if (requestId === undefined || !query || widthPx === undefined || !top) return undefined;
      return { type: 'query', requestId, query, widthPx, top };
    }
    case 'topRows': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      const window = parseTopWindowRequest(raw.window);
      if (requestId === undefined || !query || !window) return undefined;
      return { type: 'topRows', requestId, query, window };
    }
    case 'subtree': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      const path = parseNamePath(raw.path);
      const widthPx = parseWidth(raw.widthPx);
      if (requestId === undefined || !query || !path || widthPx === undefined) return undefined;
      return { type: 'subtree', requestId, query, path, widthPx };
    }
    case 'callers': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      const widthPx = parseWidth(raw.widthPx);
      if (requestId === undefined || !query || widthPx === undefined) return undefined;
      if (!isBoundedString(raw.functionName, PROTOCOL_LIMITS.maxNameLength) || raw.functionName === '') return undefined;
      return { type: 'callers', requestId, query, functionName: raw.functionName, widthPx };
    }
    case 'bottomUp': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      const widthPx = parseWidth(raw.widthPx);
      if (requestId === undefined || !query || widthPx === undefined) return undefined;
      return { type: 'bottomUp', requestId, query, widthPx };
    }
    case 'export': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      const widthPx = parseWidth(raw.widthPx);
      const zoomPath = parseNamePath(raw.zoomPath);
      if (requestId === undefined || !query || widthPx === undefined || !zoomPath) return undefined;
      if (!isOneOf(raw.format, EXPORT_FORMATS) || !isOneOf(raw.view, EXPORT_VIEWS) || !isOneOf(raw.order, FLAME_ORDERS) || typeof raw.icicle !== 'boolean') return undefined;
      const m: ProfileWebviewMessage = { type: 'export', requestId, format: raw.format, view: raw.view, query, order: raw.order, icicle: raw.icicle, zoomPath, widthPx };
      if (raw.view === 'drawn') {
        if (!isBoundedString(raw.svg, PROTOCOL_LIMITS.maxPictureLength) || !raw.svg.trimStart().startsWith('<')) return undefined;
        m.svg = raw.svg;
      }
      return m;
    }
    case 'exportPng': {
      const requestId = parseRequestId(raw.requestId);
      if (requestId === undefined) return undefined;
      if (isBoundedString(raw.dataUrl, PROTOCOL_LIMITS.maxPictureLength) && raw.dataUrl.startsWith('data:image/png;base64,')) return { type: 'exportPng', requestId, dataUrl: raw.dataUrl };
      return { type: 'exportPng', requestId, error: isBoundedString(raw.error, 2000) ? raw.error : 'the picture could not be drawn' };
    }
    case 'saveView': {
      const name = parseViewName(raw.name);
      const state = parseSavedViewState(raw.state);
      return name && state ? { type: 'saveView', name, state } : undefined;
    }
    case 'applySavedView':
    case 'deleteSavedView': {
      const name = parseViewName(raw.name);
      return name ? { type: raw.type, name } : undefined;
    }
    case 'graph': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      if (requestId === undefined || !query || !isIndex(raw.nodeCount, PROTOCOL_LIMITS.maxGraphNodes) || raw.nodeCount < 1) return undefined;
      return { type: 'graph', requestId, query, nodeCount: raw.nodeCount };
    }
    case 'peek':
    case 'source': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      if (requestId === undefined || !query) return undefined;
      if (!isBoundedString(raw.functionName, PROTOCOL_LIMITS.maxNameLength) || raw.functionName === '') return undefined;
      return { type: raw.type, requestId, query, functionName: raw.functionName };
    }
    case 'peekEdges': {
      const requestId = parseRequestId(raw.requestId);
      const query = parseProfileQuery(raw.query);
      const edges = parsePeekEdgeRequest(raw.edges);
      if (requestId === undefined || !query || !edges) return undefined;
      if (!isBoundedString(raw.functionName, PROTOCOL_LIMITS.maxNameLength) || raw.functionName === '') return undefined;
      return { type: 'peekEdges', requestId, query, functionName: raw.functionName, edges };
    }
    case 'sampleTypes': {
      const requestId = parseRequestId(raw.requestId);
      const window = parseSampleTypeWindowRequest(raw.window);
      return requestId === undefined || !window ? undefined : { type: 'sampleTypes', requestId, window };
    }
    case 'openSource': {
      if (!isBoundedString(raw.file, PROTOCOL_LIMITS.maxNameLength) || raw.file === '') return undefined;
      if (!isIndex(raw.line, 10_000_000)) return undefined;
      if (!isBoundedString(raw.functionName, PROTOCOL_LIMITS.maxNameLength)) return undefined;
      return { type: 'openSource', file: raw.file, line: raw.line, functionName: raw.functionName };
    }
    default: return undefined;
  }
}
