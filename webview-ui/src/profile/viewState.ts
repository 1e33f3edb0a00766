// What the profile view remembers across hiding and reopening its tab (webview get/setState).
// Read back defensively: an old or foreign state must not break the view.
import { FILTER_KINDS, FLAME_ORDERS, GRANULARITIES, type DiffOptions, type FlameOrder, type FrameGranularity, type ProfileFilter } from '../../../src/shared/profileProtocol';
import type { TopSortKey, TopTableState } from './topTable';

export interface ProfileViewState {
  /** By name, so it survives a different file in the same tab. */
  sampleType?: string;
  granularity: FrameGranularity;
  filters: ProfileFilter[];
  /** Earlier filter lists, for undo. */
  filterHistory: ProfileFilter[][];
  icicle: boolean;
  search: string;
  searchRegex: boolean;
  zoomPath: string[];
  callersOf?: string;
  top: TopTableState;
  /** How a base profile is subtracted when there is one (pprof -diff_base by default). */
  diff: DiffOptions;
  /** Flame graph siblings by name (pprof) or heaviest first. */
  order: FlameOrder;
  /** Label keys shown as frames at the root (pprof -tagroot) and below the leaves (-tagleaf). */
  tagRoot: string[];
  tagLeaf: string[];
  /** The chosen view's id ('flame' or a ProfileSubview's); an unknown one falls back to 'flame'. */
  view: string;
}

export const DEFAULT_VIEW_STATE: ProfileViewState = {
  granularity: 'functions', filters: [], filterHistory: [], icicle: true, search: '', searchRegex: false, zoomPath: [],
  top: { sortKey: 'flat', descending: true, filter: '' },
  diff: { subtractBase: false, normalize: false },
  view: 'flame',
  order: 'alphabetical',
  tagRoot: [],
  tagLeaf: [],
};

function isFilter(f: unknown): f is ProfileFilter {
  const r = f as ProfileFilter;
  return typeof r === 'object' && r !== null && (FILTER_KINDS as readonly string[]).includes(r.kind) && typeof r.pattern === 'string';
}

export function readViewState(raw: unknown): ProfileViewState {
  const s = DEFAULT_VIEW_STATE;
  if (typeof raw !== 'object' || raw === null) return { ...s };
  const r = raw as Partial<ProfileViewState>;
  const strings = (a: unknown) => Array.isArray(a) && a.every(x => typeof x === 'string') ? a as string[] : [];
  const filters = (a: unknown) => Array.isArray(a) ? a.filter(isFilter) : [];
  const top = (r.top ?? {}) as Partial<TopTableState>;
  return {
    sampleType: typeof r.sampleType === 'string' ? r.sampleType : undefined,
    granularity: (GRANULARITIES as readonly unknown[]).includes(r.granularity) ? r.granularity! : s.granularity,
    filters: filters(r.filters),
    filterHistory: Array.isArray(r.filterHistory) ? r.filterHistory.map(filters).slice(-50) : [],
    icicle: typeof r.icicle === 'boolean' ? r.icicle : s.icicle,
    search: typeof r.search === 'string' ? r.search : '',
    searchRegex: r.searchRegex === true,
    zoomPath: strings(r.zoomPath),
    callersOf: typeof r.callersOf === 'string' ? r.callersOf : undefined,
    diff: { subtractBase: r.diff?.subtractBase === true, normalize: r.diff?.normalize === true },
    order: (FLAME_ORDERS as readonly unknown[]).includes(r.order) ? r.order! : s.order,
    tagRoot: strings(r.tagRoot).slice(0, 8),
    tagLeaf: strings(r.tagLeaf).slice(0, 8),
    view: typeof r.view === 'string' && r.view.length <= 100 ? r.view : s.view,
    top: {
      sortKey: (['flat', 'cum', 'name'] as TopSortKey[]).includes(top.sortKey as TopSortKey) ? top.sortKey as TopSortKey : 'flat',
      descending: typeof top.descending === 'boolean' ? top.descending : true,
      filter: typeof top.filter === 'string' ? top.filter : '',
    },
  };
}
