// The watch's plan, names and schedule (core/watch), and the over-time leak rule it reads growth with.
import assert from 'node:assert/strict';
import {
  checkPlan, growingSeries, nextRoundIndex, parseDuration, plannedRounds, risingSeries, roundLine, roundStartMs, watchFileName,
  watchFolderName, watchRequests, type WatchPlan,
} from '../../../src/core/watch';
import { growsOverLast, leakLabel, timeInName, type OverTimeSeries } from '../../../src/core/report/incident';

const BASE = 'http://127.0.0.1:6060/debug/pprof/';
const plan = (more: Partial<WatchPlan> = {}): WatchPlan => ({ baseUrl: BASE, everySeconds: 30, forSeconds: 600, ...more });

describe('watch plan', () => {
  it('reads durations as seconds: 30, 30s, 10m, 1h30m, 1.5m', () => {
    assert.deepEqual(parseDuration('30'), { seconds: 30 });
    assert.deepEqual(parseDuration('30s'), { seconds: 30 });
    assert.deepEqual(parseDuration('10m'), { seconds: 600 });
    assert.deepEqual(parseDuration('1h30m'), { seconds: 5400 });
    assert.deepEqual(parseDuration('1.5m'), { seconds: 90 });
    for (const bad of ['', 'm', '10ms', '-3s', 'ten']) assert.ok('error' in parseDuration(bad), bad);
  });

  it('captures every 30 s for 10 min: 20 rounds; until stopped: no count', () => {
    assert.equal(plannedRounds(plan()), 20);
    assert.equal(plannedRounds(plan({ everySeconds: 7, forSeconds: 20 })), 2);
    assert.equal(plannedRounds(plan({ forSeconds: null })), null);
  });

  it('refuses intervals under 1 s, a watch shorter than one interval, and a CPU profile or delta as long as the interval', () => {
    assert.equal(checkPlan(plan()), undefined);
    assert.match(checkPlan(plan({ everySeconds: 0.5 }))!, /at least 1 s/);
    assert.match(checkPlan(plan({ forSeconds: 10 }))!, /at least one interval/);
    assert.match(checkPlan(plan({ cpuSeconds: 30 }))!, /CPU profile takes 30 s/);
    assert.match(checkPlan(plan({ deltaSeconds: 2.5 }))!, /whole number/);
    assert.equal(checkPlan(plan({ cpuSeconds: 10, deltaSeconds: 10 })), undefined);
  });

  it('asks for the goroutine dump (debug=2) and the heap by default', () => {
    assert.deepEqual(watchRequests(plan()).map(r => [r.fileKind, r.url]), [
      ['goroutine', `${BASE}goroutine?debug=2`],
      ['heap', `${BASE}heap`],
    ]);
  });

  it('adds heap?gc=1, the deltas, CPU, mutex and block on request', () => {
    const requests = watchRequests(plan({ gc: true, deltaSeconds: 10, cpuSeconds: 5, mutex: true, block: true }));
    assert.deepEqual(requests.map(r => [r.fileKind, r.url, r.serverSeconds]), [
      ['goroutine', `${BASE}goroutine?debug=2`, 0],
      ['heap', `${BASE}heap?gc=1`, 0],
      ['heap-delta10s', `${BASE}heap?seconds=10`, 10],
      ['allocs-delta10s', `${BASE}allocs?seconds=10`, 10],
      ['cpu', `${BASE}profile?seconds=5`, 5],
      ['mutex-delta10s', `${BASE}mutex?seconds=10`, 10],
      ['block-delta10s', `${BASE}block?seconds=10`, 10],
    ]);
    assert.deepEqual(watchRequests(plan({ mutex: true })).map(r => r.url).slice(2), [`${BASE}mutex`]);
  });

  it('names one folder per watch and each capture with its time, which the incident reader dates them by', () => {
    const when = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    assert.equal(watchFolderName(BASE, when), 'watch-127.0.0.1_6060-20250102T030405Z');
    const [dump, heap] = watchRequests(plan());
    assert.equal(watchFileName(dump, when), 'goroutine-20250102T030405Z.txt');
    assert.equal(watchFileName(heap, when), 'heap-20250102T030405Z.pb.gz');
    const delta = watchRequests(plan({ deltaSeconds: 10 }))[2];
    assert.equal(watchFileName(delta, when), 'heap-delta10s-20250102T030405Z.pb.gz');
    assert.equal(timeInName(watchFileName(delta, when)), when.getTime());
  });

  it('keeps rounds on the grid from the start and skips the points a slow round overran', () => {
    assert.equal(roundStartMs(1000, 30, 2), 61000);
    assert.equal(nextRoundIndex(0, 30, 0, 2000), 1);
    assert.equal(nextRoundIndex(0, 30, 0, 30000), 1);
    assert.equal(nextRoundIndex(0, 30, 0, 65000), 3);
  });
});

function series(kind: 'goroutines' | 'heap', name: string, values: number[], func?: string, leakNoise?: number): OverTimeSeries {
  const points = values.map((value, i) => ({ capturedAtMs: i * 1000, path: `${kind}-${i}`, value }));
  const leak = growsOverLast(values, 3, leakNoise);
  return { kind, name, ...(func ? { func } : {}), points, leak, leakWindow: 3, ...(leakNoise ? { leakNoise } : {}), growth: values[values.length - 1] - values[0] };
}

describe('watch growth', () => {
  it('flags growth in each of the last 3 captures, never with fewer', () => {
    assert.equal(growsOverLast([1, 2], 3), false);
    assert.equal(growsOverLast([1, 2, 3], 3), true);
    assert.equal(growsOverLast([5, 1, 2, 3], 3), true);
    assert.equal(growsOverLast([1, 2, 2, 3], 3), false);
    assert.equal(growsOverLast([1, 2, 3, 2], 3), false);
    assert.equal(growsOverLast([1, 2], Infinity), true);
    assert.equal(leakLabel(series('heap', 'f', [1, 2, 3])), 'grows in every capture');
    assert.equal(leakLabel(series('heap', 'f', [0, 1, 2, 3])), 'grows in each of the last 3 captures');
  });

  it('names a growing group by its top user function, and says what rose before anything is flagged', () => {
    const overTime = [
      series('goroutines', 'chan send in main.leakyDispatch (leak.go:24)', [0, 10, 20], 'main.leakyDispatch'),
      series('heap', 'main.retainLeak', [1 << 20, 1 << 20, 2 << 20], 'main.retainLeak'),
      series('goroutines', 'select in main.idle (idle.go:3)', [5, 5, 5], 'main.idle'),
    ];
    const growing = growingSeries(overTime);
    assert.deepEqual(growing.map(g => [g.kind, g.name, g.values]), [['goroutines', 'main.leakyDispatch', [0, 10, 20]]]);
    const rising = risingSeries(overTime);
    assert.deepEqual(rising.map(g => g.name), ['main.retainLeak']);
    const round = { time: '2025-01-02T03:04:05.000Z', files: ['goroutine-x.txt', 'heap-x.pb.gz'] };
    assert.equal(roundLine(2, 20, round, growing, rising),
      'capture 3/20 at 2025-01-02T03:04:05.000Z: 2 files; GROWING goroutines main.leakyDispatch 0 → 10 → 20 (+20)');
    assert.equal(roundLine(1, null, { ...round, errors: ['heap: HTTP 500'] }, [], rising),
      'capture 2 at 2025-01-02T03:04:05.000Z: 2 files, 1 failed (heap: HTTP 500); nothing flagged yet; rose since the capture before: heap main.retainLeak 1 MiB → 1 MiB → 2 MiB (+1 MiB)');
    assert.equal(roundLine(0, 20, round, [], []), 'capture 1/20 at 2025-01-02T03:04:05.000Z: 2 files; first capture, nothing to compare yet');
  });

  it('says no sampled heap line rose when it rose by a sample or two, and names one that rose by more', () => {
    const noise = 2.5 * 512 * 1024;
    const overTime = [
      series('heap', 'main.oneSample', [0, 0, 512 * 1024], 'main.oneSample', noise),
      series('heap', 'main.twoSamples', [1 << 20, 1 << 20, 2 << 20], 'main.twoSamples', noise),
      series('heap', 'main.bigStep', [1 << 20, 1 << 20, 5 << 20], 'main.bigStep', noise),
      series('goroutines', 'chan receive in main.wait (w.go:3)', [4, 4, 5], 'main.wait'),
    ];
    assert.deepEqual(risingSeries(overTime).map(g => g.name), ['main.wait', 'main.bigStep']);
  });
});
