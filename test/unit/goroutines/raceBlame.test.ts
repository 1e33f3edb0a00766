// Which access of a race report comes first: the one in the program's code, not one the standard
// library made alone (`testing.tRunner` writing the test's state, os/exec's goroutine copying a
// child's output into the program's bytes.Buffer), whichever the report printed first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

/** Go 1.19's own report (`go build -race`): os/exec's copy into a bytes.Buffer the program reads, the copy printed first. */
const GO_MADE = readFileSync('test/fixtures/goroutines/race_stdlib_access_first_exec_output_buffer.txt', 'utf8');

const sentences = (text: string) => analyzeGoroutineDump(text).groups.map(g => g.suspect);

describe('goroutines: the race access to blame first', () => {
  it('the program\'s read ranks before the standard library\'s write printed above it', () => {
    assert.deepEqual(sentences(GO_MADE), [
      '1 goroutine in a data race: previous read of 0x00c00009c150 in main.report (main.go:12)',
      '1 goroutine in a data race: write of 0x00c00009c150 in bytes.(*Buffer).grow (buffer.go:142), created by exec.(*Cmd).Start',
    ]);
  });

  it('both accesses in the program\'s code keep the report\'s order', () => {
    // The copy's frames made the program's own: the write, printed first, is blamed first again.
    const own = GO_MADE.replaceAll('bytes.(*Buffer).', 'example.com/logbuf.(*Buffer).').replaceAll('io.Copy', 'example.com/logbuf.Copy');
    assert.equal(sentences(own)[0], '1 goroutine in a data race: write of 0x00c00009c150 in logbuf.(*Buffer).grow (buffer.go:142), created by exec.(*Cmd).Start');
  });

  it('a pre-Go-1.6 report whose write is `testing.tRunner` alone blames the closure that called `t.Fatal`', () => {
    // etcd-io/etcd#3576 (SOURCES.md): tRunner's write of the test's state against FailNow from the test's timer closure.
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/etcd_3576_go15_two_races_trunner_vs_fatal_timer_creator_fail_line_cut.txt', 'utf8'));
    assert.equal(a.groups[0]?.suspect, '1 goroutine in a data race: previous write in transport.func·004 (timeout_listener_test.go:72), created by time.goFunc');
  });
});
