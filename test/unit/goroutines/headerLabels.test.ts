// Go 1.27 prints a goroutine's runtime/pprof labels in its header, after the state (the default for
// modules at `go 1.27`, GODEBUG=tracebacklabels=1 before), e.g. as documented:
//   goroutine 38669 [chan receive] {pid: "<ABC123.0.1041>"}:
//   goroutine 24812 [IO wait] {meta: "Alias#<ABC123.107118.6819740677833.0>", role: reader}:
// The Go here (1.19) cannot print them, so the demo dump's headers are given labels in that form.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpAnalyzer, type GoroutineGroup } from '../../../src/core/goroutines';
import { parseHeaderLabels, parseHeaderLine } from '../../../src/core/goroutines/lineParsers';

const demo = readFileSync('test/fixtures/goroutines/demo_debug2.txt', 'utf8');

const shape = (groups: readonly GoroutineGroup[]) => groups.map(g => ({ count: g.count, state: g.state, frames: g.frames, suspect: g.suspect }));

describe('goroutines: labels in goroutine headers (Go ≥ 1.27)', () => {
  it('reads the header with its labels, bare or quoted, with Go escapes', () => {
    const line = 'goroutine 24812 [IO wait, 3 minutes] {meta: "Alias#<ABC123.107118>", role: reader, "odd key": "a\\"b\\x41\\u00e9"}:';
    const header = parseHeaderLine(line, 0, line.length);
    assert.deepEqual(header, {
      id: 24812, state: 'IO wait', waitMinutes: 3, lockedToThread: false, leaked: false, synctest: false,
      labels: { meta: 'Alias#<ABC123.107118>', role: 'reader', 'odd key': 'a"bAé' },
      labelsText: 'meta: "Alias#<ABC123.107118>", role: reader, "odd key": "a\\"b\\x41\\u00e9"',
    });
    assert.deepEqual(parseHeaderLabels('pid: "x]"'), { pid: 'x]' }, 'a value may hold a bracket');
    assert.equal(parseHeaderLabels('not labels'), null);
    const notHeader = 'goroutine 7 [chan send] because of a note:';
    assert.equal(parseHeaderLine(notHeader, 0, notHeader.length), null);
  });

  it('reads labels inside the bracket too (Go 1.26, GODEBUG=tracebacklabels=1, a format it said may change)', () => {
    for (const [line, state, minutes, labels] of [
      ['goroutine 5 [chan receive, labels:{"request_id": "abc"}]:', 'chan receive', null, { request_id: 'abc' }],
      ['goroutine 1 [running labels:{"foobar":"baz", "k":"v"}]:', 'running', null, { foobar: 'baz', k: 'v' }],
      ['goroutine 9 [select, 5 minutes, labels:{"a": "x]", "b": "}"}]:', 'select', 5, { a: 'x]', b: '}' }],
    ] as const) {
      const header = parseHeaderLine(line, 0, line.length);
      assert.equal(header?.state, state, line);
      assert.equal(header?.waitMinutes, minutes, line);
      assert.deepEqual(header?.labels, labels, line);
    }
    const inBracket = demo.replace(/^(goroutine \d+ \[[^\]]*)\]:$/gm, (_, head: string) => `${head}, labels:{"tenant": "acme"}]:`);
    const a = analyzeGoroutineDump(inBracket);
    const plain = analyzeGoroutineDump(demo);
    assert.deepEqual(shape(a.groups), shape(plain.groups));
    assert.ok(a.groups.every(g => g.labels.tenant === 'acme'));
  });

  it('groups labelled goroutines by stack as before; each group says its label values', () => {
    let n = 0;
    const labelled = demo.replace(/^(goroutine \d+ \[[^\]]*\]):$/gm, (_, header: string) => {
      n++;
      return `${header} {request_id: "r-${n}", tenant: acme}:`;
    });
    assert.ok(n > 30);
    const plain = analyzeGoroutineDump(demo);
    const a = analyzeGoroutineDump(labelled);
    assert.deepEqual(a.dump.warnings, plain.dump.warnings);
    assert.equal(a.parsed, plain.parsed);
    assert.deepEqual(shape(a.groups), shape(plain.groups));
    const leak = a.groups[0];
    assert.equal(leak.count, 12);
    assert.equal(leak.labels.tenant, 'acme');
    assert.match(leak.labels.request_id, /^r-\d+, r-\d+, r-\d+, … \(12 values\)$/);
    const single = a.groups.find(g => g.count === 1)!;
    assert.match(single.labels.request_id, /^r-\d+$/);
    assert.deepEqual(a.dump.goroutines.get(0).labels, { request_id: 'r-1', tenant: 'acme' });
    assert.equal(plain.dump.goroutines.get(0).labels, null);
  });

  it('reads labelled headers the same on the byte fast path and streamed a byte at a time', () => {
    const labelled = demo.replace(/^(goroutine \d+ \[[^\]]*\]):$/gm, (_, header: string) => `${header} {tenant: "a]c", n: 1}:`);
    const whole = analyzeGoroutineDump(new TextEncoder().encode(labelled));
    const analyzer = new GoroutineDumpAnalyzer();
    const bytes = new TextEncoder().encode(labelled);
    for (let i = 0; i < bytes.length; i++) analyzer.push(bytes.subarray(i, i + 1));
    const streamed = analyzer.finish();
    assert.deepEqual(streamed.groups.map(g => g.labels), whole.groups.map(g => g.labels));
    assert.deepEqual(whole.groups[0].labels, { tenant: 'a]c', n: '1' });
    assert.deepEqual([...whole.dump.goroutines].map(g => g.labels), [...streamed.dump.goroutines].map(g => g.labels));
  });

  it('a panicking goroutine with its labels is still the crash', () => {
    const text = 'panic: boom\n\ngoroutine 1 [running] {pattern: "GET /panic"}:\nmain.handler(0x1)\n\t/src/main.go:12 +0x20\n' +
      'main.main()\n\t/src/main.go:20 +0x30\nexit status 2\n';
    const a = analyzeGoroutineDump(text);
    assert.equal(a.groups[0].suspect, '1 goroutine crashed (panic: boom) in main.handler (main.go:12)');
    assert.deepEqual(a.groups[0].labels, { pattern: 'GET /panic' });
  });
});
