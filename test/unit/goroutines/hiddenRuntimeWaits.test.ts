import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineGroup } from '../../../src/core/goroutines';
import { hiddenFrameAddresses, waitsFromHiddenFrames } from '../../../src/core/goroutines/hiddenRuntimeWaits';

const corpus = (f: string) => readFileSync(`test/fixtures/corpus/${f}`);
const made = (f: string) => readFileSync(`test/fixtures/goroutines/${f}`);

/** Each group as its rank shows it: the goroutines it counts and the frame it is blamed on. */
const ranked = (groups: readonly GoroutineGroup[]) => groups.filter(g => g.state !== 'running' && g.state !== '')
  .map(g => `${g.count} ${g.userFrame?.func ?? g.frames[0]?.func}`);
const suspects = (groups: readonly GoroutineGroup[]) => groups.filter(g => g.suspect !== null).map(g => `${g.count} ${g.userFrame?.func}`);

describe('goroutines: waits a debug=1 profile hides with the runtime frames', () => {
  // Go-made pairs: one process's goroutine profile written as debug=1 and debug=2 at the same moment.
  for (const [debug1, debug2] of [['demo_debug1.txt', 'demo_debug2.txt'], ['go119_channels_debug1.txt', 'go119_channels_debug2.txt']]) {
    it(`ranks ${debug1} as its debug=2 dump ranks the same goroutines`, () => {
      const one = analyzeGoroutineDump(made(debug1)).groups;
      const two = analyzeGoroutineDump(made(debug2)).groups;
      assert.deepEqual(ranked(one), ranked(two));
      assert.deepEqual(suspects(one), suspects(two));
      assert.ok(suspects(one).length > 0);
    });
  }

  it('tells chan send from receive, a nil channel and an empty select when the profile holds both of a pair', () => {
    const groups = analyzeGoroutineDump(made('go119_channels_debug1.txt')).groups;
    const stateOf = (func: string) => groups.find(g => g.userFrame?.func === func)?.state;
    assert.equal(stateOf('main.(*pipeline).emit'), 'chan send');
    assert.equal(stateOf('main.nilSend'), 'chan send (nil chan)');
    assert.equal(stateOf('main.(*pipeline).drain'), 'chan receive'); // for range: chanrecv2
    assert.equal(stateOf('main.(*pipeline).await'), 'chan receive'); // <-c: chanrecv1
    assert.equal(stateOf('main.(*pipeline).poll'), 'select');
    assert.equal(stateOf('main.parked'), 'select (no cases)');
    assert.ok(groups.filter(g => g.state !== '' && g.state !== 'sync.Mutex.Lock' && g.state !== 'sync.WaitGroup.Wait').every(g => g.stateInferred));
    assert.equal(groups[0].suspect, '25 goroutines blocked on chan send in main.(*pipeline).emit (main.go:26)');
  });

  it('reads the runtime shapes profile: a lone send and a lone select keep the plain wait', () => {
    const groups = analyzeGoroutineDump(made('go119_debug1.txt')).groups;
    const stateOf = (func: string) => groups.find(g => g.userFrame?.func === func)?.state;
    assert.equal(stateOf('main.nilReceive'), 'chan receive (nil chan)');
    assert.equal(stateOf('main.lockedReceive'), 'chan receive');
    // One send chain and one select chain: which of the two calls parked them is not in the text.
    assert.equal(stateOf('main.nilSend'), 'chan send');
    assert.equal(stateOf('main.emptySelect'), 'select');
    assert.equal(groups[0].userFrame?.func, 'main.nilReceive');
  });

  it('ranks the channel wait of a real Go 1.15 debug=1 profile first, as its debug=2 twin does', () => {
    const one = analyzeGoroutineDump(corpus('gpn_goroutine_debug1.txt')).groups;
    const two = analyzeGoroutineDump(corpus('gpn_goroutine_debug2.txt')).groups;
    assert.equal(two[0].state, 'chan receive');
    // Only one channel chain in the profile: its direction is not told, and it weighs as a receive.
    assert.equal(one[0].state, 'chan send or receive');
    assert.equal(one[0].userFrame?.func, two[0].userFrame?.func);
    const select = one.find(g => g.frames.some(f => f.func === 'net/http.(*persistConn).writeLoop'));
    assert.equal(select?.state, 'select');
    assert.equal(select?.isIdleRuntime, true);
  });

  it('names the selects of a real 7,046-goroutine debug=1 profile', () => {
    const groups = analyzeGoroutineDump(corpus('real_natsserver_goroutine_debug1_7046.txt')).groups;
    const fileWriter = groups.find(g => g.userFrame?.func.endsWith('(*raft).fileWriter'));
    assert.equal(fileWriter?.count, 1004);
    assert.equal(fileWriter?.state, 'select');
    assert.equal(fileWriter?.suspect, '1,004 goroutines blocked in select in server.(*raft).fileWriter (raft.go:3002)');
    assert.equal(groups[0], fileWriter);
  });

  it('reads a hand-made arm64 profile: other addresses, labels, a receive beside a send', () => {
    const text = [
      'goroutine profile: total 61',
      '40 @ 0x1000a3c70 0x100012d18 0x1000128c4 0x1004b2f10 0x1000d4a64',
      '#\t0x1004b2f0f\tgithub.com/acme/queue.(*Broker).publish+0x9f\t/src/queue/broker.go:88',
      '',
      '20 @ 0x1000a3c70 0x100013c40 0x1000137f8 0x1004b3aa8 0x1000d4a64',
      '# labels: {"tenant":"blue"}',
      '#\t0x1004b3aa7\tgithub.com/acme/queue.(*Broker).consume+0x37\t/src/queue/broker.go:120',
      '',
      '1 @ 0x1000a3c70 0x1000b2a14 0x1000b29e8 0x1000cf0f4 0x1000e5d30 0x1004b4000 0x1000d4a64',
      '#\t0x1000cf0f3\tsync.runtime_SemacquireMutex+0x23\t/usr/local/go/src/runtime/sema.go:77',
      '#\t0x1000e5d2f\tsync.(*Mutex).lockSlow+0x16f\t/usr/local/go/src/sync/mutex.go:171',
      '#\t0x1004b3fff\tgithub.com/acme/queue.(*Broker).close+0x3f\t/src/queue/broker.go:140',
      '',
    ].join('\n');
    const groups = analyzeGoroutineDump(text).groups;
    assert.deepEqual(groups.map(g => `${g.count} ${g.state}`), ['40 chan send', '20 chan receive', '1 sync.Mutex.Lock']);
    assert.equal(groups[0].suspect, '40 goroutines blocked on chan send in queue.(*Broker).publish (broker.go:88)');
    assert.deepEqual(groups[1].labels, { tenant: 'blue' });
  });

  it('reads the hidden addresses up to the first printed frame, or none when its PC is not in the line', () => {
    assert.deepEqual(hiddenFrameAddresses('12 @ 0x43a296 0x40702c 0x406bdd 0x4f1e72 0x466921', '0x4f1e71'), [0x43a296, 0x40702c, 0x406bdd]);
    assert.deepEqual(hiddenFrameAddresses('1 @ 0x4f1e72 0x466921', '0x4f1e71'), []);
    assert.equal(hiddenFrameAddresses('1 @ 0x43a296 0x40702c 0x406bdd 0x4f1e72', '0x500000'), null);
    assert.equal(hiddenFrameAddresses('1 @ 0x1 0x2 0x3 0x4 0x5 0x6 0x7 0x8', '0x7'), null);
  });

  it('tells nothing of chains that do not start at the park, nor without any park to learn', () => {
    const park = 0x1000;
    assert.deepEqual(waitsFromHiddenFrames([
      { state: 'IO wait', hidden: [park, 0x2000] },
      { state: '', hidden: [0x3000, 0x3200, 0x3100] },
      { state: '', hidden: [park, 0x3200, 0x3100] },
      { state: '', hidden: [park] },
      { state: '', hidden: null },
    ]), ['', '', 'chan send or receive', '', '']);
    assert.deepEqual(waitsFromHiddenFrames([{ state: '', hidden: [] }, { state: '', hidden: null }]), ['', '']);
  });
});
