// The main view of a profile for one query: the pruned flame tree and the top table's first
// window (the worker keeps the whole table; the webview asks for more rows as it scrolls).
import { flameTree, topRows, TopTableWindows, type FlameTreeData, type ProfileQuery, type TopTableData, type TopWindow, type TopWindowRequest } from '../../../core/report';
import { sampleTypeTotal, scaleValue } from '../../../core/pprof';
import type { DiffTotals } from '../../../shared/profileProtocol';
import { packFlameTree, type PackedFlameTree } from '../../../shared/packedViews';
import type { Job } from '../jobTypes';
import { DEFAULT_DIFF, getSession, profileFor, queriedFor, queryKey, type ProfileSession } from '../profile/profileSession';
import { flameBuffers } from '../profile/transfer';

export interface ProfileViewInput {
  documentId: string;
  query: ProfileQuery;
  widthPx: number;
  /** The top table's rows shown first: their order, filter and how many. */
  top: TopWindowRequest;
}

/** A view as computed, before its names are packed for the host. */
export interface ComputedView {
  unit: string;
  /** pprof's 100%: the whole profile, before filters (with -diff_base: the base's total). */
  total: number;
  /** What the filters kept (the flame graph's root; in a diff the net change). */
  shownTotal: number;
  /** Set when comparing with a base. */
  diff?: DiffTotals;
  flame: FlameTreeData;
  top: TopTableData;
  /** Set when `profile.prepare` computed this view ahead: how long that took. */
  computedAheadMs?: number;
}

/** The view as the host relays it to the webview: the flame tree's names packed, the top table's first window. */
export type ProfileViewOutput = Omit<ComputedView, 'flame' | 'top'> & { flame: PackedFlameTree; top: TopWindow };

/**
 * A view computed for a width up to this much wider than asked still serves: it only holds more
 * frames under a pixel wide (drawing those costs less than pruning again, ~0.25 s on 1M samples).
 * A narrower one would merge frames the webview can show.
 */
const PREPARED_WIDTH_SLACK = 1.5;

export const profileViewJob: Job<ProfileViewInput, ProfileViewOutput> = {
  run({ documentId, query, widthPx, top }, { store, transfer }) {
    const session = getSession(store, documentId);
    const prepared = takePreparedView(session, query, widthPx);
    const computed = prepared ?? computeView(session, query, widthPx);
    const windows = new TopTableWindows(computed.top);
    session.top = { key: queryKey(session, query), windows };
    const output: ProfileViewOutput = { ...computed, flame: packFlameTree(computed.flame), top: windows.window(top) };
    transfer(...flameBuffers(output.flame));
    return output;
  },
};

function takePreparedView(session: ProfileSession, query: ProfileQuery, widthPx: number): ComputedView | undefined {
  const prepared = session.prepared;
  session.prepared = undefined;
  if (!prepared || prepared.key !== queryKey(session, query)) return undefined;
  if (prepared.widthPx < widthPx || prepared.widthPx > widthPx * PREPARED_WIDTH_SLACK) return undefined;
  return prepared.output as ComputedView;
}

/** The flame tree pruned for `widthPx` and the top table (of the profile minus the base when diffing). */
export function computeView(session: ProfileSession, query: ProfileQuery, widthPx: number): ComputedView {
  const q = queriedFor(session, query);
  const flame = flameTree(q, { widthPx });
  return {
    unit: session.types.pickerName(q.view.sampleType.unit),
    total: q.top.total,
    shownTotal: flame.total[0],
    diff: session.base ? diffTotals(session, query) : undefined,
    flame,
    top: topRows(q),
  };
}

function diffTotals(session: ProfileSession, query: ProfileQuery): DiffTotals {
  const t = query.sampleType;
  // The diff is the profile (perhaps normalized) minus the base, in the finer unit of the two,
  // its equal samples summed: what it adds up to plus the base's total is the profile's.
  const diffed = profileFor(session, query);
  const base = session.base!.profile;
  const [baseTotal] = scaleValue(sampleTypeTotal(base, t), base.sampleTypes[t].unit, diffed.sampleTypes[t].unit);
  return { baseTotal, profileTotal: sampleTypeTotal(diffed, t) + baseTotal, options: query.diff ?? DEFAULT_DIFF };
}
