// Where the analysis worker runs: a Node worker thread (the desktop build) or a Web Worker (the
// web build). AnalysisWorkerClient speaks the job protocol over either one; the platform picks
// which at activation.
import type { JobReply, WorkerMessage } from './jobTypes';

/** The budgets of one worker. */
export interface WorkerLimits {
  /** V8's old-generation heap limit for the thread (maxOldGenerationSizeMb; a Web Worker has none). */
  heapMb: number;
  /** How long one job may run before the watchdog stops it. */
  jobSeconds: number;
  /** How far gzip data may expand (bytes); unset: the core's default (a multiple of the file, capped). */
  maxUnzippedBytes?: number;
}

/** What the thread reports to its client. */
export interface AnalysisThreadEvents {
  reply(reply: JobReply): void;
  /** The thread failed; `outOfMemory` when it passed its heap limit. */
  failed(error: Error, outOfMemory: boolean): void;
  /** The thread ended by itself. */
  exited(): void;
}

export interface AnalysisThread {
  post(message: WorkerMessage, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/** Starts one worker under `limits`; the limits that concern the jobs (gunzip) are handed to it. */
export type StartAnalysisThread = (limits: WorkerLimits, events: AnalysisThreadEvents) => AnalysisThread;

/** The first message a worker gets, before any job: the limits its jobs apply. */
export interface ThreadSetup {
  readonly setup: { readonly maxUnzippedBytes?: number };
}
