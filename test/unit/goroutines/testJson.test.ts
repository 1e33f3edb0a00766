// `go test -json` output (test2json): the dump is in the `Output` values of one test's records, a
// line per record, a long line split over several without its `\n`. Fixtures are real Go 1.19
// output of scripts/go/testjson.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const fixture = (f: string) => readFileSync(`test/fixtures/goroutines/${f}`, 'utf8');
/**
 * Warnings about lines skipped from `from` on (the records before the dump are not the dump's), but
 * go test's own FAIL line after the dump, skipped as in its plain output.
 */
const skippedFrom = (a: ReturnType<typeof analyzeGoroutineDump>, from: number) =>
  a.dump.warnings.filter(w => /skipped/.test(w.message) && Number(/^lines? (\d+)/.exec(w.message)?.[1] ?? 0) >= from && !/starting "FAIL/.test(w.message));

describe('goroutines: go test -json output', () => {
  it('a test timed out: the goroutines, frames and the blocked test first, no record skipped in the dump', () => {
    const text = fixture('test_json_timeout.txt');
    const a = analyzeGoroutineDump(text);
    assert.equal(a.total, 7);
    assert.equal(a.dump.crash?.message, 'panic: test timed out after 2s');
    assert.equal(a.stuck?.kind, 'test timeout');
    assert.deepEqual(a.groups.filter(g => g.suspect).map(g => g.suspect), [
      '3 goroutines blocked on chan receive in stuck.TestBlocked.func1 (stuck_test.go:26), created by stuck.TestBlocked; the test timed out after 2s',
      '1 goroutine blocked on semacquire in stuck.waitForever (stuck_test.go:14), created by stuck.TestBlocked; the test timed out after 2s',
      '1 goroutine sleeping in stuck.TestBlocked (stuck_test.go:30), created by testing.(*T).Run; the test timed out after 2s',
    ]);
    assert.ok(a.groups.every(g => g.frames.length > 0));
    const crashLine = text.split('\n').findIndex(l => l.includes('"Output":"panic: test timed out')) + 1;
    assert.deepEqual(skippedFrom(a, crashLine), []);
  });

  it('a test panicked with a message longer than a record: the split line is one crash line, the panicking test the culprit', () => {
    const a = analyzeGoroutineDump(fixture('test_json_panic.txt'));
    assert.equal(a.total, 1);
    // The message, joined from its records' pieces, as far as a crash message is kept.
    assert.match(a.dump.crash?.message ?? '', /^panic: bad state: x{1000}/);
    assert.doesNotMatch(a.dump.crash?.message ?? '', /["{}\\]/);
    assert.equal(a.groups[0].crashed, true);
    assert.deepEqual(a.groups[0].frames.map(f => f.func), ['testing.tRunner.func1.2', 'testing.tRunner.func1', 'panic', 'example.com/stuck.TestPanics', 'testing.tRunner']);
    assert.match(a.groups[0].suspect ?? '', /in stuck\.TestPanics \(stuck_test\.go:37\)/);
    // Before the dump the records of the run; after it, go test's own FAIL line, as in its plain output.
    assert.deepEqual(a.dump.warnings.filter(w => /skipped/.test(w.message) && !/^lines? 1[–-]/.test(w.message) && !/starting "FAIL/.test(w.message)), []);
  });

  it('records of other tests and packages, and ones without output, between the dump\'s are passed over', () => {
    const lines = fixture('test_json_timeout.txt').split('\n');
    const other = [
      '{"Time":"2026-12-05T00:54:52.1Z","Action":"output","Package":"example.com/other","Test":"TestX","Output":"=== RUN   TestX\\n"}',
      '{"Time":"2026-12-05T00:54:52.1Z","Action":"output","Package":"example.com/stuck","Test":"TestOther","Output":"    other_test.go:3: hello\\n"}',
      '{"Time":"2026-12-05T00:54:52.1Z","Action":"pass","Package":"example.com/other","Test":"TestX","Elapsed":0}',
    ];
    const mixed = lines.flatMap((line, i) => i > 30 && i % 3 === 0 ? [...other, line] : [line]).join('\n');
    const a = analyzeGoroutineDump(mixed);
    const plain = analyzeGoroutineDump(lines.join('\n'));
    assert.equal(a.total, plain.total);
    assert.deepEqual(a.groups.map(g => g.suspect), plain.groups.map(g => g.suspect));
    assert.deepEqual(a.dump.crash?.message, plain.dump.crash?.message);
  });
});
