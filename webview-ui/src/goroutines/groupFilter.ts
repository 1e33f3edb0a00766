// Which groups the table, the flame graph and the wait list show: the filter box (function,
// file, state, labels; `func:`, `file:`, `state:`, `label:` prefixes narrow a term) and "hide idle
// runtime goroutines". The worker answers each query over the whole texts and every group
// (`groupSearch.ts`); until it does, the groups sent are filtered here on what they carry. A term
// matches the text, or the text as shown: `\xe9` or `u+202e` finds its mark.
import type { GoroutineGroupView, GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { holdsTerm, parseFilter, type FilterTerm } from '../../../src/shared/goroutineFilter';

export interface FilterOptions {
  readonly text: string;
  readonly hideIdle: boolean;
}

function groupMatches(model: GoroutineViewModel, g: GoroutineGroupView, terms: readonly FilterTerm[]): boolean {
  const frameIds = g.createdBy >= 0 ? [...g.frames, g.createdBy] : g.frames;
  return terms.every(t => {
    if ((t.field === 'any' || t.field === 'state') && holdsTerm(g.state.toLowerCase(), t)) return true;
    if ((t.field === 'any' || t.field === 'label') && g.labels.some(l => holdsTerm(`${l.key}=${l.value}`.toLowerCase(), t))) return true;
    if (t.field === 'state' || t.field === 'label') return false;
    return frameIds.some(i => {
      const f = model.frames[i];
      return ((t.field !== 'file') && holdsTerm(f.func.toLowerCase(), t))
        || ((t.field !== 'func') && holdsTerm(`${f.file}:${f.line}`.toLowerCase(), t));
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
