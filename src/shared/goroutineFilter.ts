// The goroutine view's filter box, read into terms: function, file, state, labels; `func:`, `file:`,
// `state:`, `label:` prefixes narrow a term. Read by the worker's search (the whole texts are there)
// and by the webview to tell whether a filter is set.

import { visibleText } from './visibleText';

export interface FilterTerm {
  readonly field: 'any' | 'func' | 'file' | 'state' | 'label';
  /** Lower case: the filter ignores case. */
  readonly value: string;
  /**
   * The term may be part of a mark (`⟨\xE9⟩`, `⟨U+202E⟩`): a byte that was not UTF-8 or a hidden
   * character has no key to type, so such a term is looked for in the text as shown too.
   */
  readonly readsAsMark: boolean;
}

const MARK_PART = /[⟨⟩]|\\x|u\+/;

/** What the groups shown are asked by: the filter box and "hide idle runtime goroutines". */
export interface GroupQuery {
  readonly filter: string;
  readonly hideIdle: boolean;
}

/** The longest filter the host takes from the webview: a code lens's function as a reference (20,000) and its state's words. */
export const MAX_FILTER_CHARS = 100_000;

/**
 * The most distinct terms the worker searches for: a search costs a pass over the groups and their
 * frames per term (10^4 groups: ~6 ms a term), and no one types hundreds of words into a filter box.
 */
export const MAX_FILTER_TERMS = 256;

/** The filter's terms, each once: every term must hold, so a term given twice asks nothing more. */
export function parseFilter(text: string): FilterTerm[] {
  const terms: FilterTerm[] = [];
  const seen = new Set<string>();
  for (const raw of text.trim().toLowerCase().split(/\s+/)) {
    if (!raw || seen.has(raw)) continue;
    seen.add(raw);
    const m = /^(func|file|state|label):(.+)$/.exec(raw);
    const [field, value] = m ? [m[1] as FilterTerm['field'], m[2]] : ['any' as const, raw];
    terms.push({ field, value, readsAsMark: MARK_PART.test(value) });
  }
  return terms;
}

/** Whether `lowered` (a text in lower case) holds the term, as it is or, for a term that may be part of a mark, as shown. */
export function holdsTerm(lowered: string, t: FilterTerm): boolean {
  return lowered.includes(t.value) || (t.readsAsMark && visibleText(lowered).toLowerCase().includes(t.value));
}

/** Whether the query leaves out any group at all. */
export function narrows(query: GroupQuery): boolean {
  return query.hideIdle || parseFilter(query.filter).length > 0;
}
