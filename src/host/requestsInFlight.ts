// The requests one webview has waiting for its analysis. A webview may post thousands a second,
// and each waits in the worker's queue with its query copied there (up to ~128 KB of filters),
// so past a bound a request is refused at once: its view gets one error, nothing is queued.

/** Far more than a person's clicks and keystrokes keep waiting; 256 queries of the largest shape are ~32 MB. */
export const MAX_REQUESTS_IN_FLIGHT = 256;

export class TooManyRequestsError extends Error {
  constructor(max: number) {
    super(`${max} requests of this view are already waiting for the analysis; this one was not run.`);
    this.name = 'TooManyRequestsError';
  }
}

export class RequestsInFlight {
  private waiting = 0;

  constructor(private readonly max = MAX_REQUESTS_IN_FLIGHT) {}

  /** Runs `work`, or throws TooManyRequestsError when `max` runs have not ended yet. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.max) throw new TooManyRequestsError(this.max);
    this.waiting++;
    try {
      return await work();
    } finally {
      this.waiting--;
    }
  }
}
