// When a series over time is a leak: goroutine counts are exact, so any rise in each of the last 3
// captures is growth; heap bytes are sampled, so the rise over them must also be more than two
// samples' worth (2.5 x the sampling period). Pinned on series of both kinds and on captures Go
// made at its default heap sampling rate.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { incidentOfFolder } from '../../../../src/cli/incidentCommand';
import { growsOverLast, heapSamplingNoise, LEAK_WINDOW, type OverTimeSeries } from '../../../../src/core/report/incident';

const KiB = 1024;
const MiB = 1024 * KiB;
const GO_DEFAULT = heapSamplingNoise([{ period: 512 * KiB, periodType: { type: 'space', unit: 'bytes' } }]);

describe('the leak rule over time', () => {
  it('goroutine counts: rising in each of the last 3 captures, however little; equal counts are not growth', () => {
    assert.equal(growsOverLast([3, 4, 5], LEAK_WINDOW), true);
    assert.equal(growsOverLast([900, 12, 13, 14], LEAK_WINDOW), true, 'only the last 3 count');
    assert.equal(growsOverLast([0, 0, 50, 50], LEAK_WINDOW), false);
    assert.equal(growsOverLast([5, 5, 6], LEAK_WINDOW), false);
    assert.equal(growsOverLast([10, 20], LEAK_WINDOW), false, 'two captures are not a trend yet');
    assert.equal(growsOverLast([10, 20, 15, 30], LEAK_WINDOW), false);
  });

  it('heap bytes at Go\'s default rate: a sample or two is noise, three samples or a bigger rise is growth', () => {
    assert.equal(GO_DEFAULT, 1.25 * MiB);
    assert.equal(growsOverLast([0, 0, MiB, MiB], LEAK_WINDOW, GO_DEFAULT), false, 'equal values are not growth');
    // A sample of 1 KiB objects is reported as 512.5 KiB: two of them come to a little over two periods.
    assert.equal(growsOverLast([0, 524800, 1049600], LEAK_WINDOW, GO_DEFAULT), false);
    assert.equal(growsOverLast([0, 524800, 1574400], LEAK_WINDOW, GO_DEFAULT), true);
    // One 1 MiB allocation per capture, sampled and scaled to 1.157 MiB each.
    assert.equal(growsOverLast([0, 1213317, 2426634], LEAK_WINDOW, GO_DEFAULT), true);
    assert.equal(growsOverLast([100 * MiB, 100 * MiB + 524800, 101 * MiB + 1024], LEAK_WINDOW, GO_DEFAULT), false);
  });

  it('every allocation recorded (period 1): no noise, any rise in each capture is growth', () => {
    const exact = heapSamplingNoise([{ period: 1, periodType: { type: 'space', unit: 'bytes' } }]);
    assert.equal(exact, 0);
    assert.equal(growsOverLast([0, MiB, 2 * MiB], LEAK_WINDOW, exact), true);
    assert.equal(growsOverLast([MiB, MiB, 2 * MiB], LEAK_WINDOW, exact), false);
  });

  it('a profile that does not say its period is read at Go\'s default; the coarsest period of the captures counts', () => {
    assert.equal(heapSamplingNoise([{ period: 0, periodType: undefined }]), GO_DEFAULT);
    assert.equal(heapSamplingNoise([{ period: 1, periodType: { type: 'space', unit: 'bytes' } }, { period: 4 * MiB, periodType: { type: 'space', unit: 'bytes' } }]), 10 * MiB);
  });

  it('captures Go made at its default rate: the 3 MiB a step leak and the goroutine a step are flagged, the sample-sized drift and the steady cache are not', () => {
    const incident = incidentOfFolder(join(__dirname, '../../../fixtures/incident/sampled-growth'));
    const series = (kind: OverTimeSeries['kind'], func: string) => {
      const s = incident.overTime.find(o => o.kind === kind && o.func === func);
      assert.ok(s, `${kind} ${func} in ${incident.overTime.map(o => o.name).join(', ')}`);
      return { values: s.points.map(p => p.value), leak: s.leak };
    };
    const records = series('heap', 'main.leakRecords');
    assert.equal(records.values.length, 5);
    assert.ok(records.values.every((v, i) => i === 0 || v - records.values[i - 1] > 2.5 * 512 * KiB), records.values.join(' '));
    assert.equal(records.leak, true);
    assert.equal(incident.overTime.find(o => o.func === 'main.leakRecords')?.leakNoise, 1.25 * MiB, 'the view says what noise was allowed for');

    const notes = series('heap', 'main.sessionNotes');
    // Whole samples of 1 KiB notes (512.5 KiB each) coming in now and then.
    assert.ok(notes.values.every(v => v % 524800 === 0), notes.values.join(' '));
    assert.ok(notes.values[notes.values.length - 1] > notes.values[0], notes.values.join(' '));
    assert.equal(notes.leak, false);

    const cache = series('heap', 'main.warmCache');
    assert.equal(new Set(cache.values).size, 1);
    assert.equal(cache.leak, false);

    assert.deepEqual(series('goroutines', 'main.leakWaiter'), { values: [0, 1, 2, 3, 4], leak: true });
    assert.deepEqual(series('goroutines', 'main.poolWorker'), { values: [4, 4, 4, 4, 4], leak: false });
  });
});
