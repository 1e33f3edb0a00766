// Messages of the profile editor's webview (see protocol.ts).
//
// Host → webview messages carry profile data; every string in them comes from an untrusted file
// and the webview renders it only through textContent. Webview → host messages are untrusted:
// the host accepts them only through parseProfileWebviewMessage, which checks every field.

/** pprof's filters (regex on function names) and tag filters (`key=regex` on sample labels). */
export const FILTER_KINDS = ['focus', 'ignore', 'hide', 'show', 'tagfocus', 'tagignore'] as const;
export type FilterKind = typeof FILTER_KINDS[number];

export interface ProfileFilter {
  kind: FilterKind;
  pattern: string;
}

/** pprof's -functions / -filefunctions / -lines: what makes two frames the same node. */
export const GRANULARITIES = ['functions', 'filefunctions', 'lines'] as const;
export type FrameGranularity = typeof GRANULARITIES[number];

/** What the webview asks to see: everything the host needs to build a flame tree and top table. */
export interface ProfileQuery {
  /** Index into the profile's sample types. */
  sampleType: number;
  granularity: FrameGranularity;
  filters: ProfileFilter[];
}

/** Bits of FlameTreeData.flags. */
export const FRAME_INLINED = 1;
/** A node that stands for the callees pruned away below its parent (too narrow to draw). */
export const FRAME_PRUNED_REST = 2;
/** The node has callees the host left out; zooming into it asks the host for them. */
export const FRAME_HAS_HIDDEN_DETAIL = 4;

/**
 * A (pruned) call tree in columns, so a tree of 100k nodes crosses both message channels as a
 * few typed arrays instead of 100k objects. Node 0 is the root and every node comes after its
 * parent: parent[i] < i. Callers above callees (the root is the common caller).
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
  total: Float64Array;
  self: Float64Array;
  flags: Uint8Array;
  /** Diff mode: the same node's total in the base profile. */
  baseTotal?: Float64Array;
}

/** The top table in columns; rows sorted by flat descending (like `go tool pprof -top`). */
export interface TopTableData {
  /** Frame names, as FlameTreeData.names. */
  names: string[];
  /** At file or line granularity: each row's plain function name. */
  functionNames?: string[];
  files: string[];
  lines: Uint32Array;
  flat: Float64Array;
  cum: Float64Array;
  /** Diff mode: flat and cum in the base profile. */
  baseFlat?: Float64Array;
  baseCum?: Float64Array;
}

export interface SampleTypeInfo {
  type: string;
  unit: string;
}

export interface ProfileSummary {
  fileName: string;
  /** Where the bytes came from, e.g. "pprof (gzip)" or "legacy heap text". */
  format: string;
  sampleTypes: SampleTypeInfo[];
  /** The sample type to show first (heap profiles: inuse_space). */
  defaultSampleType: number;
  sampleCount: number;
  /** Per sample type, the total over all samples. */
  totals: number[];
  periodType?: SampleTypeInfo;
  period: number;
  durationNanos: number;
  timeNanos: number;
  comments: string[];
  warnings: string[];
  /** Label keys seen on samples (for tag filters). */
  labelKeys: string[];
}

/** Host → profile webview. */
export type ProfileHostMessage =
  | { type: 'loading'; fileName: string; byteLength?: number }
  | { type: 'error'; fileName: string; message: string; canRetry?: boolean }
  /** The profile decoded; the webview then asks for a view with `query`. */
  | { type: 'summary'; fileName: string; kind: string; byteLength: number; summary?: ProfileSummary; base?: ProfileSummary }
  /** total: pprof's 100% (the whole profile); shownTotal: what the filters kept (the flame root). */
  | { type: 'view'; requestId: number; query: ProfileQuery; unit: string; total: number; shownTotal: number; baseTotal?: number; flame: FlameTreeData; top: TopTableData; elapsedMs: number }
  | { type: 'subtree'; requestId: number; path: string[]; flame: FlameTreeData }
  | { type: 'callers'; requestId: number; functionName: string; callers: FlameTreeData; callees: FlameTreeData }
  | { type: 'queryError'; requestId: number; message: string }
  /** A code lens was clicked: show this function in the flame graph. */
  | { type: 'focusFunction'; functionName: string };

/** Profile webview → host. */
export type ProfileWebviewMessage =
  | { type: 'ready' }
  | { type: 'reopenAsText' }
  | { type: 'retry' }
  | { type: 'query'; requestId: number; query: ProfileQuery; widthPx: number }
  /** More detail below the frame reached by `path` (function names from the root's child down). */
  | { type: 'subtree'; requestId: number; query: ProfileQuery; path: string[]; widthPx: number }
  | { type: 'callers'; requestId: number; query: ProfileQuery; functionName: string; widthPx: number }
  | { type: 'openSource'; file: string; line: number; functionName: string }
  | { type: 'compareWith' }
  | { type: 'clearBase' };

/** Limits on what a webview may send: a hostile page must not make the host do unbounded work. */
export const PROTOCOL_LIMITS = {
  maxFilters: 32,
  maxPatternLength: 2000,
  maxPathDepth: 5000,
  maxNameLength: 20000,
  maxSampleTypes: 1000,
  maxWidthPx: 100000,
} as const;

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
  if (!isRecord(raw) || !isIndex(raw.sampleType, PROTOCOL_LIMITS.maxSampleTypes)) return undefined;
  const granularity = raw.granularity;
  if (typeof granularity !== 'string' || !(GRANULARITIES as readonly string[]).includes(granularity)) return undefined;
  if (!Array.isArray(raw.filters) || raw.filters.length > PROTOCOL_LIMITS.maxFilters) return undefined;
  const filters: ProfileFilter[] = [];
  for (const f of raw.filters) {
    const parsed = parseProfileFilter(f);
    if (!parsed) return undefined;
    filters.push(parsed);
  }
  return { sampleType: raw.sampleType, granularity: granularity as FrameGranularity, filters };
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
      if (requestId === undefined || !query || widthPx === undefined) return undefined;
      return { type: 'query', requestId, query, widthPx };
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
    case 'openSource': {
      if (!isBoundedString(raw.file, PROTOCOL_LIMITS.maxNameLength) || raw.file === '') return undefined;
      if (!isIndex(raw.line, 10_000_000)) return undefined;
      if (!isBoundedString(raw.functionName, PROTOCOL_LIMITS.maxNameLength)) return undefined;
      return { type: 'openSource', file: raw.file, line: raw.line, functionName: raw.functionName };
    }
    default: return undefined;
  }
}
