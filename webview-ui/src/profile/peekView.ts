// The Peek view: pprof's peek of one function. For each of its nodes (one per line at line
// granularity), the callers with the weight of each call, the function's own flat and cum,
// and the callees with theirs; percentages as pprof prints them (an edge's share of the
// function's cum). Names are links that peek at that function next.
import type { FunctionPeek, ProfileHostMessage, ProfileQuery } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { FunctionView, linkButton, PEEK_VIEW_ID, SOURCE_VIEW_ID } from './functionView';
import { formatPercent, formatValue } from './units';
import type { FunctionTarget, ProfileViewContext } from './viewSwitcher';

type PeekNode = FunctionPeek['nodes'][number];
type PeekEdge = PeekNode['callers'][number];

export class PeekView extends FunctionView {
  readonly id = PEEK_VIEW_ID;
  readonly label = 'Peek';
  readonly title = "pprof's peek: a function's callers and callees, each with its weight";
  readonly menuLabel = 'Peek: callers and callees with numbers';
  protected readonly waitingNote = 'Computing…';

  constructor(context: ProfileViewContext) {
    super(context, 'gpe-peek-pane', 'Right-click a frame in the flame graph or a row of the top table and choose “Peek” to see the function’s callers and callees with their numbers.');
  }

  protected request(requestId: number, query: ProfileQuery, functionName: string): void {
    this.context.post({ type: 'peek', requestId, query, functionName });
  }

  protected handleAnswer(m: ProfileHostMessage): boolean {
    if (m.type !== 'peek') return false;
    if (m.requestId === this.latest) this.render(m.peek, m.unit);
    return true;
  }

  protected renderHead(target: FunctionTarget): void {
    const actions = el('span', 'gpe-fn-actions');
    actions.append(
      linkButton('Callers/callees flame graphs', 'gpe-peek-flames', () => this.context.showCallers(target.functionName), 'The sandwich: who calls it and what it calls, as flame graphs'),
      linkButton('Source', 'gpe-peek-source', () => this.context.openInView(SOURCE_VIEW_ID, target), 'Its source with the cost of each line'),
    );
    this.head.replaceChildren(el('span', 'gpe-fn-title', `Peek: ${target.functionName}`), actions);
  }

  private render(peek: FunctionPeek, unit: string): void {
    const blocks = peek.nodes.map(node => this.renderNode(node, peek.total, unit));
    this.body.replaceChildren(...blocks);
    if (blocks.length === 0) this.body.append(el('p', 'gpe-fn-note', `${peek.functionName} has no samples in this view.`));
    this.context.setStatus(`Peek of ${peek.functionName}: ${peek.nodes.length} node${peek.nodes.length === 1 ? '' : 's'}`);
  }

  private renderNode(node: PeekNode, total: number, unit: string): HTMLElement {
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
      name.append(linkButton(e.func, 'gpe-peek-link', () => this.peekAt(e.func), `Peek at ${e.func}`));
      if (e.inline) name.append(el('span', 'gpe-peek-inline', ' (inline)'));
      tr.append(el('td', 'gpe-peek-role', role === 'caller' ? 'caller' : 'callee'), el('td', 'gpe-peek-value', formatValue(e.weight, unit)), el('td', 'gpe-peek-pct', formatPercent(e.weight, node.cum)), name);
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
    self.append(el('td', 'gpe-peek-role', '▶'), values, pcts, el('td', 'gpe-peek-name gpe-peek-self-name', node.func));
    tbody.append(self);
    for (const c of node.callees) tbody.append(edgeRow('callee', c));
    if (node.callees.length === 0) tbody.append(placeholderRow('no callees (all of its cum is its own flat)'));
    table.append(thead, tbody);
    return table;
  }

  private peekAt(name: string): void {
    // At file or line granularity the name is a node's ("F file:line"): the host matches it so.
    this.context.openInView(PEEK_VIEW_ID, { functionName: name });
  }
}

function placeholderRow(text: string): HTMLTableRowElement {
  const tr = el('tr', 'gpe-peek-none');
  const td = el('td', undefined, text);
  td.colSpan = 4;
  tr.append(td);
  return tr;
}
