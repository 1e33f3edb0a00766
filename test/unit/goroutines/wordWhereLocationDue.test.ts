// A text that ends one word under a call line of Go's (`main.g()`), where its `file:line` was due
// (cutAtEnd.ts): a location cut to its first letters (`\tg` of `github.com/…`, rclone's paste in
// pasted/) or a word. gc prints a location under every call, so the goroutine was cut there, kept
// with its frames through that call. Go 1.19's dump (demo_panic.txt, scripts/go/goroutinegen) cut
// under each of its call lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { plainJson, readAlike } from './readAlike';

const lines = readFileSync('test/fixtures/goroutines/demo_panic.txt', 'utf8').split('\n');
/** Each call line of a goroutine's own stack (not its creator's) with a `file:line` under it. */
const calls = lines.flatMap((line, i) => /^[\w./*()-]+\(.*\)$/.test(line) && lines[i + 1]?.startsWith('\t/') ? [i] : []);

describe('goroutines: a word where a call\'s `file:line` was due, at the end of the text', () => {
  it('cuts the goroutine after that call, whatever the word: the location\'s first letters, indented or not, or another word', function () {
    this.timeout(120_000);
    assert.ok(calls.length > 20, String(calls.length));
    for (const i of calls.filter((_, k) => k % 7 === 0)) {
      const head = lines.slice(0, i + 1).join('\n');
      const whole = analyzeGoroutineDump(`${head}\n${lines[i + 1]}\n`);
      const last = [...whole.dump.goroutines].at(-1)!;
      for (const word of ['\tg', '\t/w', '        gi', 'g', 'thanks']) {
        const text = `${head}\n${word}\n`;
        const a = analyzeGoroutineDump(text);
        const cut = [...a.dump.goroutines].at(-1)!;
        assert.deepEqual([a.dump.truncated, cut.id, cut.cut], [true, last.id, true], `${lines[i]} / ${JSON.stringify(word)}`);
        assert.deepEqual(cut.frames.map(f => f.func), last.frames.map(f => f.func), `${lines[i]} / ${JSON.stringify(word)}`);
        // The call keeps no location: what stands under it is too short to name a file.
        assert.equal(cut.frames.at(-1)!.file, '', JSON.stringify(word));
        assert.deepEqual(plainJson(readAlike(text).goroutines), plainJson(a.dump.goroutines), `${lines[i]} / ${JSON.stringify(word)}`);
      }
    }
  });

  it('leaves a whole stack whole: a word under its creator\'s `file:line`', () => {
    for (const end of ['\t/work/main/scripts/go/goroutinegen/main.go:45 +0x34']) {
      const at = lines.indexOf(end);
      for (const word of ['g', 'thanks']) {
        const a = analyzeGoroutineDump(`${lines.slice(0, at + 1).join('\n')}\n${word}\n`);
        assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].some(g => g.cut)], [false, false], `${end} / ${word}`);
      }
    }
  });
});
