// The stacks that are no goroutine of a group, under the group table: a crash's runtime stack (the
// system stack of the thread that crashed) and stacks whose goroutine header is not in the text.
// Each with its frames' source links and a link that selects it in the dump; counted in no group.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { renderFrame } from './frameLink';
import { formatCount, plural } from './format';
import { renderStackFrames } from './stackDetails';

export function renderStackList(model: GoroutineViewModel): HTMLElement | undefined {
  if (model.stacks.length === 0) return undefined;
  const box = el('section', 'gpe-stack-list');
  box.append(el('h2', undefined, model.groups.length === 0 ? 'Stacks' : 'Stacks outside the groups'));
  model.stacks.forEach((s, i) => {
    const item = el('div', 'gpe-stack');
    item.dataset.stack = String(i);
    const title = s.kind === 'runtime' ? 'Runtime stack (the system stack of the thread that crashed)' : 'Stack without its goroutine header (not counted)';
    item.append(el('h3', 'gpe-stack-title', title));
    const list = renderStackFrames(model, s.frames, s.framesLeftOut);
    if (s.framesElided) list.append(el('li', 'gpe-elided', '…additional frames elided…'));
    item.append(list);
    if (s.createdBy >= 0) {
      const c = el('div', 'gpe-created-by');
      c.append('created by ', renderFrame(model, s.createdBy));
      item.append(c);
    }
    if (model.canReveal) {
      const meta = el('div', 'gpe-stack-meta');
      const a = el('a', 'gpe-link gpe-reveal', `Show it in the dump (lines ${formatCount(s.lines.start)}–${formatCount(s.lines.end)})`);
      a.href = '#';
      a.dataset.revealStack = String(i);
      meta.append(a);
      item.append(meta);
    }
    box.append(item);
  });
  if (model.stacksLeftOut) {
    const more = el('div', 'gpe-more-stacks');
    const button = el('button', 'gpe-button gpe-more-button gpe-more-stacks-button', 'Show more');
    button.type = 'button';
    button.dataset.moreStacks = '';
    more.append(el('span', 'gpe-elided', `${plural(model.stacksLeftOut, 'more stack')}, not shown yet. `), button);
    box.append(more);
  }
  return box;
}
