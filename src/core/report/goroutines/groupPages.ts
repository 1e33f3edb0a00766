// The goroutine view crosses to the extension host within a budget, as a pprof-like view of its
// top rows does: the groups in ranked order until their JSON reaches PAGE_BUDGET_CHARS, the rest a
// page at a time when the view asks ("N more"), or when a search finds groups not sent. Each text is
// already cut (src/shared/nameLimit.ts); this bounds their number. Held by the worker per view; the
// frames each page needs are sent with it, numbered in the order sent, so the host's model only grows
// by what the view asked for. One stack crosses the same way: its first and last frames, the middle
// a page at a time when the view asks (a stack may be 10^6 frames deep). The flame graph and which
// waits a query keeps are computed here over every group, sent or not.
import type {
  FlameOpenStep, FlameZoomPage, GoroutineCompareView, GoroutineFlameView, GoroutineFrameView, GoroutineGroupView, GroupPage, StackFramesPage, StacksPage, StackView,
  VanishedGroupView, VanishedPage,
} from '../../../shared/goroutineProtocol';
import { narrows, type GroupQuery } from '../../../shared/goroutineFilter';
import type { WholeGoroutineView } from './viewModel';
import type { GroupSearch } from './groupSearch';
import { goroutineFlame, NARROW_TOWERS, narrowTowerRanks, openedWidthUnits, type OpenedTowers } from './goroutineFlame';
import { STACK_TAIL_FRAMES, stackEnds } from './stackEnds';

/**
 * The characters of JSON a page of groups holds (their frames with them). A page of 1 MB is laid out
 * by the webview in well under a second; ordinary groups are ~300 characters, so a dump of up to
 * ~3,000 distinct stacks crosses whole in its first page.
 */
export const PAGE_BUDGET_CHARS = 1_000_000;
/** Rows a page holds at most, whatever their size: each is a row of the table. */
export const PAGE_MAX_GROUPS = 2_000;
/** Frames of a stack's middle sent per ask, at most (and within the page's budget). */
export const STACK_PAGE_FRAMES = 10_000;
/** Stacks outside the groups sent: a text of 10^5 headless stacks would cross whole. */
export const MAX_STACKS_SENT = 100;
/** Groups gone since the base in the first crossing (a summary's worth), and in each page after it at most. */
export const FIRST_VANISHED_SENT = 50;
export const VANISHED_PAGE_ROWS = 1_000;

/**
 * A group (or a stack outside the groups) as sent, with the page of its stack's middle that `page` brought at `leftOut.at` (the
 * host and the webview apply it alike: the group says what is still left out).
 */
export function withMiddleFrames(view: GoroutineGroupView, page: StackFramesPage): GoroutineGroupView;
export function withMiddleFrames(view: StackView, page: StackFramesPage): StackView;
export function withMiddleFrames(view: GoroutineGroupView | StackView, page: StackFramesPage): GoroutineGroupView | StackView {
  const leftOut = view.framesLeftOut;
  if (!leftOut || page.ids.length === 0) return view;
  const frames = [...view.frames.slice(0, leftOut.at), ...page.ids, ...view.frames.slice(leftOut.at)];
  const count = leftOut.count - page.ids.length;
  const { framesLeftOut: _, ...rest } = view;
  return count > 0 ? { ...rest, frames, framesLeftOut: { at: leftOut.at + page.ids.length, count } } : { ...rest, frames };
}

export class GoroutineGroupPages {
  /** A frame's index in the frames sent, by its index in the whole view; -1 while not sent. */
  private readonly sentFrame: Int32Array;
  /** The frames sent, by their index in the whole view. */
  private readonly frameOrder: number[] = [];
  /** A group's index among the groups sent, by its rank; -1 while not sent. */
  private readonly sentGroup: Int32Array;
  private readonly sentRanks: number[] = [];

  private readonly whole: WholeGoroutineView['view'];
  private readonly waitRanks: WholeGoroutineView['waitRanks'];

  constructor(whole: WholeGoroutineView, private readonly search: GroupSearch, private readonly budget = PAGE_BUDGET_CHARS) {
    this.whole = whole.view;
    this.waitRanks = whole.waitRanks;
    this.sentFrame = new Int32Array(this.whole.frames.length).fill(-1);
    this.sentGroup = new Int32Array(this.whole.groups.length).fill(-1);
  }

  /** The model's first crossing: everything but the groups past the first page (and their frames), each stack's middle and the stacks past the first. */
  first(): WholeGoroutineView['view'] {
    const frames: GoroutineFrameView[] = [];
    const send = (f: number) => this.sendFrame(f, frames);
    const w = this.whole;
    const stacks = w.stacks.slice(0, MAX_STACKS_SENT).map(s => this.sendStack(s, frames));
    const suspect = w.summary.stackSuspect;
    const summary = suspect && suspect.frame >= 0 ? { ...w.summary, stackSuspect: { ...suspect, frame: send(suspect.frame) } } : w.summary;
    const flame = this.sendFlame(w.flame, frames);
    const all = Array.from({ length: w.groups.length }, (_, i) => i);
    const groups = this.sendGroups(all, frames, this.budget - JSON.stringify(frames).length);
    const stacksLeftOut = w.stacks.length - stacks.length;
    return {
      ...w, summary, stacks, ...(stacksLeftOut > 0 ? { stacksLeftOut } : {}), flame, frames, groups, unsentGroups: this.unsentGroups(), compare: this.firstCompare(),
    };
  }

  /** The comparison with its first gone groups; the rest counted. */
  private firstCompare(): GoroutineCompareView | null {
    const compare = this.whole.compare;
    if (!compare || compare.vanished.length <= FIRST_VANISHED_SENT) return compare;
    return { ...compare, vanished: compare.vanished.slice(0, FIRST_VANISHED_SENT), vanishedLeftOut: compare.vanished.length - FIRST_VANISHED_SENT };
  }

  /**
   * The next groups gone since the base, from the `from`th (the number the view holds): at most
   * VANISHED_PAGE_ROWS within the page's budget (at least one).
   */
  moreVanished(from: number): VanishedPage {
    const all = this.whole.compare?.vanished ?? [];
    const vanished: VanishedGroupView[] = [];
    let used = 0;
    for (let i = Math.max(0, from); i < all.length && vanished.length < VANISHED_PAGE_ROWS; i++) {
      const size = JSON.stringify(all[i]).length + 1;
      if (vanished.length > 0 && used + size > this.budget) break;
      used += size;
      vanished.push(all[i]);
    }
    return { vanished, vanishedLeftOut: Math.max(0, all.length - Math.max(0, from) - vanished.length) };
  }

  /**
   * What a query keeps of the groups sent, and a page of those it keeps still unsent when `more` or
   * when none sent is kept; when it narrows, its flame graph and waits over every group it keeps.
   */
  query(query: GroupQuery, more: boolean): GroupPage {
    const narrowed = narrows(query);
    const kept = narrowed ? this.search.matches(query) : Array.from({ length: this.whole.groups.length }, (_, i) => i);
    const unsent = kept.filter(r => this.sentGroup[r] < 0);
    const frames: GoroutineFrameView[] = [];
    const noneShown = unsent.length === kept.length;
    const flame = narrowed ? this.sendFlame(goroutineFlame(this.whole.groups, kept, this.whole.frames.length), frames) : undefined;
    const groups = unsent.length > 0 && (more || noneShown) ? this.sendGroups(unsent, frames, this.budget - JSON.stringify(frames).length) : [];
    const matches: number[] = [];
    for (const r of kept) if (this.sentGroup[r] >= 0) matches.push(this.sentGroup[r]);
    const page: GroupPage = { query, groups, frames, matches, unsentMatches: unsent.length - groups.length, unsentGroups: this.unsentGroups() };
    return narrowed ? { ...page, flame, waitMatches: this.waitsOf(kept) } : page;
  }

  /**
   * The next stacks outside the groups, from stack `from` (the number the view holds): at most
   * MAX_STACKS_SENT, each its first and last frames, within the page's budget (at least one).
   */
  moreStacks(at: number): StacksPage {
    const all = this.whole.stacks;
    const from = Math.max(0, Math.min(at, all.length));
    const frames: GoroutineFrameView[] = [];
    const stacks: StackView[] = [];
    let used = 0;
    for (let i = from; i < all.length && stacks.length < MAX_STACKS_SENT; i++) {
      const framesBefore = frames.length, sentBefore = this.frameOrder.length;
      const sent = this.sendStack(all[i], frames);
      let size = JSON.stringify(sent).length;
      for (let f = framesBefore; f < frames.length; f++) size += JSON.stringify(frames[f]).length + 1;
      if (stacks.length > 0 && used + size > this.budget) {
        while (this.frameOrder.length > sentBefore) this.sentFrame[this.frameOrder.pop()!] = -1;
        frames.length = framesBefore;
        break;
      }
      used += size;
      stacks.push(sent);
    }
    return { from, stacks, frames, stacksLeftOut: all.length - from - stacks.length };
  }

  /**
   * The flame of what a grey node of narrow towers holds: `steps` lead to it, each the path (frames as
   * sent, from the outermost) to an opened grey node's parent and the towers to skip, the first in
   * the flame of the groups `query` keeps, each next in the flame the one before drew.
   */
  flameZoom(query: GroupQuery, steps: readonly FlameOpenStep[], chartPixels?: number): FlameZoomPage {
    const widthUnits = openedWidthUnits(chartPixels);
    let ranks = narrows(query) ? this.search.matches(query) : Array.from({ length: this.whole.groups.length }, (_, i) => i);
    let opened: OpenedTowers = { ranks, towers: 0, towersLeft: 0 };
    for (const step of steps) {
      const path = step.path.map(f => {
        if (!Number.isInteger(f) || f < 0 || f >= this.frameOrder.length) throw new Error(`Frame ${f} was not sent to the view`);
        return this.frameOrder[f];
      });
      opened = narrowTowerRanks(this.whole.groups, ranks, { path, from: step.from }, widthUnits);
      ranks = opened.ranks;
    }
    const frames: GoroutineFrameView[] = [];
    const flame = this.sendFlame(goroutineFlame(this.whole.groups, ranks, this.whole.frames.length), frames);
    return { query, steps, flame, frames, groups: ranks.length, towers: opened.towers, towersLeft: opened.towersLeft };
  }

  /**
   * The next frames of the middle of group `rank`'s stack, from its frame `from` (the view's
   * `framesLeftOut.at`: the frames before it are the stack's first): within the page's budget.
   */
  moreFrames(rank: number, from: number): StackFramesPage {
    return this.middleFrames(this.whole.groups[rank].frames, from);
  }

  /** The next frames of the middle of stack `index` outside the groups (of the whole list), as `moreFrames`. */
  moreStackFrames(index: number, from: number): StackFramesPage {
    const stack = this.whole.stacks[index];
    if (!stack) throw new Error(`Stack ${index} is not in the dump`);
    return this.middleFrames(stack.frames, from);
  }

  private middleFrames(whole: readonly number[], from: number): StackFramesPage {
    const end = Math.min(whole.length - STACK_TAIL_FRAMES, from + STACK_PAGE_FRAMES);
    const frames: GoroutineFrameView[] = [];
    const ids: number[] = [];
    let used = 0;
    for (let i = from; i < end; i++) {
      const before = frames.length;
      ids.push(this.sendFrame(whole[i], frames));
      used += 12 + (frames.length > before ? JSON.stringify(frames[before]).length : 0);
      if (used > this.budget) break;
    }
    return { ids, frames };
  }

  /** Whether group `rank` was sent: the host asks for frames of groups the view holds only. */
  isSent(rank: number): boolean {
    return rank >= 0 && rank < this.sentGroup.length && this.sentGroup[rank] >= 0;
  }

  /** Indices of the waits any of `ranks` waits on. */
  private waitsOf(ranks: readonly number[]): number[] {
    const kept = new Uint8Array(this.whole.groups.length);
    for (const r of ranks) kept[r] = 1;
    const out: number[] = [];
    this.waitRanks.forEach((waiting, i) => { if (waiting.some(r => kept[r] === 1)) out.push(i); });
    return out;
  }

  private sendStack(s: StackView, frames: GoroutineFrameView[]): StackView {
    const send = (f: number) => this.sendFrame(f, frames);
    const ends = stackEnds(s.frames);
    return { ...s, ...ends, frames: ends.frames.map(send), createdBy: s.createdBy >= 0 ? send(s.createdBy) : -1 };
  }

  private sendFlame(flame: GoroutineFlameView, out: GoroutineFrameView[]): GoroutineFlameView {
    return { ...flame, frames: flame.frames.map(f => f === NARROW_TOWERS ? f : this.sendFrame(f, out)) };
  }

  private unsentGroups(): number {
    return this.whole.groups.length - this.sentRanks.length;
  }

  private sendFrame(f: number, out: GoroutineFrameView[]): number {
    if (this.sentFrame[f] < 0) {
      this.sentFrame[f] = this.frameOrder.length;
      this.frameOrder.push(f);
      out.push(this.whole.frames[f]);
    }
    return this.sentFrame[f];
  }

  /** Groups of `ranks` (unsent, ranked) until the page's budget; at least one. */
  private sendGroups(ranks: readonly number[], frames: GoroutineFrameView[], budget: number): GoroutineGroupView[] {
    const out: GoroutineGroupView[] = [];
    let used = 0;
    for (const r of ranks) {
      if (out.length >= PAGE_MAX_GROUPS) break;
      const framesBefore = frames.length;
      const sentBefore = this.frameOrder.length;
      const g = this.whole.groups[r];
      const send = (f: number) => this.sendFrame(f, frames);
      const ends = stackEnds(g.frames);
      const sent: GoroutineGroupView = {
        ...g, ...ends, frames: ends.frames.map(send), topUserFrame: g.topUserFrame >= 0 ? send(g.topUserFrame) : -1, createdBy: g.createdBy >= 0 ? send(g.createdBy) : -1,
      };
      let size = JSON.stringify(sent).length;
      for (let i = framesBefore; i < frames.length; i++) size += JSON.stringify(frames[i]).length + 1;
      if (out.length > 0 && used + size > budget) {
        // Past the budget: the frames this group brought go back unsent.
        while (this.frameOrder.length > sentBefore) this.sentFrame[this.frameOrder.pop()!] = -1;
        frames.length = framesBefore;
        break;
      }
      used += size;
      this.sentGroup[r] = this.sentRanks.length;
      this.sentRanks.push(r);
      out.push(sent);
    }
    return out;
  }
}
