// The text path tries a line only against the line-kind rows whose starts or shape may begin with
// its first character, and a bare function name is told by its ASCII characters before its
// Unicode pattern. Both cuts must drop only what the full reading would reject: checked here on
// every line of the fixtures and of random lines made of the pieces the rows look for.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LINE_KINDS, rowsForFirstChar, startsWithOneOf } from '../../../src/core/goroutines/lineKinds';
import { isBareFunctionName } from '../../../src/core/goroutines/lineParsers';

const FIXTURES = join(__dirname, '../../fixtures/goroutines');

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') ? [path] : [];
  });
}

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const PIECES = [
  'panic: ', 'fatal error: ', 'runtime: ', 'runtime stack:', '[signal ', 'SIGSEGV: segmentation violation', 'goroutine 1 [running]:', 'created by ', 'main.main()',
  '/src/main.go:12 +0x1d', 'rax    0x1', 'rip 0x4', '0xc000012345: 0x1 0x2', '12 @ 0x4 0x5', '0  0x000000000043a1b6 in runtime.gopark', '[14 goroutines]',
  'Goroutine 1 - User: ./main.go:12 main.main (0x4a1b2c)', '* Thread 1 at 0x4 /a.s:5 runtime.futex', 'Labels: "a":"b"', 'Total: 31', './w.go:31 in main.w',
  '(dlv) goroutines', 'running tests:', 'TestX (1s)', '==================', 'WARNING: DATA RACE', 'Read at 0x00c by goroutine 7:', 'Previous write at',
  'threadcreate profile: total 3', 'goroutineleak profile: total 2', '[Goroutine 62 in state select, with main.f on top of the stack:', ']', '--', '```', '~~~',
  'index out of range', 'nil pointer dereference', 'dereference', ')', '"', '" (a)', 'x', 'the', 'ok', '0x1f', ':', ' ', '  ', '\t', 'é', '│', '…', 'PC=0x4',
  '[recovered]', 'http: panic serving 1.2.3.4: ', '[ 08-05 12:05:18.894  7661: 7661 E/Go       ]', 'main.(*T).f', 'pkg/a.b', '中文.函数', '$', '·',
];

/** Trimmed lines of `text` and the same lines from their second word on (behind a prefix the text path skips). */
function* trimmedLines(text: string): Generator<[string, number, number]> {
  for (const raw of text.split(/\r?\n|\r/)) {
    for (const from of [0, raw.indexOf(' ') + 1]) {
      let s = from, end = raw.length;
      while (s < end && /\s/.test(raw[s])) s++;
      while (end > s && /\s/.test(raw[end - 1])) end--;
      if (s < end) yield [raw, s, end];
    }
  }
}

function randomLines(seed: number, count: number): string {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(next() * 4);
    return Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? ' ' : '');
  }).join('\n');
}

describe('goroutines: line-kind rows tried by a line\'s first character', () => {
  it('tries every row whose pattern takes the line, on every fixture line and on random lines of the rows\' pieces', () => {
    let matched = 0;
    const texts = [...textFiles(FIXTURES).map(path => readFileSync(path, 'utf8')), randomLines(5, 40_000)];
    for (const text of texts) {
      for (const [raw, s, end] of trimmedLines(text)) {
        const first = raw.charCodeAt(s);
        const digit = first >= 0x30 && first <= 0x39;
        const line = raw.slice(s, Math.min(end, s + (digit ? end - s : 200)));
        const tried = rowsForFirstChar(first);
        for (const row of LINE_KINDS) {
          if ((row.digit === true) !== digit) continue;
          const match = row.matches(line, raw, s, end);
          if (match === null || match === false) continue;
          matched++;
          const candidate = tried.find(c => c.row === row);
          assert.ok(candidate !== undefined && (candidate.starts === null || startsWithOneOf(raw, s, end, candidate.starts)),
            `row '${row.kind}' takes ${JSON.stringify(raw.slice(s, end))} but is not tried for it`);
        }
      }
    }
    // The check is only as good as the lines that some row takes.
    assert.ok(matched > 2_000, `${matched} lines of a known kind`);
  });

  it('tells a bare function name by its ASCII characters as its pattern does', () => {
    const pattern = /^[\p{L}\p{N}_][\p{L}\p{N}_./*()[\]$·-]*$/u;
    const next = random(9);
    const chars = ['a', 'Z', '0', '_', '.', '/', '*', '(', ')', '[', ']', '$', '-', '·', 'é', '中', ' ', ':', '{', '"', '\t', '+', ',', '<', '@', '\u00a0', '١'];
    for (let round = 0; round < 20_000; round++) {
      const token = Array.from({ length: 1 + Math.floor(next() * 8) }, () => chars[Math.floor(next() * chars.length)]).join('');
      // The pattern is necessary: a token it rejects is no bare name (the rest of the reading only narrows it).
      // A leading `.` may be a relative directory the reading passes over first: such tokens are left out.
      if (!token.startsWith('.') && !pattern.test(token)) assert.equal(isBareFunctionName(token, 0, token.length), false, JSON.stringify(token));
    }
    assert.equal(isBareFunctionName('main.main', 0, 9), true);
    assert.equal(isBareFunctionName('main.(*T).f', 0, 11), true);
    assert.equal(isBareFunctionName('中文.函数', 0, 5), true);
    assert.equal(isBareFunctionName('main.go:12', 0, 10), false);
    assert.equal(isBareFunctionName('the request failed', 0, 18), false);
  });
});
