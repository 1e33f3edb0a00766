// The replica view's progress: a burst of answers is one update now and one with the latest
// state at the interval's end, never one per answer; flush shows the last state at once.
import assert from 'node:assert/strict';
import { CoalescedUpdate } from '../../../src/host/coalescedUpdate';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('CoalescedUpdate', () => {
  it('runs the first request at once and a burst after it once, with the latest state', async () => {
    let state = 0;
    const seen: number[] = [];
    const update = new CoalescedUpdate(() => seen.push(state), 40);
    for (state = 1; state <= 10; state++) update.request();
    state = 10;
    assert.deepEqual(seen, [1]);
    await sleep(80);
    assert.deepEqual(seen, [1, 10]);
    await sleep(80);
    assert.deepEqual(seen, [1, 10], 'nothing more without a request');
    update.dispose();
  });

  it('flush runs a pending update now; dispose drops it', async () => {
    let state = 'a';
    const seen: string[] = [];
    const update = new CoalescedUpdate(() => seen.push(state), 1000);
    update.request();
    state = 'b';
    update.request();
    update.flush();
    assert.deepEqual(seen, ['a', 'b']);
    update.flush();
    assert.deepEqual(seen, ['a', 'b'], 'nothing pending: flush does nothing');
    // flush ended the interval: the next request runs at once.
    update.request();
    assert.deepEqual(seen, ['a', 'b', 'b']);
    state = 'c';
    update.request();
    update.dispose();
    update.request();
    await sleep(20);
    assert.deepEqual(seen, ['a', 'b', 'b'], 'disposed: the pending and later requests do not run');
  });
});
