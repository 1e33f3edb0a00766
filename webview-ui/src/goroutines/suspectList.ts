// Leak suspects (and data races) first, as plain sentences, each with a link to the user frame's source and a
// link to its group in the table; and what a stack outside the groups says when no group does.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { renderSourceLink } from './frameLink';
import { visibleText } from '../../../src/shared/visibleText';

/** "Leak suspects (3)", "Data race (2)", "Data races and leak suspects (5)", "Crash", "Crash and leak suspects (3)", "Deadlock (2)". */
function suspectsHeading(model: GoroutineViewModel, suspects: readonly number[]): string {
  const stack = model.summary.stackSuspect;
  const crashed = suspects.some(i => model.groups[i].crashed) || stack?.crashed === true;
  // When the dump says every blocked goroutine is stuck, they are not mere leak suspects.
  const stuck = model.summary.stuck === 'deadlock' ? 'Deadlock' : model.summary.stuck === 'test timeout' ? 'Test timeout' : null;
  const races = suspects.filter(i => model.groups[i].race).length;
  // A stack without its goroutine header that no group outranks: no leak suspect, a stack to look at.
  const headless = stack !== null && !stack.crashed;
  const n = suspects.length + (stack ? 1 : 0);
  const others = n - races - (crashed ? 1 : 0) - (headless ? 1 : 0);
  const kinds = [
    ...(crashed ? ['Crash'] : []),
    ...(races > 0 ? [races === 1 ? 'Data race' : 'Data races'] : []),
    ...(others > 0 ? [stuck ?? (others === 1 ? 'Leak suspect' : 'Leak suspects')] : []),
    ...(headless ? ['Stack without its goroutine header'] : []),
  ];
  const what = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1].toLowerCase()}`;
  return n === 1 ? what : `${what} (${n})`;
}

/** What a crash's runtime stack or a stack without its goroutine header says when no group does. */
function renderStackSuspect(model: GoroutineViewModel): HTMLElement {
  const suspect = model.summary.stackSuspect!;
  const li = el('li', 'gpe-suspect gpe-stack-suspect');
  li.append(el('span', 'gpe-suspect-text', visibleText(suspect.sentence)));
  if (suspect.frame >= 0) {
    const actions = el('span', 'gpe-suspect-actions');
    actions.append(renderSourceLink(model, suspect.frame));
    li.append(' ', actions);
  }
  return li;
}

export function renderSuspects(model: GoroutineViewModel, visible: readonly number[]): HTMLElement | undefined {
  const suspects = visible.filter(i => model.groups[i].suspect);
  const stack = model.summary.stackSuspect;
  if (!suspects.length && !stack) return undefined;
  const box = el('section', 'gpe-suspects');
  box.append(el('h2', undefined, suspectsHeading(model, suspects)));
  const list = el('ol', 'gpe-suspect-list');
  // A crash ranks before every group; a stack's other sentence comes only when there is no group.
  if (stack?.crashed) list.append(renderStackSuspect(model));
  for (const i of suspects) {
    const g = model.groups[i];
    const li = el('li', 'gpe-suspect');
    li.dataset.group = String(i);
    li.append(el('span', 'gpe-suspect-text', visibleText(g.suspect ?? '')));
    const actions = el('span', 'gpe-suspect-actions');
    if (g.topUserFrame >= 0) actions.append(renderSourceLink(model, g.topUserFrame));
    const show = el('a', 'gpe-link gpe-show-group', 'show stack');
    show.href = '#';
    show.dataset.showGroup = String(i);
    actions.append(show);
    li.append(' ', actions);
    list.append(li);
  }
  if (stack && !stack.crashed) list.append(renderStackSuspect(model));
  box.append(list);
  return box;
}
