// Editor opens asked by a webview: one runs at a time and, while it runs, only the latest asked
// waits; 10^4 asked in a burst run two (the first and the last), a failing one does not stop the
// next, and nothing runs after dispose.
import assert from 'node:assert/strict';
import { LatestWins } from '../../../src/host/latestWins';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('LatestWins', () => {
  it('runs the first of a 10^4 burst at once and then only the last, never two together', async () => {
    const opens = new LatestWins();
    const ran: number[] = [];
    let running = 0, most = 0;
    const open = (i: number) => async () => {
      running++;
      most = Math.max(most, running);
      ran.push(i);
      await sleep(20);
      running--;
    };
    for (let i = 0; i < 10_000; i++) opens.request(open(i));
    assert.deepEqual(ran, [0], 'the first starts at once');
    while (opens.busy) await sleep(10);
    assert.deepEqual(ran, [0, 9_999]);
    assert.equal(most, 1);
    // Idle again: the next request runs at once.
    opens.request(open(10_000));
    assert.deepEqual(ran, [0, 9_999, 10_000]);
    while (opens.busy) await sleep(10);
  });

  it('goes on after a task that throws or rejects', async () => {
    const opens = new LatestWins();
    const ran: string[] = [];
    opens.request(async () => { ran.push('a'); await sleep(5); throw new Error('no such file'); });
    opens.request(async () => { ran.push('b'); });
    while (opens.busy) await sleep(5);
    assert.deepEqual(ran, ['a', 'b']);
  });

  it('runs nothing waiting, nor asked, after dispose', async () => {
    const opens = new LatestWins();
    const ran: string[] = [];
    opens.request(async () => { ran.push('a'); await sleep(10); });
    opens.request(async () => { ran.push('b'); });
    opens.dispose();
    opens.request(async () => { ran.push('c'); });
    while (opens.busy) await sleep(5);
    assert.deepEqual(ran, ['a']);
  });
});
