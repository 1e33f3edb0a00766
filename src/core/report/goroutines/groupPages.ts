// The goroutine view crosses to the extension host within a budget, as a pprof-like view of its
// top rows does: the groups in ranked order until their JSON reaches PAGE_BUDGET_CHARS, the rest a
// page at a time when the view asks ("N more"), or when a search finds groups not sent. Each text is
// already cut (src/shared/nameLimit.ts); this bounds their number. Held by the worker per view; the
// frames each page needs are sent with it, numbered in the order sent, so the host's model only grows
// by what the view asked for.
import type { GoroutineFrameView, GoroutineGroupView, GroupPage } from '../../../shared/goroutineProtocol';
import { narrows, type GroupQuery } from '../../../shared/goroutineFilter';
import type { GoroutineAnalysisView } from './viewModel';
import type { GroupSearch } from './groupSearch';

/**
 * The characters of JSON a page of groups holds (their frames with them). A page of 1 MB is laid out
 * by the webview in well under a second; ordinary groups are ~300 characters, so a dump of up to
 * ~3,000 distinct stacks crosses whole in its first page.
 */
export const PAGE_BUDGET_CHARS = 1_000_000;
/** Rows a page holds at most, whatever their size: each is a row of the table. */
export const PAGE_MAX_GROUPS = 2_000;

export class GoroutineGroupPages {
  /** A frame's index in the frames sent, by its index in the whole view; -1 while not sent. */
  private readonly sentFrame: Int32Array;
  /** The frames sent, by their index in the whole view. */
  private readonly frameOrder: number[] = [];
  /** A group's index among the groups sent, by its rank; -1 while not sent. */
  private readonly sentGroup: Int32Array;
  private readonly sentRanks: number[] = [];

  constructor(private readonly whole: GoroutineAnalysisView, private readonly search: GroupSearch, private readonly budget = PAGE_BUDGET_CHARS) {
    this.sentFrame = new Int32Array(whole.frames.length).fill(-1);
    this.sentGroup = new Int32Array(whole.groups.length).fill(-1);
  }

  /** The model's first crossing: everything but the groups past the first page (and their frames). */
  first(): GoroutineAnalysisView {
    const frames: GoroutineFrameView[] = [];
    const send = (f: number) => this.sendFrame(f, frames);
    const w = this.whole;
    const stacks = w.stacks.map(s => ({ ...s, frames: s.frames.map(send), createdBy: s.createdBy >= 0 ? send(s.createdBy) : -1 }));
    const suspect = w.summary.stackSuspect;
    const summary = suspect && suspect.frame >= 0 ? { ...w.summary, stackSuspect: { ...suspect, frame: send(suspect.frame) } } : w.summary;
    const all = Array.from({ length: w.groups.length }, (_, i) => i);
    const groups = this.sendGroups(all, frames, this.budget - JSON.stringify(frames).length);
    return { ...w, summary, stacks, frames, groups, unsentGroups: this.unsentGroups() };
  }

  /** What a query keeps of the groups sent, and a page of those it keeps still unsent when `more` or when none sent is kept. */
  query(query: GroupQuery, more: boolean): GroupPage {
    const kept = narrows(query) ? this.search.matches(query) : Array.from({ length: this.whole.groups.length }, (_, i) => i);
    const unsent = kept.filter(r => this.sentGroup[r] < 0);
    const frames: GoroutineFrameView[] = [];
    const noneShown = unsent.length === kept.length;
    const groups = unsent.length > 0 && (more || noneShown) ? this.sendGroups(unsent, frames, this.budget) : [];
    const matches: number[] = [];
    for (const r of kept) if (this.sentGroup[r] >= 0) matches.push(this.sentGroup[r]);
    return { query, groups, frames, matches, unsentMatches: unsent.length - groups.length, unsentGroups: this.unsentGroups() };
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
      const sent: GoroutineGroupView = {
        ...g, frames: g.frames.map(send), topUserFrame: g.topUserFrame >= 0 ? send(g.topUserFrame) : -1, createdBy: g.createdBy >= 0 ? send(g.createdBy) : -1,
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
