// The replica view: while the capture runs, one line per replica (capturing, captured, failed);
// then the answer, the replicas, and per goroutine group or function the value on each replica
// side by side with the worst one highlighted, and the button to the merged profile when there is one. Every
// string came from the replicas' answers and only becomes textContent.
import './replicas.css';
import type { ReplicaHostMessage, ReplicaProgress, ReplicaViewModel, ReplicaViewRow, ReplicaWebviewMessage } from '../../../src/shared/replicaProtocol';
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

const SVG = 'http://www.w3.org/2000/svg';

/** How the replicas spread from min to max: a bar per step, as tall as its share of the replicas (at least a sliver when any). */
function renderHistogram(row: ReplicaViewRow): SVGSVGElement {
  const height = 20;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'gpe-replica-histogram');
  svg.setAttribute('viewBox', `0 0 ${row.histogram.length} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  const most = Math.max(1, ...row.histogram);
  row.histogram.forEach((count, i) => {
    if (count === 0) return;
    const h = Math.max(1.5, (count / most) * height);
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(i + 0.1));
    bar.setAttribute('width', '0.8');
    bar.setAttribute('y', String(height - h));
    bar.setAttribute('height', String(h));
    svg.append(bar);
  });
  const title = document.createElementNS(SVG, 'title');
  title.textContent = `${row.histogram.reduce((a, b) => a + b, 0)} replicas from ${row.min} to ${row.max}, in ${row.histogram.length} equal steps`;
  svg.append(title);
  return svg;
}

/** More replicas than fit side by side: each row's min, median, max, spread and farthest replicas, the whole row on demand. */
function renderSummaryTable(model: ReplicaViewModel, table: HTMLTableElement): void {
  const head = el('tr');
  head.append(el('th', undefined, 'min'), el('th', undefined, 'median'), el('th', undefined, 'max'), el('th', 'gpe-spread', `spread over ${model.columns.length} replicas`),
    el('th', 'gpe-farthest', 'farthest from the median'), el('th', 'gpe-row-name', model.measure === 'goroutines' ? 'goroutine group' : 'function'), el('th'));
  table.append(head);
  model.rows.forEach((row, r) => {
    const tr = el('tr', 'gpe-replica-row');
    tr.dataset.row = String(r);
    const spread = el('td', 'gpe-spread');
    spread.append(renderHistogram(row));
    const farthest = el('td', 'gpe-farthest');
    row.farthest.forEach((f, k) => {
      const replica = model.replicas[model.columns[f.column]];
      const cell = el('span', f.column === row.worst ? 'gpe-worst' : 'gpe-far', `#${model.columns[f.column] + 1} ${f.value}`);
      cell.title = replica?.name ?? '';
      if (k > 0) farthest.append(' · ');
      farthest.append(cell);
    });
    const name = el('td', 'gpe-row-name', row.name);
    name.title = row.sentence;
    const all = el('button', 'gpe-link gpe-row-all', `all ${model.columns.length}`);
    all.type = 'button';
    all.dataset.replicaRow = String(r);
    all.title = 'Every replica\'s value in this row';
    const allCell = el('td');
    allCell.append(all);
    tr.append(el('td', undefined, row.min), el('td', 'gpe-median', row.median), el('td', undefined, row.max), spread, farthest, name, allCell);
    table.append(tr);
  });
}

/** Every replica's value in row `row`, under it (one line, wrapping), in the replicas' order. */
function showWholeRow(app: HTMLElement, model: ReplicaViewModel, row: number, cells: readonly string[]): void {
  const tr = app.querySelector(`tr.gpe-replica-row[data-row="${row}"]`);
  if (!tr || cells.length !== model.columns.length) return;
  if (tr.nextElementSibling?.classList.contains('gpe-replica-whole')) tr.nextElementSibling.remove();
  const whole = el('tr', 'gpe-replica-whole');
  const td = el('td');
  td.colSpan = tr.childElementCount;
  const list = el('div', 'gpe-replica-values');
  cells.forEach((value, j) => {
    const item = el('span', j === model.rows[row].worst ? 'gpe-replica-value gpe-worst' : 'gpe-replica-value', `#${model.columns[j] + 1} ${value}`);
    item.title = model.replicas[model.columns[j]]?.name ?? '';
    list.append(item, ' ');
  });
  td.append(list);
  whole.append(td);
  tr.after(whole);
}

function renderTable(model: ReplicaViewModel): HTMLElement {
  const section = el('section', 'gpe-section gpe-replica-rows');
  const sideBySide = model.rows.every(r => r.cells !== undefined);
  section.append(el('h2', undefined, sideBySide
    ? `Side by side: ${model.measure}, the replica farthest from the median highlighted`
    : `${model.measure} over ${model.columns.length} replicas: each row's spread, the farthest replicas named`));
  if (model.rows.length === 0) {
    section.append(el('p', 'gpe-hint', model.columns.length < 2
      ? 'Nothing to compare: fewer than two replicas answered with a capture that could be read (see Replicas below).'
      : 'Nothing to compare: the captures hold no goroutine group or function with a value.'));
    return section;
  }
  const table = el('table', 'gpe-replica-table');
  if (!sideBySide) {
    renderSummaryTable(model, table);
    section.append(table);
    if (model.totalRows > model.rows.length) section.append(el('p', 'gpe-hint', `${model.totalRows - model.rows.length} more rows with smaller differences are not shown (goprof capture --json lists them all).`));
    return section;
  }
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
    (row.cells ?? []).forEach((cell, j) => {
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
  let current: ReplicaViewModel | undefined;
  app.addEventListener('click', ev => {
    const target = ev.target as Element;
    const all = target.closest<HTMLButtonElement>('button[data-replica-row]');
    if (all) { all.disabled = true; post({ type: 'replicaRow', row: Number(all.dataset.replicaRow) }); return; }
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
        current = m.model;
        render(app, m.model);
        break;
      case 'row':
        if (current) showWholeRow(app, current, m.row, m.cells);
        break;
    }
  });
  post({ type: 'ready' });
}
