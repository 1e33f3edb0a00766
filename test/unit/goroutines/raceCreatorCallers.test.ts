// A race report's "Goroutine N (running) created at:" is a stack: its first frame the `go` statement
// (the creator), the frames under it the calls that led there. When the creator is the standard
// library's (`testing.(*T).Run` run by the user's `go t.Run(…)`) and neither access has code of the
// user's, the user's call under the creator is where to look: woodpecker-ci#6574 blames `go t.Run`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { runCli } from '../../../src/cli/main';
import { readAlike } from './readAlike';

const WOODPECKER = 'test/fixtures/goroutines/pasted/woodpecker_6574_go124_race_main_goroutine_gowrap_whole.txt';
// Go-made (scripts/go/gotrunrace, Go 1.19): the same race, with a TestMain over `testing.(*M).Run`.
const GO_MADE = 'test/fixtures/goroutines/race_go_t_run_creator_caller_testmain.txt';
const GOWRAP = 'go.woodpecker-ci.org/woodpecker/v3/pipeline/backend/local.TestConcurrentWorkflows.gowrap1';

describe('goroutines: a race report\'s creation stack under its creator', () => {
  it('keeps the calls under the creator on both paths, the creator still the `go` statement\'s frame', () => {
    for (const file of [WOODPECKER, GO_MADE]) {
      const dump = readAlike(readFileSync(file, 'utf8'));
      const written = dump.goroutines.get(0);
      assert.equal(written.createdBy?.func, 'testing.(*T).Run', file);
      assert.deepEqual(written.creatorCallers?.map(f => f.func), [file === WOODPECKER ? GOWRAP : 'gotrunrace.TestStartsSubtestInGoroutine.func2'], file);
      // The main goroutine's access has no creation section: no callers.
      assert.equal(dump.goroutines.get(1).creatorCallers, undefined, file);
    }
  });

  it('blames the user\'s call under a standard-library creator when neither access is the user\'s', async () => {
    const a = analyzeGoroutineDump(readFileSync(WOODPECKER));
    assert.equal(a.groups[0].suspect, '1 goroutine in a data race: write of 0x00c0000e0710 in testing.(*common).setRan (testing.go:957), created by testing.(*T).Run called from local.TestConcurrentWorkflows.gowrap1 (local_test.go:427)');
    assert.deepEqual([a.groups[0].userFrame?.func, a.groups[0].userFrame?.line], [GOWRAP, 427]);
    let json = '';
    await runCli(['goroutines', WOODPECKER, '--json'], { out: t => { json += t; }, err: () => undefined });
    assert.deepEqual(JSON.parse(json).groups[0].creatorCallers.map((f: { func: string }) => f.func), [GOWRAP]);
  });

  it('a TestMain over `testing.(*M).Run` is the test runner\'s access, not the user\'s: the `go t.Run` ranks first', () => {
    const a = analyzeGoroutineDump(readFileSync(GO_MADE));
    assert.deepEqual(a.groups.map(g => g.suspect), [
      '1 goroutine in a data race: write of 0x00c000086860 in testing.(*common).setRan (testing.go:812), created by testing.(*T).Run called from gotrunrace.TestStartsSubtestInGoroutine.func2 (gotrun_test.go:14)',
      '1 goroutine in a data race: previous read of 0x00c000086860 in gotrunrace.TestMain (gotrun_test.go:20)',
    ]);
  });

  it('an access of the user\'s own still ranks before a creator\'s caller (os/exec\'s copy started by main.main)', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/race_stdlib_access_first_exec_output_buffer.txt'));
    assert.equal(a.groups[0].suspect, '1 goroutine in a data race: previous read of 0x00c00009c150 in main.report (main.go:12)');
    assert.match(a.groups[1].suspect ?? '', /, created by exec\.\(\*Cmd\)\.Start called from main\.main \(main\.go:19\)$/);
  });

  it('a user creator is named alone, and a creation stack cut at any line keeps the calls read before the cut', () => {
    const lines = readFileSync(WOODPECKER, 'utf8').split('\n');
    const user = lines.join('\n').replace('  testing.(*T).Run()\n      /usr/local/go/src/testing/testing.go:2101 +0xb12\n', '');
    assert.match(analyzeGoroutineDump(user).groups[0].suspect ?? '', /, created by local\.TestConcurrentWorkflows\.gowrap1$/);
    const creator = lines.findIndex(l => l.startsWith('Goroutine 66 (running) created at:'));
    for (let end = creator + 1; end <= creator + 5; end++) {
      const dump = readAlike(lines.slice(0, end).join('\n'));
      const callers = dump.goroutines.get(0).creatorCallers?.map(f => f.func);
      assert.deepEqual(callers, end >= creator + 4 ? [GOWRAP] : undefined, String(end - creator));
    }
  });
});
