// Which groups the table, the flame graph and the wait list show: the filter box (function,
// file, state, labels; `func:`, `file:`, `state:`, `label:` prefixes narrow a term) and "hide idle
// runtime goroutines". The worker answers each query over the whole texts and every group
// (`groupSearch.ts`); until it does, the groups sent are filtered here on what they carry.
import type { GoroutineGroupView, GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { parseFilter, type FilterTerm } from '../../../src/shared/goroutineFilter';

export interface FilterOptions {
  readonly text: string;
  readonly hideIdle: boolean;
}

function groupMatches(model: GoroutineViewModel, g: GoroutineGroupView, terms: readonly FilterTerm[]): boolean {
  const frameIds = g.createdBy >= 0 ? [...g.frames, g.createdBy] : g.frames;
  return terms.every(t => {
    if ((t.field === 'any' || t.field === 'state') && g.state.toLowerCase().includes(t.value)) return true;
    if ((t.field === 'any' || t.field === 'label') && g.labels.some(l => `${l.key}=${l.value}`.toLowerCase().includes(t.value))) return true;
    if (t.field === 'state' || t.field === 'label') return false;
    return frameIds.some(i => {
      const f = model.frames[i];
      return ((t.field !== 'file') && f.func.toLowerCase().includes(t.value))
        || ((t.field !== 'func') && `${f.file}:${f.line}`.toLowerCase().includes(t.value));
    });
  });
}

/** Indices of the visible groups among those sent, in ranked order, as what they carry (cut) reads. */
export function visibleGroups(model: GoroutineViewModel, options: FilterOptions): number[] {
  const terms = parseFilter(options.text);
  const out: number[] = [];
  model.groups.forEach((g, i) => {
    if (options.hideIdle && g.idle) return;
    if (terms.length && !groupMatches(model, g, terms)) return;
    out.push(i);
  });
  // Pages a search brought come after the groups of the first page, out of rank.
  return out.sort((a, b) => model.groups[a].rank - model.groups[b].rank);
}
