// The workspace's saved views as stored (workspaceState), bounded in count and in bytes: each save
// writes the whole list to storage and posts it to every open profile editor, so a webview saving
// thousands of views of 32 long filters each must be refused, not kept (it once grew to ~13 MB).
import { parseSavedViewState, PROTOCOL_LIMITS, type SavedViewState } from '../../shared/profileProtocol';

export const SAVED_VIEW_LIMITS = {
  /** More than anyone names by hand. */
  maxViews: 200,
  /** Of the list as JSON in UTF-8: ~200 views of a few filters, or ~15 of the largest (32 filters of 2,000 characters). */
  maxBytes: 1024 * 1024,
} as const;

export interface StoredView {
  name: string;
  /** The sampleTypesKey of the profiles it serves (their summary's): profiles of the same sample types, in order, share views. */
  kind: string;
  state: SavedViewState;
  /** The base profile's URI, when the view compares with one. */
  base?: string;
}

export type SavedViewLimits = { readonly maxViews: number; readonly maxBytes: number };

const utf8 = new TextEncoder();

/** What one view adds to the stored list, in bytes of JSON. */
export function storedBytes(view: StoredView): number {
  return utf8.encode(JSON.stringify(view)).length + 1;
}

/** The stored list as read back: only well-formed views, the first ones within the limits (a list an older version stored past them is cut). */
export function readStoredViews(raw: unknown, limits: SavedViewLimits = SAVED_VIEW_LIMITS): StoredView[] {
  if (!Array.isArray(raw)) return [];
  const out: StoredView[] = [];
  let bytes = 0;
  for (const r of raw.slice(0, limits.maxViews)) {
    if (typeof r !== 'object' || r === null) continue;
    const v = r as Record<string, unknown>;
    const state = parseSavedViewState(v.state);
    if (typeof v.name !== 'string' || v.name === '' || v.name.length > PROTOCOL_LIMITS.maxViewNameLength || typeof v.kind !== 'string' || !state) continue;
    const view: StoredView = { name: v.name, kind: v.kind, state, base: typeof v.base === 'string' ? v.base : undefined };
    bytes += storedBytes(view);
    if (bytes > limits.maxBytes) break;
    out.push(view);
  }
  return out;
}

/** The list with `view` saved (replacing the view of its name and kind), or why it cannot be. */
export function withSavedView(views: readonly StoredView[], view: StoredView, limits: SavedViewLimits = SAVED_VIEW_LIMITS): { views: StoredView[] } | { refused: string } {
  const others = views.filter(v => !(v.kind === view.kind && v.name === view.name));
  if (others.length >= limits.maxViews) {
    return { refused: `View "${view.name}" not saved: this workspace has ${others.length} saved views, the most it keeps. Delete one first.` };
  }
  const bytes = others.reduce((sum, v) => sum + storedBytes(v), 0);
  const own = storedBytes(view);
  if (bytes + own > limits.maxBytes) {
    return { refused: `View "${view.name}" not saved: its ${formatKiB(own)} would take the workspace's saved views past ${formatKiB(limits.maxBytes)} (they hold ${formatKiB(bytes)}). Delete some, or save fewer or shorter filters.` };
  }
  return { views: [...others, view] };
}

function formatKiB(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KiB`;
}
