// One node of pprof's peek as a table: the callers with the weight of each call, the function's
// own flat and cum, then the callees; percentages as pprof prints them (an edge's share of the
// function's cum). The Peek view and the callers/callees sandwich both draw it. A hot function
// of a big profile has thousands of callers: only the heaviest are drawn at first, the rest behind
// one row that says how much they weigh, so the function's own row stays in sight.
import type { FunctionPeek } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { linkButton } from './functionView';
import { formatPercent, formatValue } from './units';

export type PeekNode = FunctionPeek['nodes'][number];
type PeekEdge = PeekNode['callers'][number];

/** Callers (and callees) drawn before the "… more" row: a screenful around the function's own row. */
export const PEEK_EDGES_SHOWN = 20;

/**
 * Rows "all" draws per task, so the webview answers between them, each task's in a block of its
 * own: a table of one row per block, each block skipped by layout while out of sight.
 */
const PEEK_ROWS_PER_TASK = 1000;
/** A row of one line, in em of the table's font (its line and padding), for a block not drawn yet. */
const PEEK_ROW_EM = 1.45;

/**
 * `peekAt` runs when a caller's or callee's name is clicked (with that name); `shown` is the
 * text each name is shown as (the whole name by default).
 */
export function peekTable(node: PeekNode, total: number, unit: string, peekAt: (name: string) => void, linkTitle: (name: string) => string, shown: (name: string) => string = name => name): HTMLTableElement {
  const table = el('table', 'gpe-peek-table');
  table.dataset.node = node.func;
  const head = el('tr');
  for (const [text, title] of [['', ''], ['value', 'The weight of the call (caller/callee rows) or the function’s own flat and cum'], ['%', 'Of the function’s cum for calls (as pprof’s peek), of the total for the function'], ['function', '']]) {
    const th = el('th', undefined, text);
    if (title) th.title = title;
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  const edgeRow = (role: 'caller' | 'callee', e: PeekEdge) => {
    const tr = el('tr', `gpe-peek-row gpe-peek-${role}`);
    tr.dataset.role = role;
    tr.dataset.func = e.func;
    tr.dataset.value = String(e.weight);
    const name = el('td', 'gpe-peek-name');
    name.append(linkButton(shown(e.func), 'gpe-peek-link', () => peekAt(e.func), linkTitle(e.func)));
    if (e.inline) name.append(el('span', 'gpe-peek-inline', ' (inline)'));
    tr.append(el('td', 'gpe-peek-role', role), el('td', 'gpe-peek-value', formatValue(e.weight, unit)), el('td', 'gpe-peek-pct', formatPercent(e.weight, node.cum)), name);
    return tr;
  };
  appendEdges(tbody, 'caller', node.callers, node.cum, unit, c => edgeRow('caller', c));
  if (node.callers.length === 0) tbody.append(placeholderRow('no callers (a root of the stacks)'));
  const self = el('tr', 'gpe-peek-row gpe-peek-self');
  self.dataset.role = 'self';
  self.dataset.func = node.func;
  self.dataset.flat = String(node.flat);
  self.dataset.cum = String(node.cum);
  const values = el('td', 'gpe-peek-value');
  values.append(el('div', undefined, `flat ${formatValue(node.flat, unit)}`), el('div', undefined, `cum ${formatValue(node.cum, unit)}`));
  const pcts = el('td', 'gpe-peek-pct');
  pcts.append(el('div', undefined, formatPercent(node.flat, total)), el('div', undefined, formatPercent(node.cum, total)));
  const selfName = el('td', 'gpe-peek-name gpe-peek-self-name', shown(node.func));
  selfName.title = node.func;
  self.append(el('td', 'gpe-peek-role', '▶'), values, pcts, selfName);
  tbody.append(self);
  appendEdges(tbody, 'callee', node.callees, node.cum, unit, c => edgeRow('callee', c));
  if (node.callees.length === 0) tbody.append(placeholderRow('no callees (all of its cum is its own flat)'));
  table.append(thead, tbody);
  return table;
}

/**
 * The edges in pprof's order (heaviest first, by absolute weight so a diff's losses count), the
 * first PEEK_EDGES_SHOWN as rows and the rest behind a row that pages through them: the next
 * PEEK_EDGES_SHOWN (focus stays on its button, so Enter pages on) or all of them, as pprof's
 * -peek prints them.
 */
function appendEdges(tbody: HTMLTableSectionElement, role: 'caller' | 'callee', edges: readonly PeekEdge[], cum: number, unit: string, row: (e: PeekEdge) => HTMLTableRowElement): void {
  // One more row would take the place of the "more" row: show it instead.
  if (edges.length <= PEEK_EDGES_SHOWN + 1) {
    for (const e of edges) tbody.append(row(e));
    return;
  }
  for (const e of edges.slice(0, PEEK_EDGES_SHOWN)) tbody.append(row(e));
  let drawn = PEEK_EDGES_SHOWN;
  let hiddenWeight = 0;
  for (let i = drawn; i < edges.length; i++) hiddenWeight += edges[i].weight;
  const more = el('tr', `gpe-peek-more gpe-peek-more-${role}`);
  more.dataset.role = role;
  const td = el('td');
  td.colSpan = 4;
  const summary = el('span', 'gpe-peek-more-text');
  const next = linkButton('', 'gpe-peek-more-button gpe-peek-more-next', () => {
    const rows = drawRows(drawn + PEEK_EDGES_SHOWN + 1 >= edges.length ? edges.length : drawn + PEEK_EDGES_SHOWN);
    // Still more: paging on is one Enter away, the page just drawn above the button in sight (the
    // button keeps the focus, which scrolls nothing); else the first row drawn takes the focus.
    if (more.isConnected) { next.focus(); more.scrollIntoView({ block: 'nearest' }); } else rows[0]?.querySelector<HTMLButtonElement>('.gpe-peek-link')?.focus();
  });
  const all = linkButton('', 'gpe-peek-more-button gpe-peek-more-all', () => {
    // Rows made on demand, a page at a time between tasks: 23,000 callers drawn at once would
    // hold the webview for seconds.
    next.disabled = all.disabled = true;
    // The first row drawn stands where the button stood, in sight: focusing it needs no scroll,
    // and no layout of the whole table before the click returns.
    drawBlock()[0]?.querySelector<HTMLButtonElement>('.gpe-peek-link')?.focus({ preventScroll: true });
    const drawOn = (): void => {
      if (!more.isConnected) return;
      drawBlock();
      setTimeout(drawOn, 0);
    };
    setTimeout(drawOn, 0);
  });
  td.append(summary, ' ', next, el('span', 'gpe-peek-more-sep', ' · '), all);
  more.append(td);
  const describe = (): void => {
    const hidden = edges.length - drawn;
    more.dataset.hidden = String(hidden);
    // A recursive function's calls are counted at each level, as pprof counts each row: their sum can pass its cum.
    const recursive = Math.abs(hiddenWeight) > Math.abs(cum) ? ': recursive calls counted at each level' : '';
    // With thousands separators, as the profile's header counts its samples.
    const count = hidden.toLocaleString('en-US');
    summary.textContent = `… ${count} more ${role}s (${formatPercent(hiddenWeight, cum)} of the function${recursive}, ${formatValue(hiddenWeight, unit)})`;
    const page = Math.min(PEEK_EDGES_SHOWN, hidden);
    next.textContent = `next ${page}`;
    next.title = `Show the next ${page} ${role}s, lighter than the ones above`;
    all.textContent = `all ${count}`;
    all.title = `Show the other ${count} ${role}s, lighter than the ones above`;
  };
  /** Draws the edges up to `end` above the "more" row (removed once none is left); returns the new rows. */
  const drawRows = (end: number): HTMLTableRowElement[] => {
    const rows = edges.slice(drawn, end).map(row);
    more.before(...rows);
    advance(end);
    return rows;
  };
  /**
   * The next PEEK_ROWS_PER_TASK edges as a table of their own in one row of this one: 23,000 rows
   * of one table are laid out whole at each change (tens of seconds), a block out of sight not at all.
   */
  const drawBlock = (): HTMLTableRowElement[] => {
    const end = Math.min(edges.length, drawn + PEEK_ROWS_PER_TASK);
    const rows = edges.slice(drawn, end).map(row);
    more.before(peekBlock(rows));
    advance(end);
    return rows;
  };
  const advance = (end: number): void => {
    for (let i = drawn; i < end; i++) hiddenWeight -= edges[i].weight;
    drawn = end;
    if (drawn >= edges.length) more.remove(); else describe();
  };
  describe();
  tbody.append(more);
}

/**
 * Rows in a table of the same columns (its first row's cells are sized as the head's), inside one
 * row spanning them; a box that layout and paint skip while it is out of sight, as tall as its rows
 * were last drawn (a line each before that).
 */
function peekBlock(rows: readonly HTMLTableRowElement[]): HTMLTableRowElement {
  const table = el('table', 'gpe-peek-table gpe-peek-block');
  const tbody = el('tbody');
  tbody.append(...rows);
  table.append(tbody);
  const box = el('div', 'gpe-peek-block-box');
  box.style.containIntrinsicSize = `auto ${(rows.length * PEEK_ROW_EM).toFixed(1)}em`;
  box.append(table);
  const td = el('td');
  td.colSpan = 4;
  td.append(box);
  const tr = el('tr', 'gpe-peek-block-row');
  tr.append(td);
  return tr;
}

function placeholderRow(text: string): HTMLTableRowElement {
  const tr = el('tr', 'gpe-peek-none');
  const td = el('td', undefined, text);
  td.colSpan = 4;
  tr.append(td);
  return tr;
}
