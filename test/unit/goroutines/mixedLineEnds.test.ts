// Lines that end in CRLF, CR and LF, in any mix, line by line (old Mac tools, copies through mixed
// editors and terminals, logs where `\r` redrew a line): a CR alone ends a line as VS Code reads it,
// so Go's own dumps rewritten so read to exactly the model of their LF original, whole, as a
// string, streamed in pieces that split every CRLF, and with their order voted on as they stream.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump, GoroutineDumpAnalyzer, type GoroutineAnalysis, type GoroutineGroup, type SourceFrame } from '../../../src/core/goroutines';
import { splitLines } from '../../../src/core/lineEnds';
import { withEnds } from '../withLineEnds';

const FIXTURES = join(__dirname, '../../fixtures/goroutines');
/** Go 1.19's output: a crash, SIGQUIT's dump, debug=2 and debug=1 profiles, ancestors' sections. */
const GO_DUMPS = ['demo_panic.txt', 'go119_sigquit.txt', 'go119_debug2.txt', 'go119_debug1.txt', 'go119_traceback_ancestors.txt', 'go119_fault.txt', 'stack_overflow.txt'];

const frame = (f: SourceFrame) => `${f.func} ${f.file}:${f.line}`;
const group = (g: GoroutineGroup) => ({ count: g.count, state: g.state, frames: g.frames.map(frame), createdBy: g.createdBy ? frame(g.createdBy) : null, crashed: g.crashed, suspect: g.suspect });

/** What a reader relies on: counts, groups, the crash, the warnings (their line numbers too). */
function model(a: GoroutineAnalysis) {
  return {
    format: a.dump.format, total: a.total, parsed: a.parsed, truncated: a.dump.truncated, crash: a.dump.crash,
    culprit: a.stackSuspect?.sentence ?? null, warnings: a.dump.warnings, groups: a.groups.map(group),
  };
}

/** The bytes pushed in pieces cut right after every CR (so each CRLF is split between two pieces), or every `size` bytes. */
function pushedInPieces(bytes: Uint8Array, cuts: 'after-each-cr' | number, rereadable = false): GoroutineAnalysis {
  const analyzer = new GoroutineDumpAnalyzer({ rereadable });
  let from = 0;
  const push = (to: number) => { if (to > from) analyzer.push(bytes.subarray(from, to)); from = to; };
  if (cuts === 'after-each-cr') {
    for (let cr = bytes.indexOf(0x0d); cr >= 0; cr = bytes.indexOf(0x0d, cr + 1)) push(cr + 1);
  } else for (let at = cuts; at < bytes.length; at += cuts) push(at);
  push(bytes.length);
  if (rereadable && analyzer.needsRereading) return pushedInPieces(bytes, cuts, false);
  return analyzer.finish();
}

const VARIANTS: [string, readonly string[]][] = [
  ['CRLF, CR and LF taking turns', ['\r\n', '\r', '\n']],
  ['CR, LF and CRLF taking turns', ['\r', '\n', '\r\n']],
  ['CR alone', ['\r']],
  ['CRLF', ['\r\n']],
  ['CR and CRLF taking turns', ['\r', '\r\n']],
];

describe('goroutine dumps whose lines end in CRLF, CR and LF, mixed line by line', () => {
  for (const name of GO_DUMPS) {
    describe(name, () => {
      const lf = readFileSync(join(FIXTURES, name), 'utf8');
      const expected = model(analyzeGoroutineDump(new TextEncoder().encode(lf)));

      it('its LF original is a real dump', () => {
        assert.ok(expected.total > 0, `${expected.total} goroutines`);
      });

      for (const [what, ends] of VARIANTS) {
        it(`${what}: the same model whole, as a string, in pieces that split every CRLF, in small pieces and voted on as it streams`, () => {
          const text = withEnds(lf, ends);
          const bytes = new TextEncoder().encode(text);
          assert.deepEqual(model(analyzeGoroutineDump(bytes)), expected, 'whole');
          assert.deepEqual(model(analyzeGoroutineDump(text)), expected, 'as a string');
          assert.deepEqual(model(pushedInPieces(bytes, 'after-each-cr')), expected, 'cut after each CR');
          assert.deepEqual(model(pushedInPieces(bytes, 7)), expected, 'in 7-byte pieces');
          assert.deepEqual(model(pushedInPieces(bytes, 4099, true)), expected, 'voted on as it streams');
        });
      }
    });
  }

  it('CRs before an LF are one line end, never a blank line: `\\r\\r\\n` (CRLF text saved again as CRLF) reads as its original', () => {
    for (const name of ['go119_sigquit.txt', 'demo_panic.txt']) {
      const lf = readFileSync(join(FIXTURES, name), 'utf8');
      assert.deepEqual(model(analyzeGoroutineDump(lf.replace(/\n/g, '\r\r\n'))), model(analyzeGoroutineDump(lf)), name);
    }
  });

  it('a blank line of CR alone ends a stack as a blank line of LF does; a double-spaced paste in mixed line ends reads as its original', () => {
    const lf = readFileSync(join(FIXTURES, 'demo_panic.txt'), 'utf8');
    const expected = model(analyzeGoroutineDump(lf));
    assert.deepEqual(model(analyzeGoroutineDump(lf.replace(/\n\n/g, '\n\r'))), expected, 'blank lines of CR alone');
    const doubled = model(analyzeGoroutineDump(lf.replace(/\n/g, '\n\n')));
    assert.deepEqual(model(analyzeGoroutineDump(withEnds(lf.replace(/\n/g, '\n\n'), ['\r\n', '\r', '\n']))), doubled, 'double-spaced, line ends mixed');
    assert.equal(doubled.total, expected.total);
  });

  it('program output that redrew a progress line with `\\r` before the dump: no goroutine or crash line of its own, the crash line after it still read', () => {
    const lf = readFileSync(join(FIXTURES, 'demo_panic.txt'), 'utf8');
    const expected = model(analyzeGoroutineDump(lf));
    const progress = Array.from({ length: 50 }, (_, i) => `\rdownloading goroutine ${i} of 50 [${'='.repeat(i >> 2)}>] ${i * 2}%`).join('');
    // The last: the redraw's last `\r` right before the crash line (no line break of its own); the crash line still starts a line.
    for (const before of [`starting\n${progress}\r\n`, `starting\n${progress}\r`, `${progress}\n`, `${progress}\r`]) {
      const text = before + lf;
      const got = model(analyzeGoroutineDump(text));
      assert.equal(got.total, expected.total, JSON.stringify(before.slice(0, 40)));
      assert.deepEqual(got.groups, expected.groups);
      assert.deepEqual(got.crash?.message, expected.crash?.message);
      assert.equal(got.crash?.recovered, expected.crash?.recovered);
      // Its line number is the line's as an editor shows the text.
      assert.equal(splitLines(text)[got.crash!.line - 1], expected.crash?.message);
    }
  });
});
