// The worker's view answers as the webview reads them: their names unpacked (packedViews.ts).
import type { ProfileViewOutput } from '../../../src/host/worker/jobs/profileView';
import { unpackFlameTree, unpackTopTable, type PackedFlameTree } from '../../../src/shared/packedViews';
import type { FlameTreeData, TopTableData } from '../../../src/shared/profileProtocol';

export type UnpackedView = Omit<ProfileViewOutput, 'flame' | 'top'> & { flame: FlameTreeData; top: TopTableData };

export function unpackedView(out: unknown): UnpackedView {
  const view = out as ProfileViewOutput;
  return { ...view, flame: unpackFlameTree(view.flame), top: unpackTopTable(view.top) };
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
