// What the views of one function (Peek, Source) share: a pane with a head and a body, the function
// they were opened on, one request to the host per showing (answers to older requests are dropped),
// the host's error for it, and a hint until a function is picked.
import type { ProfileHostMessage, ProfileQuery } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import type { FunctionTarget, ProfileSubview, ProfileViewContext } from './viewSwitcher';
import './functionViews.css';

export const PEEK_VIEW_ID = 'peek';
export const SOURCE_VIEW_ID = 'source';

export abstract class FunctionView implements ProfileSubview {
  abstract readonly id: string;
  abstract readonly label: string;
  abstract readonly title: string;
  abstract readonly menuLabel: string;
  readonly pane: HTMLElement;
  protected readonly head: HTMLElement;
  protected readonly body: HTMLElement;
  private target: FunctionTarget | undefined;
  protected latest = 0;

  /** paneClass: the view's own class on the pane; hint: what to do before a function is picked. */
  constructor(protected readonly context: ProfileViewContext, paneClass: string, private readonly hint: string) {
    this.pane = el('div', `gpe-fn-pane ${paneClass}`);
    this.pane.hidden = true;
    this.head = el('div', 'gpe-fn-head');
    this.body = el('div', 'gpe-fn-body');
    this.pane.append(this.head, this.body);
    this.renderHint();
  }

  openFunction(target: FunctionTarget): void {
    this.target = target;
  }

  show(query: ProfileQuery): void {
    if (!this.target) { this.renderHint(); this.context.setStatus(''); return; }
    this.latest = this.context.nextRequestId();
    this.renderHead(this.target);
    this.body.replaceChildren(el('p', 'gpe-fn-note', this.waitingNote));
    // The status line under the pane still tells of the view shown before until the answer comes.
    this.context.setStatus(this.waitingNote);
    this.request(this.latest, query, this.target.functionName);
  }

  handle(m: ProfileHostMessage): boolean {
    if (this.handleAnswer(m)) return true;
    if (m.type === 'functionViewError' && m.requestId === this.latest) {
      this.body.replaceChildren(el('p', 'gpe-error', m.message));
      this.context.setStatus('');
      return true;
    }
    return false;
  }

  dispose(): void {
    this.pane.remove();
  }

  /** The body's text while the host works. */
  protected abstract readonly waitingNote: string;
  /** Asks the host for the view of `functionName`. */
  protected abstract request(requestId: number, query: ProfileQuery, functionName: string): void;
  /** Renders the host's answer when it is this view's (the latest request's); true when `m` was for this view at all. */
  protected abstract handleAnswer(m: ProfileHostMessage): boolean;
  protected abstract renderHead(target: FunctionTarget): void;

  private renderHint(): void {
    this.head.replaceChildren(el('span', 'gpe-fn-title', this.label));
    this.body.replaceChildren(el('p', 'gpe-fn-note', this.hint));
  }
}

export function linkButton(text: string, cls: string, onClick: () => void, title?: string): HTMLButtonElement {
  const b = el('button', `gpe-link ${cls}`, text);
  b.type = 'button';
  if (title) b.title = title;
  b.addEventListener('click', onClick);
  return b;
}
