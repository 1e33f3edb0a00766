// Thread starts paced after a cancel: each cancel stops the analysis thread, and starting a new
// one costs the extension host ~15 ms of its own thread, so a webview superseding its request
// 10^4 times a second (a setting toggled, Retry held down) held the host for minutes. A thread
// asked for within the quiet time after a cancel starts when that time is up; what is posted
// meanwhile waits for it, in order, and a stop before then means it never starts.
import type { AnalysisThread, StartAnalysisThread } from './analysisThread';
import type { WorkerMessage } from './jobTypes';

export const RESTART_QUIET_MS = 100;

export class PacedThreadStarts {
  private lastCancelAt = -Infinity;

  constructor(private readonly startThread: StartAnalysisThread, private readonly quietMs = RESTART_QUIET_MS) {}

  /** A thread was stopped for a cancel: the next one waits out the quiet time. */
  cancelled(): void {
    this.lastCancelAt = Date.now();
  }

  readonly start: StartAnalysisThread = (limits, events) => {
    const wait = this.lastCancelAt + this.quietMs - Date.now();
    if (wait <= 0) return this.startThread(limits, events);
    let thread: AnalysisThread | undefined;
    let stopped = false;
    const queued: [WorkerMessage, ArrayBuffer[]][] = [];
    const timer = setTimeout(() => {
      thread = this.startThread(limits, events);
      for (const [message, transfer] of queued.splice(0)) thread.post(message, transfer);
    }, wait);
    return {
      post: (message, transfer) => { if (thread) thread.post(message, transfer); else if (!stopped) queued.push([message, transfer]); },
      terminate: () => { stopped = true; clearTimeout(timer); queued.length = 0; thread?.terminate(); },
    };
  };
}
