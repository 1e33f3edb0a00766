// The capture thread lowers its own CPU priority, not the process's: the extension host's thread
// (here, the test's main thread) keeps its nice value, the thread and the threads it starts get
// the lower one. Read from /proc, as the scheduler sees it.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { getPriority } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { lowerThisThreadPriority } from '../../../src/node/threadPriority';

/** The nice value of a thread of this process, field 19 of /proc/PID/task/TID/stat. */
function niceOf(tid: number): number {
  const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

/** Runs `body` (a function's source) in a worker thread loaded through tsx; resolves with what it posts and the worker, still running. */
function inWorker<T>(body: string): Promise<{ result: T; worker: Worker }> {
  const source = `
    require('tsx/cjs');
    const { parentPort } = require('worker_threads');
    const { lowerThisThreadPriority } = require(${JSON.stringify(path.resolve(__dirname, '../../../src/node/threadPriority.ts'))});
    const { Worker } = require('worker_threads');
    const tidOf = () => Number(require('fs').readlinkSync('/proc/thread-self').split('/').pop());
    (${body})().then(r => parentPort.postMessage(r));`;
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true });
    w.once('message', m => resolve({ result: m as T, worker: w }));
    w.once('error', reject);
  });
}

describe('threadPriority', () => {
  it('a thread lowers its own priority; the main thread keeps its own, a thread it starts inherits the lower one', async function () {
    if (process.platform !== 'linux') this.skip();
    const mainBefore = niceOf(process.pid);
    const { result: r, worker } = await inWorker<{ lowered: boolean; tid: number; childTid: number }>(`async () => {
      const lowered = lowerThisThreadPriority(10);
      const tid = tidOf();
      const child = new Worker("require('worker_threads').parentPort.postMessage(Number(require('fs').readlinkSync('/proc/thread-self').split('/').pop())); setTimeout(() => {}, 2000)", { eval: true });
      const childTid = await new Promise(res => child.once('message', res));
      return { lowered, tid, childTid };
    }`);
    try {
      assert.strictEqual(r.lowered, true);
      assert.strictEqual(niceOf(r.tid), Math.min(19, mainBefore + 10), 'the thread itself');
      assert.strictEqual(niceOf(r.childTid), Math.min(19, mainBefore + 10), 'a thread it started');
    } finally {
      await worker.terminate();
    }
    assert.strictEqual(niceOf(process.pid), mainBefore, 'the main thread is left alone');
    assert.strictEqual(getPriority(), mainBefore, 'the process as os.getPriority sees it');
  });

  it('on the main thread it does nothing (it would slow the whole host)', () => {
    const before = niceOf(process.pid);
    assert.strictEqual(lowerThisThreadPriority(10), false);
    assert.strictEqual(niceOf(process.pid), before);
  });
});
