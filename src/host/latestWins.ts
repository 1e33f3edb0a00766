// Editor opens a webview asks for: one at a time, and while one is opening only the latest request
// waits, each newer one taking the place of the one before. A webview posting "open this frame"
// 10^4 times a second opens two editors, the first and the last, not 10^4 (each a document read,
// a tab and maybe a notification on the host's thread).

export class LatestWins {
  private running = false;
  private waiting: (() => Promise<unknown>) | undefined;
  /** Who asked for the waiting task (a view sharing this queue), so that closing it can take it back. */
  private waitingFor: object | undefined;
  private disposed = false;

  /** Runs `task` now when none runs; else it waits in place of the one waiting before it. */
  request(task: () => Promise<unknown>, askedBy?: object): void {
    if (this.disposed) return;
    if (this.running) {
      this.waiting = task;
      this.waitingFor = askedBy;
      return;
    }
    void this.runFrom(task);
  }

  /** Drops the waiting task when `askedBy` asked for it (a view closed while its open waited). */
  withdraw(askedBy: object): void {
    if (this.waitingFor !== askedBy) return;
    this.waiting = undefined;
    this.waitingFor = undefined;
  }

  /** Whether a task runs now (tests). */
  get busy(): boolean { return this.running; }

  private async runFrom(first: () => Promise<unknown>): Promise<void> {
    this.running = true;
    try {
      for (let task: (() => Promise<unknown>) | undefined = first; task && !this.disposed; task = this.takeWaiting()) {
        // Each task tells the user of its own failures (a warning); one failing must not stop the next.
        await task().catch(() => undefined);
      }
    } finally {
      this.running = false;
    }
  }

  private takeWaiting(): (() => Promise<unknown>) | undefined {
    const task = this.waiting;
    this.waiting = undefined;
    this.waitingFor = undefined;
    return task;
  }

  dispose(): void {
    this.disposed = true;
    this.waiting = undefined;
    this.waitingFor = undefined;
  }
}
