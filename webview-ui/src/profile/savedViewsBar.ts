// Saved views in the profile editor: a list of the workspace's named views for this kind of
// profile (apply one by choosing it), "Save view…" with an inline name box (webviews cannot open
// prompts), and delete. The host stores them; what a view holds is SavedViewState.
import type { SavedViewEntry } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { visibleText } from '../../../src/shared/visibleText';

export interface SavedViewsActions {
  save(name: string): void;
  apply(name: string): void;
  remove(name: string): void;
}

export class SavedViewsBar {
  readonly element = el('span', 'gpe-saved-views');
  private readonly select = el('select', 'gpe-saved-view-list');
  private readonly remove = el('button', 'gpe-button gpe-saved-view-delete', '×');
  private readonly nameBox = el('input', 'gpe-saved-view-name');
  private readonly saveButton = el('button', 'gpe-button gpe-saved-view-save', 'Save view…');

  constructor(private readonly actions: SavedViewsActions) {
    this.select.setAttribute('aria-label', 'Saved views');
    this.select.title = 'Saved views of this workspace for profiles of this kind: choose one to apply it';
    this.select.addEventListener('change', () => {
      if (this.select.value) actions.apply(this.select.value);
      this.remove.disabled = !this.select.value;
    });
    this.remove.type = 'button';
    this.remove.title = 'Delete the chosen saved view';
    this.remove.disabled = true;
    this.remove.addEventListener('click', () => { if (this.select.value) actions.remove(this.select.value); });
    this.nameBox.type = 'text';
    this.nameBox.placeholder = 'Name this view';
    this.nameBox.setAttribute('aria-label', 'Saved view name');
    this.nameBox.maxLength = 200;
    this.nameBox.hidden = true;
    this.nameBox.addEventListener('keydown', e => {
      if (e.key === 'Enter') { e.preventDefault(); this.commit(); }
      else if (e.key === 'Escape') { e.preventDefault(); this.closeNameBox(); }
    });
    this.saveButton.type = 'button';
    this.saveButton.title = 'Name the sample type, filters, granularity, view, label grouping, order and base, for this workspace';
    this.saveButton.addEventListener('click', () => {
      if (this.nameBox.hidden) { this.nameBox.hidden = false; this.saveButton.textContent = 'Save'; this.nameBox.focus(); }
      else this.commit();
    });
    this.element.append(this.select, this.remove, this.nameBox, this.saveButton);
    this.render([]);
  }

  private commit(): void {
    const name = this.nameBox.value.trim();
    if (name) this.actions.save(name);
    this.closeNameBox();
  }

  private closeNameBox(): void {
    this.nameBox.value = '';
    this.nameBox.hidden = true;
    this.saveButton.textContent = 'Save view…';
  }

  render(views: readonly SavedViewEntry[], chosen = this.select.value): void {
    const head = el('option', undefined, views.length ? `Saved views (${views.length})` : 'No saved views');
    head.value = '';
    const options = views.map(v => {
      const o = el('option', undefined, visibleText(v.baseName ? `${v.name} (vs ${v.baseName})` : v.name));
      o.value = v.name;
      o.title = visibleText([v.state.sampleType, v.state.view, ...v.state.filters.map(f => `${f.kind}=${f.pattern}`)].join(' · '));
      return o;
    });
    this.select.replaceChildren(head, ...options);
    this.select.value = views.some(v => v.name === chosen) ? chosen : '';
    this.remove.disabled = !this.select.value;
  }
}
