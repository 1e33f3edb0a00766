// The replica view: while the capture runs, one line per replica (capturing, captured, failed);
// then the answer, the replicas, and per goroutine group or function the value on each replica
// side by side with the worst one highlighted, and the button to the merged profile when there is one. Every
// string came from the replicas' answers and only becomes textContent.
import './replicas.css';
import type { ReplicaHostMessage, ReplicaProgress, ReplicaViewModel, ReplicaWebviewMessage } from '../../../src/shared/replicaProtocol';
import { vscodeApi } from '../common/vscodeApi';
import { el } from '../common/dom';

function post(m: ReplicaWebviewMessage): void {
  vscodeApi().postMessage(m);
}

const STATE_TEXT: Record<ReplicaProgress['state'], string> = { capturing: 'capturing…', captured: 'captured', failed: 'failed' };

function renderReplicaList(replicas: readonly ReplicaProgress[], openable: boolean): HTMLElement {
  const list = el('ol', 'gpe-replica-list');
  replicas.forEach((r, i) => {
    const item = el('li', `gpe-replica-item gpe-replica-${r.state}`);
    item.dataset.replica = r.name;
    const name = openable && r.state === 'captured' ? el('button', 'gpe-link gpe-replica-name', r.name) : el('span', 'gpe-replica-name', r.name);
    if (name instanceof HTMLButtonElement) {
      name.type = 'button';
      name.dataset.openCapture = String(i);
      name.title = 'Open this replica\'s capture';
    }
    item.append(el('span', 'gpe-replica-badge', `#${i + 1}`), el('span', 'gpe-replica-state', STATE_TEXT[r.state]), name, el('span', 'gpe-replica-detail', r.detail));
    list.append(item);
  });
  return list;
}

function renderTable(model: ReplicaViewModel): HTMLElement {
  const section = el('section', 'gpe-section gpe-replica-rows');
  section.append(el('h2', undefined, `Side by side: ${model.measure}, the replica farthest from the median highlighted`));
  if (model.rows.length === 0) {
    section.append(el('p', 'gpe-hint', model.columns.length < 2
      ? 'Nothing to compare: fewer than two replicas answered with a capture that could be read (see Replicas below).'
      : 'Nothing to compare: the captures hold no goroutine group or function with a value.'));
    return section;
  }
  const table = el('table', 'gpe-replica-table');
  // The cells are bare numbers for counts: the row above the replicas' numbers says what they count.
  const quantity = el('tr', 'gpe-replica-quantity');
  const unit = el('th', undefined, `${model.measure} on each replica`);
  unit.colSpan = model.columns.length + 1;
  quantity.append(unit, el('th', 'gpe-row-name'));
  table.append(quantity);
  const head = el('tr');
  const worstCounts = model.columns.map((_, j) => model.rows.filter(r => r.worst === j).length);
  for (const [j, i] of model.columns.entries()) {
    const th = el('th', worstCounts[j] > 0 && model.rows[0]?.worst === j ? 'gpe-worst-column' : undefined, `#${i + 1}`);
    th.title = model.replicas[i].name;
    head.append(th);
  }
  head.append(el('th', undefined, 'median'), el('th', 'gpe-row-name', model.measure === 'goroutines' ? 'goroutine group' : 'function'));
  table.append(head);
  for (const row of model.rows) {
    const tr = el('tr', 'gpe-replica-row');
    row.cells.forEach((cell, j) => {
      const td = el('td', j === row.worst ? 'gpe-worst' : undefined, cell);
      td.title = model.replicas[model.columns[j]].name;
      tr.append(td);
    });
    const name = el('td', 'gpe-row-name', row.name);
    name.title = row.sentence;
    tr.append(el('td', 'gpe-median', row.median), name);
    table.append(tr);
  }
  section.append(table);
  if (model.totalRows > model.rows.length) section.append(el('p', 'gpe-hint', `${model.totalRows - model.rows.length} more rows with smaller differences are not shown (goprof capture --json lists them all).`));
  return section;
}

function render(app: HTMLElement, model: ReplicaViewModel): void {
  const header = el('header', 'gpe-header');
  const titles = el('div');
  titles.append(el('h1', 'gpe-title', model.title), el('span', 'gpe-origin', `${model.folder} · ${model.columns.length} of ${model.replicas.length} replicas compared · ${Math.round(model.elapsedMs)} ms`));
  header.append(titles);
  // The button only when there is a profile to open; otherwise the header says why there is none
  // (goroutine dumps in text, fewer than two profiles), where the button would have been.
  if (model.merged) {
    const merged = el('button', 'gpe-button gpe-open-merged', 'Open merged profile');
    merged.type = 'button';
    merged.title = 'pprof\'s merge of every replica\'s profile, in the profile editor';
    header.append(merged);
  } else {
    titles.append(el('p', 'gpe-hint gpe-merged-absent', `No merged profile: ${model.mergedReason ?? 'none was written'}.`));
  }
  const answer = el('section', 'gpe-answer');
  answer.setAttribute('aria-label', 'The answer');
  model.answer.forEach((s, i) => answer.append(el('span', i === 0 ? 'gpe-answer-sentence gpe-answer-first' : 'gpe-answer-sentence', s)));
  const replicas = el('section', 'gpe-section');
  replicas.append(el('h2', undefined, 'Replicas'), renderReplicaList(model.replicas, true));
  app.replaceChildren(header, answer, renderTable(model), replicas);
}

export function startReplicaView(): void {
  const app = document.getElementById('app') as HTMLElement;
  app.classList.add('gpe-replicas');
  app.addEventListener('click', ev => {
    const target = ev.target as Element;
    const open = target.closest<HTMLElement>('[data-open-capture]');
    if (open) { post({ type: 'openCapture', replica: Number(open.dataset.openCapture) }); return; }
    if (target.closest('.gpe-open-merged')) post({ type: 'openMerged' });
  });
  window.addEventListener('message', (ev: MessageEvent<ReplicaHostMessage>) => {
    const m = ev.data;
    switch (m.type) {
      case 'progress':
        app.replaceChildren(el('h1', 'gpe-title', m.title), el('p', 'gpe-hint', 'Capturing from every replica at once…'), renderReplicaList(m.replicas, false));
        break;
      case 'error':
        app.replaceChildren(el('h1', 'gpe-title', m.title), el('p', 'gpe-error', m.message));
        break;
      case 'model':
        render(app, m.model);
        break;
    }
  });
  post({ type: 'ready' });
}
