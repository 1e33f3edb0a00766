// One node of pprof's peek as a table: the callers with the weight of each call, the function's
// own flat and cum, then the callees; percentages as pprof prints them (an edge's share of the
// function's cum). The Peek view and the callers/callees sandwich both draw it.
import type { FunctionPeek } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { linkButton } from './functionView';
import { formatPercent, formatValue } from './units';

export type PeekNode = FunctionPeek['nodes'][number];
type PeekEdge = PeekNode['callers'][number];

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
  for (const c of node.callers) tbody.append(edgeRow('caller', c));
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
  for (const c of node.callees) tbody.append(edgeRow('callee', c));
  if (node.callees.length === 0) tbody.append(placeholderRow('no callees (all of its cum is its own flat)'));
  table.append(thead, tbody);
  return table;
}

function placeholderRow(text: string): HTMLTableRowElement {
  const tr = el('tr', 'gpe-peek-none');
  const td = el('td', undefined, text);
  td.colSpan = 4;
  tr.append(td);
  return tr;
}
