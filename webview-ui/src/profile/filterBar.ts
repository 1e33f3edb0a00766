// The filter bar: active filters as removable chips, a form to add one, and undo.
import { FILTER_KINDS, type FilterKind, type ProfileFilter } from '../../../src/shared/profileProtocol';
import { visibleText } from '../../../src/shared/visibleText';

const KIND_HELP: Record<FilterKind, string> = {
  focus: 'keep only samples through functions matching',
  ignore: 'drop samples through functions matching',
  hide: 'remove matching frames from stacks',
  show: 'keep only matching frames in stacks',
  tagfocus: 'keep samples whose label matches key=regex',
  tagignore: 'drop samples whose label matches key=regex',
};

/**
 * How several chips of one kind combine (see toProfileFilters and viewOf in the worker): a
 * sample must pass every focus and tagfocus chip; it is dropped by any ignore or tagignore chip;
 * frames matching any hide chip go and frames matching any show chip stay (pprof's `a|b`).
 */
const KIND_COMBINES_ALL: Record<FilterKind, boolean> = {
  focus: true, tagfocus: true, ignore: false, tagignore: false, hide: false, show: false,
};

const KIND_COMBINATION: Record<FilterKind, string> = {
  focus: 'keep only samples through a function matching each of these',
  ignore: 'drop samples through a function matching any of these',
  hide: 'remove frames matching any of these from stacks',
  show: 'keep only frames matching any of these in stacks',
  tagfocus: 'keep samples whose labels match each of these',
  tagignore: 'drop samples whose label matches any of these',
};

export class FilterBar {
  private readonly chips: HTMLDivElement;
  private readonly undoButton: HTMLButtonElement;
  private readonly kind: HTMLSelectElement;
  private readonly pattern: HTMLInputElement;
  private readonly labelKeys: HTMLDataListElement;

  constructor(host: HTMLElement, private readonly onAdd: (f: ProfileFilter) => void, private readonly onRemove: (index: number) => void, private readonly onUndo: () => void) {
    const bar = document.createElement('div');
    bar.className = 'gpe-filter-bar';
    const label = document.createElement('span');
    label.className = 'gpe-label';
    label.textContent = 'Filters';
    this.chips = document.createElement('div');
    this.chips.className = 'gpe-chips';
    const form = document.createElement('form');
    form.className = 'gpe-filter-form';
    this.kind = document.createElement('select');
    this.kind.className = 'gpe-filter-kind';
    this.kind.setAttribute('aria-label', 'Filter kind');
    for (const k of FILTER_KINDS) {
      const o = document.createElement('option');
      o.value = k;
      o.textContent = k;
      o.title = KIND_HELP[k];
      this.kind.append(o);
    }
    this.pattern = document.createElement('input');
    this.pattern.className = 'gpe-filter-pattern';
    this.pattern.placeholder = 'regex, e.g. ^runtime\\.';
    this.pattern.setAttribute('aria-label', 'Filter pattern');
    // Tag filters suggest the profile's label keys ("key=").
    this.labelKeys = document.createElement('datalist');
    this.labelKeys.id = 'gpe-label-keys';
    this.kind.addEventListener('change', () => {
      const tag = this.kind.value.startsWith('tag');
      this.pattern.placeholder = tag ? 'key=regex, e.g. handler=/api' : 'regex, e.g. ^runtime\\.';
      if (tag) this.pattern.setAttribute('list', this.labelKeys.id);
      else this.pattern.removeAttribute('list');
    });
    const add = document.createElement('button');
    add.type = 'submit';
    add.textContent = 'Add';
    add.className = 'gpe-button gpe-filter-add';
    form.append(this.kind, this.pattern, this.labelKeys, add);
    form.addEventListener('submit', e => {
      e.preventDefault();
      const pattern = this.pattern.value.trim();
      if (!pattern) return;
      this.onAdd({ kind: this.kind.value as FilterKind, pattern });
      this.pattern.value = '';
    });
    this.undoButton = document.createElement('button');
    this.undoButton.type = 'button';
    this.undoButton.className = 'gpe-button gpe-filter-undo';
    this.undoButton.textContent = 'Undo';
    this.undoButton.title = 'Undo the last filter change';
    this.undoButton.addEventListener('click', () => this.onUndo());
    bar.append(label, this.chips, form, this.undoButton);
    host.append(bar);
  }

  setLabelKeys(keys: string[]): void {
    this.labelKeys.replaceChildren(...keys.map(k => { const o = document.createElement('option'); o.value = `${k}=`; return o; }));
  }

  render(filters: ProfileFilter[], canUndo: boolean, error?: string): void {
    const items: HTMLElement[] = [];
    // Chips of one kind sit together, under a label that says how they combine.
    for (const kind of FILTER_KINDS) {
      const ofKind = filters.map((f, i) => ({ f, i })).filter(({ f }) => f.kind === kind);
      if (ofKind.length === 0) continue;
      if (ofKind.length === 1) { items.push(this.chip(ofKind[0].f, ofKind[0].i, `${kind}: `)); continue; }
      const group = document.createElement('span');
      group.className = `gpe-chip-group gpe-chip-group-${kind}`;
      group.title = KIND_COMBINATION[kind];
      const label = document.createElement('span');
      label.className = 'gpe-chip-group-label';
      label.textContent = `${kind}, ${KIND_COMBINES_ALL[kind] ? 'all of' : 'any of'}:`;
      group.append(label, ...ofKind.map(({ f, i }) => this.chip(f, i, '')));
      items.push(group);
    }
    if (error) {
      const e = document.createElement('span');
      e.className = 'gpe-filter-error';
      e.textContent = error;
      items.push(e);
    }
    this.chips.replaceChildren(...items);
    this.undoButton.disabled = !canUndo;
  }

  private chip(f: ProfileFilter, index: number, prefix: string): HTMLElement {
    const chip = document.createElement('span');
    chip.className = `gpe-chip gpe-chip-${f.kind}`;
    chip.title = KIND_HELP[f.kind];
    const text = document.createElement('span');
    text.textContent = prefix + visibleText(f.pattern);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'gpe-chip-remove';
    remove.textContent = '×';
    remove.setAttribute('aria-label', `Remove filter ${f.kind} ${f.pattern}`);
    remove.addEventListener('click', () => this.onRemove(index));
    chip.append(text, remove);
    return chip;
  }
}
