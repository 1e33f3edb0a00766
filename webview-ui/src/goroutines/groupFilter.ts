// Which groups the table, the flame graph and the wait list show: the filter box (function,
// file, state, labels; `func:`, `file:`, `state:`, `label:` prefixes narrow a term) and "hide idle
// runtime goroutines". A term matches the real text, or the text as shown: a byte that was not
// UTF-8 or a hidden character has no key to type, so `\xe9` or `u+202e` finds its mark.
import type { GoroutineGroupView, GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { visibleText } from '../../../src/shared/visibleText';

export interface FilterOptions {
  readonly text: string;
  readonly hideIdle: boolean;
}

interface Term { field: 'any' | 'func' | 'file' | 'state' | 'label'; value: string; readsAsMark: boolean }

/** A term that may be part of a mark (`⟨\xE9⟩`, `⟨U+202E⟩`): only such a term is looked for in the shown text. */
const MARK_PART = /[⟨⟩]|\\x|u\+/;

export function parseFilter(text: string): Term[] {
  const terms: Term[] = [];
  for (const raw of text.trim().toLowerCase().split(/\s+/)) {
    if (!raw) continue;
    const m = /^(func|file|state|label):(.+)$/.exec(raw);
    const [field, value] = m ? [m[1] as Term['field'], m[2]] : ['any' as const, raw];
    terms.push({ field, value, readsAsMark: MARK_PART.test(value) });
  }
  return terms;
}

/** Whether `text` holds the term, as it is or as shown. */
function holds(text: string, t: Term): boolean {
  return text.toLowerCase().includes(t.value) || (t.readsAsMark && visibleText(text).toLowerCase().includes(t.value));
}

function groupMatches(model: GoroutineViewModel, g: GoroutineGroupView, terms: readonly Term[]): boolean {
  const frameIds = g.createdBy >= 0 ? [...g.frames, g.createdBy] : g.frames;
  return terms.every(t => {
    if ((t.field === 'any' || t.field === 'state') && holds(g.state, t)) return true;
    if ((t.field === 'any' || t.field === 'label') && g.labels.some(l => holds(`${l.key}=${l.value}`, t))) return true;
    if (t.field === 'state' || t.field === 'label') return false;
    return frameIds.some(i => {
      const f = model.frames[i];
      return ((t.field !== 'file') && holds(f.func, t))
        || ((t.field !== 'func') && holds(`${f.file}:${f.line}`, t));
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
