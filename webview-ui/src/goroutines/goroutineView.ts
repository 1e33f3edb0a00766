// The goroutine groups view: leak suspects as sentences, the group table, the flame graph and who
// waits on what. The host sends one view model, its groups within a budget, and pages of more when
// asked ("N more") or when a search keeps groups not sent; the filter and the idle toggle are asked
// of the worker, which searches the whole texts; tabs and expansion happen here. Dump strings only
// ever become textContent.
import './goroutines.css';
import type { FlameOpenStep, FlameZoomPage, GoroutineHostMessage, GoroutineViewModel, GoroutineWebviewMessage, GroupPage } from '../../../src/shared/goroutineProtocol';
import { narrows, type GroupQuery } from '../../../src/shared/goroutineFilter';
import { vscodeApi } from '../common/vscodeApi';
import { el } from '../common/dom';
import { asSentence } from '../common/sentence';
import { renderControls, type Tab, type ViewState } from './controls';
import { visibleGroups } from './groupFilter';
import { renderGroupTable } from './groupTable';
import { renderSuspects } from './suspectList';
import { renderSummary } from './summaryLine';
import { renderWaitObjects } from './waitObjects';
import { renderGoroutineFlame } from './goroutineFlame';
import { renderStackList } from './stackList';
import { renderMoreGroups } from './moreGroups';
import { renderVanishedGroups } from './vanishedGroups';
import { withVanished } from '../../../src/shared/vanishedPage';
import { withStacksPage } from '../../../src/shared/stacksWindow';

/** Typing in the filter box asks the worker once it pauses this long. */
const QUERY_DEBOUNCE_MS = 150;

function post(m: GoroutineWebviewMessage): void {
  vscodeApi().postMessage(m);
}

function initialState(): ViewState {
  const s = vscodeApi().getState() as Partial<ViewState> | undefined;
  const tab: Tab = s?.tab === 'flame' || s?.tab === 'waits' ? s.tab : 'groups';
  return { filter: typeof s?.filter === 'string' ? s.filter : '', hideIdle: s?.hideIdle === true, tab };
}

export function startGoroutineView(): void {
  const app = document.getElementById('app') as HTMLElement;
  const state = initialState();
  let model: GoroutineViewModel | undefined;
  /** A crash's runtime stacks in the first crossing: the summary counts the headless ones whatever run of the list is held. */
  let runtimeStacks = 0;
  let expanded = new Set<number>();
  /** The worker's answer to the query the controls hold, once it came. */
  let answer: GroupPage | undefined;
  let queryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Grey bars of the flame opened, one inside another (paths to their parents), and the worker's flame of the last once it came. */
  let zoom: { steps: FlameOpenStep[]; page?: FlameZoomPage } | undefined;
  let disposeContent: () => void = () => undefined;
  const header = el('div', 'gpe-header');
  const summary = el('div', 'gpe-summary-box');
  const controls = el('div', 'gpe-controls-box');
  const content = el('div', 'gpe-content');

  const save = () => vscodeApi().setState({ ...state });
  const query = (): GroupQuery => ({ filter: state.filter, hideIdle: state.hideIdle });
  const askQuery = (more: boolean) => {
    if (queryTimer !== undefined) clearTimeout(queryTimer);
    queryTimer = undefined;
    post({ type: 'query', query: query(), more });
  };
  /** A filter or toggle changed: the groups sent are filtered here at once, the worker's answer follows. */
  const queryChanged = () => {
    answer = undefined;
    zoom = undefined;
    if (queryTimer !== undefined) clearTimeout(queryTimer);
    queryTimer = narrows(query()) ? setTimeout(() => askQuery(false), QUERY_DEBOUNCE_MS) : undefined;
  };
  const answerHolds = (page: GroupPage) => page.query.filter === state.filter && page.query.hideIdle === state.hideIdle;

  const renderContent = () => {
    if (!model) return;
    disposeContent();
    disposeContent = () => undefined;
    const narrowed = narrows(query());
    const visible = answer && narrowed ? [...answer.matches] : visibleGroups(model, { text: state.filter, hideIdle: state.hideIdle });
    // Groups the query keeps (every group when none narrows) that were not sent yet; unknown while the worker searches.
    const unsent = !narrowed ? model.unsentGroups : answer ? answer.unsentMatches : undefined;
    summary.replaceChildren(renderSummary(model, visible.length, runtimeStacks));
    content.replaceChildren();
    content.dataset.tab = state.tab;
    if (state.tab === 'groups') {
      const suspects = renderSuspects(model, visible);
      if (suspects) content.append(suspects);
      // A text of stacks without their goroutine header has no group: an empty table above them says nothing.
      if (model.groups.length > 0 || model.stacks.length === 0) content.append(renderGroupTable(model, visible, expanded));
      if (unsent) content.append(renderMoreGroups(unsent, narrowed, () => askQuery(true)));
      const vanished = renderVanishedGroups(model);
      if (vanished) content.append(vanished);
      const stacks = renderStackList(model, from => post({ type: 'stacksAt', from }));
      if (stacks) content.append(stacks);
    } else if (state.tab === 'flame') {
      try {
        // The worker's flame over every group the query keeps; until it answers, one of the groups sent.
        const flame = !narrowed ? model.flame : answer?.flame;
        const page = zoom?.page;
        const ask = (steps: FlameOpenStep[]) => {
          zoom = { steps };
          // The chart's width sizes the page (0 while hidden: the worker takes a usual chart's).
          post({ type: 'flameZoom', query: query(), steps, width: Math.round(content.clientWidth) });
          renderContent();
        };
        const open = (path: number[]) => ask([...(page ? page.steps : []), { path, from: 0 }]);
        if (zoom && !page) content.append(el('p', 'gpe-loading', 'Opening the towers too narrow to draw…'));
        disposeContent = page
          ? renderGoroutineFlame(content, model, page.flame, {
            open,
            opened: {
              groups: page.groups, goroutines: page.flame.total, depth: page.steps.length, towers: page.towers, towersLeft: page.towersLeft,
              back: () => { zoom = undefined; renderContent(); },
              next: () => {
                const last = page.steps[page.steps.length - 1];
                ask([...page.steps.slice(0, -1), { path: last.path, from: last.from + page.towers }]);
              },
            },
          })
          : renderGoroutineFlame(content, model, flame ?? visible, { open });
      } catch (e) {
        content.append(el('p', 'gpe-error', `The flame graph failed: ${e instanceof Error ? e.message : String(e)}`));
      }
    } else {
      // Which waits the query keeps, over every group: the worker's answer; until it comes, those of the groups sent.
      content.append(renderWaitObjects(model, visible, !narrowed ? model.waits.keys() : answer?.waitMatches));
    }
  };

  const renderAll = () => {
    if (!model) return;
    const m = model;
    header.replaceChildren(el('h1', 'gpe-title', m.title), el('span', 'gpe-origin', m.origin));
    controls.replaceChildren(renderControls(m, state, {
      onFilter: text => { state.filter = text; save(); queryChanged(); renderContent(); },
      onHideIdle: hide => { state.hideIdle = hide; save(); queryChanged(); renderContent(); },
      onSimilarity: similarity => post({ type: 'setSimilarity', similarity }),
      onTab: tab => { state.tab = tab; save(); renderAll(); },
      onCompare: () => post({ type: 'compare' }),
      onClearCompare: () => post({ type: 'clearCompare' }),
    }));
    renderContent();
  };

  const showGroup = (group: number) => {
    expanded.add(group);
    state.tab = 'groups';
    save();
    renderAll();
    content.querySelector(`tr.gpe-group[data-group="${group}"]`)?.scrollIntoView({ block: 'center' });
  };

  const toggle = (row: HTMLElement) => {
    const group = Number(row.dataset.group);
    if (expanded.has(group)) expanded.delete(group); else expanded.add(group);
    renderContent();
    content.querySelector<HTMLElement>(`tr.gpe-group[data-group="${group}"]`)?.focus();
  };

  app.addEventListener('click', ev => {
    const target = ev.target as HTMLElement;
    const moreStacks = target.closest<HTMLButtonElement>('button[data-more-stacks]');
    if (moreStacks) {
      moreStacks.disabled = true;
      post({ type: 'moreStacks' });
      return;
    }
    const moreVanished = target.closest<HTMLButtonElement>('button[data-more-vanished]');
    if (moreVanished) {
      moreVanished.disabled = true;
      post({ type: 'moreVanished' });
      return;
    }
    const moreStackFrames = target.closest<HTMLButtonElement>('button[data-more-stack-frames]');
    if (moreStackFrames) {
      moreStackFrames.disabled = true;
      post({ type: 'moreStackFrames', stack: Number(moreStackFrames.dataset.moreStackFrames) });
      return;
    }
    const moreFrames = target.closest<HTMLButtonElement>('button[data-more-frames]');
    if (moreFrames) {
      moreFrames.disabled = true;
      post({ type: 'moreFrames', group: Number(moreFrames.dataset.moreFrames) });
      return;
    }
    const link = target.closest<HTMLElement>('a[data-frame], a[data-reveal], a[data-reveal-stack], a[data-show-group], a[data-open-dump], a[data-compare-dump]');
    if (link) {
      ev.preventDefault();
      if (link.dataset.frame !== undefined) post({ type: 'openFrame', frame: Number(link.dataset.frame) });
      else if (link.dataset.reveal !== undefined) post({ type: 'revealGroup', group: Number(link.dataset.reveal) });
      else if (link.dataset.revealStack !== undefined) post({ type: 'revealStack', stack: Number(link.dataset.revealStack) });
      else if (link.dataset.openDump !== undefined) post({ type: 'openEarlierDump', dump: Number(link.dataset.openDump) });
      else if (link.dataset.compareDump !== undefined) post({ type: 'compareWithEarlierDump', dump: Number(link.dataset.compareDump) });
      else showGroup(Number(link.dataset.showGroup));
      return;
    }
    const row = target.closest<HTMLElement>('tr.gpe-group');
    if (row) toggle(row);
  });
  app.addEventListener('keydown', ev => {
    const row = (ev.target as HTMLElement).closest<HTMLElement>('tr.gpe-group');
    if (row && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); toggle(row); }
  });

  window.addEventListener('message', (ev: MessageEvent<GoroutineHostMessage>) => {
    const m = ev.data;
    switch (m.type) {
      case 'loading':
        if (!model) app.replaceChildren(el('p', 'gpe-loading', `Grouping ${m.title}…`));
        else app.classList.add('gpe-busy');
        break;
      case 'error':
        model = undefined;
        app.classList.remove('gpe-busy');
        app.replaceChildren(el('h1', 'gpe-title', m.title), ...errorParagraphs(m.message));
        if (m.retryLabel) {
          const retry = el('button', 'gpe-retry', m.retryLabel);
          retry.type = 'button';
          retry.addEventListener('click', () => post({ type: 'retry' }));
          app.append(retry);
        }
        break;
      case 'filter':
        state.filter = typeof m.text === 'string' ? m.text : '';
        state.tab = 'groups';
        save();
        answer = undefined;
        if (model && narrows(query())) askQuery(false);
        renderAll();
        break;
      case 'page': {
        if (!model) break;
        const page = m.page;
        if (page.groups.length > 0) {
          model = { ...model, groups: [...model.groups, ...page.groups], frames: [...model.frames, ...page.frames], unsentGroups: page.unsentGroups };
        }
        if (answerHolds(page)) answer = page;
        renderContent();
        break;
      }
      case 'stacks': {
        if (!model) break;
        const jumped = m.page.from !== (model.stacksFrom ?? 0) + model.stacks.length;
        model = withStacksPage(model, m.page);
        renderContent();
        // A page in place of those shown: its first stack in view, not wherever the list scrolled.
        if (jumped) content.querySelector('.gpe-stack-list')?.scrollIntoView({ block: 'start' });
        break;
      }
      case 'vanished': {
        if (!model?.compare) break;
        model = { ...model, compare: withVanished(model.compare, m.page) };
        renderContent();
        break;
      }
      case 'flameZoom': {
        if (!model) break;
        const page = m.page;
        model = { ...model, frames: [...model.frames, ...page.frames] };
        const asked = zoom && page.query.filter === state.filter && page.query.hideIdle === state.hideIdle && JSON.stringify(page.steps) === JSON.stringify(zoom.steps);
        if (asked) zoom = { steps: zoom!.steps, page };
        if (state.tab === 'flame') renderContent();
        break;
      }
      case 'stackFrames': {
        if (!model || !model.stacks[m.stack]) break;
        const stacks = [...model.stacks];
        stacks[m.stack] = m.view;
        model = { ...model, stacks, frames: [...model.frames, ...m.frames] };
        renderContent();
        break;
      }
      case 'groupFrames': {
        if (!model || !model.groups[m.group]) break;
        const groups = [...model.groups];
        groups[m.group] = m.view;
        model = { ...model, groups, frames: [...model.frames, ...m.frames] };
        renderContent();
        break;
      }
      case 'model': {
        const sameShape = model && model.groups.length === m.model.groups.length && model.similarity === m.model.similarity;
        if (!sameShape) expanded = new Set();
        model = m.model;
        runtimeStacks = m.model.stacks.filter(s => s.kind === 'runtime').length;
        answer = undefined;
        zoom = undefined;
        if (narrows(query())) askQuery(false);
        app.classList.remove('gpe-busy');
        app.replaceChildren(header, summary, controls, content);
        renderAll();
        break;
      }
    }
  });
  post({ type: 'ready' });
}

/**
 * An error's paragraphs (one a line: what failed, then why and what is read), the first in the
 * error colour and the rest in the text's, so the page reads as a short note rather than one run-on line.
 */
function errorParagraphs(message: string): HTMLElement[] {
  const [lead, ...rest] = message.split('\n').filter(p => p.trim() !== '');
  return [el('p', 'gpe-error', asSentence(lead ?? message)), ...rest.map(p => el('p', 'gpe-error-detail', asSentence(p)))];
}

