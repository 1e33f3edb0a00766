// What the views of one function (Peek, Source) share: a pane with a head and a body, the function
// they were opened on, one request to the host per showing (answers to older requests are dropped),
// the host's error for it. Until the user picks a function they show the one the editor offers (the
// flame graph's selection, else the heaviest: pprof's -peek and -list of something useful at once),
// say which and how to pick another.
import type { ProfileHostMessage, ProfileQuery } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import type { DefaultFunction, FunctionTarget, ProfileSubview, ProfileViewContext } from './viewSwitcher';
import './functionViews.css';
import { visibleText } from '../../../src/shared/visibleText';

export const PEEK_VIEW_ID = 'peek';
export const SOURCE_VIEW_ID = 'source';

export abstract class FunctionView implements ProfileSubview {
  abstract readonly id: string;
  abstract readonly label: string;
  abstract readonly title: string;
  abstract readonly menuLabel: string;
  readonly pane: HTMLElement;
  protected readonly head: HTMLElement;
  /** Why the view shows the function it shows when the user did not pick it, and how to pick another. */
  private readonly why: HTMLElement;
  protected readonly body: HTMLElement;
  /** The function the user picked; until then the view follows the editor's default. */
  private picked: FunctionTarget | undefined;
  protected latest = 0;

  /** paneClass: the view's own class on the pane; howToPick: how to show another function, after the default's reason. */
  constructor(protected readonly context: ProfileViewContext, paneClass: string, private readonly howToPick: string) {
    this.pane = el('div', `gpe-fn-pane ${paneClass}`);
    this.pane.hidden = true;
    this.head = el('div', 'gpe-fn-head');
    this.why = el('p', 'gpe-fn-why');
    this.why.hidden = true;
    this.body = el('div', 'gpe-fn-body');
    this.pane.append(this.head, this.why, this.body);
  }

  openFunction(target: FunctionTarget): void {
    this.picked = target;
  }

  show(query: ProfileQuery): void {
    const offer = this.picked ? undefined : this.context.defaultFunction();
    const offered = offer === 'pending' ? undefined : offer;
    const target = this.picked ?? offered?.target;
    this.renderWhy(offered);
    if (!target) {
      // viewArrived follows a pending view.
      this.head.replaceChildren(el('span', 'gpe-fn-title', this.label));
      this.body.replaceChildren(el('p', 'gpe-fn-note', offer === 'pending' ? 'Waiting for the profile’s functions…' : 'No function has samples in this view.'));
      this.context.setStatus('');
      return;
    }
    this.latest = this.context.nextRequestId();
    this.renderHead(target);
    this.body.replaceChildren(el('p', 'gpe-fn-note', this.waitingNote));
    // The status line under the pane still tells of the view shown before until the answer comes.
    this.context.setStatus(this.waitingNote);
    this.request(this.latest, query, target.functionName);
  }

  viewArrived(query: ProfileQuery): void {
    // A function the user picked was asked for with this query already; the default may have changed with it.
    if (!this.picked) this.show(query);
  }

  handle(m: ProfileHostMessage): boolean {
    if (this.handleAnswer(m)) return true;
    if (m.type === 'functionViewError' && m.requestId === this.latest) {
      this.body.replaceChildren(el('p', 'gpe-error', visibleText(m.message)));
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

  private renderWhy(offered: DefaultFunction | undefined): void {
    this.why.hidden = !offered;
    this.why.textContent = offered ? `Showing ${offered.why}. ${this.howToPick}` : '';
  }
}

export function linkButton(text: string, cls: string, onClick: () => void, title?: string): HTMLButtonElement {
  const b = el('button', `gpe-link ${cls}`, text);
  b.type = 'button';
  if (title) b.title = title;
  b.addEventListener('click', onClick);
  return b;
}
