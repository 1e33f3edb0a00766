// How long the last profile loads took, step by step: what the benchmarks record from outside
// (the web build's extension host cannot be timed from the test's own host), and what a bug
// report about a slow open can quote (`goProfileExplorer.runtime`).
export interface ProfileLoadTiming {
  fileName: string;
  byteLength: number;
  /** When the load started and ended (Date.now()): the gaps to the open command and to the first paint are the editor's own. */
  startedEpochMs: number;
  loadedEpochMs: number;
  /** Reading the file in the extension host (0 when the worker read a local path itself). */
  readMs: number;
  /** How the bytes were read, where there is more than one way (the web build: 'resource route' or 'workspace.fs'). */
  readVia?: string;
  /** The worker's open job as the host saw it: the bytes' trip to the worker and back included. */
  openMs: number;
  /** Inside the worker: gunzip done ahead of the decode (the web build), from the job's start, and which way ('WebAssembly', 'DecompressionStream'). */
  gunzipAheadMs?: number;
  gunzipVia?: string;
  /** Inside the worker, for a streamed file: from the job's start to its last piece. */
  lastPieceMs?: number;
  /** Inside the worker: the synchronous decode (its gunzip included when not done ahead). */
  decodeMs: number;
  /** When the worker's thread started and when it started the open job (Date.now() there): what the worker's own start cost. */
  workerStartedEpochMs?: number;
  jobStartedEpochMs?: number;
}

const KEPT = 10;
const recent: ProfileLoadTiming[] = [];

export function recordProfileLoad(timing: ProfileLoadTiming): void {
  recent.push(timing);
  if (recent.length > KEPT) recent.shift();
}

/** The last loads, oldest first. */
export function recentProfileLoads(): readonly ProfileLoadTiming[] {
  return recent;
}
