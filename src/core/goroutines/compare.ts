// Compares the groups of two dumps of the same process: which stacks grew.

import type { GoroutineGroup, GroupGrowth } from './model';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** Per group signature, the count before and after, largest growth first. */
export function compareGroups(before: readonly GoroutineGroup[], after: readonly GoroutineGroup[]): GroupGrowth[] {
  const rows = new ContentKeyedMap<{ group: GoroutineGroup; before: number; after: number }>();
  for (const g of before) {
    const row = rows.get(g.key);
    if (row) row.before += g.count;
    else rows.set(g.key, { group: g, before: g.count, after: 0 });
  }
  for (const g of after) {
    const row = rows.get(g.key);
    if (row) { row.after += g.count; if (row.after === g.count) row.group = g; }
    else rows.set(g.key, { group: g, before: 0, after: g.count });
  }
  return [...rows.values()]
    .map(({ group, before: b, after: a }) => ({
      key: group.key, state: group.state, frames: group.frames, createdBy: group.createdBy, before: b, after: a, delta: a - b,
    }))
    .sort((x, y) => y.delta - x.delta || y.after - x.after || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
