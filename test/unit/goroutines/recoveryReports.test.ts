// A panic a program recovered and reported in its own words over the stack of the goroutine it
// recovered in (debug.Stack from the deferred function): chi's `Panic: <value>`, a CLI's crash report
// of aligned fields (`Panic:          <value>`, as Pulumi prints it: pasted/pulumi_12371_…), a gRPC
// handler's log record, middleware's `panic recovered: <value>`. One rule for the class
// (recoveryLine.ts): words with a `panic` word, a colon and a value, right above a running goroutine
// whose stack shows the panic unwinding under the function that printed it. Fixtures: Go 1.19 output
// of scripts/go/recoveryreports (SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const fixture = (mode: string) => readFileSync(`test/fixtures/goroutines/recovery_report_${mode}.txt`, 'utf8');

/** The text as a string and as bytes: the scanner's two paths read it alike. */
function bothPaths(text: string): GoroutineAnalysis[] {
  return [analyzeGoroutineDump(text), analyzeGoroutineDump(new TextEncoder().encode(text))];
}

const BLAME = 'in main.(*job).deliver (main.go:22), created by main.main';

const REPORTS: Record<string, string> = {
  chi: 'Panic: send on closed channel',
  cli: 'Panic: send on closed channel',
  grpc: 'recovery: panic triggered in grpc server: error: send on closed channel',
  recovered: 'panic recovered: send on closed channel',
};

describe('goroutines: a recovered panic reported in the program\'s own words over its goroutine', () => {
  for (const [mode, crash] of Object.entries(REPORTS)) {
    it(`${mode}: the words are the recovered panic's crash line, blamed under the \`panic\` call`, () => {
      for (const a of bothPaths(fixture(mode))) {
        assert.deepEqual([a.dump.crash?.message, a.dump.crash?.recovered], [crash, true]);
        assert.equal(a.groups[0].suspect, `1 goroutine panicked (recovered: ${crash}) ${BLAME}`);
        // Only the CLI's banner lines are skipped, never the crash line.
        assert.deepEqual(a.dump.warnings.map(w => w.line), mode === 'cli' ? [2] : []);
      }
    });
  }

  it('behind a log prefix every line carries (known or not), with CRLF, and cut before the `panic` frame', () => {
    const prefixed = fixture('cli').split('\n').map(line => `[pod/relay-7d9f/relay] ${line}`).join('\r\n');
    // stern's `pod container ` before every line: a prefix of no known shape, learnt from the header.
    const stern = fixture('chi').split('\n').map(line => `relay-7d9f relay ${line}`).join('\n');
    for (const a of [...bothPaths(prefixed), ...bothPaths(stern)]) assert.equal(a.dump.crash?.message, REPORTS.cli);
    // Cut in the handler's frame: the stack could not show the panic yet, the words stand.
    const lines = fixture('chi').split('\n');
    for (const a of bothPaths(lines.slice(0, 5).join('\n') + '\nmain.main.fu')) {
      assert.deepEqual([a.dump.crash?.message, a.dump.truncated], [REPORTS.chi, true]);
    }
  });

  it('is no crash line over a goroutine that shows no panic unwinding, over another state, over a header taken back, or when no value follows its colon', () => {
    const running = 'goroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d\n\ngoroutine 2 [chan receive]:\nmain.w()\n\t/app/main.go:19 +0x1d\ncreated by main.main\n\t/app/main.go:8 +0x1d\n';
    for (const a of bothPaths(`notes\nPanic: send on closed channel\n\n${running}`)) {
      assert.equal(a.dump.crash, null);
      // Given back as skipped, its warning in line order.
      assert.deepEqual(a.dump.warnings.map(w => w.message), [
        'line 1: skipped 1 line that is not part of a goroutine dump, starting "notes"',
        'line 2: skipped 1 line that is not part of a goroutine dump, starting "Panic: send on closed channel"',
      ]);
    }
    const waiting = fixture('chi').replace('goroutine 18 [running]:', 'goroutine 18 [chan send]:');
    for (const a of bothPaths(waiting)) assert.equal(a.dump.crash, null);
    const introduced = fixture('chi').replace(REPORTS.chi, 'I got this panic:\n');
    for (const a of bothPaths(introduced)) assert.equal(a.dump.crash, null);
    // A header behind a new prefix that the next line does not confirm is taken back, and the words with it.
    for (const a of bothPaths('Panic: send on closed channel\nxx goroutine 7 [running]:\nnot a call\n')) {
      assert.deepEqual([a.dump.crash, a.dump.warnings.map(w => w.line)], [null, [1, 2]]);
    }
  });
});
