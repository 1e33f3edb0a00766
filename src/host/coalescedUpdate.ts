// An update run at most once per interval, always with the latest state: ten replicas answering
// within a few milliseconds become one or two messages to the window instead of ten, each of which
// the extension host serializes (and, in a remote window, compresses) on its own thread.

export class CoalescedUpdate {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending = false;
  private disposed = false;

  constructor(private readonly update: () => void, private readonly intervalMs: number) {}

  /** Runs the update now if none ran within the interval, else once at the interval's end. */
  request(): void {
    if (this.disposed) return;
    if (this.timer) { this.pending = true; return; }
    this.update();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.pending) { this.pending = false; this.request(); }
    }, this.intervalMs);
  }

  /** Runs a requested update now (the last state must be shown before what follows it). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending && !this.disposed) { this.pending = false; this.update(); }
  }

  dispose(): void {
    this.disposed = true;
    this.pending = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
