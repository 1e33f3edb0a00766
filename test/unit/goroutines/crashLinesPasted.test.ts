// What a crash means when its lines come as people paste them: a `[signal …]` line without the crash
// line above it, a panic's value of several lines, a crash or a test timeout whose line was not
// pasted at all, and a log of restarts with a crash each. Dumps made by scripts/go/crashshapes and
// scripts/go/testtimeout (Go 1.19); a paste that lost its first lines is the dump without them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const withoutFirstLines = (text: string, count: number) => text.split('\n').slice(count).join('\n');

/** The text as a string and as bytes: the scanner's two paths read it alike. */
function bothPaths(text: string): GoroutineAnalysis[] {
  return [analyzeGoroutineDump(text), analyzeGoroutineDump(new TextEncoder().encode(text))];
}

describe('goroutines: crash lines as pasted', () => {
  it('a `[signal SIGSEGV: …]` line with no crash line above it is the crash, and names the goroutine after it', () => {
    // scripts/go/crashshapes `nilderef`: the panic line lost, the signal line first.
    const nilDeref = fixture('crash_log_of_restarts.txt').split('\n').slice(71).join('\n');
    assert.match(nilDeref, /^\[signal SIGSEGV/);
    for (const a of bothPaths(nilDeref)) {
      assert.equal(a.dump.crash?.message, 'SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x482ebb');
      assert.equal(a.groups[0].crashed, true);
      assert.match(a.groups[0].suspect ?? '', /^1 goroutine crashed \(SIGSEGV: segmentation violation .*\) in main\.nilDeref \(main\.go:28\)$/);
    }
  });

  it('under its crash line, a `[signal …]` line only says which fault: one crash', () => {
    const text = 'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x482ebb]\n\n' +
      'goroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d\n';
    for (const a of bothPaths(text)) {
      assert.equal(a.dump.crash?.message, 'panic: runtime error: invalid memory address or nil pointer dereference');
      assert.equal(a.dump.earlierDumps.length, 0);
    }
    // Go before 1.5 printed the signal's number: read as the `signal N` crash kind.
    const [old] = bothPaths('[signal 0xb code=0x1 addr=0x0 pc=0x4d66bc]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d\n');
    assert.equal(old.dump.crash?.message, 'signal 0xb code=0x1 addr=0x0 pc=0x4d66bc');
    assert.equal(old.groups[0].crashed, true);
  });

  it('keeps a panic value of several lines whole, and says it by its first line', () => {
    for (const a of bothPaths(fixture('crash_multiline_error.txt'))) {
      assert.equal(a.dump.crash?.message, 'panic: an error occurred:\n\tfirst cause: connection refused\n\tsecond cause: timeout');
      assert.deepEqual(a.dump.warnings, []);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: an error occurred: …) in main.multiline (main.go:18)');
    }
  });

  it('a handler that recovers and raises the value again with lines added passes it on: blamed under its `panic`', () => {
    for (const a of bothPaths(fixture('crash_repanic_wrapped.txt'))) {
      assert.equal(a.dump.crash?.message, 'panic: assignment to entry in nil map [recovered] / panic: assignment to entry in nil map\nwhile handling a request');
      assert.deepEqual(a.dump.warnings, []);
      assert.match(a.groups[0].suspect ?? '', / in main\.recovered \(main\.go:37\)$/);
    }
  });

  it('lines after a panic line that nothing Go prints follows stay skipped', () => {
    const text = 'panic: boom\nthe next log line\nanother one\n' + 'x\n'.repeat(60) + 'goroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d\n';
    for (const a of bothPaths(text)) {
      assert.equal(a.dump.crash?.message, 'panic: boom');
      assert.ok(a.dump.warnings.some(w => w.message.includes('skipped 62 lines')), JSON.stringify(a.dump.warnings));
    }
    const [logged] = bothPaths('panic: boom\nthe next log line\n2026/12/04 10:00:00 main.go:12: started\nmain.main()\n\t/app/main.go:9 +0x1d\n');
    assert.equal(logged.dump.crash?.message, 'panic: boom');
  });

  it('a running goroutine under `panic` whose crash line was not pasted crashed, and ranks first', () => {
    // The wrapped repanic without its three lines of crash message.
    for (const a of bothPaths(withoutFirstLines(fixture('crash_repanic_wrapped.txt'), 3))) {
      assert.equal(a.dump.crash, null);
      assert.equal(a.groups[0].crashed, true);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (its crash line is not in the text) in main.recovered (main.go:37)');
    }
  });

  it('a running goroutine that called runtime.throw, its `fatal error:` line not pasted, crashed where the user code called in', () => {
    // A real paste (hashicorp/vault#2804, behind syslog prefixes) without its `fatal error: concurrent map writes` line.
    const paste = readFileSync('test/fixtures/goroutines/pasted/vault_2804_backtick_syslog_crash_cut.txt', 'utf8');
    const withoutCrashLine = paste.replace('`Jun  5 13:36:36 vault-test vault: fatal error: concurrent map writes\n', '');
    assert.notEqual(withoutCrashLine, paste);
    for (const a of bothPaths(withoutCrashLine)) {
      assert.equal(a.dump.crash, null);
      assert.equal(a.groups[0].crashed, true);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (its crash line is not in the text) in vault.NewACL (acl.go:114)');
    }
  });

  it('a running `go test` alarm without its panic line is a test timeout: the blocked test is the suspect, not t.Run', () => {
    const full = fixture('demo_test_timeout.txt');
    assert.match(full, /^panic: test timed out after 2s\n\ngoroutine 17 \[running\]:\ntesting\.\(\*M\)\.startAlarm\.func1/);
    for (const a of bothPaths(withoutFirstLines(full, 2))) {
      assert.equal(a.dump.crash, null);
      assert.equal(a.stuck?.kind, 'test timeout');
      assert.ok(!a.groups.some(g => g.crashed), 'the alarm is no crash');
      const suspects = a.groups.filter(g => g.suspect !== null);
      assert.ok(suspects.length > 0);
      assert.ok(suspects.every(g => !g.frames.some(f => f.func === 'testing.(*T).Run')), 'tests waiting in t.Run are no suspects');
      assert.ok(suspects.some(g => g.frames.some(f => f.func === 'testtimeout.TestSubmitHangs')), 'the hanging test is');
    }
  });

  it('a log of restarts: each dump keeps its own crash, and dumps of separate crashes are not compared', () => {
    // Two panics and a crash whose panic line was lost, each after a log line.
    for (const a of bothPaths(fixture('crash_log_of_restarts.txt'))) {
      assert.deepEqual(a.dump.earlierDumps.map(d => [d.lines.start, d.crash?.message.split('\n')[0] ?? null]), [
        [2, 'panic: an error occurred:'],
        [38, 'panic: runtime error: invalid memory address or nil pointer dereference'],
      ]);
      assert.equal(a.dump.crash?.message, 'SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x482ebb');
      assert.equal(a.dump.crash?.line, 72);
      assert.equal(a.separateFromPreviousDump, true);
      assert.equal(a.growthSincePreviousDump, null);
    }
    // Dumps a watchdog wrote from one live process are still compared.
    const rounds = analyzeGoroutineDump(fixture('demo_log_dumps.txt'));
    assert.equal(rounds.separateFromPreviousDump, false);
    assert.notEqual(rounds.growthSincePreviousDump, null);
  });

  describe('two `panic:` lines one under the other', () => {
    const NESTED = 'panic: assignment to entry in nil map / panic: flushing the index: short write / panic: closing the journal: disk full';

    it('Go\'s nested panics (each later one under a tab, with or without `[recovered]`) are one crash with every message', () => {
      // scripts/go/crashshapes `nested`: two deferred functions panic while a nil-map panic unwinds.
      for (const a of bothPaths(fixture('crash_nested_panics.txt'))) {
        assert.deepEqual([a.dump.crash?.message, a.dump.earlierDumps.length, a.dump.goroutines.length], [NESTED, 0, 4]);
        assert.equal(a.groups[0].suspect, `1 goroutine crashed (${NESTED}) in main.nested.func1 (main.go:43)`);
      }
      // Behind a log prefix, the tab after it still marks the nested panic.
      const prefixed = fixture('crash_nested_panics.txt').split('\n').map(l => (l === '' ? l : `2024-05-01T12:00:00.000Z stderr F ${l}`)).join('\n');
      assert.equal(analyzeGoroutineDump(prefixed).dump.crash?.message, NESTED);
      // `[recovered]` then a panic that lost its tab: still the chain (only the tab was lost).
      const untabbed = analyzeGoroutineDump('panic: a [recovered]\npanic: b\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:3 +0x1\n');
      assert.deepEqual([untabbed.dump.crash?.message, untabbed.dump.earlierDumps.length], ['panic: a [recovered] / panic: b', 0]);
    });

    it('nested panics whose tabs a paste lost, the first without `[recovered]`: one crash, as the stack under them shows', () => {
      // Every leading tab lost: the crashed goroutine's stack holds a `panic` frame for each panic unwinding under the last.
      const untabbed = fixture('crash_nested_panics.txt').replace(/^\t/gm, '');
      for (const a of bothPaths(untabbed)) {
        assert.deepEqual([a.dump.crash?.message, a.dump.earlierDumps.length, a.dump.goroutines.length, a.dump.warnings], [NESTED, 0, 4, []]);
        assert.equal(a.groups[0].suspect, `1 goroutine crashed (${NESTED}) in main.nested.func1 (main.go:43)`);
      }
      // Three lines over a stack with one panic unwinding: the last two are the nested panic, the first another process's.
      const oneUnwinding = untabbed.replace(/^panic\(\{0x48ddc0.*\nruntime\/panic\.go.*\n/m, '');
      const a = analyzeGoroutineDump(oneUnwinding);
      assert.deepEqual([a.dump.crash?.message, a.dump.earlierDumps.map(d => d.crash?.message)],
        ['panic: flushing the index: short write / panic: closing the journal: disk full', ['panic: assignment to entry in nil map']]);
    });

    it('two processes\' `panic:` lines one under the other, each followed by its own goroutines: two crashes', () => {
      // The nested panic's dump twice under its three lines: goroutine ids repeat, two dumps follow, none joined.
      const untabbed = fixture('crash_nested_panics.txt').replace(/^\t/gm, '');
      const cut = untabbed.indexOf('\n\n');
      const rest = untabbed.slice(cut + 2);
      const a = analyzeGoroutineDump(`${untabbed.slice(0, cut)}\n\n${rest}\n${rest}`);
      assert.deepEqual(a.dump.earlierDumps.map(d => [d.crash?.message, d.goroutines]), [
        ['panic: assignment to entry in nil map', 0], ['panic: flushing the index: short write', 0], ['panic: closing the journal: disk full', 4],
      ]);
    });

    it('an unindented `panic:` under another panic is another process\'s: two crashes, the dump under the second its', () => {
      // The first line of `crashshapes index`, then the whole of `crashshapes nilmap`: two processes' crashes in one log.
      for (const a of bothPaths(fixture('crash_two_processes_panic_lines.txt'))) {
        assert.deepEqual([a.dump.crash?.message, a.dump.crash?.line, a.dump.goroutines.length], ['panic: assignment to entry in nil map', 2, 4]);
        assert.deepEqual(a.dump.earlierDumps.map(d => [d.crash?.message, d.goroutines, d.lines.start, d.lines.end]),
          [['panic: runtime error: index out of range [7] with length 3', 0, 1, 1]]);
        assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: assignment to entry in nil map) in main.nilMap (main.go:21)');
        assert.equal(a.separateFromPreviousDump, true);
        assert.match(a.dump.warnings[0].message, /^the text holds 2 goroutine dumps \(from line 1; crash lines follow each other\): only the last one, from line 2, is grouped/);
      }
      // A blank line between (a double-spaced paste keeps a chain across one) changes nothing.
      const spaced = fixture('crash_two_processes_panic_lines.txt').replace('\n', '\n\n');
      assert.deepEqual(analyzeGoroutineDump(spaced).dump.earlierDumps.map(d => d.crash?.message), ['panic: runtime error: index out of range [7] with length 3']);
      // The same line twice (a log shipper sending it again) is still said once.
      const twice = fixture('crash_two_processes_panic_lines.txt').split('\n').slice(1);
      const a = analyzeGoroutineDump([twice[0], ...twice].join('\n'));
      assert.deepEqual([a.dump.crash?.message, a.dump.earlierDumps.length], ['panic: assignment to entry in nil map', 0]);
    });
  });

  describe('a test framework\'s words over a panic it recovered', () => {
    it('testify\'s `test panicked: <value>` over the stack it logs is the recovered panic\'s crash line, behind a prefix or not', () => {
      // Go 1.19 output (SOURCES.md gives the test): a test that recovers its panic and logs it as testify's suite does (failOnPanic).
      const text = fixture('crash_test_panicked_recovered.txt');
      const prefixed = text.split('\n').map(line => (line === '' ? line : `ci-7f3a | ${line}`)).join('\n');
      for (const a of [...bothPaths(text), ...bothPaths(prefixed)]) {
        assert.deepEqual([a.dump.crash?.message, a.dump.crash?.recovered], ['test panicked: assignment to entry in nil map', true]);
        assert.equal(a.groups[0].suspect, '1 goroutine panicked (recovered: test panicked: assignment to entry in nil map) in ledger.(*balances).credit (ledger_test.go:19), created by testing.(*T).Run');
      }
    });

    it('goconvey\'s `Line N: - <value>` under `Errors:` is the crash line; its failures\' `Line N:` are not', () => {
      for (const a of bothPaths(fixture('crash_goconvey_error_line.txt'))) {
        assert.deepEqual([a.dump.crash?.message, a.dump.crash?.line, a.dump.crash?.recovered], ['Line 112: - runtime error: index out of range [4] with length 4', 14, true]);
        assert.equal(a.groups[0].suspect, '1 goroutine panicked (recovered: Line 112: - runtime error: index out of range [4] with length 4) in inventory.(*Stock).Reserve (stock.go:47), created by testing.(*T).Run');
      }
      const failureOnly = fixture('crash_goconvey_error_line.txt').replace('Line 112: - runtime error: index out of range [4] with length 4 ', 'Line 112:');
      assert.equal(analyzeGoroutineDump(failureOnly).dump.crash?.recovered, undefined);
    });
  });
});

describe('goroutines: a crash line put under the dump it belongs to', () => {
  /** The dump with its crash lines (up to the first blank line) moved under its last goroutine, after `between`. */
  const crashMovedUnder = (dump: string, between: string[]): string => {
    const lines = dump.replace(/\n+$/, '').split('\n');
    const blank = lines.indexOf('');
    return [...lines.slice(blank + 1), ...between, ...lines.slice(0, blank)].join('\n') + '\n';
  };

  for (const name of ['crash_nested_panics.txt', 'crash_generated_type_hash.txt', 'demo_panic.txt', 'go119_unlock.txt']) {
    it(`${name} (Go-made), its crash lines moved under its stacks after \`exit status 2\`: the crash and the goroutine to blame as printed`, () => {
      const printed = analyzeGoroutineDump(fixture(name));
      assert.ok(printed.dump.crashedGoroutine >= 0, name);
      for (const a of bothPaths(crashMovedUnder(fixture(name), ['exit status 2']))) {
        assert.equal(a.dump.crash?.message, printed.dump.crash?.message, name);
        assert.equal(a.dump.crashedGoroutine, printed.dump.crashedGoroutine, name);
        assert.equal(a.groups[0].suspect, printed.groups[0].suspect, name);
      }
    });
  }

  it('hand-made (a worker\'s panic, then `main` waiting, `exit status 2`, the panic line): the dump\'s first goroutine, running, not the one right above the line', () => {
    for (const a of bothPaths(fixture('crash_line_under_its_dump_first_goroutine_running.txt'))) {
      assert.equal(a.dump.crash?.message, 'panic: runtime error: index out of range [3] with length 3');
      assert.equal(a.dump.crashedGoroutine, 0);
      assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: runtime error: index out of range [3] with length 3) in main.parseRecord (parse.go:21), created by main.main');
    }
  });

  it('no goroutine blamed when the line stands apart from the dump, the dump\'s first goroutine is not running, or the dump has a crash line of its own', () => {
    const dump = fixture('crash_nested_panics.txt');
    const far = crashMovedUnder(dump, ['exit status 2', ...Array.from({ length: 9 }, (_, i) => `step ${i + 1} of the build: done`)]);
    const notRunning = crashMovedUnder(dump, ['exit status 2']).replace('goroutine 1 [running]:', 'goroutine 1 [chan receive]:');
    const ownCrashAbove = `${dump.replace(/\n+$/, '')}\nexit status 2\npanic: another process's crash\n`;
    for (const text of [far, notRunning]) {
      for (const a of bothPaths(text)) assert.equal(a.dump.crashedGoroutine, -1);
    }
    // The crash line over the dump stays its crash; the one under it, another event's, blames nothing new.
    const own = analyzeGoroutineDump(ownCrashAbove);
    assert.equal(own.dump.crash?.message, analyzeGoroutineDump(dump).dump.crash?.message);
    assert.equal(own.dump.crashedGoroutine, 0);
  });
});
