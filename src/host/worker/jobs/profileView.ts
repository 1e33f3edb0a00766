// The main view of a profile for one query: the pruned flame tree and the top table.
import { flameTree, topRows, type FlameTreeData, type ProfileQuery, type TopTableData } from '../../../core/report';
import { sampleTypeTotal } from '../../../core/pprof';
import type { DiffTotals } from '../../../shared/profileProtocol';
import type { Job } from '../jobTypes';
import { DEFAULT_DIFF, getSession, profileFor, queriedFor, queryKey, type ProfileSession } from '../profile/profileSession';
import { flameBuffers, topBuffers } from '../profile/transfer';

export interface ProfileViewInput {
  documentId: string;
  query: ProfileQuery;
  widthPx: number;
}

export interface ProfileViewOutput {
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

/**
 * A view computed for a width up to this much wider than asked still serves: it only holds more
 * frames under a pixel wide (drawing those costs less than pruning again, ~0.25 s on 1M samples).
 * A narrower one would merge frames the webview can show.
 */
const PREPARED_WIDTH_SLACK = 1.5;

export const profileViewJob: Job<ProfileViewInput, ProfileViewOutput> = {
  run({ documentId, query, widthPx }, { store, transfer }) {
    const session = getSession(store, documentId);
    const prepared = takePreparedView(session, query, widthPx);
    const output = prepared ?? computeView(session, query, widthPx);
    transfer(...flameBuffers(output.flame), ...topBuffers(output.top));
    return output;
  },
};

function takePreparedView(session: ProfileSession, query: ProfileQuery, widthPx: number): ProfileViewOutput | undefined {
  const prepared = session.prepared;
  session.prepared = undefined;
  if (!prepared || prepared.key !== queryKey(session, query)) return undefined;
  if (prepared.widthPx < widthPx || prepared.widthPx > widthPx * PREPARED_WIDTH_SLACK) return undefined;
  return prepared.output as ProfileViewOutput;
}

/** The flame tree pruned for `widthPx` and the top table (of the profile minus the base when diffing). */
export function computeView(session: ProfileSession, query: ProfileQuery, widthPx: number): ProfileViewOutput {
  const q = queriedFor(session, query);
  const flame = flameTree(q, { widthPx });
  return {
    unit: q.view.sampleType.unit,
    total: q.top.total,
    shownTotal: flame.total[0],
    diff: session.base ? diffTotals(session, query) : undefined,
    flame,
    top: topRows(q),
  };
}

function diffTotals(session: ProfileSession, query: ProfileQuery): DiffTotals {
  const t = query.sampleType;
  // The compared profile sums to the (possibly normalized) profile minus the base; merging
  // equal samples keeps that sum, though not which sample came from which.
  const baseTotal = sampleTypeTotal(session.base!.profile, t);
  const profileTotal = sampleTypeTotal(profileFor(session, query), t) + baseTotal;
  return { baseTotal, profileTotal, options: query.diff ?? DEFAULT_DIFF };
}
