// Runs hostile cases in a worker thread with a time and a heap bound: a regex that
// backtracks forever would block mocha's own timer, so the bound must come from outside.
// One worker serves the cases one after another; one that overruns is ended and the next
// case gets a fresh worker.
import { Worker } from 'node:worker_threads';

export interface Bounds { seconds: number; heapMb: number }
export const LOOSE: Bounds = { seconds: 30, heapMb: 1536 };

/** `cpuMs`: the worker thread's own CPU time for the case (Linux; NaN elsewhere): on a loaded machine, steadier than the wall time. */
export interface BoundedResult<T> { value: T; elapsedMs: number; cpuMs: number }

const WORKER_SOURCE = `require('tsx/cjs');
const { parentPort, workerData } = require('node:worker_threads');
const cases = require(workerData.module);
parentPort.on('message', ({ name, args }) => {
  const started = Date.now();
  const cpuStarted = cases.threadCpuMs();
  Promise.resolve().then(() => cases[name](...args)).then(
    value => parentPort.postMessage({ value, elapsedMs: Date.now() - started, cpuMs: cases.threadCpuMs() - cpuStarted }),
    e => parentPort.postMessage({ thrown: String(e && e.stack || e) }));
});`;

let shared: { worker: Worker; heapMb: number } | undefined;

function workerFor(heapMb: number): Worker {
  if (shared && shared.heapMb !== heapMb) endWorker();
  if (!shared) {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true, workerData: { module: require.resolve('./cases') }, resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    worker.unref();
    shared = { worker, heapMb };
  }
  return shared.worker;
}

function endWorker(): void {
  if (shared) void shared.worker.terminate();
  shared = undefined;
}

/** Calls `cases[name](...args)` of test/hostile/cases.ts in the worker; rejects when it overruns. */
export function runBounded<T>(name: string, args: unknown[] = [], bounds: Bounds = LOOSE): Promise<BoundedResult<T>> {
  const worker = workerFor(bounds.heapMb);
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const timer = setTimeout(() => {
      done();
      endWorker();
      reject(new Error(`${name} did not finish in ${bounds.seconds} s`));
    }, bounds.seconds * 1000);
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
