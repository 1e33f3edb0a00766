// One node of pprof's peek as a table: the callers with the weight of each call, the function's
// own flat and cum, then the callees; percentages as pprof prints them (an edge's share of the
// function's cum). The Peek view and the callers/callees sandwich both draw it. A hot function
// of a big profile has thousands of callers: only the heaviest come with the peek and are drawn,
// the rest behind one row that says how much they weigh and asks the host for them, a page or
// all (a window at a time), so the function's own row stays in sight.
import { PEEK_EDGES_SHOWN, PROTOCOL_LIMITS, type PeekEdge, type PeekEdgeWindow, type PeekHeadNode, type PeekRole } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { linkButton } from './functionView';
import type { PeekEdgeFetch } from './peekEdgeRequests';
import { formatPercent, formatValue } from './units';
import { shownName } from '../common/shownName';

/**
 * Rows "all" draws per task, so the webview answers between them, each task's in a block of its
 * own: a table of one row per block, each block skipped by layout while out of sight.
 */
const PEEK_ROWS_PER_TASK = PROTOCOL_LIMITS.maxPeekWindowEdges;
/** A row of one line, in em of the table's font (its line and padding), for a block not drawn yet. */
const PEEK_ROW_EM = 1.45;

/**
 * `fetch` asks the host for more of the node's edges; `peekAt` runs when a caller's or callee's
 * name is clicked (with that name); `shown` is the text each name is shown as (the whole name by default);
 * `callersShown` how many of the heaviest callers are rows before the rest fold behind the "more" row
 * (fewer when the pane is too short to show them above the function's own row).
 */
export function peekTable(node: PeekHeadNode, total: number, unit: string, fetch: PeekEdgeFetch, peekAt: (name: string) => void, linkTitle: (name: string) => string, shown: (name: string) => string = name => name, callersShown = PEEK_EDGES_SHOWN): HTMLTableElement {
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
  const edgeRow = (role: PeekRole, e: PeekEdge) => {
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
  appendEdges(tbody, 'caller', node.callers, callersShown, node.cum, unit, c => edgeRow('caller', c), fetch);
  if (node.callers.count === 0) tbody.append(placeholderRow('no callers (a root of the stacks)'));
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
  selfName.title = shownName(node.func);
  self.append(el('td', 'gpe-peek-role', '▶'), values, pcts, selfName);
  tbody.append(self);
  appendEdges(tbody, 'callee', node.callees, PEEK_EDGES_SHOWN, node.cum, unit, c => edgeRow('callee', c), fetch);
  if (node.callees.count === 0) tbody.append(placeholderRow('no callees (all of its cum is its own flat)'));
  table.append(thead, tbody);
  return table;
}

/**
 * The edges in pprof's order (heaviest first, by absolute weight so a diff's losses count), the
 * first `shown` (at most PEEK_EDGES_SHOWN) as rows and the rest behind a row that pages through them: the next
 * PEEK_EDGES_SHOWN (focus stays on its button, so Enter pages on) or all of them, as pprof's
 * -peek prints them. `first` is the window the peek came with; the rest are fetched.
 */
function appendEdges(tbody: HTMLTableSectionElement, role: PeekRole, first: PeekEdgeWindow, shown: number, cum: number, unit: string, row: (e: PeekEdge) => HTMLTableRowElement, fetch: PeekEdgeFetch): void {
  const count = first.count;
  const rowsFirst = Math.max(0, Math.min(shown, PEEK_EDGES_SHOWN));
  // One more row would take the place of the "more" row: show it instead (the first window holds it).
  if (count <= rowsFirst + 1 && first.edges.length >= count) {
    for (const e of first.edges) tbody.append(row(e));
    return;
  }
  for (const e of first.edges.slice(0, rowsFirst)) tbody.append(row(e));
  let drawn = rowsFirst;
  let hiddenWeight = first.weightAfter;
  for (let i = drawn; i < first.edges.length; i++) hiddenWeight += first.edges[i].weight;
  const more = el('tr', `gpe-peek-more gpe-peek-more-${role}`);
  more.dataset.role = role;
  const td = el('td');
  td.colSpan = 4;
  const summary = el('span', 'gpe-peek-more-text');
  /** The next edges from the host, or undefined (the reason said in the row) when there are none to draw. */
  const fetchFrom = async (end: number): Promise<PeekEdgeWindow | undefined> => {
    next.disabled = all.disabled = true;
    try {
      const w = await fetch(role, drawn, end - drawn);
      // The table was drawn again meanwhile, or the answer is not of the edges asked for.
      if (!more.isConnected || w.start !== drawn || w.edges.length === 0) return undefined;
      return w;
    } catch (e) {
      summary.textContent = `… ${(count - drawn).toLocaleString('en-US')} more ${role}s could not be fetched: ${e instanceof Error ? e.message : String(e)}`;
      return undefined;
    } finally {
      next.disabled = all.disabled = false;
    }
  };
  const next = linkButton('', 'gpe-peek-more-button gpe-peek-more-next', () => {
    void fetchFrom(drawn + PEEK_EDGES_SHOWN + 1 >= count ? count : drawn + PEEK_EDGES_SHOWN).then(w => {
      if (!w) return;
      const rows = drawRows(w);
      // Still more: paging on is one Enter away, the page just drawn above the button in sight (the
      // button keeps the focus, which scrolls nothing), and the row under it too: under the callers' button
      // it is the function's own, which the page read is about; else the first row drawn takes the focus.
      if (more.isConnected) {
        next.focus();
        (more.nextElementSibling ?? more).scrollIntoView({ block: 'nearest' });
        more.scrollIntoView({ block: 'nearest' });
      } else rows[0]?.querySelector<HTMLButtonElement>('.gpe-peek-link')?.focus();
    });
  });
  const all = linkButton('', 'gpe-peek-more-button gpe-peek-more-all', () => {
    // A window at a time from the host, each drawn as a block between tasks: 23,000 callers
    // drawn at once would hold the webview for seconds.
    let firstBlock = true;
    const drawOn = async (): Promise<void> => {
      while (more.isConnected) {
        const w = await fetchFrom(Math.min(count, drawn + PEEK_ROWS_PER_TASK));
        if (!w) return;
        // Paging stays off while all are drawn (fetchFrom turned it back on).
        next.disabled = all.disabled = true;
        const rows = drawBlock(w);
        // The first row drawn stands where the button stood, in sight: focusing it needs no scroll,
        // and no layout of the whole table before the click returns.
        if (firstBlock) rows[0]?.querySelector<HTMLButtonElement>('.gpe-peek-link')?.focus({ preventScroll: true });
        firstBlock = false;
        await new Promise(r => setTimeout(r, 0));
      }
    };
    void drawOn();
  });
  td.append(summary, ' ', next, el('span', 'gpe-peek-more-sep', ' · '), all);
  more.append(td);
  const describe = (): void => {
    const hidden = count - drawn;
    more.dataset.hidden = String(hidden);
    // A recursive function's calls are counted at each level, as pprof counts each row: their sum can pass its cum.
    const recursive = Math.abs(hiddenWeight) > Math.abs(cum) ? ': recursive calls counted at each level' : '';
    // With thousands separators, as the profile's header counts its samples.
    const hiddenText = hidden.toLocaleString('en-US');
    summary.textContent = `… ${hiddenText} more ${role}s (${formatPercent(hiddenWeight, cum)} of the function${recursive}, ${formatValue(hiddenWeight, unit)})`;
    const page = Math.min(PEEK_EDGES_SHOWN, hidden);
    next.textContent = `next ${page}`;
    next.title = `Show the next ${page} ${role}s, lighter than the ones above`;
    all.textContent = `all ${hiddenText}`;
    all.title = `Show the other ${hiddenText} ${role}s, lighter than the ones above`;
  };
  /** Draws a window's edges above the "more" row (removed once none is left); returns the new rows. */
  const drawRows = (w: PeekEdgeWindow): HTMLTableRowElement[] => {
    const rows = w.edges.map(row);
    more.before(...rows);
    advance(w);
    return rows;
  };
  /**
   * A window's edges as a table of their own in one row of this one: 23,000 rows of one table
   * are laid out whole at each change (tens of seconds), a block out of sight not at all.
   */
  const drawBlock = (w: PeekEdgeWindow): HTMLTableRowElement[] => {
    const rows = w.edges.map(row);
    more.before(peekBlock(rows));
    advance(w);
    return rows;
  };
  const advance = (w: PeekEdgeWindow): void => {
    drawn = w.start + w.edges.length;
    hiddenWeight = w.weightAfter;
    if (drawn >= count) more.remove(); else describe();
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
