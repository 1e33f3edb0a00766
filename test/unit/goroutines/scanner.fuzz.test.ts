// fast-check: whatever is pasted, the scanner returns (no throw, no hang) with consistent line ranges.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { GoroutineDumpScanner, analyzeGoroutineDump, scanGoroutineDump } from '../../../src/core/goroutines';
import { withinCpu } from '../../hostile/threadCpu';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const seedLines = [
  ...readFileSync('test/fixtures/goroutines/demo_sigquit.txt', 'utf8').split('\n').slice(0, 120),
  ...readFileSync('test/fixtures/corpus/gpn_goroutine_debug1.txt', 'utf8').split('\n').slice(0, 30),
  ...readFileSync('test/fixtures/corpus/gsp_ancestors.txt', 'utf8').split('\n').slice(0, 40),
  ...readFileSync('test/fixtures/goroutines/race_then_panic.txt', 'utf8').split('\n').slice(0, 20),
  'Goroutine 7 (finished) created at:', '  [failed to restore the stack]', 'Write at 0x00c0000180d8 by main goroutine:',
  'goroutine', 'goroutine 1 [', 'created by', '...additional frames elided...', '[originating from goroutine 3]:',
  'runtime stack:', 'WARNING: DATA RACE', '==================', '```', '--', '# labels: {"a":"b"', '3 @ 0x1 0x2',
  '\t:0', 'main.f(', ')', '(', 'goroutine profile: total 9',
];

const line = fc.oneof(
  fc.constantFrom(...seedLines),
  fc.string({ maxLength: 40 }),
  fc.tuple(fc.constantFrom(...seedLines), fc.nat(80), fc.string({ maxLength: 6 }))
    .map(([l, at, junk]) => l.slice(0, at) + junk + l.slice(at)),
);
const prefix = fc.constantFrom('', '  ', '\t', '> ', '[pod/a/b] ', '2025-01-21T06:05:27.259586Z stdout F ');

function checkInvariants(text: string): void {
  const a = analyzeGoroutineDump(text, { similarity: 'args' });
  for (const g of a.dump.goroutines) {
    assert.ok(g.lines.start >= 1 && g.lines.start <= g.lines.end && g.lines.end <= a.dump.lineCount);
  }
  for (const w of a.dump.warnings) assert.ok(w.line >= 0 && w.line <= a.dump.lineCount, `warning line ${w.line}`);
  assert.equal(a.groups.reduce((n, g) => n + g.count, 0), a.parsed + a.raceAccesses);
}

describe('goroutines: scanner fuzzing', () => {
  it(`never throws on line soup (${RUNS} runs)`, () => {
    fc.assert(fc.property(fc.array(fc.tuple(prefix, line), { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      checkInvariants(lines.map(([p, l]) => p + l).join(eol));
    }), { numRuns: RUNS });
  });

  it(`never throws on arbitrary bytes (${RUNS} runs)`, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), bytes => {
      const a = analyzeGoroutineDump(bytes);
      assert.ok(a.dump.lineCount >= 0);
    }), { numRuns: RUNS });
  });

  it(`reads repeated goroutine bodies as it reads them one byte at a time (${RUNS} runs)`, () => {
    // Bodies repeat so the scanner replays them; pushed a byte at a time it never can.
    const bodies = [
      'main.a(0xc000010000)\n\t/src/a.go:3 +0x1\n',
      'main.a(0xc000010008)\n\t/src/a.go:3 +0x1\n',
      'runtime.chansend1(0xc000010000, 0x1)\n\t/go/src/runtime/chan.go:145 +0x25\nmain.b()\n\t/src/b.go:9 +0x1d\n',
      'main.c()\n\t/src/c.go:4 +0x1\n...additional frames elided...\n',
      'main.d()\n\t/src/d.go:5 +0x1\ncreated by main.e in goroutine 1\n\t/src/e.go:2 +0x2\n',
      'main.f()\n',
      '',
      'note between goroutines\n',
    ];
    const goroutine = fc.tuple(fc.nat(1000), fc.constantFrom('chan send', 'select, 3 minutes', 'running'), fc.constantFrom(...bodies),
      fc.constantFrom('\n', '  \n', '', '\n\n'))
      .map(([id, state, body, end]) => `goroutine ${id} [${state}]:\n${body}${end}`);
    fc.assert(fc.property(fc.array(goroutine, { maxLength: 30 }), fc.boolean(), fc.integer({ min: 2, max: 64 }), (parts, crlf, piece) => {
      let text = parts.join('');
      if (crlf) text = text.replace(/\n/g, '\r\n');
      const bytes = new TextEncoder().encode(text);
      const whole = JSON.stringify(scanGoroutineDump(bytes));
      for (const size of [1, piece]) {
        const scanner = new GoroutineDumpScanner();
        for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.slice(at, at + size));
        assert.equal(JSON.stringify(scanner.finish()), whole);
      }
    }), { numRuns: RUNS });
  });

  it('stays linear on a long line without line breaks', () => {
    withinCpu(5000, () => {
      analyzeGoroutineDump('x('.repeat(2_000_000) + ')');
      analyzeGoroutineDump('goroutine 1 [running]:\n' + 'a'.repeat(4_000_000));
    });
  });
});
