// Leak suspects first, as plain sentences, each with a link to the user frame's source and a
// link to its group in the table.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { renderSourceLink } from './frameLink';

export function renderSuspects(model: GoroutineViewModel, visible: readonly number[]): HTMLElement | undefined {
  const suspects = visible.filter(i => model.groups[i].suspect);
  if (!suspects.length) return undefined;
  const box = el('section', 'gpe-suspects');
  box.append(el('h2', undefined, suspects.length === 1 ? 'Leak suspect' : `Leak suspects (${suspects.length})`));
  const list = el('ol', 'gpe-suspect-list');
  for (const i of suspects) {
    const g = model.groups[i];
    const li = el('li', 'gpe-suspect');
    li.dataset.group = String(i);
    li.append(el('span', 'gpe-suspect-text', g.suspect ?? ''));
    const actions = el('span', 'gpe-suspect-actions');
    if (g.topUserFrame >= 0) actions.append(renderSourceLink(model, g.topUserFrame));
    const show = el('a', 'gpe-link gpe-show-group', 'show stack');
    show.href = '#';
    show.dataset.showGroup = String(i);
    actions.append(show);
    li.append(' ', actions);
    list.append(li);
  }
  box.append(list);
  return box;
}
