// A paste copied out of a CI log from inside the first line's time (linePrefix.ts `isPrefixTail`): the crash
// line behind the time's last characters, every line under it behind the whole time. The real
// paste (matrixorigin/matrixone#19185, Go 1.23 on GitHub Actions) and the same test timeout cut at
// other places of its time, hand-made from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const TIMEOUT = 'panic: test timed out after 40m0s (running TestCancelRunningTask)';

/** The dump of the paste, every line behind `time`, the first behind `firstTime`. */
function timedDump(firstTime: string, time: string): string {
  const lines = [
    'panic: test timed out after 40m0s', '\trunning tests:', '\t\tTestCancelRunningTask (39m59s)', '',
    'goroutine 311 [running]:', 'testing.(*M).startAlarm.func1()', '\t/opt/hostedtoolcache/go/1.23.0/x64/src/testing/testing.go:2373 +0x265',
    'created by time.goFunc', '\t/opt/hostedtoolcache/go/1.23.0/x64/src/time/sleep.go:215 +0x45', '',
    'goroutine 1 [chan receive, 39 minutes]:', 'testing.(*T).Run(0xc0000dc680, {0x213de95, 0x15}, 0x21b3380)',
    '\t/opt/hostedtoolcache/go/1.23.0/x64/src/testing/testing.go:1751 +0x851', 'testing.runTests.func1(0xc0000dc4e0)',
    '\t/opt/hostedtoolcache/go/1.23.0/x64/src/testing/testing.go:2168 +0x37', 'main.main()', '\t_testmain.go:51 +0x2bd',
  ];
  return lines.map((line, i) => `${i === 0 ? firstTime : time}${line}`).join('\n') + '\n';
}

describe('goroutines: a paste whose first line starts inside its time', () => {
  it('reads the test timeout of the real paste, its running test named, behind the time the rest carries', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/matrixone_19185_actions_timestamp_cut_in_first_prefix_test_timeout.txt', 'utf8'));
    assert.equal(a.dump.crash?.message, TIMEOUT);
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.waitMinutes]), [[311, 'running', null], [1, 'chan receive', 39]]);
  });

  it('reads it wherever the copy cut the time, with a `Z` or an offset, on the byte path as on the text path', () => {
    const cases: [string, string][] = [
      ['3.6367390Z ', '2024-10-09T09:16:43.6370024Z '],
      ['43.6367390Z ', '2024-10-09T09:16:43.6370024Z '],
      ['6367390Z ', '2024-10-09T09:16:43.6370024Z '],
      [':43.6367390Z ', '2024-10-09T09:16:43.6370024Z '],
      ['9:16:43.636Z\t', '2024-10-09T09:16:43.637Z\t'],
      ['3.636+02:00 ', '2024-10-09T09:16:43.637+02:00 '],
    ];
    for (const [firstTime, time] of cases) {
      const text = timedDump(firstTime, time);
      for (const input of [text, new TextEncoder().encode(text)]) {
        const a = analyzeGoroutineDump(input);
        assert.equal(a.dump.crash?.message, TIMEOUT, firstTime);
        assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.length]), [[311, 1], [1, 3]], firstTime);
        assert.deepEqual(a.dump.warnings, [], firstTime);
        assert.equal(a.dump.truncated, false, firstTime);
      }
    }
  });
});
