// The editors webviews ask to open (a frame's source, a dump's lines, a linked file) share one queue
// for the window, not one per view: N views flooding "open" at once still open one editor at a time,
// the latest asked by any of them next, so opening more views buys no more opens.
import { LatestWins } from './latestWins';

/** The window's one queue of editor opens. */
export const windowEditorOpens = new LatestWins();

/** One view's way into the window's queue; closing the view takes back its open still waiting. */
export class ViewEditorOpens {
  private disposed = false;

  constructor(private readonly window: LatestWins = windowEditorOpens) {}

  /** Opens now when no editor is opening in the window; else waits in place of the open waiting before. */
  request(open: () => Promise<unknown>): void {
    if (!this.disposed) this.window.request(open, this);
  }

  dispose(): void {
    this.disposed = true;
    this.window.withdraw(this);
  }
}
