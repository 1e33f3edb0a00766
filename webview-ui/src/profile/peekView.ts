// The Peek view: pprof's peek of one function, a table (peekTable.ts) for each of its nodes
// (one per line at line granularity). Names are links that peek at that function next.
import type { PeekHead, ProfileHostMessage, ProfileQuery } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import { FunctionView, linkButton, PEEK_VIEW_ID, SOURCE_VIEW_ID } from './functionView';
import { PeekEdgeRequests } from './peekEdgeRequests';
import { drawPeekInSight } from './peekFit';
import { peekTable } from './peekTable';
import type { FunctionTarget, ProfileViewContext } from './viewSwitcher';
import { shownName } from '../common/shownName';

export class PeekView extends FunctionView {
  readonly id = PEEK_VIEW_ID;
  readonly label = 'Peek';
  readonly title = "pprof's peek: a function's callers and callees, each with its weight";
  readonly menuLabel = 'Peek: callers and callees with numbers';
  protected readonly waitingNote = 'Computing…';
  /** More callers and callees of the peek shown, as the user pages through them. */
  private readonly edges: PeekEdgeRequests;
  /** What the latest request asked for: its answer's windows are of that peek. */
  private asked: { query: ProfileQuery; functionName: string } | undefined;

  constructor(context: ProfileViewContext) {
    super(context, 'gpe-peek-pane', 'Right-click a frame in the flame graph or a row of the top table and choose “Peek” for another function.');
    this.edges = new PeekEdgeRequests(m => context.post(m), () => context.nextRequestId());
  }

  protected request(requestId: number, query: ProfileQuery, functionName: string): void {
    this.asked = { query, functionName };
    this.context.post({ type: 'peek', requestId, query, functionName });
  }

  protected handleAnswer(m: ProfileHostMessage): boolean {
    if (this.edges.receive(m)) return true;
    if (m.type !== 'peek') return false;
    if (m.requestId === this.latest && this.asked) this.render(m.peek, m.unit, this.asked.query);
    return true;
  }

  protected renderHead(target: FunctionTarget): void {
    const actions = el('span', 'gpe-fn-actions');
    actions.append(
      linkButton('Callers/callees flame graphs', 'gpe-peek-flames', () => this.context.showCallers(target.functionName), 'The sandwich: who calls it and what it calls, as flame graphs'),
      linkButton('Source', 'gpe-peek-source', () => this.context.openInView(SOURCE_VIEW_ID, target), 'Its source with the cost of each line'),
    );
    this.head.replaceChildren(el('span', 'gpe-fn-title', `Peek: ${shownName(target.functionName)}`), actions);
  }

  private render(peek: PeekHead, unit: string, query: ProfileQuery): void {
    // The first node's own row is the one kept in sight: at line granularity the others follow it.
    drawPeekInSight(this.pane, callersShown => {
      this.edges.forget();
      const blocks = peek.nodes.map((node, i) => peekTable(node, peek.total, unit, this.edges.fetcher(query, peek.functionName, i), name => this.peekAt(name), name => `Peek at ${shownName(name)}`, shownName, i === 0 ? callersShown : undefined));
      this.body.replaceChildren(...blocks);
      if (blocks.length === 0) this.body.append(el('p', 'gpe-fn-note', `${shownName(peek.functionName)} has no samples in this view.`));
      return blocks[0];
    });
    this.context.setStatus(`Peek of ${peek.functionName}: ${peek.nodes.length} node${peek.nodes.length === 1 ? '' : 's'}`);
  }

  private peekAt(name: string): void {
    // At file or line granularity the name is a node's ("F file:line"): the host matches it so.
    this.context.openInView(PEEK_VIEW_ID, { functionName: name });
  }
}
