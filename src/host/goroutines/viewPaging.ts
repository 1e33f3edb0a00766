// The pages a goroutine view asks of the worker after its model (groups past the first page, a
// stack's middle), applied to the host's copy of the model, which every index the webview sends is
// checked against. The worker holds the whole view; when it started again (a limit hit, a cancelled
// analysis) it has lost it: the dump is grouped again and the ask made again of the new model, so
// no page of the old one is shown under the new.
import type {
  FlameOpenStep, FlameZoomPage, StacksPage, GoroutineHostMessage, GoroutineViewModel, GroupPage, StackFramesPage, VanishedPage,
} from '../../shared/goroutineProtocol';
import type { GroupQuery } from '../../shared/goroutineFilter';
import type { GoroutineFlameZoomInput, GoroutineFramesInput, GoroutineQueryInput, GoroutineStacksInput, GoroutineVanishedInput } from '../worker/jobs/goroutines';
import { withMiddleFrames } from '../../core/report/goroutines/groupPages';
import { withVanished } from '../../shared/vanishedPage';
import { allStacks, withStacksPage } from '../../shared/stacksWindow';

/** What paging asks of the worker. */
export interface PagingWorker {
  query(input: GoroutineQueryInput): Promise<GroupPage>;
  frames(input: GoroutineFramesInput): Promise<StackFramesPage>;
  flameZoom(input: GoroutineFlameZoomInput): Promise<FlameZoomPage>;
  stacks(input: GoroutineStacksInput): Promise<StacksPage>;
  vanished(input: GoroutineVanishedInput): Promise<VanishedPage>;
}

export interface PagingHooks {
  /** Groups the dump again; resolves once the new model is set (`ViewPaging.model`) and posted. */
  regroup(): Promise<void>;
  post(message: GoroutineHostMessage): void;
}

export class ViewPaging {
  /** The model as the webview holds it: the first crossing and every page since. */
  model: GoroutineViewModel | undefined;
  /** Asks one after another: each page appends to the model the one before left. */
  private asks: Promise<void> = Promise.resolve();

  constructor(private readonly worker: PagingWorker, private readonly viewId: string, private readonly hooks: PagingHooks) {}

  /** The worker's answer to a query (which groups it keeps; for `more`, or none sent kept, a page of them), applied and posted. */
  query(query: GroupQuery, more: boolean): Promise<void> {
    return this.enqueue(async again => {
      const model = this.model;
      if (!model) return;
      const page = await this.ask(() => this.worker.query({ viewId: this.viewId, query, more }), model, again);
      if (!page || this.model !== model) return;
      this.model = {
        ...model, groups: [...model.groups, ...page.groups], frames: [...model.frames, ...page.frames], unsentGroups: page.unsentGroups,
      };
      this.hooks.post({ type: 'page', page });
    }, () => more);
  }

  /** The next page of group `group`'s stack middle (an index into the model's groups). */
  moreFrames(group: number): Promise<void> {
    let rank: number | undefined;
    return this.enqueue(async again => {
      const model = this.model;
      if (!model) return;
      // Asked again of a new model: the same group by its rank.
      const index = rank === undefined ? group : model.groups.findIndex(g => g.rank === rank);
      const g = model.groups[index];
      rank = g?.rank;
      if (!g?.framesLeftOut) return;
      const page = await this.ask(() => this.worker.frames({ viewId: this.viewId, rank: g.rank, from: g.framesLeftOut!.at }), model, again);
      if (!page || this.model !== model) return;
      const view = withMiddleFrames(g, page);
      const groups = [...model.groups];
      groups[index] = view;
      this.model = { ...model, groups, frames: [...model.frames, ...page.frames] };
      this.hooks.post({ type: 'groupFrames', group: index, view, frames: page.frames });
    }, () => true);
  }

  /** The next page of held stack `stack`'s middle (an index into the model's stacks outside the groups). Asked once. */
  moreStackFrames(stack: number): Promise<void> {
    return this.enqueue(async again => {
      const model = this.model;
      const s = model?.stacks[stack];
      if (!model || !s?.framesLeftOut) return;
      const index = (model.stacksFrom ?? 0) + stack;
      const page = await this.ask(() => this.worker.frames({ viewId: this.viewId, rank: -1, stack: index, from: s.framesLeftOut!.at }), model, again);
      if (!page || this.model !== model) return;
      const view = withMiddleFrames(s, page);
      const stacks = [...model.stacks];
      stacks[stack] = view;
      this.model = { ...model, stacks, frames: [...model.frames, ...page.frames] };
      this.hooks.post({ type: 'stackFrames', stack, view, frames: page.frames });
    }, () => false);
  }

  /**
   * The flame of what a grey node of narrow towers holds (`steps`: model frames), its frames
   * appended. Asked once: the webview asks again itself after a new model.
   */
  flameZoom(query: GroupQuery, steps: readonly FlameOpenStep[], width?: number): Promise<void> {
    return this.enqueue(async again => {
      const model = this.model;
      if (!model) return;
      const page = await this.ask(() => this.worker.flameZoom({ viewId: this.viewId, query, steps, width }), model, again);
      if (!page || this.model !== model) return;
      this.model = { ...model, frames: [...model.frames, ...page.frames] };
      this.hooks.post({ type: 'flameZoom', page });
    }, () => false);
  }

  /** The next page of the stacks outside the groups, appended here and in the webview. Asked once. */
  moreStacks(): Promise<void> {
    return this.stacksFrom(model => model.stacksLeftOut ? (model.stacksFrom ?? 0) + model.stacks.length : undefined);
  }

  /** A page of the stacks outside the groups from the whole list's `from`th, in place of those held (`withStacksPage`). Asked once. */
  stacksAt(from: number): Promise<void> {
    return this.stacksFrom(model => from < allStacks(model) ? from : undefined);
  }

  private stacksFrom(start: (model: GoroutineViewModel) => number | undefined): Promise<void> {
    return this.enqueue(async again => {
      const model = this.model;
      const from = model ? start(model) : undefined;
      if (!model || from === undefined) return;
      const page = await this.ask(() => this.worker.stacks({ viewId: this.viewId, from }), model, again);
      if (!page || this.model !== model) return;
      this.model = withStacksPage(model, page);
      this.hooks.post({ type: 'stacks', page });
    }, () => false);
  }

  /** The next page of the groups gone since the base, appended here and in the webview. Asked once. */
  moreVanished(): Promise<void> {
    return this.enqueue(async again => {
      const model = this.model;
      const compare = model?.compare;
      if (!model || !compare?.vanishedLeftOut) return;
      const page = await this.ask(() => this.worker.vanished({ viewId: this.viewId, from: compare.vanished.length }), model, again);
      if (!page || this.model !== model) return;
      this.model = { ...model, compare: withVanished(compare, page) };
      this.hooks.post({ type: 'vanished', page });
    }, () => false);
  }

  private enqueue(run: (again: () => Promise<void>) => Promise<void>, askAgain: () => boolean): Promise<void> {
    const once = (retried: boolean): Promise<void> => run(async () => {
      // The webview asks its narrowing query again itself when a new model comes; "more" and frames it asked once.
      if (!retried && askAgain()) await once(true);
    });
    this.asks = this.asks.then(() => once(false));
    return this.asks;
  }

  /** The worker's answer, or undefined when it lost the view (the dump is grouped again, and `again` asks of the new model). */
  private async ask<T>(asking: () => Promise<T>, model: GoroutineViewModel, again: () => Promise<void>): Promise<T | undefined> {
    try {
      return await asking();
    } catch {
      if (this.model !== model) return undefined;
      await this.hooks.regroup();
      if (this.model !== model) await again();
      return undefined;
    }
  }
}

