// A crash or recovery line held in junk counts the lines after it: the byte path skips a junk run
// under it in one loop and follows the run's lines only until the held line is let go (scanner.ts
// skipJunkRun, heldCrashLines.ts followHeldThrough). Junk around held lines, over the dumps that
// confirm them (real Go output of scripts/go/recoveryreports, SOURCES.md), must read the same
// whether its runs are long (the text pushed whole) or cut at every few lines (pushed in pieces of
// a few dozen bytes, where a run stops before each piece's last line and most lines take the
// general loop one by one).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GoroutineInputStream } from '../../../src/core/input';
import { nodeByteSearch } from '../../../src/node/byteSearch';
import { plainJson, readAlike } from './readAlike';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const fixture = (mode: string): string => readFileSync(`test/fixtures/goroutines/recovery_report_${mode}.txt`, 'utf8');

/** What follows the junk: the four reports' own words and running goroutine, and the same stacks without their words or under another state. */
const DUMPS = ['chi', 'cli', 'grpc', 'recovered'].flatMap(mode => {
  const lines = fixture(mode).split('\n');
  const header = lines.findIndex(line => line.startsWith('goroutine '));
  const stack = lines.slice(header).join('\n');
  return [lines.join('\n'), stack, stack.replace('[running]', '[chan send]')];
});

/** Lines that start, keep or let go a held line: recovery lines, crash lines behind text, a runtime error's value, paste markup, junk. */
const HELD_STARTS = [
  'Panic: send on closed channel', 'caught panic: boom', 'recovery: panic triggered in grpc server: error: x', 'panic recovered: x',
  'app: panic: boom', 'worker 3 fatal error: all goroutines are asleep - deadlock!', 'runtime error: index out of range [3] with length 2',
  'E0304 10:38:30.617328 30134 server.go:303] panic: x', 'http: panic serving 10.0.0.1:1234: boom', 'I got this panic:',
];
const JUNK_WORDS = ['the', 'goroutine', 'request', 'failed', '[chan', 'send]:', 'retry', 'at', '0x1f', 'panic', 'main.go:12', '{', '}', 'ok', 'error:', '```', '<details>', '~~~'];

/** The dump read from `text` pushed in pieces of `piece` bytes. */
function readPushed(text: Uint8Array, piece: number): unknown {
  try {
    const stream = new GoroutineInputStream({ byteSearch: nodeByteSearch });
    for (let at = 0; at < text.length; at += piece) stream.push(text.subarray(at, at + piece));
    return stream.finish().dump;
  } catch (e) {
    return { error: String(e) };
  }
}

function junkLine(next: () => number): string {
  const n = 1 + Math.floor(next() * 8);
  return Array.from({ length: n }, () => JUNK_WORDS[Math.floor(next() * JUNK_WORDS.length)]).join(' ');
}

describe('goroutines: junk runs under a held crash or recovery line', function () {
  this.timeout(120_000);

  it('reads alike pushed whole and in pieces of a few dozen bytes: the held line let go inside a run, outliving it, or taken at the header under it', () => {
    const next = random(23);
    let confirmed = 0;
    for (let round = 0; round < 500; round++) {
      const lines: string[] = [];
      const before = Math.floor(next() * 30);
      for (let i = 0; i < before; i++) lines.push(junkLine(next));
      const holds = 1 + Math.floor(next() * 3);
      for (let h = 0; h < holds; h++) {
        lines.push(HELD_STARTS[Math.floor(next() * HELD_STARTS.length)]);
        // Runs shorter and longer than the lines a held line may have under it (16 for a recovery line, 4 for a crash line).
        const after = Math.floor(next() * (next() < 0.5 ? 6 : 24));
        for (let i = 0; i < after; i++) lines.push(junkLine(next));
      }
      const dump = DUMPS[Math.floor(next() * DUMPS.length)];
      const text = new TextEncoder().encode(lines.join('\n') + '\n' + dump);
      const whole = readPushed(text, text.length);
      assert.deepEqual(plainJson(readPushed(text, 24 + Math.floor(next() * 40))), plainJson(whole), new TextDecoder().decode(text));
      const crash = (whole as { crash?: { line: number } | null }).crash;
      if (crash !== undefined && crash !== null && crash.line <= lines.length) confirmed++;
    }
    // The held line outlived its junk and the dump took it in a share of the rounds (the junk's lines its value's).
    assert.ok(confirmed > 25, `${confirmed} of 500 texts had a crash line held over junk`);
  });

  it('a recovery line over junk and a running goroutine takes the junk as its value, read whole on both paths', () => {
    const words = 'Panic: send on closed channel';
    const junk = ['the request failed', 'retry ok', 'at the request', 'ok ok', 'failed'];
    for (let n = 1; n <= junk.length; n++) {
      const text = fixture('chi').replace(`${words}\n`, `${words}\n${junk.slice(0, n).join('\n')}\n`);
      const dump = readAlike(text);
      // Up to 4 lines between the words and the header are the value's (crashBeforeDump.ts MAX_LINES_BEFORE_DUMP); more are junk.
      assert.equal(dump.crash?.message ?? null, n <= 4 ? [words, ...junk.slice(0, n)].join('\n') : null, `${n} lines`);
    }
  });

  it('a recovery line let go inside a run leaves the rest to be looked at as junk: a later one there is taken at the header', () => {
    const junk = Array.from({ length: 20 }, (_, i) => ['the request failed', 'retry ok', 'at the request', 'ok ok'][i % 4]);
    const stack = fixture('chi').slice(fixture('chi').indexOf('goroutine '));
    // Junk's words that read as a recovery line (a panic word, a colon, a value), right over the running goroutine.
    // The line under the first is read as text (`goroutine 0x1f`, no header): the junk before it is looked at then, and the first line held over the run after it.
    const text = `caught panic: an earlier one\ngoroutine 0x1f at\n${junk.join('\n')}\nretry panic send]: ok\n${stack}`;
    for (const piece of [text.length, 7]) {
      const dump = readPushed(new TextEncoder().encode(text), piece) as { crash: { line: number; message: string } | null };
      assert.deepEqual(dump.crash && { line: dump.crash.line, message: dump.crash.message }, { line: 23, message: 'retry panic send]: ok' }, `pieces of ${piece} bytes`);
    }
  });
});
