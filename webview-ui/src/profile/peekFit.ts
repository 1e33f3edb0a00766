// A peek opened in a short pane (an editor beside a source file, a small window) still shows the
// function it is about: pprof's -peek prints the function between its callers and callees, and a
// user who asked for it looks for its row first. The heaviest callers stay as rows, the lighter
// ones fold behind the "more" row (which says how much they weigh and pages through them) until the
// function's own row and the start of its callees fit in the pane, no scroll needed. Folding rather
// than scrolling the pane down: scrolled, the rows in sight would be the lightest callers shown and the
// heaviest out of sight above, read as if they were all.
import { PEEK_EDGES_SHOWN } from '../../../src/shared/protocol';

/** Rows under the function's own row that must be in sight with it: the heaviest callees' start. */
const CALLEE_ROWS_IN_SIGHT = 2;
/** Callers kept as rows however short the pane: below that it scrolls to the function's row instead. */
const FEWEST_CALLERS = 3;

/**
 * Draws the peek (`draw` with how many callers its first table shows as rows, returning that table)
 * so that the function's own row and its callees' start are in sight in `pane`. The pane must be
 * laid out (shown); when it is not, the peek is drawn as it comes.
 */
export function drawPeekInSight(pane: HTMLElement, draw: (callersShown: number) => HTMLTableElement | undefined): void {
  let shown = PEEK_EDGES_SHOWN;
  let table = draw(shown);
  pane.scrollTop = 0;
  if (!table || pane.hidden || pane.clientHeight === 0) return;
  let over = overflow(pane, table);
  if (over <= 0) return;
  // A first guess from the heights of the lightest callers drawn (names wrap to several lines in a
  // narrow pane), then one fewer at a time: the "more" row that appears takes room of its own.
  const callers = [...table.querySelectorAll<HTMLElement>('tr.gpe-peek-caller')];
  if (callers.length <= FEWEST_CALLERS) {
    pane.scrollTop += over;
    return;
  }
  let guess = callers.length;
  for (let freed = 0; guess > FEWEST_CALLERS && freed < over; ) freed += callers[--guess].getBoundingClientRect().height;
  shown = Math.min(guess, callers.length);
  for (;;) {
    table = draw(shown);
    if (!table) return;
    over = overflow(pane, table);
    if (over <= 0 || shown <= FEWEST_CALLERS) break;
    shown--;
  }
  if (over > 0) pane.scrollTop += over;
}

/** How far (px) the function's own row and the callee rows under it reach below what the pane shows. */
function overflow(pane: HTMLElement, table: HTMLTableElement): number {
  const self = table.querySelector('tr.gpe-peek-self');
  if (!self) return 0;
  let last: Element = self;
  for (let i = 0; i < CALLEE_ROWS_IN_SIGHT && last.nextElementSibling; i++) last = last.nextElementSibling;
  const box = pane.getBoundingClientRect();
  const shownBottom = Math.min(box.top + pane.clientTop + pane.clientHeight, window.innerHeight);
  return Math.ceil(last.getBoundingClientRect().bottom - shownBottom);
}
