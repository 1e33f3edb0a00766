// The toolbar: filter box, "hide idle runtime goroutines", similarity mode, compare, and the tabs.
import type { GoroutineViewModel, Similarity } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';

export type Tab = 'groups' | 'flame' | 'waits';

export interface ViewState {
  filter: string;
  hideIdle: boolean;
  tab: Tab;
}

export interface ControlEvents {
  onFilter(text: string): void;
  onHideIdle(hide: boolean): void;
  onSimilarity(s: Similarity): void;
  onTab(tab: Tab): void;
  onCompare(): void;
  onClearCompare(): void;
}

const SIMILARITY_LABELS: Record<Similarity, string> = {
  default: 'Group: same stack and state',
  args: 'Group: …and non-pointer arguments',
  exact: 'Group: …and exact arguments',
};

export function renderControls(model: GoroutineViewModel, state: ViewState, events: ControlEvents): HTMLElement {
  const bar = el('div', 'gpe-toolbar');
  const filter = el('input', 'gpe-filter');
  filter.type = 'search';
  filter.placeholder = 'Filter: function, file, state, label (func: file: state: label:)';
  filter.value = state.filter;
  filter.setAttribute('aria-label', 'Filter groups');
  // The box is narrower than its hint beside the other controls: the tooltip says it whole.
  filter.title = filter.placeholder;
  filter.addEventListener('input', () => events.onFilter(filter.value));

  const idleLabel = el('label', 'gpe-toggle');
  const idle = el('input', 'gpe-hide-idle');
  idle.type = 'checkbox';
  idle.checked = state.hideIdle;
  idle.addEventListener('change', () => events.onHideIdle(idle.checked));
  idleLabel.append(idle, ' Hide idle runtime goroutines');

  const similarity = el('select', 'gpe-similarity');
  similarity.setAttribute('aria-label', 'Similarity mode');
  for (const s of Object.keys(SIMILARITY_LABELS) as Similarity[]) {
    const o = el('option', undefined, SIMILARITY_LABELS[s]);
    o.value = s;
    o.selected = s === model.similarity;
    similarity.append(o);
  }
  similarity.addEventListener('change', () => events.onSimilarity(similarity.value as Similarity));

  const compare = el('button', 'gpe-button gpe-compare', model.compare ? 'Compare with another…' : 'Compare with…');
  compare.title = 'Pick an earlier goroutine dump and show the growth of each group';
  compare.addEventListener('click', () => events.onCompare());
  bar.append(filter, idleLabel, similarity, compare);
  if (model.compare) {
    const clear = el('button', 'gpe-button gpe-clear-compare', 'Stop comparing');
    clear.addEventListener('click', () => events.onClearCompare());
    bar.append(clear);
  }

  const tabs = el('div', 'gpe-tabs');
  tabs.setAttribute('role', 'tablist');
  const names: [Tab, string][] = [['groups', 'Groups'], ['flame', 'Flame graph'], ['waits', 'Who waits on what']];
  for (const [tab, label] of names) {
    const b = el('button', `gpe-tab${tab === state.tab ? ' gpe-tab-active' : ''}`, label);
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(tab === state.tab));
    b.dataset.tab = tab;
    b.addEventListener('click', () => events.onTab(tab));
    tabs.append(b);
  }
  const wrap = el('div', 'gpe-controls');
  wrap.append(bar, tabs);
  return wrap;
}
