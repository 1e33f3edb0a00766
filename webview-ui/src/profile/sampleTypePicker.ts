// The sample type picker: the summary lists a profile's first types (every type of any profile Go
// writes); a profile of more gets a search box beside the select, whose matches the host answers a
// window at a time (the worker keeps every type). Types the user picked or a remembered name found
// are kept, so the view's query and its title always know the chosen type.
import type { ProfileHostMessage, ProfileWebviewMessage, SampleTypeEntry, SampleTypeHead, SampleTypeWindow } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { visibleText } from '../../../src/shared/visibleText';

/** Matches asked for at a time: a select's list, not a table. */
const SEARCH_WINDOW = 100;
/** Keystrokes this close together make one search. */
const SEARCH_DELAY_MS = 150;
const MORE = 'more';

const label = (t: SampleTypeEntry) => visibleText(`${t.type} (${t.unit})`);

export class SampleTypeChoices {
  /** Types by index: the summary's and those found since. */
  private readonly known = new Map<number, SampleTypeEntry>();
  private readonly pending = new Map<number, (w: SampleTypeWindow | undefined, message?: string) => void>();

  constructor(private readonly head: SampleTypeHead, private readonly post: (m: ProfileWebviewMessage) => void, private readonly nextRequestId: () => number) {
    for (const t of head.listed) this.known.set(t.index, t);
  }

  get count(): number { return this.head.count; }
  /** Whether the summary listed every type (no search needed). */
  get complete(): boolean { return this.head.listed.length >= this.head.count; }

  at(index: number): SampleTypeEntry | undefined { return this.known.get(index); }

  /** The summary's types. */
  listed(): readonly SampleTypeEntry[] { return this.head.listed; }

  /** The first type (in the profile's order) of those known named `name`. */
  named(name: string | undefined): SampleTypeEntry | undefined {
    if (name === undefined) return undefined;
    let first: SampleTypeEntry | undefined;
    for (const t of this.known.values()) if (t.type === name && (!first || t.index < first.index)) first = t;
    return first;
  }

  /** Whether `name` needs asking for: a name not among the known types of a profile the summary did not list whole. */
  needsLookup(name: string | undefined): name is string {
    return name !== undefined && !this.complete && this.named(name) === undefined;
  }

  /** Finds the first type named `name` among all of them (none found: the view falls back to the default type). */
  async lookUp(name: string): Promise<void> {
    const w = await this.fetch({ filter: name, start: 0, count: 1 }).catch(() => undefined);
    if (w?.exact) this.remember(w.exact);
  }

  remember(t: SampleTypeEntry): void { this.known.set(t.index, t); }

  fetch(window: { filter: string; start: number; count: number }): Promise<SampleTypeWindow> {
    return new Promise((resolve, reject) => {
      const requestId = this.nextRequestId();
      this.pending.set(requestId, (w, message) => (w ? resolve(w) : reject(new Error(message ?? 'no answer'))));
      this.post({ type: 'sampleTypes', requestId, window });
    });
  }

  /** True when `m` answers one of these requests. */
  receive(m: ProfileHostMessage): boolean {
    if (m.type !== 'sampleTypes') return false;
    const answer = this.pending.get(m.requestId);
    if (!answer) return false;
    this.pending.delete(m.requestId);
    answer(m.window, m.message);
    return true;
  }
}

/**
 * The picker's elements: the select (class gpe-sample-type), and for a profile the summary did not
 * list whole, a search box and its count of matches. `onPick` gets the type chosen.
 */
export function sampleTypePicker(types: SampleTypeChoices, current: number, onPick: (t: SampleTypeEntry) => void): HTMLElement[] {
  const select = el('select', 'gpe-sample-type');
  select.setAttribute('aria-label', 'Sample type');
  let shown: SampleTypeEntry[] = [];
  let search: { filter: string; matched: number } | undefined;
  let chosen = current;

  const option = (t: SampleTypeEntry) => {
    const o = el('option', undefined, label(t));
    o.value = String(t.index);
    return o;
  };
  const render = () => {
    const list = search ? shown : [...types.listed()];
    const options = list.map(option);
    // The chosen type stays in the list, first when a search does not match it, so the select still shows it.
    const chosenEntry = types.at(chosen);
    if (chosenEntry && !list.some(t => t.index === chosen)) options.unshift(option(chosenEntry));
    if (search && search.matched > shown.length) {
      const rest = search.matched - shown.length;
      const more = el('option', 'gpe-sample-type-more', `… ${rest.toLocaleString('en-US')} more: show ${Math.min(rest, SEARCH_WINDOW)} more`);
      more.value = MORE;
      options.push(more);
    }
    select.replaceChildren(...options);
    select.value = String(chosen);
  };
  render();
  if (types.complete) {
    select.addEventListener('change', () => {
      const t = types.at(Number(select.value));
      if (t) { chosen = t.index; onPick(t); }
    });
    return [select];
  }

  const box = el('input', 'gpe-sample-type-search');
  box.type = 'search';
  box.placeholder = `Search ${types.count.toLocaleString('en-US')} sample types`;
  box.setAttribute('aria-label', 'Search sample types');
  const matches = el('span', 'gpe-sample-type-matches');
  matches.setAttribute('aria-live', 'polite');
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fetchMatches = (filter: string, start: number) => {
    const asked = ++latest;
    matches.textContent = 'searching…';
    types.fetch({ filter, start, count: SEARCH_WINDOW }).then(w => {
      if (asked !== latest) return;
      shown = start === 0 ? w.entries : [...shown, ...w.entries];
      search = { filter, matched: w.matched };
      matches.textContent = w.matched === 0 ? 'no type matches' : `${w.matched.toLocaleString('en-US')} of ${w.count.toLocaleString('en-US')} types match`;
      render();
    }, (e: unknown) => {
      if (asked === latest) matches.textContent = `the search failed: ${e instanceof Error ? e.message : String(e)}`;
    });
  };
  box.addEventListener('input', () => {
    clearTimeout(timer);
    const filter = box.value.trim();
    if (filter === '') {
      latest++;
      search = undefined;
      shown = [];
      matches.textContent = '';
      render();
      return;
    }
    timer = setTimeout(() => fetchMatches(filter, 0), SEARCH_DELAY_MS);
  });
  select.addEventListener('change', () => {
    if (select.value === MORE) {
      select.value = String(chosen);
      if (search) fetchMatches(search.filter, shown.length);
      return;
    }
    const t = shown.find(s => String(s.index) === select.value) ?? types.at(Number(select.value));
    if (!t) return;
    types.remember(t);
    chosen = t.index;
    onPick(t);
  });
  return [select, box, matches];
}
