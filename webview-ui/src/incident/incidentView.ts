// The incident view: the answer first (sentences with the numbers, names linked to source), then
// the join per suspect, memory accounting, growth over time and what was captured. The host
// sends one view model; every string in it came from files and only becomes textContent.
import './incident.css';
import type { IncidentHostMessage, IncidentViewModel, IncidentWebviewMessage } from '../../../src/shared/incidentProtocol';
import { vscodeApi } from '../common/vscodeApi';
import { el } from '../common/dom';
import { renderLinkedSentence } from './linkedText';
import { insertStackPage, renderStack, renderSuspects } from './suspects';
import { withSuspectFrames } from '../../../src/shared/suspectFramesPage';
import { renderMemory } from './memory';
import { renderOverTime } from './overTime';
import { renderFiles } from './files';
import { renderHeapTop } from './heapTop';
import { formatCount, plural } from './format';
import { visibleText } from '../../../src/shared/visibleText';

function post(m: IncidentWebviewMessage): void {
  vscodeApi().postMessage(m);
}

function renderHeader(model: IncidentViewModel): HTMLElement {
  const header = el('header', 'gpe-header');
  const titles = el('div', 'gpe-titles');
  titles.append(el('h1', 'gpe-title', `Incident: ${model.title}`),
    el('span', 'gpe-origin', `${visibleText(model.folder)} · ${plural(model.incident.files.length, 'capture')} read · ${formatCount(Math.round(model.elapsedMs))} ms`));
  const actions = el('div', 'gpe-header-actions');
  const exportButton = el('button', 'gpe-button gpe-button-primary gpe-export', 'Export report…');
  exportButton.type = 'button';
  exportButton.title = 'Write the incident as one self-contained HTML file and a Markdown file';
  const reload = el('button', 'gpe-button gpe-reload', 'Reload');
  reload.type = 'button';
  reload.title = 'Read the folder again';
  actions.append(exportButton, reload);
  header.append(titles, actions);
  return header;
}

function renderAnswer(model: IncidentViewModel): HTMLElement {
  // The error colour only when the answer names something wrong: a stuck group or what grows.
  const alarm = model.incident.suspects.length > 0 || model.incident.overTime.some(s => s.leak);
  const section = el('section', alarm ? 'gpe-answer gpe-answer-alarm' : 'gpe-answer gpe-answer-calm');
  section.setAttribute('aria-label', 'The answer');
  if (!model.answer.length) {
    section.append(el('p', 'gpe-empty', 'The folder holds no heap profile and no goroutine dump that could be read: nothing to answer.'));
    return section;
  }
  model.answer.forEach((sentence, i) => {
    section.append(renderLinkedSentence(model, sentence, i === 0 ? 'gpe-answer-sentence gpe-answer-first' : 'gpe-answer-sentence'));
  });
  return section;
}

export function startIncidentView(): void {
  const app = document.getElementById('app') as HTMLElement;
  app.classList.add('gpe-incident');
  let status: HTMLElement | undefined;
  let current: IncidentViewModel | undefined;

  const render = (model: IncidentViewModel) => {
    current = model;
    status = el('p', 'gpe-export-status');
    status.setAttribute('role', 'status');
    const heapTop = renderHeapTop(model);
    app.replaceChildren(renderHeader(model), status, renderAnswer(model), renderSuspects(model), ...(heapTop ? [heapTop] : []),
      renderMemory(model), renderOverTime(model), renderFiles(model));
  };

  app.addEventListener('click', ev => {
    const target = ev.target as Element;
    // A flame frame: its source with Ctrl/Cmd, else the profile focused on it (below).
    const frame = target.closest<SVGElement>('g[data-source-link]');
    if (frame && (ev.ctrlKey || ev.metaKey || frame.dataset.openFile === undefined)) {
      post({ type: 'openLink', link: Number(frame.dataset.sourceLink) });
      return;
    }
    const link = target.closest<HTMLElement>('a[data-link]');
    if (link) {
      ev.preventDefault();
      post({ type: 'openLink', link: Number(link.dataset.link) });
      return;
    }
    const open = target.closest<HTMLElement | SVGElement>('[data-open-file]');
    if (open) {
      ev.preventDefault();
      const { openFile, func, suspect } = open.dataset;
      post({
        type: 'openFile', file: Number(openFile),
        ...(func !== undefined ? { func: Number(func) } : {}), ...(suspect !== undefined ? { suspect: Number(suspect) } : {}),
      });
      return;
    }
    const moreFrames = target.closest<HTMLButtonElement>('button[data-more-suspect-frames]');
    if (moreFrames) {
      moreFrames.disabled = true;
      post({ type: 'moreSuspectFrames', suspect: Number(moreFrames.dataset.moreSuspectFrames) });
      return;
    }
    if (target.closest('.gpe-export')) post({ type: 'export' });
    else if (target.closest('.gpe-reload')) post({ type: 'refresh' });
  });

  window.addEventListener('message', (ev: MessageEvent<IncidentHostMessage>) => {
    const m = ev.data;
    switch (m.type) {
      case 'loading':
        if (!app.querySelector('.gpe-answer')) app.replaceChildren(el('h1', 'gpe-title', `Incident: ${m.title}`), el('p', 'gpe-loading', m.detail));
        else app.classList.add('gpe-busy');
        break;
      case 'error':
        app.classList.remove('gpe-busy');
        app.replaceChildren(el('h1', 'gpe-title', `Incident: ${visibleText(m.title)}`), el('p', 'gpe-error', visibleText(m.message)));
        break;
      case 'model':
        app.classList.remove('gpe-busy');
        render(m.model);
        break;
      case 'suspectFrames': {
        if (!current) break;
        const at = current.incident.suspects[m.page.suspect]?.framesLeftOut?.at;
        const next = withSuspectFrames(current, m.page);
        if (next === current || at === undefined) break;
        current = next;
        const details = app.querySelector(`article[data-suspect="${m.page.suspect}"] > details.gpe-stack`);
        if (details instanceof HTMLElement && !insertStackPage(details, current, m.page.suspect, at, m.page.frames.length)) {
          const stack = renderStack(current, m.page.suspect) as HTMLDetailsElement;
          stack.open = true;
          details.replaceWith(stack);
        }
        break;
      }
      case 'exported':
        if (status) status.textContent = `Report written: ${m.html} and ${m.markdown}`;
        break;
    }
  });
  post({ type: 'ready' });
}
