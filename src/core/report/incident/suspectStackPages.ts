// The middles of the suspects' deep stacks, kept where the incident was read (the analysis worker) for
// the incident view to ask a page at a time, as the goroutine view's stacks are (`groupPages.ts`): a
// suspect's stack may be 10^6 frames (a runaway recursion), and the incident crosses only its first
// and last (`stackEnds`). A page is the next frames after those the view holds, each name cut to cross.
import { crossingName } from '../../../shared/nameLimit';
import { PAGE_BUDGET_CHARS, STACK_PAGE_FRAMES } from '../goroutines/groupPages';
import { STACK_TAIL_FRAMES } from '../goroutines/stackEnds';
import type { SourceRef } from './incidentModel';

/** A frame's link's index in the page's JSON, at most (its comma and digits). */
const LINK_INDEX_CHARS = 10;

export class SuspectStackPages {
  /**
   * `stacks[i]`: suspect i's whole frames, innermost first, when its stack crossed cut (null when it
   * crossed whole: nothing to page).
   */
  constructor(private readonly stacks: readonly (readonly SourceRef[] | null)[], private readonly budget = PAGE_BUDGET_CHARS) {}

  /** Whether any suspect's stack has a middle to page. */
  get holdsAny(): boolean {
    return this.stacks.some(s => s !== null);
  }

  /**
   * The frames of suspect `suspect`'s middle from its frame `from` (the view's `framesLeftOut.at`,
   * the frames before it sent), at most STACK_PAGE_FRAMES and within the budget (at least one).
   */
  moreFrames(suspect: number, from: number): SourceRef[] {
    const whole = this.stacks[suspect];
    if (!whole) throw new Error(`Suspect ${suspect} has no frames left out`);
    const end = whole.length - STACK_TAIL_FRAMES;
    if (!Number.isInteger(from) || from < 0 || from >= end) throw new Error(`Frame ${from} is not in suspect ${suspect}'s middle`);
    const out: SourceRef[] = [];
    let used = 0;
    for (let i = from; i < end && out.length < STACK_PAGE_FRAMES; i++) {
      const f = { func: crossingName(whole[i].func), file: crossingName(whole[i].file), line: whole[i].line };
      used += JSON.stringify(f).length + 1 + LINK_INDEX_CHARS;
      if (out.length > 0 && used > this.budget) break;
      out.push(f);
    }
    return out;
  }
}
