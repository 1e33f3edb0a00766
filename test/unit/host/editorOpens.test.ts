// Editor opens from webviews are limited for the window, not per view: two views flooding "open"
// together open one editor at a time, the first asked and then the latest asked by either, as one
// view alone would; a view closed takes back its own open still waiting, not another view's.
import assert from 'node:assert/strict';
import { ViewEditorOpens, windowEditorOpens } from '../../../src/host/editorOpens';
import { LatestWins } from '../../../src/host/latestWins';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('editor opens shared by the window', () => {
  it('two views flooding 10^4 opens each, interleaved, open two editors in all, never two at once', async () => {
    const a = new ViewEditorOpens(), b = new ViewEditorOpens();
    const ran: string[] = [];
    let running = 0, most = 0;
    const open = (name: string) => async () => {
      running++;
      most = Math.max(most, running);
      ran.push(name);
      await sleep(20);
      running--;
    };
    for (let i = 0; i < 10_000; i++) {
      a.request(open(`a${i}`));
      b.request(open(`b${i}`));
    }
    assert.deepEqual(ran, ['a0'], 'the first asked opens at once');
    while (windowEditorOpens.busy) await sleep(10);
    assert.deepEqual(ran, ['a0', 'b9999'], 'then only the latest asked in the window');
    assert.equal(most, 1);
    a.dispose();
    b.dispose();
  });

  it('each view opens through the same queue unless given its own', () => {
    const own = new LatestWins();
    const ran: string[] = [];
    const blocker = new ViewEditorOpens();
    blocker.request(() => sleep(30));
    // The window is busy: a view of the window waits; a view of its own queue does not.
    new ViewEditorOpens().request(async () => { ran.push('window'); });
    new ViewEditorOpens(own).request(async () => { ran.push('own'); });
    assert.deepEqual(ran, ['own']);
    blocker.dispose();
  });

  it('closing a view withdraws its waiting open and leaves another view\'s', async () => {
    const window = new LatestWins();
    const a = new ViewEditorOpens(window), b = new ViewEditorOpens(window);
    const ran: string[] = [];
    a.request(async () => { ran.push('a1'); await sleep(20); });
    b.request(async () => { ran.push('b1'); });
    a.request(async () => { ran.push('a2'); });
    a.dispose();
    a.request(async () => { ran.push('a3'); });
    while (window.busy) await sleep(5);
    assert.deepEqual(ran, ['a1'], 'a2 replaced b1 as the latest and went with its view');
    b.request(async () => { ran.push('b2'); await sleep(20); });
    a.request(async () => { ran.push('a4'); });
    const c = new ViewEditorOpens(window);
    c.request(async () => { ran.push('c1'); });
    a.dispose();
    while (window.busy) await sleep(5);
    assert.deepEqual(ran, ['a1', 'b2', 'c1'], 'a closed view\'s dispose leaves c\'s waiting open');
  });
});
