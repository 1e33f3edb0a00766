// Runs hostile cases in a worker thread with a time and a heap bound: a regex that
// backtracks forever would block mocha's own timer, so the bound must come from outside.
// One worker serves the cases one after another; one that overruns is ended and the next
// case gets a fresh worker.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * `seconds`: of the worker thread's CPU time where Linux tells it (a loaded machine stretches the
 * wall clock, not that), else of wall time; a case off the CPU that long is ended as well.
 */
export interface Bounds { seconds: number; heapMb: number }
export const LOOSE: Bounds = { seconds: 30, heapMb: 1536 };
/** The wall-clock backstop, for a case that waits instead of computing: a machine loaded 20 deep on 2 cores runs a thread a tenth of the time. */
const WALL_PER_CPU = 10;
const POLL_MS = 250;

/** `cpuMs`: the worker thread's own CPU time for the case (Linux; NaN elsewhere): on a loaded machine, steadier than the wall time. */
export interface BoundedResult<T> { value: T; elapsedMs: number; cpuMs: number }

const WORKER_SOURCE = `require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
let schedstat = null;
try { schedstat = require('node:fs').realpathSync('/proc/thread-self') + '/schedstat'; } catch {}
parentPort.postMessage({ schedstat });
const cases = require(workerData.module);
parentPort.on('message', ({ name, args }) => {
  const started = Date.now();
  const cpuStarted = cases.threadCpuMs();
  Promise.resolve().then(() => cases[name](...args)).then(
    value => parentPort.postMessage({ value, elapsedMs: Date.now() - started, cpuMs: cases.threadCpuMs() - cpuStarted }),
    e => parentPort.postMessage({ thrown: String(e && e.stack || e) }));
});`;

interface SharedWorker {
  worker: Worker;
  heapMb: number;
  /** The worker thread's /proc/<pid>/task/<tid>/schedstat, once it said (null: no such file here). */
  schedstat: Promise<string | null>;
}

let shared: SharedWorker | undefined;

function workerFor(heapMb: number): SharedWorker {
  if (shared && shared.heapMb !== heapMb) endWorker();
  if (!shared) {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true, workerData: { module: require.resolve('./cases') }, resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    worker.unref();
    const schedstat = new Promise<string | null>(resolve => {
      worker.once('message', (m: { schedstat?: string | null }) => resolve(m.schedstat ?? null));
      worker.once('error', () => resolve(null));
    });
    shared = { worker, heapMb, schedstat };
  }
  return shared;
}

/** CPU ms the thread of `schedstat` has run (NaN once it is gone). */
function cpuMsOf(schedstat: string): number {
  try {
    return Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

function endWorker(): void {
  if (shared) void shared.worker.terminate();
  shared = undefined;
}

/** Calls `cases[name](...args)` of test/hostile/cases.ts in the worker; rejects when it overruns its bounds. */
export async function runBounded<T>(name: string, args: unknown[] = [], bounds: Bounds = LOOSE): Promise<BoundedResult<T>> {
  const { worker, schedstat } = workerFor(bounds.heapMb);
  const cpuFile = await schedstat;
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      clearInterval(poll);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const overrun = (what: string): void => {
      done();
      endWorker();
      reject(new Error(`${name} did not finish in ${what}`));
    };
    const cpuStarted = cpuFile === null ? NaN : cpuMsOf(cpuFile);
    const onCpu = !Number.isNaN(cpuStarted);
    const poll = setInterval(() => {
      if (onCpu && cpuMsOf(cpuFile!) - cpuStarted > bounds.seconds * 1000) overrun(`${bounds.seconds} s of CPU`);
    }, POLL_MS);
    const wallSeconds = onCpu ? bounds.seconds * WALL_PER_CPU : bounds.seconds;
    const timer = setTimeout(() => overrun(`${wallSeconds} s`), wallSeconds * 1000);
    const onMessage = (m: { value?: T; elapsedMs?: number; cpuMs?: number; thrown?: string }): void => {
      done();
      if (m.thrown !== undefined) reject(new Error(`${name} threw: ${m.thrown}`));
      else resolve({ value: m.value as T, elapsedMs: m.elapsedMs ?? 0, cpuMs: m.cpuMs ?? NaN });
    };
    const onError = (e: Error): void => {
      done();
      shared = undefined;
      reject(new Error(`${name} failed (heap bound ${bounds.heapMb} MB?): ${e.message}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ name, args });
  });
}
