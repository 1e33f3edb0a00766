// The Peek view: pprof's peek of one function, a table (peekTable.ts) for each of its nodes
// (one per line at line granularity). Names are links that peek at that function next.
import type { FunctionPeek, ProfileHostMessage, ProfileQuery } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { FunctionView, linkButton, PEEK_VIEW_ID, SOURCE_VIEW_ID } from './functionView';
import { peekTable } from './peekTable';
import type { FunctionTarget, ProfileViewContext } from './viewSwitcher';

export class PeekView extends FunctionView {
  readonly id = PEEK_VIEW_ID;
  readonly label = 'Peek';
  readonly title = "pprof's peek: a function's callers and callees, each with its weight";
  readonly menuLabel = 'Peek: callers and callees with numbers';
  protected readonly waitingNote = 'Computing…';

  constructor(context: ProfileViewContext) {
    super(context, 'gpe-peek-pane', 'Right-click a frame in the flame graph or a row of the top table and choose “Peek” for another function.');
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
    const blocks = peek.nodes.map(node => peekTable(node, peek.total, unit, name => this.peekAt(name), name => `Peek at ${name}`));
    this.body.replaceChildren(...blocks);
    if (blocks.length === 0) this.body.append(el('p', 'gpe-fn-note', `${peek.functionName} has no samples in this view.`));
    this.context.setStatus(`Peek of ${peek.functionName}: ${peek.nodes.length} node${peek.nodes.length === 1 ? '' : 's'}`);
  }

  private peekAt(name: string): void {
    // At file or line granularity the name is a node's ("F file:line"): the host matches it so.
    this.context.openInView(PEEK_VIEW_ID, { functionName: name });
  }
}
