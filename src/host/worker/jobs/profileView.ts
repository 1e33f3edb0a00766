// The main view of a profile for one query: the pruned flame tree and the top table.
import type { FlameTreeData, ProfileQuery, TopTableData } from '../../../shared/profileProtocol';
import type { Job } from '../jobTypes';
import { baseTopFor, baseTotalsFor } from '../profile/baseMatch';
import { pruneToFlameData } from '../profile/flameData';
import { getSession, queryKey, stacksFor, type ProfileSession, type QueriedProfile } from '../profile/profileSession';
import { rowNamesOf } from '../profile/viewFrames';
import { flameBuffers, topBuffers } from '../profile/transfer';

export interface ProfileViewInput {
  documentId: string;
  query: ProfileQuery;
  widthPx: number;
}

export interface ProfileViewOutput {
  unit: string;
  /** pprof's 100%: the whole profile, before filters. */
  total: number;
  /** What the filters kept (the flame graph's root). */
  shownTotal: number;
  baseTotal?: number;
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

/** The flame tree pruned for `widthPx` and the top table (with the base's columns when diffing). */
export function computeView(session: ProfileSession, query: ProfileQuery, widthPx: number): ProfileViewOutput {
  const { current, base } = stacksFor(session, query);
  const flame = pruneToFlameData(current.stacks, current.frames, { path: [], widthPx });
  if (base) flame.baseTotal = baseTotalsFor(flame, [], base.stacks, base.frames);
  const top = topTable(current);
  if (base) Object.assign(top, baseTopFor(top.names, rowNamesOf(base.view, base.frames, base.top.rows), base.top));
  return {
    unit: session.current.profile.sampleTypes[query.sampleType]?.unit ?? '',
    total: current.top.total,
    shownTotal: current.stacks.total,
    baseTotal: base?.top.total,
    flame,
    top,
  };
}

/** The core's rows (`go tool pprof -top` order: |flat| desc, |cum| desc, name) in columns. */
function topTable({ top, view, frames }: QueriedProfile): TopTableData {
  // Like `go tool pprof -top`: functions that only appear in samples worth 0 here are left out.
  const rows = top.rows.filter(r => r.flat !== 0 || r.cum !== 0);
  return {
    names: rowNamesOf(view, frames, rows),
    functionNames: frames.functionNames ? rows.map(r => r.func) : undefined,
    files: rows.map(r => r.file),
    lines: Uint32Array.from(rows, r => r.line),
    flat: Float64Array.from(rows, r => r.flat),
    cum: Float64Array.from(rows, r => r.cum),
  };
}
