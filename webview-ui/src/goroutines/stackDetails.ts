// The expanded part of a group row: its full stack with file:line links, created-by, goroutine
// ids and the link that reveals its first goroutine in the dump.
import type { FramesLeftOut, GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { el } from '../common/dom';
import { renderFrame } from './frameLink';
import { formatCount, formatListedSplit, plural, STACK_UNAVAILABLE } from './format';
import { shownName } from '../common/shownName';

export function renderStackDetails(model: GoroutineViewModel, groupIndex: number): HTMLElement {
  const g = model.groups[groupIndex];
  const box = el('div', 'gpe-stack');
  const list = renderStackFrames(model, g.frames, g.framesLeftOut, { group: groupIndex });
  if (g.framesElided) list.append(el('li', 'gpe-elided', '…additional frames elided…'));
  if (g.stackUnavailable && g.frames.length === 0) list.append(el('li', 'gpe-elided', `${STACK_UNAVAILABLE}: Go prints no stack for a goroutine running on another thread when the dump is taken`));
  if (g.cut) list.append(el('li', 'gpe-cut-mark', '✂ cut off here: the text ends inside this goroutine, its outer frames are missing'));
  box.append(list);
  if (g.createdBy >= 0) {
    const c = el('div', 'gpe-created-by');
    c.append('created by ', renderFrame(model, g.createdBy));
    box.append(c);
  }
  const meta = el('div', 'gpe-stack-meta');
  if (g.firstLines && model.canReveal) {
    const a = el('a', 'gpe-link gpe-reveal', `Show goroutine ${g.ids[0] ?? ''} in the dump (lines ${formatCount(g.firstLines.start)}–${formatCount(g.firstLines.end)})`);
    a.href = '#';
    a.dataset.reveal = String(groupIndex);
    meta.append(a);
  }
  if (g.labels.length) meta.append(el('span', 'gpe-labels', `labels: ${labelText(g.labels, g.labelsLeftOut)}`));
  if (g.locked) meta.append(el('span', 'gpe-locked', `${formatCount(g.locked)} locked to thread`));
  if (g.ids.length) {
    // Ids are a sample of the listed goroutines; the counted-only ones have none in the text.
    const listed = g.count - (g.unlisted ?? 0);
    const more = listed > g.ids.length ? ` … (${formatCount(listed - g.ids.length)} more)` : '';
    meta.append(el('span', 'gpe-ids', `ids: ${g.ids.slice(0, 20).join(', ')}${g.ids.length > 20 ? ', …' : ''}${more}`));
  }
  const split = formatListedSplit(g);
  if (split) meta.append(el('span', 'gpe-unlisted', `${split}: the debugger counted the rest without listing them, so their stacks are not in the text`));
  box.append(meta);
  return box;
}

/** Frames a page asks at most (the worker may send fewer, within its budget): the button says so. */
const STACK_PAGE_FRAMES = 10_000;

/**
 * A stack's frames as a list; the frames its middle left out (a stack 10^6 deep crosses its first
 * and last) as one line in their place, with the button that asks for the next of them: a group's
 * (`asker.group`) or a held stack's outside the groups (`asker.stack`).
 */
export function renderStackFrames(model: GoroutineViewModel, frames: readonly number[], leftOut: FramesLeftOut | undefined, asker?: StackAsker): HTMLOListElement {
  const list = el('ol', 'gpe-stack-frames');
  frames.forEach((f, i) => {
    const li = el('li', 'gpe-stack-frame');
    if (leftOut && i === leftOut.at) {
      list.append(renderLeftOut(leftOut, asker));
      // The list numbers the frames: the first after the gap is numbered as deep as it sits.
      li.value = i + 1 + leftOut.count;
    }
    li.append(renderFrame(model, f));
    list.append(li);
  });
  return list;
}

/** Whose stack a list shows, for its button's ask: a group's index in the model, or a held stack's outside the groups. */
export type StackAsker = { readonly group: number } | { readonly stack: number };

function renderLeftOut(leftOut: FramesLeftOut, asker: StackAsker | undefined): HTMLElement {
  const li = el('li', 'gpe-frames-left-out');
  li.append(el('span', undefined, `… ${plural(leftOut.count, 'frame')} between not shown …`));
  if (asker !== undefined) {
    const next = Math.min(leftOut.count, STACK_PAGE_FRAMES);
    const button = el('button', 'gpe-button gpe-more-frames', next === leftOut.count ? `Show the ${formatCount(next)} frames between` : `Show the next ${formatCount(next)}`);
    button.type = 'button';
    if ('group' in asker) button.dataset.moreFrames = String(asker.group);
    else button.dataset.moreStackFrames = String(asker.stack);
    li.append(' ', button);
  }
  return li;
}

/** `tenant=acme · request_id=r-1, r-2, … (12 values)` */
export function labelText(labels: readonly { readonly key: string; readonly value: string }[], leftOut = 0): string {
  const text = labels.map(l => `${shownName(l.key)}=${shownName(l.value)}`).join(' · ');
  return leftOut > 0 ? `${text} · … ${formatCount(leftOut)} more labels (not shown; the filter searches them)` : text;
}
