// Long lines and nested quotes inserted into real text inputs (legacy text profiles, debug=1 and
// debug=2 goroutine dumps): every parser stays linear, so each run ends fast, and the only error
// is the clear one. Run count: FUZZ_RUNS (npm run fuzz).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseProfile, ProfileParseError } from '../../../src/core/pprof';
import { InputError, readGoroutines } from '../../../src/core/input';
import { withinCpu } from '../../hostile/threadCpu';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const root = join(__dirname, '..', '..', '..');
const text = (path: string): string => readFileSync(join(root, path), 'utf8');
const profiles = ['heap.debug1.txt', 'mutex.debug1.txt', 'goroutine.debug1.txt', 'threadcreate.debug1.txt']
  .map(f => text(`test/fixtures/pprof/generated/${f}`));
const dumps = [text('test/fixtures/pprof/generated/goroutine.debug1.txt'), text('test/fixtures/corpus/gpn_goroutine_debug2.txt')];

// Pieces that made backtracking regexes quadratic or worse: offsets, addresses, escaped quotes,
// label pairs, file:line tails, hex pairs of memory maps, blanks.
const PIECES = ['+0x1 ', '+0x1\t', ' 0x1', '0x', '\\"', '"', '"k":', '"k":"v", ', ':1', '0:', '\t', ' ', 'a', 'x', '{', '}', '@', '#'];
const LINE_STARTS = ['', '#\t0x1000\t', '# labels: {', '1: 16 [1: 16] @', '1 @', '1 1 @', '1000-2000 r-xp 0 ', 'goroutine 1 [', '\t', 'created by '];

/** A line that repeats a few pieces up to ~64 KB after a line start the parsers know. */
const longLine = fc.tuple(fc.constantFrom(...LINE_STARTS), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1000, max: 16000 }))
  .map(([start, pieces, times]) => start + pieces.join('').repeat(times));

/** Labels nested in quotes: {"k":"\"{\\\"k\\\":…}\""} a few levels deep, sometimes left open. */
const nestedQuotes = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([depth, closed]) => {
  let value = 'v';
  for (let d = 0; d < depth; d++) value = JSON.stringify(`{"k${d}":"${value}"}`).slice(1, -1);
  return `# labels: {"k":"${value}${closed ? '"}' : ''}`;
});

/**
 * A number of a text profile (a count, a size, a rate, a cycles value) swapped for a run of
 * digits up to far past what a double holds: read as Infinity, it made every sum NaN.
 */
const giantNumber = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.constantFrom('9', '1', '0'))
  .map(([which, digits, fill]) => ({ which, digits: '9' + fill.repeat(digits) }));

/** `source` with its `which`-th number (modulo how many it has) replaced by `digits`. */
function replaceNumber(source: string, which: number, digits: string): string {
  const numbers = [...source.matchAll(/(?<![0-9a-fx.])\d+(?![0-9a-fx.])/gi)];
  if (numbers.length === 0) return source;
  const m = numbers[which % numbers.length];
  return source.slice(0, m.index) + digits + source.slice(m.index! + m[0].length);
}

function insertLine(source: string, at: number, line: string): string {
  const lines = source.split('\n');
  lines.splice(at % (lines.length + 1), 0, line);
  return lines.join('\n');
}

function timed(what: string, work: () => void): void {
  // Linear parsers take milliseconds here; a quadratic one takes seconds on a 64 KB line.
  withinCpu(3000, work, what);
}

function parseText(source: string): void {
  try {
    parseProfile(new TextEncoder().encode(source));
  } catch (e) {
    if (!(e instanceof ProfileParseError)) throw e;
    assert.ok(!e.message.includes('\n'));
  }
}

function groupText(source: string): void {
  try {
    readGoroutines(new TextEncoder().encode(source));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
}

describe('text formats fuzz: long lines and nested quotes', function () {
  this.timeout(600000);

  it('legacy text profiles survive a long line anywhere', () => {
    fc.assert(fc.property(fc.nat(profiles.length - 1), fc.nat(), longLine, (which, at, line) => {
      timed('parseProfile', () => parseText(insertLine(profiles[which], at, line)));
    }), { numRuns: runs });
  });

  it('goroutine dumps survive a long line anywhere', () => {
    fc.assert(fc.property(fc.nat(dumps.length - 1), fc.nat(), longLine, (which, at, line) => {
      timed('readGoroutines', () => groupText(insertLine(dumps[which], at, line)));
    }), { numRuns: runs });
  });

  it('legacy text profiles with a number past a double: its values all finite, or a clear error', () => {
    fc.assert(fc.property(fc.nat(profiles.length - 1), giantNumber, (which, { which: at, digits }) => {
      timed('parseProfile', () => {
        try {
          const p = parseProfile(new TextEncoder().encode(replaceNumber(profiles[which], at, digits)));
          assert.ok(p.samples.values.every(Number.isFinite), 'a value is not finite');
          assert.ok(Number.isFinite(p.period), `period ${p.period}`);
        } catch (e) {
          if (!(e instanceof ProfileParseError)) throw e;
          assert.match(e.message, /\(line \d+\)$/);
        }
      });
    }), { numRuns: runs });
  });

  it('labels nested in quotes, closed or not', () => {
    fc.assert(fc.property(fc.nat(), nestedQuotes, (at, line) => {
      timed('parseProfile', () => parseText(insertLine(profiles[2], at, line)));
      timed('readGoroutines', () => groupText(insertLine(dumps[0], at, line)));
    }), { numRuns: runs });
  });
});
