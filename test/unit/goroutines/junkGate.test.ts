// The junk run runs each exact test (lineKinds.ts, prefixedStarts.ts, headlessStart.ts,
// logRecords.ts, timestampLines.ts) only on lines holding a byte the test needs (byteClasses.ts).
// On lines made of the pieces those tests look for, at every alignment, it must stop exactly where
// the ungated tests stop.
import assert from 'node:assert/strict';
import { skipJunkLines, type JunkRun } from '../../../src/core/goroutines/junkRun';
import { PagerWidth } from '../../../src/core/goroutines/pagerWidth';
import { mayBeKnownLine } from '../../../src/core/goroutines/lineKinds';
import { mayHoldPrefixedStart } from '../../../src/core/goroutines/prefixedStarts';
import { mayStartHeadlessStack } from '../../../src/core/goroutines/headlessStart';
import { mayBeRecordStartingDump } from '../../../src/core/goroutines/logRecords';
import { isTimestampOnlyBytes } from '../../../src/core/goroutines/timestampLines';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const blank = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d;

/** The line tests without the byte classes: what a line the run may skip must pass. */
function ungatedTakes(bytes: Uint8Array, pos: number, newline: number): boolean {
  let s = pos;
  while (s < newline && blank(bytes[s])) s++;
  let end = newline;
  while (end > s && blank(bytes[end - 1])) end--;
  // A header's id (not glued to a letter: `goroutine 0x1f` is none), or a debug=1 profile's first line: the text path reads no other `goroutine …` line as either.
  const goroutineHeader = new TextDecoder().decode(bytes.subarray(s, end)).match(/^goroutine (?:[0-9]+(?![A-Za-z])|profile: total )/) !== null;
  return s === end || goroutineHeader || mayBeKnownLine(bytes, s, end) || mayHoldPrefixedStart(bytes, pos, end) ||
    mayStartHeadlessStack(bytes, s, end, undefined, bytes.length) || mayBeRecordStartingDump(bytes, s, end) || isTimestampOnlyBytes(bytes, s, end);
}

// What the tests look for, and what junk holds.
const PIECES = [
  'goroutine ', 'goroutine 12 ', 'goroutine profile: total 3', 'goroutine panic', 'goroutine profile:', '[running]:', '[chan send]', ']:', ':', ': ', ' in ', 'main.go:12', './w.go:31 in main.w',
  'panic', 'panic: ', 'fatal error', 'fatal error: ', 'runtime', 'runtime: ', 'SIGSEGV', 'SIGQUIT: quit', 'http: panic serving ', 'unexpected fault address ',
  'Exception 0x', 'Recovered from panic', 'Observed a panic: ', '0x1f', '0xc000', 'rax    0x1', 'r9', '12 @ 0x4', '0  0x43a', '[14 goroutines]', '"', '\\n\\t',
  '\\n', 'msg=', 'level=info', '{"msg":"', '=', 'E', 'WARNING: DATA RACE', '}', '{', ')', '(', 'main.f(', 'main.f()', '.', 'a.b', '|', '`', "'", '\v', '\f',
  ' ', '  ', '\t', '\r', 'é', '\u00a0', '│', 'the', 'ok', 'x', '2024-05-01T10:00:00Z', '2024/05/01 10:00:00', 'Jan  2 15:04:05', 'stdout F ', 'app-1  | ', '[pod/a] ',
  'Test', 'TestX (1s)', 'created by ', '--', '```', 'PC=', '[signal ', '(dlv) ', 'Goroutine 1 - User: ', '* Thread 1 at ', 'Labels: ', 'Total: ', '12:', 'f-12-',
];

describe('goroutines: the junk run gated by byte classes', () => {
  it('stops where the ungated tests stop, at any alignment', () => {
    const next = random(11);
    const encoder = new TextEncoder();
    const run: JunkRun = { pos: 0, lines: 0 };
    for (let round = 0; round < 50_000; round++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(next() * 6);
      for (let l = 0; l < count; l++) {
        const n = 1 + Math.floor(next() * 7);
        lines.push(Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? ' ' : ''));
      }
      const text = encoder.encode(lines.join('\n') + '\nlast\n');
      const offset = Math.floor(next() * 4);
      const buffer = new Uint8Array(text.length + 4);
      buffer.set(text, offset);
      const bytes = buffer.subarray(offset, offset + text.length);
      // Where the ungated tests stop: before the first line one takes, or before the last line.
      let expected = 0;
      let skipped = 0;
      for (;;) {
        const newline = bytes.indexOf(0x0a, expected);
        if (newline + 1 >= bytes.length || ungatedTakes(bytes, expected, newline)) break;
        expected = newline + 1;
        skipped++;
      }
      skipJunkLines(bytes, 0, bytes.length, run, new PagerWidth());
      assert.deepEqual([run.pos, run.lines], [expected, skipped], `round ${round}: ${JSON.stringify(lines)} at offset ${offset}`);
    }
  });
});
