// Toolbar controls of how the flame graph groups and orders frames: sibling order (pprof's
// alphabetical or heaviest first) and label views (pprof's -tagroot / -tagleaf: a label's values
// as frames at the root or below the leaves).
import type { FlameOrder } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { labelKeyChoices, type LabelView } from './labelKeyChoices';
import { visibleText } from '../../../src/shared/visibleText';

const ORDER_TEXT: Record<FlameOrder, string> = { alphabetical: 'Order: A→Z', heaviest: 'Order: heaviest first' };

/** A button that flips the order; `onChange` gets the new one. */
export function orderToggle(current: () => FlameOrder, onChange: (order: FlameOrder) => void): HTMLButtonElement {
  const b = el('button', 'gpe-button gpe-order', ORDER_TEXT[current()]);
  b.type = 'button';
  b.title = 'Siblings in the flame graph by name (pprof) or heaviest first (left-heavy, as speedscope)';
  b.addEventListener('click', () => {
    const next: FlameOrder = current() === 'alphabetical' ? 'heaviest' : 'alphabetical';
    b.textContent = ORDER_TEXT[next];
    onChange(next);
  });
  return b;
}

/**
 * "Group by label": none, or label keys at the root (the flame graph splits by the first key's
 * values, then the next's) or below the leaves, as pprof's -tagroot/-tagleaf take a comma list.
 * A select picks the first key and where; a second select adds one more key at a time. Hidden
 * when the profile has no labels.
 */
export function labelViewSelect(labelKeys: readonly string[], current: LabelView, onChange: (view: LabelView) => void): HTMLElement {
  const box = el('span', 'gpe-label-views');
  const select = el('select', 'gpe-label-view');
  select.setAttribute('aria-label', 'Group by label');
  select.title = 'Group the views by a label\'s values: at the root (pprof -tagroot) or below the leaves (pprof -tagleaf)';
  const more = el('select', 'gpe-label-view-more');
  more.setAttribute('aria-label', 'Then group by another label');
  more.title = 'Add another label below the first (pprof takes a comma-separated list of keys)';
  const keys = labelKeyChoices(labelKeys, current);
  let view: LabelView = { tagRoot: [...current.tagRoot], tagLeaf: [...current.tagLeaf] };
  const render = () => {
    const where = view.tagRoot.length > 0 ? 'root' : view.tagLeaf.length > 0 ? 'leaf' : '';
    const chosen = where === 'root' ? view.tagRoot : view.tagLeaf;
    const none = el('option', undefined, 'No label grouping');
    none.value = '';
    const options = [none];
    for (const key of keys) {
      for (const [at, text] of [['root', `Label ${visibleText(key)} at root`], ['leaf', `Label ${visibleText(key)} at leaves`]] as const) {
        const o = el('option', undefined, text);
        o.value = `${at}:${key}`;
        options.push(o);
      }
    }
    if (chosen.length > 1) {
      const o = el('option', undefined, `Labels ${visibleText(chosen.join(' › '))} at ${where === 'root' ? 'root' : 'leaves'}`);
      o.value = `${where}:${chosen.join(',')}`;
      options.push(o);
    }
    select.replaceChildren(...options);
    select.value = where ? `${where}:${chosen.join(',')}` : '';
    const rest = keys.filter(k => !chosen.includes(k));
    const prompt = el('option', undefined, '+ label…');
    prompt.value = '';
    more.replaceChildren(prompt, ...rest.map(k => { const o = el('option', undefined, `then ${visibleText(k)}`); o.value = k; return o; }));
    more.value = '';
    more.hidden = where === '' || rest.length === 0;
  };
  select.addEventListener('change', () => {
    const v = select.value;
    const colon = v.indexOf(':');
    const where = v.slice(0, colon), chosen = v.slice(colon + 1).split(',').filter(k => k !== '');
    view = { tagRoot: where === 'root' ? chosen : [], tagLeaf: where === 'leaf' ? chosen : [] };
    render();
    onChange(view);
  });
  more.addEventListener('change', () => {
    if (!more.value) return;
    view = view.tagRoot.length > 0 ? { tagRoot: [...view.tagRoot, more.value], tagLeaf: [] } : { tagRoot: [], tagLeaf: [...view.tagLeaf, more.value] };
    render();
    onChange(view);
  });
  render();
  box.hidden = keys.length === 0;
  box.append(select, more);
  return box;
}
