// The stacks that are no goroutine of a group, under the group table: a crash's runtime stack (the
// system stack of the thread that crashed) and stacks whose goroutine header is not in the text.
// Each with its frames' source links and a link that selects it in the dump; counted in no group.
// A long list crosses a run at a time (src/shared/stacksWindow.ts): "Show more" after the run, the
// page before it, and a stack by its number, so every one of 10^5 is a few clicks away.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { allStacks } from '../../../src/shared/stacksWindow';
import { el } from '../common/dom';
import { renderFrame } from './frameLink';
import { formatCount, plural } from './format';
import { renderStackFrames } from './stackDetails';

/** `stacksAt`: asks for a page from the whole list's stack of that index, in place of those shown. */
export function renderStackList(model: GoroutineViewModel, stacksAt: (from: number) => void): HTMLElement | undefined {
  if (model.stacks.length === 0) return undefined;
  const box = el('section', 'gpe-stack-list');
  box.append(el('h2', undefined, model.groups.length === 0 ? 'Stacks' : 'Stacks outside the groups'));
  const from = model.stacksFrom ?? 0;
  const all = allStacks(model);
  // Only a list longer than one page has numbers to go to.
  if (all > model.stacks.length || from > 0) box.append(renderStackJump(model, from, all, stacksAt));
  if (from > 0) {
    const before = el('div', 'gpe-more-stacks gpe-stacks-before');
    const button = el('button', 'gpe-button gpe-more-button gpe-stacks-before-button', 'Show the page before');
    button.type = 'button';
    button.addEventListener('click', () => { button.disabled = true; stacksAt(Math.max(0, from - STACKS_PAGE)); });
    before.append(el('span', 'gpe-elided', `${plural(from, 'stack')} before these, not shown. `), button);
    box.append(before);
  }
  model.stacks.forEach((s, i) => {
    const item = el('div', 'gpe-stack');
    item.dataset.stack = String(i);
    const title = s.kind === 'runtime' ? 'Runtime stack (the system stack of the thread that crashed)' : 'Stack without its goroutine header (not counted)';
    const heading = el('h3', 'gpe-stack-title');
    if (all > 1) heading.append(el('span', 'gpe-stack-number', `#${formatCount(from + i + 1)} `));
    heading.append(title);
    item.append(heading);
    const list = renderStackFrames(model, s.frames, s.framesLeftOut, { stack: i });
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

/** Stacks a page brings at most (the worker's MAX_STACKS_SENT): "the page before" starts this many earlier. */
const STACKS_PAGE = 100;

/** "Stacks 101–200 of 100,000 · Go to stack # [ ] Go": asks for a page from that stack, in place of those shown. */
function renderStackJump(model: GoroutineViewModel, from: number, all: number, stacksAt: (from: number) => void): HTMLElement {
  const box = el('form', 'gpe-stack-jump');
  box.append(el('span', 'gpe-stack-range', `Stacks ${formatCount(from + 1)}–${formatCount(from + model.stacks.length)} of ${formatCount(all)} · `));
  const label = el('label', undefined, 'Go to stack #');
  const input = el('input', 'gpe-stack-jump-input');
  input.type = 'number';
  input.min = '1';
  input.max = String(all);
  input.required = true;
  label.append(' ', input);
  const go = el('button', 'gpe-button gpe-stack-jump-button', 'Go');
  go.type = 'submit';
  box.append(label, ' ', go);
  box.addEventListener('submit', ev => {
    ev.preventDefault();
    const n = Number(input.value);
    if (!Number.isInteger(n) || n < 1 || n > all) return;
    go.disabled = true;
    stacksAt(n - 1);
  });
  return box;
}
