// A dump copied out of rich text whose every line ends in a no-break space (U+00A0) and whose blank
// lines hold one alone (trailingNoBreakSpaces.ts): read as the dump without them, whatever the
// chunks it comes in, its line breaks, or the path (string or bytes).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { GoroutineDumpScanner } from '../../../src/core/goroutines/scanInput';
import { endsLinesWithNoBreakSpace } from '../../../src/core/goroutines/trailingNoBreakSpaces';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const NBSP = '\u00a0';
const encode = (text: string) => new TextEncoder().encode(text);

/** What a reading says: counts, crash and its line, each group's first frame and suspect, the warnings. */
function summary(a: GoroutineAnalysis) {
  return {
    ids: [...a.dump.goroutines].map(g => g.id), crash: a.dump.crash?.message ?? null, crashLine: a.dump.crash?.line ?? null, truncated: a.dump.truncated,
    groups: a.groups.map(g => [g.count, g.frames[0]?.func, g.suspect ?? null]), warnings: a.dump.warnings.map(w => w.message),
  };
}

/** The bytes pushed `size` at a time: a run of no-break spaces or its two bytes cut at a chunk's end. */
function inChunks(text: string, size: number) {
  const bytes = encode(text);
  const scanner = new GoroutineDumpScanner();
  for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
  return scanner.finish();
}

describe('goroutines: a rich-text copy that ends each line in a no-break space', () => {
  const copies: [string, string][] = [
    ...['demo_panic.txt', 'go119_fault.txt'].map((name): [string, string] => [name, fixture(name).replace(/\n/g, `${NBSP}\n`)]),
    ['nbsp_line_ends_deadlock.txt', fixture('nbsp_line_ends_deadlock.txt')],
  ];
  for (const [name, copied] of copies) {
    it(`${name}: read as the dump without them, its call lines and the blank line under the crash line kept`, () => {
      assert.ok(copied.split('\n').filter(line => line.endsWith(NBSP)).length >= 3, 'the copy ends its lines in no-break spaces');
      const plain = copied.replace(/\u00a0+$/gm, '');
      const expected = summary(analyzeGoroutineDump(plain));
      assert.ok(expected.ids.length > 0);
      for (const text of [copied, copied.replace(/\n/g, '\r\n')]) {
        assert.deepEqual(summary(analyzeGoroutineDump(text)), expected);
        assert.deepEqual(summary(analyzeGoroutineDump(encode(text))), expected);
      }
      const bytesRead = summary(analyzeGoroutineDump(encode(plain)));
      for (const size of [1, 2, 3, 5, 64, 4093]) {
        const dump = inChunks(copied, size);
        assert.deepEqual([[...dump.goroutines].map(g => g.id), dump.crash?.message ?? null, dump.crash?.line ?? null], [bytesRead.ids, bytesRead.crash, bytesRead.crashLine], `chunks of ${size}`);
      }
    });
  }

  it('a few no-break spaces at lines\' ends, or inside lines, leave the text as it is', () => {
    const text = fixture('demo_panic.txt');
    assert.equal(endsLinesWithNoBreakSpace(encode(text)), false);
    const twoLines = text.replace('main.main()\n', `main.main()${NBSP}\n`).replace('panic: dispatcher:', `panic: dispatcher:${NBSP}`);
    assert.equal(endsLinesWithNoBreakSpace(encode(twoLines)), false);
    // A panic's value that ends in one keeps it when the copy's lines do not.
    const value = `panic: price${NBSP}\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d\n`;
    assert.equal(analyzeGoroutineDump(value).dump.crash?.message, `panic: price${NBSP}`.trimEnd());
  });
});
