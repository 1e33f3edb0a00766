// Under the group table: how many groups the view has not received yet (the model crosses within a
// size budget, the rest a page at a time), and the button that asks for the next page.
import { el } from '../common/dom';
import { formatCount } from './format';

export function renderMoreGroups(unsent: number, filtered: boolean, onMore: () => void): HTMLElement {
  const box = el('div', 'gpe-more-groups');
  const groups = unsent === 1 ? 'group' : 'groups';
  box.append(el('span', 'gpe-more-count', filtered
    ? `${formatCount(unsent)} more ${groups} match the filter, not shown yet.`
    : `${formatCount(unsent)} more ${groups}, not shown yet (the view receives the groups a page at a time).`));
  const button = el('button', 'gpe-button gpe-more-button', 'Show more');
  button.type = 'button';
  button.addEventListener('click', () => { button.disabled = true; onMore(); });
  box.append(' ', button);
  return box;
}
