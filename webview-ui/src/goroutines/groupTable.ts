// The table of groups: count, state, wait (range and histogram), top user frame, created by and,
// when comparing, the growth. A row expands into its stack.
import type { GoroutineViewModel } from '../../../src/shared/goroutineProtocol';
import { goWaitMinutes } from '../../../src/shared/waitFormat';
import { el } from '../common/dom';
import { renderFrame } from './frameLink';
import { formatCount, formatDelta, formatListedSplit, formatWait, plural, STACK_UNAVAILABLE } from './format';
import { labelText, renderStackDetails } from './stackDetails';
import { renderWaitHistogram } from './waitHistogram';
import { visibleText } from '../../../src/shared/visibleText';
import { shownName } from '../common/shownName';

/** Longer than any state Go prints (`semacquire, 1234567 minutes, locked to thread`). */
const LONG_STATE_CHARS = 80;

export function renderGroupTable(model: GoroutineViewModel, visible: readonly number[], expanded: ReadonlySet<number>): HTMLElement {
  const comparing = model.compare !== null;
  // A column no group of the dump fills is left out (a debug=1 profile has no wait and no
  // creator; a data race report no wait), over all groups so that a filter does not move columns.
  const withWait = model.groups.some(g => g.wait);
  const withCreator = model.groups.some(g => g.createdBy >= 0);
  const table = el('table', 'gpe-groups');
  const head = el('tr');
  const headings: [string, string][] = [['Count', 'count'], ...(comparing ? [['Δ', 'delta'] as [string, string]] : []), ['State', 'state'],
    ...(withWait ? [['Wait', 'wait'] as [string, string]] : []), ['Top user frame', 'top'], ...(withCreator ? [['Created by', 'created'] as [string, string]] : [])];
  // The class names the column, so a narrow editor can size it.
  for (const [h, key] of headings) head.append(el('th', `gpe-col-${key}`, h));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  const body = table.tBodies[0];
  const columns = headings.length;
  for (const i of visible) {
    const g = model.groups[i];
    const open = expanded.has(i);
    const row = el('tr', `gpe-group${g.suspect ? ' gpe-group-suspect' : ''}${g.idle ? ' gpe-group-idle' : ''}${open ? ' gpe-open' : ''}`);
    row.dataset.group = String(i);
    row.tabIndex = 0;
    row.setAttribute('aria-expanded', String(open));
    const count = el('td', 'gpe-count');
    count.append(el('span', 'gpe-twisty', open ? '▾' : '▸'), formatCount(g.count));
    // A debugger's group total: most of the count has no stack in the text to expand into.
    if (g.unlisted) {
      // One part a line, so the count column stays narrow.
      const split = el('div', 'gpe-count-split');
      split.append(el('div', undefined, `${formatCount(g.count - g.unlisted)} listed`), el('div', undefined, `${formatCount(g.unlisted)} counted only`));
      count.append(split);
      count.title = `${plural(g.count, 'goroutine')} by the debugger's group total: ${formatListedSplit(g)} (their stacks are not in the text)`;
    }
    row.append(count);
    if (comparing) {
      const d = formatDelta(g);
      row.append(el('td', `gpe-delta${d.startsWith('+') || d.startsWith('new') ? ' gpe-growth' : ''}`, d));
    }
    const state = el('td', 'gpe-state');
    // A state Go prints is a few words; a crafted one may be 20,000 characters: it wraps in a box of its own that scrolls.
    if (g.state.length > LONG_STATE_CHARS) state.append(el('div', 'gpe-state-long', shownName(g.state)));
    else state.textContent = shownName(g.state);
    // Go prints no state in a debug=1 profile: say where the one shown comes from.
    if (model.summary.format === 'debug1') state.title = 'Told from the stack\'s frames and the runtime frames runtime/pprof hid (a debug=1 profile prints no state)';
    if (g.cut) state.append(' ', el('span', 'gpe-cut-badge', '✂ cut'));
    row.append(state);
    if (withWait) {
      const wait = el('td', 'gpe-wait');
      const range = el('span', 'gpe-wait-range', formatWait(g));
      // Go's own minutes, which a search of the dump finds, behind the hours the cell shows.
      if (g.wait) range.title = `${goWaitMinutes(g.wait.min, g.wait.max)} in the dump's headers`;
      wait.append(range, renderWaitHistogram(g));
      row.append(wait);
    }
    const top = el('td', 'gpe-top');
    if (g.topUserFrame >= 0) top.append(renderFrame(model, g.topUserFrame));
    else if (g.frames.length) top.append(renderFrame(model, g.frames[0]));
    else if (g.stackUnavailable) top.append(el('span', 'gpe-unavailable', STACK_UNAVAILABLE));
    // No frame at all: an empty cell reads as a fault of the view, not of the text.
    else top.append(el('span', 'gpe-unavailable', g.cut ? 'no frame before the cut' : 'no frame in the text'));
    // Rows of the same top frame and creator: what differs further down, so none reads as a duplicate.
    if (g.apart) top.append(el('div', 'gpe-apart', visibleText(g.apart)));
    // Groups of a debug=1 profile with the same stack differ only by their labels.
    if (g.labels.length) top.append(el('div', 'gpe-labels', labelText(g.labels, g.labelsLeftOut)));
    row.append(top);
    if (withCreator) {
      const created = el('td', 'gpe-created');
      if (g.createdBy >= 0) created.append(renderFrame(model, g.createdBy));
      row.append(created);
    }
    body.append(row);
    if (open) {
      const detail = el('tr', 'gpe-group-detail');
      const cell = el('td');
      cell.colSpan = columns;
      cell.append(renderStackDetails(model, i));
      detail.append(cell);
      body.append(detail);
    }
  }
  if (!visible.length) {
    const empty = el('tr');
    const cell = el('td', 'gpe-empty', model.groups.length === 0 ? 'No goroutine header in the text.' : 'No group matches the filter.');
    cell.colSpan = columns;
    empty.append(cell);
    body.append(empty);
  }
  return table;
}
