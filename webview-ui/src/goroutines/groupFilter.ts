// Which groups the table, the flame graph and the wait list show: the filter box (function,
// file, state, labels; `func:`, `file:`, `state:`, `label:` prefixes narrow a term) and "hide idle
// runtime goroutines".
import type { GoroutineGroupView, GoroutineViewModel } from '../../../src/shared/goroutineProtocol';

export interface FilterOptions {
  readonly text: string;
  readonly hideIdle: boolean;
}

interface Term { field: 'any' | 'func' | 'file' | 'state' | 'label'; value: string }

export function parseFilter(text: string): Term[] {
  const terms: Term[] = [];
  for (const raw of text.trim().toLowerCase().split(/\s+/)) {
    if (!raw) continue;
    const m = /^(func|file|state|label):(.+)$/.exec(raw);
    terms.push(m ? { field: m[1] as Term['field'], value: m[2] } : { field: 'any', value: raw });
  }
  return terms;
}

function groupMatches(model: GoroutineViewModel, g: GoroutineGroupView, terms: readonly Term[]): boolean {
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

/** Indices of the visible groups, in ranked order. */
export function visibleGroups(model: GoroutineViewModel, options: FilterOptions): number[] {
  const terms = parseFilter(options.text);
  const out: number[] = [];
  model.groups.forEach((g, i) => {
    if (options.hideIdle && g.idle) return;
    if (terms.length && !groupMatches(model, g, terms)) return;
    out.push(i);
  });
  return out;
}
