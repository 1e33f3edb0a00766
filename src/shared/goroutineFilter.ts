// The goroutine view's filter box, read into terms: function, file, state, labels; `func:`, `file:`,
// `state:`, `label:` prefixes narrow a term. Read by the worker's search (the whole texts are there)
// and by the webview to tell whether a filter is set.

export interface FilterTerm {
  readonly field: 'any' | 'func' | 'file' | 'state' | 'label';
  /** Lower case: the filter ignores case. */
  readonly value: string;
}

/** What the groups shown are asked by: the filter box and "hide idle runtime goroutines". */
export interface GroupQuery {
  readonly filter: string;
  readonly hideIdle: boolean;
}

/** The longest filter the host takes from the webview: a code lens's function as a reference (20,000) and its state's words. */
export const MAX_FILTER_CHARS = 100_000;

export function parseFilter(text: string): FilterTerm[] {
  const terms: FilterTerm[] = [];
  for (const raw of text.trim().toLowerCase().split(/\s+/)) {
    if (!raw) continue;
    const m = /^(func|file|state|label):(.+)$/.exec(raw);
    terms.push(m ? { field: m[1] as FilterTerm['field'], value: m[2] } : { field: 'any', value: raw });
  }
  return terms;
}

/** Whether the query leaves out any group at all. */
export function narrows(query: GroupQuery): boolean {
  return query.hideIdle || parseFilter(query.filter).length > 0;
}
