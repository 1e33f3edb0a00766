// Toolbar controls of how the flame graph groups and orders frames: sibling order (pprof's
// alphabetical or heaviest first) and label views (pprof's -tagroot / -tagleaf: a label's values
// as frames at the root or below the leaves).
import type { FlameOrder } from '../../../src/shared/protocol';
import { el } from '../common/dom';

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

export interface LabelView { tagRoot: string[]; tagLeaf: string[] }

/**
 * A select of "group by label": none, or one label key at the root (the flame graph splits by
 * its values first) or at the leaves. Hidden when the profile has no labels.
 */
export function labelViewSelect(labelKeys: readonly string[], current: LabelView, onChange: (view: LabelView) => void): HTMLSelectElement {
  const select = el('select', 'gpe-label-view');
  select.setAttribute('aria-label', 'Group by label');
  select.title = 'Group the views by a label\'s values: at the root (pprof -tagroot) or below the leaves (pprof -tagleaf)';
  const none = el('option', undefined, 'No label grouping');
  none.value = '';
  select.append(none);
  const keys = [...new Set([...labelKeys, ...current.tagRoot, ...current.tagLeaf])];
  for (const key of keys) {
    for (const [where, text] of [['root', `Label ${key} at root`], ['leaf', `Label ${key} at leaves`]] as const) {
      const o = el('option', undefined, text);
      o.value = `${where}:${key}`;
      select.append(o);
    }
  }
  select.value = current.tagRoot.length > 0 ? `root:${current.tagRoot[0]}` : current.tagLeaf.length > 0 ? `leaf:${current.tagLeaf[0]}` : '';
  select.hidden = keys.length === 0;
  select.addEventListener('change', () => {
    const v = select.value;
    const colon = v.indexOf(':');
    const where = v.slice(0, colon), key = v.slice(colon + 1);
    onChange({ tagRoot: where === 'root' ? [key] : [], tagLeaf: where === 'leaf' ? [key] : [] });
  });
  return select;
}
