// The worker's view answers as the webview reads them: the flame trees' names unpacked
// (packedViews.ts), the top table as the window the test asked for.
import type { ProfileViewOutput } from '../../../src/host/worker/jobs/profileView';
import { unpackFlameTree, type PackedFlameTree } from '../../../src/shared/packedViews';
import type { FlameTreeData, TopTableData, TopWindowRequest } from '../../../src/shared/profileProtocol';

/** The whole top table in pprof's order: the window these tests ask a view for, to compare every row. */
export const WHOLE_TOP: TopWindowRequest = { sortKey: 'flat', descending: true, filter: '', start: 0, count: 0xffffffff };

export type UnpackedView = Omit<ProfileViewOutput, 'flame' | 'top'> & { flame: FlameTreeData; top: TopTableData };

export function unpackedView(out: unknown): UnpackedView {
  const view = out as ProfileViewOutput;
  const { names, functionNames, files, lines, flat, cum } = view.top;
  return { ...view, flame: unpackFlameTree(view.flame), top: { names, ...(functionNames && { functionNames }), files, lines, flat, cum } };
}

/** A callers job's answer, its two trees unpacked. */
export function unpackedCallers(out: unknown): { callers: FlameTreeData; callees: FlameTreeData } {
  const { callers, callees } = out as { callers: PackedFlameTree; callees: PackedFlameTree };
  return { callers: unpackFlameTree(callers), callees: unpackFlameTree(callees) };
}

/** A job's answer holding one packed flame tree (bottom-up, subtree), unpacked. */
export function unpackedFlame<T extends { flame: PackedFlameTree }>(out: unknown): Omit<T, 'flame'> & { flame: FlameTreeData } {
  const answer = out as T;
  return { ...answer, flame: unpackFlameTree(answer.flame) };
}
