// Under the group table when comparing: the groups of the base dump that are gone in this one
// (growth shows in the table's Δ column; a group at 0 now has no row there). The worker sends the
// first of them with the model and the rest a page at a time ("Show more").
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { shownName } from '../common/shownName';
import { formatCount, plural } from './format';

export function renderVanishedGroups(model: GoroutineViewModel): HTMLElement | undefined {
  const compare = model.compare;
  if (!compare || compare.vanished.length === 0) return undefined;
  const box = el('section', 'gpe-vanished');
  const total = compare.vanished.length + (compare.vanishedLeftOut ?? 0);
  box.append(el('h2', undefined, `Gone since ${shownName(compare.baseTitle)} (${plural(total, 'group')})`));
  const table = el('table', 'gpe-groups gpe-vanished-groups');
  const head = el('tr');
  head.append(el('th', 'gpe-col-count', 'Before'), el('th', 'gpe-col-delta', 'Δ'), el('th', 'gpe-col-state', 'State'), el('th', 'gpe-col-top', 'Top user frame'));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const v of compare.vanished) {
    const row = el('tr', 'gpe-vanished-group');
    row.append(el('td', 'gpe-count', formatCount(v.count)), el('td', 'gpe-delta', `−${formatCount(v.count)}`),
      el('td', 'gpe-state', shownName(v.state)), el('td', 'gpe-top', shownName(v.topFrame)));
    table.tBodies[0].append(row);
  }
  box.append(table);
  if (compare.vanishedLeftOut) {
    const more = el('div', 'gpe-more-vanished');
    const button = el('button', 'gpe-button gpe-more-button gpe-more-vanished-button', 'Show more');
    button.type = 'button';
    button.dataset.moreVanished = '';
    more.append(el('span', 'gpe-elided', `${plural(compare.vanishedLeftOut, 'more gone group')}, not shown yet. `), button);
    box.append(more);
  }
  return box;
}
