// A recovered panic's value printed alone right above `debug.Stack()`'s output (runtimeErrorValue.ts):
// one of Go's runtime.Error strings there names the crash, as mmctl's real paste shows
// (test/fixtures/goroutines/pasted, SOURCES.md). The stack below is Go 1.19's, printed by
// `fmt.Println(r); fmt.Println(string(debug.Stack()))` in a deferred recover.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { buildGoroutineViewModel } from '../../../src/core/report/goroutines/viewModel';
import { runCli } from '../../../src/cli/main';
import { plainJson as plain, readAlike } from './readAlike';

const stack = [
  'goroutine 1 [running]:',
  'runtime/debug.Stack()',
  '\t/usr/lib/go-1.19/src/runtime/debug/stack.go:24 +0x65',
  'main.printPanic({0x4960c0, 0x533080})',
  '\t/tmp/rw_go/main.go:16 +0xea',
  'main.main.func1()',
  '\t/tmp/rw_go/main.go:24 +0x2a',
  'panic({0x4960c0, 0x533080})',
  '\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212',
  'main.divide(...)',
  '\t/tmp/rw_go/main.go:19',
  'main.main()',
  '\t/tmp/rw_go/main.go:27 +0xb6',
  '',
].join('\n');

describe('goroutines: a runtime error\'s value alone over a recovered stack', () => {
  it('is the crash line of a recovered panic, the value as written, right above the header or behind a log\'s prefix (`log.Printf`), whatever the runtime error', () => {
    for (const [line, value] of [
      ['runtime error: integer divide by zero', 'runtime error: integer divide by zero'],
      ['2026/12/05 02:56:40 runtime error: integer divide by zero', 'runtime error: integer divide by zero'],
      ['runtime error: index out of range [5] with length 3', 'runtime error: index out of range [5] with length 3'],
      ['E0304 10:38:30.617328   30134 server.go:303] runtime error: invalid memory address or nil pointer dereference', 'runtime error: invalid memory address or nil pointer dereference'],
    ] as const) {
      const a = analyzeGoroutineDump(`${line}\n${stack}`);
      assert.deepEqual(a.dump.crash, { message: value, line: 1, recovered: true }, line);
      assert.equal(a.groups[0]?.suspect, `1 goroutine panicked (recovered: ${value}) in main.divide (main.go:19)`, line);
      assert.deepEqual(a.dump.warnings, [], line);
    }
  });

  it('each view says "recovered" once: the CLI\'s crash line and JSON, the webview\'s crash banner', async () => {
    const text = `runtime error: integer divide by zero\n${stack}`;
    const view = buildGoroutineViewModel(analyzeGoroutineDump(text), { similarity: 'default', lineOffset: 0, elapsedMs: 1 });
    assert.deepEqual([view.summary.crash, view.summary.crashRecovered], ['runtime error: integer divide by zero', true]);
    // A crash line whose own words say it was recovered carries the flag too.
    const served = analyzeGoroutineDump(`2024/01/02 15:04:05 http: panic serving 10.0.0.1:4242: boom\n${stack}`);
    assert.deepEqual(served.dump.crash, { message: 'http: panic serving 10.0.0.1:4242: boom', line: 1, recovered: true });
    const file = join(mkdtempSync(join(tmpdir(), 'gpe-recovered-')), 'dump.txt');
    writeFileSync(file, text);
    const run = async (args: string[]) => {
      let out = '';
      await runCli(args, { out: t => { out += t; }, err: () => undefined });
      return out;
    };
    const lines = (await run(['goroutines', file])).split('\n');
    assert.deepEqual(lines.slice(1, 3), [
      'crash (recovered): runtime error: integer divide by zero (line 1)',
      'CRASH: 1 goroutine panicked (recovered: runtime error: integer divide by zero) in main.divide (main.go:19)',
    ]);
    assert.deepEqual(JSON.parse(await run(['goroutines', file, '--json'])).crash, { message: 'runtime error: integer divide by zero', line: 1, recovered: true });
  });

  it('is no crash line apart from the header, or when it is no runtime error\'s words', () => {
    for (const text of [
      `runtime error: integer divide by zero\nsome other line\n${stack}`,
      `runtime error: Integer divide by zero\n${stack}`,
    ]) {
      const a = analyzeGoroutineDump(text);
      assert.equal(a.dump.crash, null, text.slice(0, 60));
      assert.equal(a.groups[0]?.suspect, '1 goroutine crashed (its crash line is not in the text) in main.divide (main.go:19)', text.slice(0, 60));
    }
    // Ending a sentence, the whole value is the crash told in words (runtimeErrorInWords.test.ts): over this stack, recovered.
    const told = analyzeGoroutineDump(`the runtime error: integer divide by zero\n${stack}`);
    assert.deepEqual(told.dump.crash, { message: 'runtime error: integer divide by zero', line: 1, recovered: true });
  });

  it('over a `[signal …]` line is the process\'s own panic with its `panic: ` left off, whatever stands before it, on both paths', () => {
    // Go 1.19's nil dereference (scripts/go/crashshapes) with the word a paste dropped (rclone's Go 1.3 paste in pasted/).
    const text = readFileSync('test/fixtures/goroutines/crash_runtime_error_value_over_signal_line.txt', 'utf8');
    const value = 'runtime error: invalid memory address or nil pointer dereference';
    for (const [before, line] of [['', 1], ['2026/12/05 02:56:40 ', 1], ['error output:\n\n', 3]] as const) {
      const a = analyzeGoroutineDump(before + text);
      assert.deepEqual(a.dump.crash, { message: `panic: ${value}`, line }, before);
      assert.deepEqual([[...a.dump.goroutines].map(g => g.id), a.dump.truncated], [[1, 6, 7, 8], false], before);
      assert.equal(a.groups[0]?.suspect, `1 goroutine crashed (panic: ${value}) in main.nilDeref (main.go:28)`, before);
      assert.deepEqual(plain(readAlike(before + text).crash), plain(a.dump.crash), before);
    }
    // Without the signal line it stays a recovered panic's value, as written.
    const alone = analyzeGoroutineDump(text.replace(/^\[signal [^\n]*\n/m, ''));
    assert.deepEqual(alone.dump.crash, { message: value, line: 1, recovered: true });
  });
  it('under a sentence that says "panic" and a paste\'s markup (`<pre>`, a fence) is the crash alone: the sentence is the paster\'s, on both paths', () => {
    const value = 'runtime error: integer divide by zero';
    for (const sentence of ['When the panic is recovered, i will see something like that:', 'After the panic: ', 'Panicked output is as follows:']) {
      for (const markup of ['<pre>', '<pre><code>', '```', '```text', '<details><summary>log</summary>']) {
        const text = `${sentence}\n${markup}\n${value}\n${stack}`;
        const a = analyzeGoroutineDump(text);
        assert.deepEqual(a.dump.crash, { message: value, line: 3, recovered: true }, `${sentence} / ${markup}`);
        assert.equal(a.groups[0]?.suspect, `1 goroutine panicked (recovered: ${value}) in main.divide (main.go:19)`, `${sentence} / ${markup}`);
        assert.deepEqual(plain(readAlike(text).crash), plain(a.dump.crash), `${sentence} / ${markup}`);
      }
    }
    // Without the markup the words are a recovery line's, the value under them theirs (as a server logs them).
    assert.equal(analyzeGoroutineDump(`caught panic:\n${value}\n${stack}`).dump.crash?.message, `caught panic: \n${value}`);
  });
});
